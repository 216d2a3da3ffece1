// A body (党组, 机关党委, 机关纪委, 纪检组, a 党支部) as the subject of a report: who stands for it, from the directory, never the sender by default.
import type { ParseContext } from './draft.js';
import { branchSecretary } from './branchSecretary.js';
import { ownBranchDepartment } from './ownBranchDepartment.js';

/** Who a body's deed is recorded under: one person (on the card), or several to choose from (asked). */
export interface BodyDoer {
  /** The words that named the body (党组, 机关纪委). */
  text: string;
  /** Directory ids, the body's own 书记 (by title) first; never empty. */
  candidateIds: string[];
  /** Where the body's name (with what stands before it: 市残联党组) lies in the text, to mask it from the note. */
  start: number;
  end: number;
}

/**
 * The bodies a report names as doer, with who answers for each: the 党组 (and its 中心组) is the 党组书记's
 * (duties.md: the 党组's duties are answered by the secretary); a 纪委/纪检组 is the inspectors'
 * (style-inspection is theirs); a 机关党委 is its 书记 by title.
 */
const BODY = '((?:由)?[\\u4e00-\\u9fa5]{0,4}?(党组(?:理论学习)?(?:中心组(?:[（(]扩大[)）]|扩大)?)?|机关党委|机关纪委|纪检监察组|纪检组|纪委|纪检(?![干监组委])|(?:第?[一二三四五六七八九十\\d]+)?(?:党支部|党总支|支部)))';
/** 党组11月召开… · 机关党委本月组织了… (round 37: a counted lead put before each item names its month): a period between. */
const PERIOD = '(?:[\\s\\u0000,]*(?:\\d{1,2}月份?|本月|上月|本周|上周|近期|近日))?';
// 配合机关纪委对本科室开展了…检查 (round 41, t40b F13): the body the sender assisted made the check, as its subject would.
// 党组理论学习中心组集体学习《…》 (round 48 ftf: the clerk's own, at once): 集体 opens the body's deed as 集中 does.
// 机关党委以“以案为鉴”为主题开展警示教育 · 机关党委围绕…开展 (round 51, fzd, t53b F3: the clerk's own, where 机关党委开展了主题为…
// was 赵敏's): a theme before the deed leaves the body its subject.
const BODY_SUBJECT = new RegExp(
  `(?<=(?:^|[,;。:!?\\s\\u0000])(?:配合|协助)?)${BODY}${PERIOD}[\\s\\u0000,]*(?:于|在)?[\\s\\u0000]*(?:组织|召开|开展|对|到|赴|深入|举办|举行|集中|集体|专题|研究|牵头|会同|联合|派员|进行|主持|成立|抽调|以(?=[^,;。]{1,30}?为主题)|围绕)`,
);
/**
 * 机关党委11月6日学习《…》 · 纪检组向党组报送廉政信息1篇 (round 37, t36c F5's kind: an item under the body's heading, the body
 * put before it, left the clerk's): studying, watching, passing on and handing a paper in (向党组 before the masked kind),
 * or a clause of only the body and its masked day and kind (党组理论学习中心组11月20日传达学习…通报), are the body's deeds
 * too — when the body opens its clause, so 向机关纪委报送了自查报告 (the recipient) and 参加党组学习 stay as they were.
 * Round 42 (t42a F5: 「三、11月26日报送廉政信息2篇」 under 机关纪委11月份工作台账 left the clerk's while the items above were
 * asked whose): the masked kind may be followed by its count (机关纪委11月26日报送廉政信息2篇 → 机关纪委\0\02篇).
 */
const BODY_SUBJECT_MORE = new RegExp(
  `(?<=^|[,;。:!?\\s\\u0000])((党组(?:理论学习)?(?:中心组(?:[（(]扩大[)）]|扩大)?)?|机关党委|机关纪委|纪检监察组|纪检组|纪委))${PERIOD}[\\s\\u0000,]*(?:于|在)?[\\s\\u0000]*(?:学习|观看|收看|传达|报送|上报|提交|向[\\u4e00-\\u9fa5]{1,8}?(?:报送|上报|提交|报告|汇报|\\u0000)|(?<=\\u0000)(?=[\\s,]*(?:(?:共|计)?\\d+[\\s]*(?:篇|条|份|期|次)[\\s,]*)?(?:[,;。]|$)))`,
);

/**
 * 召开党组中心组（扩大）学习会，集中学习《…》 · 主持召开党组理论学习中心组学习会议 (round 53, fka: stored at once as the clerk's
 * own 廉政教育): the 中心组's study held (召开 · 主持) is the 党组's deed as its subject would be. Only the 中心组's 学习会:
 * 召开党组会议 is read by the meeting's readers as before.
 */
const BODY_HOSTED = /(?<=(?:^|[,;。:!?\s\u0000])[\s\u0000]*(?:(?:主持|组织)?召开了?|主持(?:了)?))((党组(?:理论学习)?中心组(?:[（(]扩大[)）]|扩大)?))(?=[\s\u0000]*(?:集中|集体|专题|扩大)?学习)/;

function bodyMembers(body: string, named: string, rest: string, ctx: Pick<ParseContext, 'directory' | 'senderId'>): string[] {
  const people = ctx.directory.org.people;
  // 机关第一党支部组织…: the branch's own 书记 when the directory names them by title; otherwise the bot asks whose it
  // was among the leadership, never the sender by default (found by a tester, round 11: a 科员 recorded as the doer).
  if (/支部|总支/.test(body)) {
    const own = people.filter((p) => p.title.includes(`${named.replace(/^由/, '')}书记`));
    if (own.length > 0) return own.map((p) => p.id);
    // 组联部党支部开展…。支部书记周涛讲授… (round 29a, A5: asked whose, the sender's own name refused): the 支部书记 the text
    // names.
    const secretary = branchSecretary(rest, ctx);
    if (secretary !== undefined) return [secretary];
    // 中心党支部… from the 中心's head (round 44 fqe): the head's own branch is theirs, never asked.
    if (ownBranchDepartment(named.replace(/^由/, ''), ctx) !== undefined) return [ctx.senderId];
    return [...ctx.directory.withRole('secretary'), ...ctx.directory.withRole('leader')].map((p) => p.id).filter((id) => id !== ctx.senderId);
  }
  if (body.startsWith('党组')) return ctx.directory.withRole('secretary').map((p) => p.id);
  if (body === '机关党委') return people.filter((p) => p.title.includes('机关党委书记')).map((p) => p.id);
  // 机关纪委 / 纪检组 / 纪委: the inspectors, the body's own 书记 first.
  const inspectors = ctx.directory.withRole('inspector');
  return [...inspectors.filter((p) => p.title.includes(`${body}书记`)), ...inspectors.filter((p) => !p.title.includes(`${body}书记`))].map((p) => p.id);
}

/**
 * The body standing as the subject of `rest` (day, type and titles masked; no person named as doer),
 * with who answers for it; undefined when no body is the subject, or nobody in the directory stands for it.
 */
export function bodyAsDoer(rest: string, ctx: Pick<ParseContext, 'directory' | 'senderId'>): BodyDoer | undefined {
  const m = BODY_SUBJECT.exec(rest) ?? BODY_SUBJECT_MORE.exec(rest) ?? BODY_HOSTED.exec(rest);
  if (!m) return undefined;
  const candidateIds = bodyMembers(m[2]!, m[1]!, rest, ctx);
  return candidateIds.length > 0 ? { text: m[2]!, candidateIds, start: m.index, end: m.index + m[1]!.length } : undefined;
}
