// 张伟「本月共开展廉政谈话3人次」 alone (round 64, gdb; gcb's left-alone): a total of a span with no item under it was read as ONE
// talk, its day and person asked — a record the member never meant, and a question that ate the next message. A total
// is no record: nothing is read from it, and the member is asked for the deeds one by one (periodTotalReply).
import { activityTypeName } from '../activityTypes.js';
import { MASK, normalizeText } from './parseNormalize.js';
import { chineseNumber } from './parseNumerals.js';
import { parseKind } from './parseKind.js';
import { COUNT_MEASURE, PERIOD_WORD, SUM_WORD } from './totalWords.js';

/** A span of many days: the shared period words, or 上周 · 上个月 · 11月份 · 截至11月底. */
const SPAN = `(?:${PERIOD_WORD}|上周|上个?月|上季度|\\d{1,2}月份?(?![\\d日号])|(?:截至|截止|到)\\d{1,2}月底?(?:为止)?)`;
/** Who counted, before or after the span: 我们部门 · 本科室 · 财务科 · 机关纪委 · 我. */
const UNIT = '(?:我们?(?:部门|科室|科|部|中心)?|本(?:部门|科室|科|部|中心|人)|咱们(?:部门|科室|科|部|中心)?|科里|部里|中心|(?![对与和跟到在给向])[\\u4e00-\\u9fa5]{1,4}(?:科|部|室|中心|纪委|党委))';
/** The lead before the counts: span, unit, total word, in the orders people write them; group 1 the span, group 2 the total word. */
const LEAD = new RegExp(`^(?:${UNIT})?(${SPAN})?[,，]?(?:${UNIT})?(${SPAN})?[,，]?(共计|一共|总共|共|${SUM_WORD})?`);
/** One counted kind: a verb, the kind's words, a total word again, the count and its measure. Groups: words, count. */
const COUNTED = new RegExp(`^(?:开展|进行|组织开展|组织|召开|举办|举行|签订|签署|讲授|讲了|上了)?了?(?:共计|一共|共|${SUM_WORD})?([\\u4e00-\\u9fa5]{2,12}?)(?:共计|共|${SUM_WORD})?(\\d{1,3}|[两二三四五六七八九十]{1,3})(?!篇)${COUNT_MEASURE}$`);
/** What may stand beside a kind's own words in a counted part: its verb, and the words a kind is dressed in. */
const DRESS = new RegExp(`[${MASK}]|开展|进行|组织|召开|举办|举行|签订|签署|讲授|党风廉政建设|党风廉政|廉洁从政|廉洁|集体|专题|主题|了|的`, 'g');
/** Where the parts of a tally part: 、 · ，· ; · 和 · 及 · 以及 · 另外 (a second part: another kind, left to the tally readers). */
const PARTS = /[、,，;；]|以及|及|和|另外/;

/**
 * The kinds counted (「廉政谈话」, in the order said) when `text` is a total and nothing else: a span (本月 · 本周 · 截至目前 ·
 * 11月份) or a total word (共 · 合计 · 累计), then one or more kinds each with its count (廉政谈话3人次 · 签订责任书12份),
 * at least one count of 2 or more, no day, person, place or title. Undefined otherwise — 本月和孙杰谈了3次 (a person),
 * 本月开展廉政谈话1次 (one deed: asked its day), 11月24日共开展廉政谈话3人次 (a day) are read as reports. Pure.
 */
export function periodTotal(text: string): string[] | undefined {
  // Cheap gates first (issue 14): a count's measure, and no more than a tally's length.
  if (text.length > 60 || !/[次份场批篇期轮人]/.test(text)) return undefined;
  const t = normalizeText(text).replace(/\s+/g, '').replace(/[。.!！~～]+$/, '');
  const lead = LEAD.exec(t)!;
  if (lead[1] === undefined && lead[2] === undefined && lead[3] === undefined) return undefined;
  const parts = t.slice(lead[0].length).split(PARTS).filter((p) => p !== '');
  // 本月开展廉政谈话2次、谈心谈话1次 (rounds 58–59, fda/fca): a tally of several kinds stays their reading, each deed asked.
  if (parts.length !== 1) return undefined;
  const kinds: string[] = [];
  let most = 0;
  for (const p of parts) {
    const m = COUNTED.exec(p);
    if (!m) return undefined;
    const read = parseKind(m[1]!);
    if (read.kind === undefined || read.rest.replace(DRESS, '') !== '') return undefined;
    kinds.push(activityTypeName(read.kind.code));
    most = Math.max(most, /^\d/.test(m[2]!) ? Number(m[2]) : (chineseNumber(m[2]!) ?? 0));
  }
  return most >= 2 ? [...new Set(kinds)] : undefined;
}
