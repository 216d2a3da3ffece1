// 张颖「本月共开展廉政谈话3人次，其中周涛部长与张颖、刘洋各谈1次，刘芳副理事长与周涛谈1次。」 (round 64, gdh; t67a F1: one talk
// 「（日期未知）」, all four names lost; after the day, all four put on one line): a counted lead whose 其中 part holds doer–person
// pairs (X与A、B各谈1次 · X与C谈1次 · X分别与A、B谈话), with or without days. Each pair is a talk of its own, the lead's kind
// and day (本月 is no day: asked) carried to it, and the count weighed against the pairs on the card. Only a lead of 谈话
// (廉政谈话 · 谈心谈话 · 谈话) counted in 次/人次 and followed by 其中, every part after it such a pair; talkTallyLead's leads
// over dated items, and leads broken down by kind (其中提醒谈话1次…), stay theirs.
import type { ParsedReport } from './draft.js';

/** Period (本月 · 12月 · 12月3日), 共开展廉政谈话3人次，其中 <pairs>: groups day, kind, count, pairs. */
const LEAD = /^(?:[^：:。；\n]{0,24}(?:小结|总结|汇报|情况|工作动态)[：:][\s\n]*)?((?:本月|上月|本周|上周|今年以来|本季度|\d{1,2}月(?:\d{1,2}[日号])?(?:份)?)(?:以来)?)?[，,\s]?(?:我们|我部|我科|本部门)?(?:共|累计)?(?:开展|进行)了?((?:廉政|谈心)?谈话)(?:共|累计)?(\d+)人?次[，,；;]\s*其中[，,:：]?\s*([^。\n]+?)[。；;\s]*$/;
/** One pair: (day) X(title)(于)(day)(分别)与A、B(各|分别)谈(话)(了)(N(人)次): groups day, doer, day after the doer,
 *  people, count. The doer may be left out after the first pair (…，12月2日与李娟、刘洋各谈话1次: the last doer's, round 65
 *  geh; t68a F1, where 黄志刚书记12月1日与王强谈话1次 put the day between doer and 与 and the whole tally fell to the items
 *  readers: six untyped items, 黄志刚 a counterpart). A doer never starts with 与/和/同/跟 (与王强和李娟谈话 has none). */
const PAIR = /^(?:于|在)?(\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])?[，,\s]?(?:(?![与和同跟于在])([\u4e00-\u9fa5]{2,10}?)(?:于|在)?(\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])?[，,\s]?)?(?:分别)?(?:与|和|同|跟)([\u4e00-\u9fa5、和及]{2,24}?)(?:同志)?(?:各|分别|均)?(?:进行了?|开展了?)?(?:廉政|谈心)?谈(?:话)?了?(?:(\d+)人?次)?$/;

export interface PairedTally {
  /** The message as pairs the readers know: 本月，周涛分别与张颖、刘洋进行了廉政谈话，刘芳与周涛进行了廉政谈话。 */
  text: string;
  /** The lead as written, for the card. */
  lead: string;
  count: number;
  /** Talks the pairs tell (people × times). */
  told: number;
}

/** The counted lead over doer–person pairs, rewritten, or undefined. */
export function pairedTallyLead(text: string): PairedTally | undefined {
  const m = LEAD.exec(text.trim());
  if (!m) return undefined;
  const kind = m[2] === '谈话' ? '谈话' : m[2]!;
  const clauses = m[4]!.split(/[，,；;]/).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length === 0) return undefined;
  let told = 0;
  let doer: string | undefined;
  const pairs: string[] = [];
  for (const c of clauses) {
    const p = PAIR.exec(c);
    if (!p) return undefined;
    // One day at most per pair (12月1日黄志刚于12月2日… is no pair of ours), and a pair without a doer only after one with.
    if (p[1] && p[3]) return undefined;
    doer = p[2] ?? doer;
    if (doer === undefined) return undefined;
    const people = p[4]!.split(/[、和及]/).filter((w) => w !== '');
    told += people.length * Number(p[5] ?? 1);
    pairs.push(`${p[1] ?? p[3] ?? ''}${doer}${people.length > 1 ? '分别' : ''}与${people.join('、')}进行了${kind}`);
  }
  const day = m[1] ? `${m[1]}，` : '';
  const lead = text.trim().slice(0, text.trim().indexOf('其中')).replace(/[，,；;\s]+$/, '');
  return { text: `${day}${pairs.join('，')}。`, lead, count: Number(m[3]), told };
}

/** The pairs' records, the count checked against them on the first (said either way). */
export function withPairedTallyNoted(reports: ParsedReport[] | null, tally: PairedTally): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const said = tally.told === tally.count && reports.length === tally.count
    ? `「${tally.lead}」是合计，只用来核对：其中写明的${tally.count}次已逐条列出，不另记`
    : `「${tally.lead}」是合计，不另记；消息说共${tally.count}次，其中写明的有${reports.length}条，请核对`;
  const [first, ...others] = reports;
  const reasons = tally.told === tally.count ? ['items' as const] : ['items' as const, 'count_unlike' as const];
  return [{ ...first!, remarks: [...first!.remarks, said], reasons: [...new Set([...(first!.reasons ?? []), ...reasons])] }, ...others];
}
