// 「报送廉政信息3条，昨天2条，今天1条」 · 「昨天报了2条信息，今天1条」 (issue 10, f2: three papers put on yesterday, or the
// second of yesterday's lost): the 信息 duty counts papers, one record each (statedCount), and a message that counts them
// day by day says how many each day has. The count said once for all days is only their sum.
import type { ParsedReport } from './draft.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { chineseNumber } from './chineseNumber.js';
import { extractTitles } from './parseTraining.js';
import { periodOf } from '../period.js';

/** A count of papers in a clause, its day masked (周五两篇 is 两篇): 2条 · 两则 · 一篇 (never 第2条). Group 1: the number. */
const PIECES = /(?<![第\d])(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:条|则|篇)/g;

/** 第一篇 · 第二条 opening a dated clause (第一篇是11月3日, round 48, fte): one paper, that day's. Groups: before, measure. */
const ORDINAL_PIECE = /^([\s\u0000]*(?:其中)?)第(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(条|则|篇)/;

/** 「消息里的「今天」、「周五」没有对应到任何记录…」 (unaccounted's remark), the words in groups of 「」. */
const LEFT_OVER = /^消息里的(.+)没有对应到任何记录/;

/**
 * `reports` without the left-over words that name a day now counted; the `leftover` reason goes when a remark lost all
 * its words (the remark is the message's, copied on the records made from it).
 */
function withoutCountedDays(reports: ParsedReport[], counted: ReadonlySet<string>, today: string): ParsedReport[] {
  let cleared = false;
  const kept = reports.map((r) => ({
    ...r,
    remarks: r.remarks.flatMap((m) => {
      const said = LEFT_OVER.exec(m);
      if (!said) return [m];
      const words = [...said[1]!.matchAll(/「([^」]+)」/g)].map((w) => w[1]!);
      const left = words.filter((w) => !counted.has(parseDay(arabicizeNumerals(w), today).date ?? ''));
      if (left.length === words.length) return [m];
      if (left.length > 0) return [m.replace(said[1]!, left.map((w) => `「${w}」`).join('、'))];
      cleared = true;
      return [];
    }),
  }));
  return cleared ? kept.map((r) => ({ ...r, reasons: (r.reasons ?? []).filter((x) => x !== 'leftover') })) : kept;
}

/**
 * A dated clause that only counts papers (昨天2条 · 今天又报了一篇 · 上周三报送了信息一篇 · 一篇10月9日), its day masked:
 * anything more (今天1条也没报 · 今天1条是转发的) is not read here, and the message is left as the reader had it.
 */
// 一条是11月10号 · 另一篇是11月17日的 · 其中一篇是11月3日报的 (round 48, fte: 「报送廉政信息两条，一条是11月10号，一条是
// 11月24号」 stored both on 11-10): a paper named by its count and 是 before its day, 的 after it, is the day's paper too.
// 教就部11月18日报送廉政信息2篇，11月25日报送1篇 (round 37, fje: the 11-25 paper lost, named only as a day unmatched): the
// department the papers are of, before the verb or between it and 信息, is no more than whose they are.
const COUNT_ONLY = /^(?:其中)?(?:[\u4e00-\u9fa5]{1,6}?(?:部|科|室|中心))?(?:还有|又|还|另|再|也是|也有|也|都是|同样是?)?(?:报送|上报|报|发|投送|编发|撰写)?了?(?:[\u4e00-\u9fa5]{1,6}?(?:部|科|室|中心)(?:的)?)?(?:廉政|廉洁)?(?:信息)?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:条|则|篇)(?:廉政|廉洁)?(?:信息)?(?:是|为)?(?:在)?(?:报送|上报|报|发|写)?的?$/;

// 上周报送2篇信息 周一1篇 周三1篇 (round 52, fwc, issue 10: four papers, 周一 read as today, 11-30, and the total's record kept
// beside the days'): a week or month said once with no day of its own (上周 · 本周 · 上个月 · 本月) is the span the bare
// weekdays (周一) and bare days (5号) after it are in, as 上周二…，周四… already was.
/** 上周 · 上上周 · 本周 · 这周 · 上个月 · 上月 · 本月 · 这个月, with no weekday or day after it. Group 1: the words. */
const SPAN_SAID = /((?:上上|上|本|这)个?(?:周|星期|礼拜)(?![一二三四五六日天])|(?:上个?|本|这个?)月(?![份\d]?\d))/;

