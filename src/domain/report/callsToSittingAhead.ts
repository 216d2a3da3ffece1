// 今天下午中心召开警示教育会，请大家准时参加 · 下午3点部门开会学习《廉洁自律准则》，请大家准时参加 · 下午开个警示教育会
// (round 34c §1.1: stored at once as done today): the wording of a notice calls people to a sitting still to come.
import { shanghaiDate } from '../shanghai.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { parseDay } from './parseDay.js';
import { extractTitles } from './parseTraining.js';
import { SITTING_WORDS } from './stillToComeWords.js';

/**
 * 请(大家)准时参加 · 请各部室负责同志参加 · 按时出席 · 届时 · 开个…会: words that call people to a sitting. 邀请/申请 are not
 * 请 (邀请赵敏书记参加 tells who came); 开个 with 了 before it (开了个会) is not matched here.
 */
const NOTICE =
  /(?<![邀申提聘敬])请(?:大家|各位|全体|同志们|相关)?[^,;。!?]{0,12}?(?:准时|按时|届时)?(?:参加|出席|参会|到场|到会)|(?:准时|按时)(?:参加|出席|参会|到场|到会)|届时|(?<!了)开个[^,;。!?]{0,12}?会/;
/** Said done: 了 · 已 · 过 (开过) · 完成 · 结束. */
const SAID_DONE = /了|已|过|完成|结束/;

/**
 * Whether `text` (one entry or one clause) is a notice of a sitting still to come: notice wording (请大家准时参加 · 届时 ·
 * 开个…会), a sitting named, nothing said done, and no day gone by named (a day gone by with such words is left to the
 * reader). `now` fixes today (Shanghai).
 */
export function callsToSittingAhead(text: string, now: Date): boolean {
  const { titles, rest } = extractTitles(normalizeText(text));
  if (!NOTICE.test(rest) || SAID_DONE.test(rest)) return false;
  if (titles.length === 0 && findKinds(rest).length === 0 && !SITTING_WORDS.test(rest)) return false;
  const today = shanghaiDate(now);
  const day = parseDay(arabicizeNumerals(rest), today).date;
  return day === undefined || day >= today;
}
