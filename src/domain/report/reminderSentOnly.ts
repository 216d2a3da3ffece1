// 节前廉政提醒今天已发全体职工 · 已向全体职工发送国庆节前廉政提醒短信 · 中秋节前提醒已转发各部室 (t28 B35: guessed a 廉政教育
// on a card, or 没看懂). The 节前廉政提醒 is the bot's own broadcast (duties.md, Reminders), and a member passing a reminder
// on to everyone meets no duty of the catalogue: it is no record of any type, and the bot says so (reminderSentReply).
// A 廉政提醒 said to someone (和王强进行了廉政提醒 · 提醒谈话) is a talk, and a 廉政提醒会 or a lesson a meeting: both stay reports.
import type { ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/**
 * A reminder: 节前廉政提醒 · 廉洁提醒 · 节日提醒 · 中秋节前提醒 · 提醒短信 · 提醒函 (round 44 fqe: 向各部室印发了…提醒函 was a
 * 廉政教育 on a card while the same reminder by 短信 or 工作群 was said plainly to be none). Not 提醒谈话 / 提醒会 (a talk, a
 * meeting), nor a 函询 (an inquiry letter, a talk's kind).
 */
const REMINDER = /提醒(?!谈话|谈|会|约谈|函询)/;
/** Sent or passed on: 已发 · 发送 · 转发 · 推送 · 群发 · 下发 · 印发. */
const SENT = /(?:已|已经|都|均)?(?:群发|转发|推送|下发|印发|发送|发布|发出|发到|发给|发至|发往|发了|已发|发)/;
/** To everyone or through a channel: 全体职工 · 各部室 · 工作群 · 短信 · 微信 · 邮箱 · OA. */
const TO_ALL = /全体|全员|各(?:部室|科室|部门|处室|单位|中心|支部|党支部)|所有(?:人|同志|职工|干部|党员)|大家|干部职工|党员干部|(?:工作|微信|钉钉|飞书)?群|短信|微信|邮件|邮箱|OA|公众号|朋友圈/;
/**
 * To ones named, before the sending: 给分管的宣文部和中心发了 · 向王磊、何平发送 (t42c F19: read as a 廉政教育 held on the next
 * clause's day). A reminder sent to named departments or people is no deed of the catalogue either; a talk is 提醒谈话.
 */
const TO_NAMED = /(?:给|向)[^，,。；;！!？?\n]{1,24}?(?:群发|转发|推送|下发|印发|发送|发布|发出|发去|发到|发了|发)/;
/** To everyone, a channel, or ones named. */
const toSome = (plain: string) => TO_ALL.test(plain) || TO_NAMED.test(plain);
/** A sending still to come (拟于元旦前向全体党员干部发送节前廉政提醒): a plan, which the plan reading takes as it does today. */
const TO_COME = /拟|将于|将在|将向|准备|计划|打算|即将|明天|后天|下周|下个?月|待(?:发|转)/;
/** A deed other than the sending: a talk, a meeting, a lesson, a study held together with it stays a report. */
const OTHER_DEED = /谈话|谈心|约谈|谈了|召开|会议|组织(?!发|转|推)|学习|观看|党课|检查|督查|签订|责任书|述廉|自查|研判|调研|开展(?![^，,。；;]{0,6}提醒)/;

/**
 * Whether `text` tells only that a reminder (节前廉政提醒, 廉洁提醒短信…) was sent or passed on to everyone (全体职工,
 * 各部室, a group chat, by 短信): true means no record of any type is in it, and the caller says so. False for a
 * 提醒 given to someone in a talk, a 提醒会, or a message that names another deed beside the sending.
 */
export function reminderSentOnly(text: string): boolean {
  const plain = normalizeText(text);
  if (!REMINDER.test(plain) || !SENT.test(plain) || !toSome(plain) || TO_COME.test(plain)) return false;
  // The sending and the reminder in one clause: 节前廉政提醒已发全体职工, not 提醒了王强，…发了通知.
  const clause = plain.split(/[。；;！!？?\n]/).find((c) => REMINDER.test(c) && SENT.test(c) && toSome(c));
  return clause !== undefined && !OTHER_DEED.test(plain);
}

/** A message read without its clauses telling of a reminder sent to everyone, and those clauses for the card. */
export interface SentReminder {
  /** The message without the clauses that tell of a reminder sent. */
  text: string;
  /** Those clauses as written, for the remark. */
  clauses: string[];
}

/**
 * `text` without its clauses telling only of a reminder sent to everyone (节前廉政提醒已发全体职工，昨天还组织学习…: the
 * reminder was a second 廉政教育 on the card), or undefined when there is none or nothing else is left to read.
 */
export function withoutSentReminder(text: string): SentReminder | undefined {
  const parts = text.split(/(?<=[，,；;。！!\n])/);
  const sent = (c: string) => {
    const plain = normalizeText(c);
    return REMINDER.test(plain) && SENT.test(plain) && toSome(plain) && !OTHER_DEED.test(plain) && !TO_COME.test(plain);
  };
  const kept = parts.filter((c) => !sent(c));
  if (kept.length === parts.length || kept.length === 0) return undefined;
  const left = kept.join('').replace(/^[\s，,；;。]*(?:还|另外|同时|并)?/, '').replace(/[，,；;]\s*$/, '');
  if (!OTHER_DEED.test(normalizeText(left))) return undefined;
  return { text: left, clauses: parts.filter(sent).map((c) => c.replace(/[，,；;。！!\n]+$/, '').trim()) };
}

/** `reports` read without the reminder clauses, the first saying they were not recorded and why. */
export function withSentReminderNoted(reports: ParsedReport[] | null, s: SentReminder): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const [first, ...others] = reports;
  const remark = `「${s.clauses.join('」「')}」是发送或转发廉政提醒，不单独记录`;
  return [{ ...first!, remarks: [...first!.remarks, remark] }, ...others];
}