/** `clause` with a bare weekday or bare day (周一1篇 · 5号1篇) put in `span` (上周一1篇 · 上个月5号1篇); as it is otherwise. */
function withSpanCarried(clause: string, span: string | undefined): string {
  if (span === undefined) return clause;
  if (/(?:周|星期|礼拜)$/.test(span)) return clause.replace(/(?<![上本这下个])(?=(?:周|星期|礼拜)[一二三四五六日天])/, span.replace(/(?:周|星期|礼拜)$/, ''));
  return clause.replace(/^([\s\u0000]*)(?=\d{1,2}[号日])/, `$1${span}`);
}

/** 本周报送信息： · 这周情况: — a week named before a colon, heading the weekdays after it (weekLeadIn's shape). */
const WEEK_LEAD_IN_SAID = /(?:本|这)个?(?:周|星期|礼拜)(?![一二三四五六日天])[^:：\n\d]{0,12}[:：]/;

/** 截至 · 累计 · 全年 · 今年以来 · 共计: a running total beside the days, not their sum (the reader handles it). */
const RUNNING_TOTAL = /截至|截止|累计|全年|以来|共计|总共/;

/** Words of a deed other than handing in papers, in a dated clause (开展作风纪律检查 · 与王强谈话 · 组织学习): that deed's day. */
const OTHER_DEED = /检查|谈话|谈心|学习|观看|召开|开展|签订|讲授|党课|调研|督查/;
/** A paper of another kind than 信息 (调研报告1篇 · 自查报告一份): counted in its own kind, never as 信息. */
const OTHER_PAPER = /报告|述责|述廉/;

/** 其中1篇被市纪委网站采用 · 其中2篇被采用 · 其中一篇获省纪委网站刊发: what became of some of the papers counted. */
const ADOPTED_REMARK = /^[\s\u0000]*其中[^被获]{0,16}?(?:已经?)?(?:被|获)[^，,；;。]{0,16}?(?:采用|录用|刊发|刊登|转载|选用)/;

/** Words of handing in papers: a clause with them is the papers' own. */
const PAPER_WORDS = /信息|报送|上报|篇|条|则/;

/** A clause: parted by ，、；。： or a line break (a heading before a colon is a clause of its own; 12月1日1篇、12月3日2篇). */
const CLAUSE = /[^，,、；;。：:\n]+/g;

/**
 * A space between words, as voice input leaves for a comma (报送廉政信息2篇 一篇是11月3日的 另一篇是11月17日的, round 48,
 * fte: both stored on 11-03); never inside a day (11 月 3 日), where a digit stands beside it.
 */
// 本月报送廉政信息3篇 20号两篇 27号一篇 (round 51 fzb, t53b F6's kind in one message: one paper stored at once on 11-20,
// two lost): a space before a day written in digits parts too, unless it follows 月 (11月 20日 is one day).
const SPOKEN_BREAK = /(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])|(?<=[\u4e00-\u9fa5])(?<!月)\s+(?=\d{1,2}[月号日])/;

/**
 * `reports` with the 信息 papers counted per day: when every record is a 报送信息 of no one talked to and the message
 * counts papers on two or more days, or on one day beside a total (…3条，昨天2条，今天1条), each day said has as many records
 * as its count (copies of one record, the day's own or another's put on that day). A total that is not the sum of the
 * days' counts leaves `reports` as they are (the card shows them; which is right is the member's to say). `today`:
 * YYYY-MM-DD, Asia/Shanghai.
 */
export function withInfoCountPerDay(reports: ParsedReport[], text: string, today: string): ParsedReport[] {
  // 信息报送：12月1日1篇、12月3日2篇。另外12月2号组织…学习… (round 42, t42a F12): the papers are counted per day beside a
  // deed of another kind, which stays as it was read, where the papers were.
  const isPaper = (r: ParsedReport) => r.draft.type === 'report_info' && r.draft.counterpartIds.length === 0;
  const papers = reports.filter(isPaper);
  if (papers.length === 0 || reports.some((r) => r.draft.type === 'report_info' && !isPaper(r))) return reports;
  if (papers.length === reports.length) return papersCountedPerDay(reports, text, today);
  const counted = papersCountedPerDay(papers, text, today);
  if (counted === papers) return reports;
  const first = reports.findIndex(isPaper);
  const others = reports.filter((r) => !isPaper(r));
  return [...others.slice(0, first), ...counted, ...others.slice(first)];
}

