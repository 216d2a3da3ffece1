// 「节前廉政提醒发了吗」「春节的廉政提醒什么时候发」: a question about the bot's own festival reminders, not about a duty.

/** Holidays as people name them, to the names the calendar uses (国庆·中秋 holds both). */
const HOLIDAYS: [RegExp, string][] = [
  [/元旦/, '元旦'],
  [/春节|过年/, '春节'],
  [/清明/, '清明'],
  [/劳动节|五一/, '劳动节'],
  [/端午/, '端午'],
  [/中秋/, '中秋'],
  [/国庆|十一/, '国庆'],
];

const REMINDER = /(?:节前|节日|过节|元旦|春节|清明|劳动节|五一|端午|中秋|国庆)[^，。]{0,6}提醒|(?:廉政|廉洁)提醒/;
const SENT = /发|推送|通知/;
const ASKED = /吗|没|[?？]|什么时候|啥时候|何时|几号|哪天|是否|有没有|了不|几次|多少次|几回/;

/** The holiday asked about ('' for none named), or undefined when the text is not such a question. */
export function reminderAsked(text: string): { holiday?: string } | undefined {
  const t = text.replace(/\s+/g, '');
  if (!REMINDER.test(t) || !SENT.test(t) || !ASKED.test(t)) return undefined;
  const holiday = HOLIDAYS.find(([p]) => p.test(t))?.[1];
  return holiday ? { holiday } : {};
}
