// 吴静「11月27日向刘芳副理事长书面报告了康复部下半年全面从严治党工作情况」 (round 46, t48b F3: asked whose, 刘芳 offered
// first, though the sender heads 康复部): the leader a paper is reported to (向X报告/汇报) received it; they are no one who may
// have done it, so they are never offered as its doer.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { Directory } from '../organization.js';

/** The papers one sends to someone (round 54, fjd: 向王建国副理事长报送了…自查情况 was stored as 王建国's 自查). */
export const SENT_PAPERS: ReadonlySet<ActivityTypeCode> = new Set(['report_to_party', 'report_self', 'report_duty', 'report_info', 'report_research']);

/** After the name: titles, then the paper reported within the clause (书面报告了 · 作了…汇报 · 汇报了). */
const REPORTED_AFTER = String.raw`(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长))?(?:同志)?[^,;。!?，；！？\n]{0,10}?(?:报告|汇报|呈报|报送|上报|报了|呈送|提交|递交)`;
/** Before the name: 向/给, maybe 分管领导 or a unit's title before it (向分管领导刘芳副理事长 · 向机关纪委书记黄志刚). */
const TO_BEFORE = String.raw`(?:向|给)(?:分管(?:领导|副理事长)?|[\u4e00-\u9fa5]{0,6}?(?:书记|理事长|领导|纪委|党委|党组))?`;

/**
 * After the name, for a paper sent rather than a 向党组报告: the sending verbs only. 孙丽「…开展了廉政风险自查，并向王建国副
 * 理事长作了汇报」 (round 54, fjdd) tells of a 汇报 after her own 自查, no 自查 paper handed over: 王建国 stays a name on the card.
 */
const SENT_AFTER = String.raw`(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长))?(?:同志)?[^,;。!?，；！？\n]{0,10}?(?:报送|呈报|呈送|上报|报了|提交|递交)`;

/**
 * The directory people `text` names as those a paper was reported to (向刘芳副理事长书面报告了… · 给黄书记汇报了…); with
 * `sentOnly` (a 自查 · 信息 · 调研 · 述责述廉 paper), those it was sent to (向X报送了 · 给X提交了), not a 汇报 or 报告 given them.
 */
export function reportedToIds(text: string, directory: Directory, sentOnly = false): string[] {
  const after = sentOnly ? SENT_AFTER : REPORTED_AFTER;
  return directory.org.people
    .filter((p) => new RegExp(`${TO_BEFORE}(?:${p.name}|${p.name[0]}(?:副?(?:书记|理事长|主任|部长|科长)))${after}`).test(text))
    .map((p) => p.id);
}