/** withInfoCountPerDay over `reports` that are all 报送信息 records of no one talked to; `reports` itself when unchanged. */
function papersCountedPerDay(reports: ParsedReport[], text: string, today: string): ParsedReport[] {
  if (RUNNING_TOTAL.test(text)) return reports;
  const perDay = new Map<string, number>();
  /** Each day's counts clause by clause, in order. */
  const clauseCounts = new Map<string, number[]>();
  let total: number | undefined;
  let day: string | undefined;
  let dated = 0;
  /** The span (上周 · 上个月…) said once before the days, and the days the clauses' bare words would be read on without it. */
  let span: string | undefined;
  const misread = new Set<string>();
  for (const clause of (arabicizeNumerals(extractTitles(text).rest).match(CLAUSE) ?? []).flatMap((c) => c.split(SPOKEN_BREAK))) {
    const carried = withSpanCarried(clause, span);
    const read = parseDay(carried, today);
    if (carried !== clause) {
      const bare = parseDay(clause, today).date;
      if (bare !== undefined && bare !== read.date) misread.add(bare);
    }
    if (read.date === undefined) span = SPAN_SAID.exec(clause)?.[1] ?? span;
    // 1、11月4日…开展作风纪律检查；2、报送廉政信息3篇，其中11月20日2篇 (round 53, fke; issue 10: five papers on the card, the 3篇
    // put on the check's 11-04 beside the 2 of 11-20): the day of a clause telling another deed and no papers is that deed's,
    // never the day of the papers counted after it.
    if (read.date !== undefined && !PAPER_WORDS.test(read.rest) && OTHER_DEED.test(read.rest)) {
      day = undefined;
      continue;
    }
    // 本月已报送廉政信息3篇：12月1日1篇，12月3日2篇，调研报告1篇（12月4日） (round 56, fge; t58b F3: the 12-03 papers made one
    // because this clause's 1篇 was read as more 信息 of a day): a counted paper of another kind (调研报告 · 自查报告) is that
    // paper's clause, no 信息 of its own or of the day before.
    if (OTHER_PAPER.test(read.rest) && !/信息/.test(read.rest)) {
      day = undefined;
      continue;
    }
    // 本月报送信息3篇（11月2日1篇、11月23日2篇），其中1篇被市纪委网站采用 (round 57, fee; fge's left-alone: a card of two, the
    // 1篇 of the remark read as more words of 11-23's clause, so the day-by-day count was dropped): a clause of no day saying
    // what became of some of the papers is a remark on those counted (withAdoptedPaperNoted keeps it), never papers of its own.
    if (read.date === undefined && ADOPTED_REMARK.test(read.rest)) continue;
    day = read.date ?? day;
    const rest = read.rest.replace(ORDINAL_PIECE, '$1一$2');
    const counts = [...rest.matchAll(PIECES)].map((m) => (/^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!) ?? 0));
    if (counts.length === 0) continue;
    if (counts.length > 1) return reports;
    if (day !== undefined && !COUNT_ONLY.test(rest.replace(/[\s\u0000]+/g, ''))) return reports;
    // A count before any day is said is the total over the days after it.
    if (day === undefined) total = counts[0];
    else {
      perDay.set(day, (perDay.get(day) ?? 0) + counts[0]!);
      clauseCounts.set(day, [...(clauseCounts.get(day) ?? []), counts[0]!]);
      dated++;
    }
  }
  const sum = [...perDay.values()].reduce((a, b) => a + b, 0);
  // 11月3日报送廉政信息2篇，11月3日又报送1篇 (round 37, fje: two records, the third paper lost): two counted clauses of one
  // day add up as two days' do.
  if (perDay.size === 0 || (dated < 2 && total === undefined) || (total !== undefined && total < sum && dated < 2)) return reports;
  // 报送廉政信息3篇，20号2篇，27号也是2篇 (round 51 fzaa, fzb's finding: one paper stored at once on 11-20): days whose counts
  // add up past the total said are read day by day, on a card saying the two numbers differ — never one paper at once.
  const overTotal = total !== undefined && total < sum ? `消息里说共${total}篇，按日期分列合计${sum}篇，已按各日篇数列出，请核对` : undefined;
  // 本周报送2篇信息 周一1篇 周三1篇 read on Monday (round 52, fwaa, issue 10: both papers put on 11-30, 「周三」 named unmatched):
  // a day still to come in the week said is no day a paper was sent on; that day's papers are asked their day (future_date,
  // 「已完成的日期」), never put on another day. Without a span said, a day to come leaves the reading as it was.
  const ahead = [...perDay.keys()].filter((d) => d > today);
  // 本周报送信息：周一1篇，周三1篇 on a Monday, a lead-in over its weekdays, is read as last week's account (accountWeekGone)
  // and left as read.
  if (ahead.length > 0 && (span === undefined || WEEK_LEAD_IN_SAID.test(text))) return reports;
  // Each day already has its papers (10月9日一篇，10月23日一篇): nothing to add, the reading stays as it was.
  const onDayCount = (d: string) => reports.filter((r) => r.draft.date === d).length;
  if ([...perDay.entries()].every(([d, n]) => onDayCount(d) === n) && (total === undefined || total === sum) && reports.every((r) => r.draft.date !== undefined && perDay.has(r.draft.date))) return reports;
  const quarterStart = periodOf('quarter', today).start;
  const onDay = (d: string): ParsedReport[] => {
    const own = reports.filter((r) => r.draft.date === d);
    if (own.length > 0) return own;
    const from = reports[0]!;
    const dayAsked = d > today ? [{ code: 'future_date' as const, date: d }] : [];
    return [{ ...from, draft: { ...from.draft, date: d, late: d < quarterStart }, problems: [...dayAsked, ...from.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date')] }];
  };
  const counted = [...perDay.entries()].flatMap(([d, n]) => {
    const own = onDay(d);
    // 11月10日办公室报送廉政信息1篇;11月10日财务科报送廉政信息2篇 (round 49, fvb, t51b F2's kin: the third paper copied from
    // 办公室's): clauses of one day each giving a record of its own department count that record, in order.
    const each = clauseCounts.get(d) ?? [];
    if (own.length > 1 && own.length === each.length && new Set(own.map((r) => r.draft.departmentId)).size === own.length) {
      return own.flatMap((r, k) => Array.from({ length: each[k]! }, (_, i): ParsedReport => ({ ...r, remarks: i === 0 ? r.remarks : [], reasons: [...(r.reasons ?? []), 'items'] })));
    }
    const copy = (i: number): ParsedReport => ({ ...own[i % own.length]!, remarks: i < own.length ? own[i]!.remarks : [], reasons: [...(own[i % own.length]!.reasons ?? []), 'items'] });
    return Array.from({ length: n }, (_, i) => copy(i));
  });
  // 报送信息4条，昨天2条，今天1条: the one paper of no day said waits for its day, as a count statedCount reads does.
  const { date: _date, ...undated } = reports[0]!.draft;
  const unsaid: ParsedReport[] =
    total !== undefined && total > sum ? [{ draft: { ...undated, late: false }, problems: [{ code: 'missing_date', count: total - sum }], remarks: [], reasons: ['items'] }] : [];
  // Records of days not counted (none, in the shapes above) stay as read.
  // An undated record of a department no dated one is at, beside no total (办公室2篇（11月3日、11月17日），宣文部1篇 — round 49,
  // fvb: 宣文部's paper dropped without a word), is a paper of its own, asked its day; any other undated record is one the
  // counts stand for (上周五报了三条…，今天又报了一条), and beside a total the papers the total leaves (unsaid, above).
  const ownPaper = (r: ParsedReport) =>
    total === undefined && r.draft.departmentId !== undefined && !reports.some((o) => o.draft.date !== undefined && o.draft.departmentId === r.draft.departmentId);
  const rest = reports.filter((r) => (r.draft.date === undefined ? ownPaper(r) : !perDay.has(r.draft.date) && !misread.has(r.draft.date)));
  const days = new Set(perDay.keys());
  // A bare 周一 put in the week said before (上周…周一1篇) is counted too, though read alone it names today.
  const all = withoutCountedDays([...counted, ...rest, ...unsaid], new Set([...days, ...misread]), today);
  if (overTotal === undefined || all.length === 0) return all;
  const [first, ...others] = all;
  return [{ ...first!, remarks: [...first!.remarks, overTotal], reasons: [...new Set([...(first!.reasons ?? []), 'items' as const])] }, ...others];
}
