// 张伟「本月共开展廉政谈话3人次」 alone (round 64, gdb; gcb's left-alone): a total of a span with no item under it was read as ONE
// talk, its day and person asked — a record the member never meant, and a question that ate the next message. A total
// is no record: nothing is read from it, and the member is asked for the deeds one by one (periodTotalReply).
import { activityTypeName, type ActivityTypeCode } from '../activityTypes.js';
import { MASK, normalizeText } from './parseNormalize.js';
import { chineseNumber } from './chineseNumber.js';
import { parseKind } from './parseKind.js';
import { headsAccount } from './accountHeading.js';
import { COUNT_MEASURE, PERIOD_WORD, SUM_WORD } from './totalWords.js';

/** A span of many days: the shared period words, or 上周 · 上个月 · 11月份 · 截至11月底. */
const SPAN = `(?:${PERIOD_WORD}|上周|上个?月|上季度|\\d{1,2}月份?(?![\\d日号])|(?:截至|截止|到)\\d{1,2}月底?(?:为止)?)`;
/**
 * Who counted, before or after the span: 我们部门 · 本科室 · 财务科 · 机关纪委 · 我. A unit's name holds no span's word (月 · 周 ·
 * 年 · 季): 「本月办公室谈心谈话2人次、警示教育1次」 (round 68, ghb; t70b) was read as one unit 「本月办公室」 with no span, so
 * not a total, and a talk of the clerk's head was asked its day and person.
 */
const UNIT = '(?:我们?(?:部门|科室|科|部|中心)?|本(?:部门|科室|科|部|中心|人)|咱们(?:部门|科室|科|部|中心)?|科里|部里|中心|(?![对与和跟到在给向])(?:(?![月周年季])[\\u4e00-\\u9fa5]){1,4}(?:科|部|室|中心|纪委|党委))';
/**
 * The lead before the counts: span, unit, total word, in the orders people write them; groups 1–2 the spans, group 3 a
 * heading colon (11月份：), group 4 the total word.
 */
const LEAD = new RegExp(`^(?:${UNIT})?(${SPAN})?[,，]?(?:${UNIT})?(${SPAN})?([:：])?[,，]?(共计|一共|总共|共|${SUM_WORD})?[:：]?`);
/** One counted kind: a verb, the kind's words, a total word again, the count and its measure. Groups: words, count. */
const COUNTED = new RegExp(`^(?:开展|进行|组织开展|组织|召开|举办|举行|签订|签署|讲授|讲了|上了)?了?(?:共计|一共|共|${SUM_WORD})?([\\u4e00-\\u9fa5]{2,12}?)(?:共计|共|${SUM_WORD})?(\\d{1,3}|[一两二三四五六七八九十]{1,3})(?!篇)${COUNT_MEASURE}$`);
/** What may stand beside a kind's own words in a counted part: its verb, and the words a kind is dressed in. */
const DRESS = new RegExp(`[${MASK}]|开展|进行|组织|召开|举办|举行|签订|签署|讲授|党风廉政建设|党风廉政|廉洁从政|廉洁|集体|专题|主题|了|的`, 'g');
/** Where the parts of a tally part: 、 · ，· ; · 和 · 及 · 以及 · 另外 (a second part: another kind, left to the tally readers). */
const PARTS = /[、,，;；]|以及|及|和|另外/;

/**
 * One kind's total as the member wrote it: the kind's name (廉政谈话, or the generic word: 谈话 · 检查), the words (廉政谈话3人次),
 * the count, and the kind's code (none for a generic word).
 */
export interface KindTotal {
  name: string;
  said: string;
  count: number;
  code?: ActivityTypeCode;
}

/** A deed's generic word, a total of every kind it covers (谈话3次 · 检查2次 · 学习2次 · 会议1次): only beside items. */
const GENERIC = /^(?:谈话|谈心|检查|督查|抽查|教育|学习|会议)$/;

/**
 * The kinds counted (「廉政谈话」, in the order said) when `text` is a total and nothing else: a span (本月 · 本周 · 截至目前 ·
 * 11月份) or a total word (共 · 合计 · 累计), then one or more kinds each with its count (廉政谈话3人次 · 签订责任书12份),
 * at least one count of 2 or more, no day, person, place or title. Undefined otherwise — 本月和孙杰谈了3次 (a person),
 * 本月开展廉政谈话1次 (one deed: asked its day), 11月24日共开展廉政谈话3人次 (a day) are read as reports. Pure.
 */
export function periodTotal(text: string): string[] | undefined {
  const totals = periodTotals(text);
  return totals === undefined ? undefined : [...new Set(totals.map((t) => t.name))];
}

