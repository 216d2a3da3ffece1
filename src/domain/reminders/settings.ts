// What config/reminders.yaml decides: when reminders go out, to whom, with which text, and how overdue duties escalate.
import type { Cadence } from '../duty.js';
import type { FestivalId, HolidayOverrides } from '../calendar/holidayTypes.js';
import { FESTIVAL_IDS } from '../calendar/holidayTypes.js';

export interface ReminderTargets {
  /** Group chats (chat_id oc_…) the bot is in. */
  chats: string[];
  /** Every person in the directory, one by one. */
  members: boolean;
}

/** A one-off 重要节点 (招标采购, 残疾人帮扶…) an inspector schedules by date. */
export interface ReminderNode {
  id: string;
  /** The day to send it (YYYY-MM-DD); a day off moves it to the working day before. */
  date: string;
  title: string;
  text: string;
  targets: ReminderTargets;
}

export interface ReminderSettings {
  enabled: boolean;
  /** HH:mm in Asia/Shanghai: the earliest moment of the day a scheduled reminder goes out. */
  sendTime: string;
  /** Nothing is sent outside [from, to) (HH:mm, Asia/Shanghai), nor on a day off. */
  window: { from: string; to: string };
  /** How often the scheduler looks, in minutes. */
  tickMinutes: number;
  targets: ReminderTargets;
  festival: {
    enabled: boolean;
    holidays: FestivalId[];
    /** Working days before the first day off (make-up weekend days count). */
    leadWorkdays: number;
    /** Placeholders: see TEMPLATE_PLACEHOLDERS. */
    title: string;
    template: string;
  };
  nodes: ReminderNode[];
  dueSoon: {
    enabled: boolean;
    /** Working days left (the last day included) when the warning goes out; 0 switches a cadence off. */
    leadWorkdays: Record<Cadence, number>;
  };
  overdue: {
    enabled: boolean;
    /** Blue goes to the person on the first working day after the period; yellow this many working days later. */
    yellowAfterWorkdays: number;
    /** Red this many working days after yellow. */
    redAfterWorkdays: number;
    /** A level missed while the bot was down is still sent this many working days late, no later. */
    catchUpWorkdays: number;
  };
  /** From this MM-DD on, inspectors are told once if next year's official schedule is still unknown. */
  scheduleNoticeFrom: string;
  holidayOverrides: HolidayOverrides;
}

export const TEMPLATE_PLACEHOLDERS = ['holiday', 'year', 'start', 'end', 'days', 'workdays', 'schedule'] as const;

export const DEFAULT_FESTIVAL_TEMPLATE = [
  '{holiday}将至（{schedule}）。为营造风清气正的节日氛围，请全体党员干部严守纪律规矩：',
  '1. **中央八项规定精神**：认真贯彻落实中央八项规定及其实施细则精神，坚决防止“四风”问题反弹回潮。',
  '2. **违规收送礼品礼金**：严禁违规收送礼品礼金、消费卡和电子红包，严禁收受管理服务对象财物。',
  '3. **公款吃喝旅游**：严禁公款吃喝、公款旅游和违规公款娱乐，严禁违规发放津贴补贴。',
  '4. **公车私用**：严格公务用车管理，严禁公车私用、私车公养，节假日公车按规定封存。',
  '5. **酒驾醉驾**：严禁酒驾醉驾，严禁工作日午餐饮酒。',
  '6. **婚丧喜庆事宜报告**：操办婚丧喜庆事宜须按规定事先报告，严禁借机敛财。',
  '如发现违规问题线索，请及时向机关纪委反映。祝大家度过一个廉洁、平安、祥和的假期！',
].join('\n');

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: true,
  sendTime: '09:30',
  window: { from: '09:00', to: '17:30' },
  tickMinutes: 10,
  targets: { chats: [], members: true },
  festival: {
    enabled: true,
    holidays: [...FESTIVAL_IDS],
    leadWorkdays: 3,
    title: '{holiday}前廉政提醒',
    template: DEFAULT_FESTIVAL_TEMPLATE,
  },
  nodes: [],
  dueSoon: { enabled: true, leadWorkdays: { month: 3, quarter: 5, halfyear: 10, year: 15 } },
  overdue: { enabled: true, yellowAfterWorkdays: 3, redAfterWorkdays: 5, catchUpWorkdays: 2 },
  scheduleNoticeFrom: '11-20',
  holidayOverrides: {},
};