/**
 * periodTotal's totals one by one, as written (「廉政谈话3人次」 · 「签订责任书5份」), or undefined. Several kinds are a total
 * only when a total word (共 · 合计 · 累计) or a heading colon (11月份：) says so (round 65, ged: 本月共开展廉政谈话3人次、签订
 * 责任书5份、警示教育1次 was three deeds asked their days); without either (本月签订责任书2份、开展廉政谈话1次) each kind stays
 * a deed asked (rounds 58–59, fda/fca). `generic` also takes a deed's generic word (谈话3次 · 检查2次), for a lead beside its
 * items (kindTotalsLead); a total alone of those stays bareTally's. Pure.
 */
export function periodTotals(text: string, generic = false): KindTotal[] | undefined {
  // Cheap gates first (issue 14): a count's measure, and no more than a tally's length.
  if (text.length > 60 || !/[次份场批篇期轮人]/.test(text)) return undefined;
  // 本月 共开展廉政谈话3人次 签订责任书5份 (voice): a space after a count parts two counted kinds, as 、 does.
  const t = withoutAccountTitle(normalizeText(text).replace(SPOKEN_PART, '$1、').replace(/\s+/g, '').replace(/[。.!！~～]+$/, ''));
  const lead = LEAD.exec(t)!;
  if (lead[1] === undefined && lead[2] === undefined && lead[4] === undefined) return undefined;
  const parts = t.slice(lead[0].length).split(PARTS).filter((p) => p !== '');
  // 本月开展廉政谈话2次、谈心谈话1次 (rounds 58–59, fda/fca): a tally of several kinds with no total word stays their reading.
  // 本月廉政谈话3人次、警示教育1次 (round 66, gfa; ged's leftover: two deeds asked their days): kinds written as nouns with their
  // counts and no verb are a tally's columns, a total as 共 would make it.
  if (parts.length === 0 || (parts.length > 1 && lead[3] === undefined && lead[4] === undefined && !countedNouns(parts))) return undefined;
  const totals: KindTotal[] = [];
  for (const p of parts) {
    const m = COUNTED.exec(p);
    if (!m) return undefined;
    const read = parseKind(m[1]!);
    const count = /^\d/.test(m[2]!) ? Number(m[2]) : (chineseNumber(m[2]!) ?? 0);
    const said = p.replace(LEAD_VERB, '');
    const word = m[1]!.replace(DRESS, '');
    if (read.kind === undefined && generic && GENERIC.test(word)) totals.push({ name: word, said, count });
    else if (read.kind === undefined || read.rest.replace(DRESS, '') !== '') return undefined;
    else totals.push({ name: activityTypeName(read.kind.code), said, count, code: read.kind.code });
  }
  // Alone, a count of 1 is one deed asked its day; beside items (generic) it only counts them.
  return generic || Math.max(...totals.map((x) => x.count)) >= 2 ? totals : undefined;
}

/** A deed's verb or a person's 与 opening a counted part: 开展廉政谈话1次 is a deed told, 廉政谈话1次 a column of a tally. */
const VERB_FIRST = /^(?:开展|进行|组织|召开|举办|举行|签订|签署|签了|讲授|讲了|上了|观看|学习了|参加|与|和|跟|同|对|到)/;

/** 签订责任书 · 签署承诺书: the kind's own name, a noun after a first part that is one (本月谈心谈话2人次、签订责任书3份). */
const SIGNING_NAME = /^签(?:订|署)(?:廉政|党风廉政建设)?(?:责任书|承诺书)/;

/**
 * Whether the counted parts name their kinds as nouns, no verb before them (廉政谈话3人次、警示教育1次): the first never
 * opens with a verb (签订责任书2份、廉政谈话2次 stays deeds asked, rounds 58–59), a later one only with a signing's name.
 */
const countedNouns = (parts: string[]): boolean => parts.every((p, i) => !VERB_FIRST.test(p) || (i > 0 && SIGNING_NAME.test(p)));

/** A count's measure and the space after it, before more words: where voice input parts two counted kinds. */
const SPOKEN_PART = new RegExp(`(${COUNT_MEASURE})\\s+(?=\\S)`, 'g');
/** A verb leading a counted part, left out when the part is quoted (开展廉政党课4次 → 廉政党课4次). */
const LEAD_VERB = /^(?:组织开展|开展|进行|组织|召开|举办|举行)了?/;

/** A title and its colon opening the text: 11月份纪检工作小结: · 党风廉政建设工作情况: (group 1 the title). */
const TITLE = /^([^:,;。]{2,24}):/;

/**
 * `t` (normalized, spaces gone) without an account's title before its colon: 「11月份纪检工作小结：本月共开展作风纪律检查3次」
 * (round 68, ghb; t70b) is the total it heads, as 「本月共开展作风纪律检查3次」 alone is, never one check asked its day. A
 * title of no account (时间: · 今天:) and a span's own colon (11月份:, LEAD's) are left to LEAD.
 */
function withoutAccountTitle(t: string): string {
  const title = TITLE.exec(t);
  return title && headsAccount(title[1]!) ? t.slice(title[0].length) : t;
}
