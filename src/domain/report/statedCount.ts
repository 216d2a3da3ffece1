// 11月份开展了两次作风纪律检查 · 11月报送信息3篇: a count of activities the member stated, which the records must add up to.
import { leadOverDatedItemsOf } from './leadOverDatedItems.js';
import { activityTypeName, isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { withSubtotalOverItems } from './subtotalOverItems.js';
import { chineseNumber } from './chineseNumber.js';
import { extractTitles } from './parseTraining.js';
import { monthsEach, withMonthsCounted } from './monthsCounted.js';
import { findKinds } from './parseKind.js';
import { withTypeSplitTally } from './typeSplitTally.js';

/** 两次 · 3篇 · 十二场, not 第二次 (an ordinal), 1-2次 (a range, a rule's wording) nor 四次全会 (a meeting's name). */
const COUNT = /(?<![第\d\-~～至到])([2-9]|[1-9]\d|[二两三四五六七八九十]{1,3})\s*(?:次|篇|场|期|轮|份|回)(?!全会|全体会议|会议精神|党代会)/g;

/**
 * 报送廉政信息2条 · 报了两条信息 · 信息3则 (s28: the second 信息 lost without a word): 条/则 count 信息 items only when said
 * of 信息, never 整改意见3条 or 提出两条建议.
 */
const INFO_ITEMS = /信息[^,，;；。]{0,6}?(?<![第\d\-~～至到])([2-9]|[1-9]\d|[二两三四五六七八九十]{1,3})\s*(?:条|则)|(?<![第\d\-~～至到])([2-9]|[1-9]\d|[二两三四五六七八九十]{1,3})\s*(?:条|则)[^,，;；。]{0,4}?信息/g;

/**
 * 抽查凭证30份 · 查阅台账12份 · 调阅档案5份 (round 46 frg K5: 「…专项资金使用情况进行了检查，抽查凭证30份」 added a second check
 * asking the days of 29 more): papers a check or study looked through, counted in 份, are no count of deeds.
 */
// 上交廉政信息材料2份 (round 53, fkf: one record): 信息材料 are the papers sent, counted as 信息 N份 are, never papers looked at.
const PAPERS_BEFORE = /(?:凭证|账目|帐目|账本|账簿|票据|单据|发票|台账|档案|资料|(?<!信息)材料|记录|表格|报表|(?:考勤|签到|登记|统计)表|卷宗|案卷|合同|病历|样本)[^,，;；。\d]{0,4}$/;

/** Whether the count `m` (of COUNT, in `rest`) is of papers looked at: 份 right after a word of papers. */
function papersLookedAt(rest: string, m: RegExpMatchArray): boolean {
  return m[0].endsWith('份') && PAPERS_BEFORE.test(rest.slice(0, m.index));
}

/** The one count of activities `text` states (titles aside), or undefined when it states none or several. */
export function statedCount(text: string): number | undefined {
  // 6月和11月各开展了一次… counts as 两次 here too (round 30a, F5).
  const rest = extractTitles(withMonthsCounted(text)).rest;
  const said = [...[...rest.matchAll(COUNT)].filter((m) => !papersLookedAt(rest, m)).map((m) => m[1]!), ...[...rest.matchAll(INFO_ITEMS)].map((m) => (m[1] ?? m[2])!)];
  const counts = said.map((c) => (/^\d+$/.test(c) ? Number(c) : chineseNumber(c)));
  const n = counts.length === 1 ? counts[0] : undefined;
  return n !== undefined && n >= 2 && n <= 31 ? n : undefined;
}

/**
 * `reports` adding up to the count `text` states: a found-nothing newcomer's finding was 「11月份开展了两次作风纪律检查」
 * asking one day and the second check lost without a word. When the records are all of one kind (no talk or signing,
 * which count pairs) and fewer than stated, the rest wait for their days: an undated record stands for them all, or
 * an undated copy is added; the question then asks for each day. Several kinds, or none stated, are left alone. 信息
 * counted on one day said are that many records of that day (count = papers), on a card. `names` (the directory's names):
 * a lead over items with their own days and deeds (leadOverDatedItems) is weighed on the card instead, `reports` kept.
 */
export function withStatedCount(reports: ParsedReport[], written: string, today: string, names: readonly string[] = []): ParsedReport[] {
  // 机关纪委共开展提醒谈话3次，其中12月1日黄志刚书记对王强…，12月2日对李娟进行函询，… (round 62, gba; t64a: a talk padded for
  // the 函询): a lead over items each with its own day and deed only counts them; countedLeadMismatch weighs the count.
  if (leadOverDatedItemsOf(written, names) !== undefined) return reports;
  // 今年开展谈心谈话8次，其中11月份2次：… (round 41, t41a F7's kin: six more talks asked): the part's count is the one its
  // items add up to; the year's total is context.
  const text = withSubtotalOverItems(written);
  // 本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次 (round 58, fda; t60a F9: the 2次 silently one): each type its count of records.
  const split = withTypeSplitTally(reports, text);
  if (split !== reports) return split;
  const n = statedCount(text);
  const type = reports[0]?.draft.type;
  // 共开展谈心谈话7次 with no one named (issue 10): the one talk record stands for the seven, their days and people asked.
  const unpairedTalk = type !== undefined && isTalkType(type) && reports.length === 1 && reports[0]!.draft.counterpartIds.length === 0;
  // 开展谈心谈话3次，其中与王强谈心2次（…），… (round 41): the breakdown's talks stand, the lead's count only checked.
  const among = breakdownCount(text);
  const talkType = reports.find((r) => r.draft.type !== undefined && isTalkType(r.draft.type))?.draft.type;
  if (among !== undefined && talkType !== undefined) return withBreakdownApartFromLead(reports, among, talkType);
  // 谈心谈话3次：11月3日与刘洋，另外两次是与… (a second count in the words after the lead): the lead's own count is the total.
  const lead = talkLeadCount(text);
  if (n === undefined && lead !== undefined && type !== undefined && isTalkType(type) && !unpairedTalk) return withTalksShortOfCount(reports, lead, text);
  if (n !== undefined && type !== undefined && (isTalkType(type) || type === 'pledge_sign') && !unpairedTalk) return withTalksShortOfCount(withPairsCounted(reports, n, text, today), lead ?? n, text);
  if (type === undefined && lead !== undefined) return withUntypedTalksShortOfCount(reports, lead, text);
  if (n === undefined || type === undefined) return reports;
  // 周一 组织学习《准则》⏎周三 报送廉政信息2篇 on a Monday (t38b F7 variant: the 周三 line a plan, and its 2篇 made a second
  // study asking its day): a count said of another kind is no count of these records.
  if (!countSaidOf(text, type)) return reports;
  if (unpairedTalk) return reports[0]!.draft.date === undefined ? withStatedCountOnUndated(reports, n) : reports;
  if (reports.some((r) => r.draft.type !== type || r.draft.counterpartIds.length > 0) || reports.length >= n) return reports;
  // 昨天报送信息2条 · 11月20日报送信息2篇 (s28: the second 信息 lost without a word): papers counted on the one day said
  // were all sent that day; each is a record (the 信息 duty counts papers), shown on a card, never a day asked.
  if (type === 'report_info' && reports.length === 1 && reports[0]!.draft.date !== undefined) {
    const one = reports[0]!;
    const copy = (): ParsedReport => ({ ...one, problems: [...one.problems], remarks: [], reasons: [...(one.reasons ?? []), 'items'] });
    return [{ ...one, reasons: [...(one.reasons ?? []), 'items'] }, ...Array.from({ length: n - 1 }, copy)];
  }
  if (reports.some((r) => r.draft.date === undefined)) return withStatedCountOnUndated(reports, n);
  const { date: _date, late: _late, ...draft } = reports[0]!.draft;
  // 本月检查3次：11月4日（康复部）、11月11日（维权部） (round 38, t37c F2: the day asked, then the check put at 康复部): when
  // the told ones were at places of their own, the place of one not told is not the first one's.
  const places = new Set(reports.map((r) => (r.draft.departmentIds ?? [r.draft.departmentId]).join(',')));
  if (places.size > 1) delete draft.departmentId, delete draft.departmentIds;
  const extra: ParsedReport = { draft: { ...draft, late: false }, problems: [{ code: 'missing_date', count: n - reports.length }], remarks: [], reasons: ['items'] };
  return [...reports, extra];
}

/** A clause of `text` (parted by ，；。 or a line break), titles aside. */
const CLAUSE = /[^，,；;。\n]+/g;

/**
 * Whether the one count `text` states is said of `type`: its clause names that kind, or no kind at all (本月检查3次 ·
 * 共3次 after the deeds). A count in a clause naming only other kinds (报送廉政信息2篇 beside a study) is not.
 */
function countSaidOf(text: string, type: ActivityTypeCode): boolean {
  const rest = extractTitles(withMonthsCounted(text)).rest;
  const clause = rest.match(CLAUSE)?.find((c) => new RegExp(COUNT.source).test(c) || new RegExp(INFO_ITEMS.source).test(c));
  if (clause === undefined) return true;
  const kinds = findKinds(clause).map((k) => k.code);
  return kinds.length === 0 || kinds.includes(type);
}

/** The first undated record of `reports` asks the days of the `n` deeds stated less those already dated. */
function withStatedCountOnUndated(reports: ParsedReport[], n: number): ParsedReport[] {
  const rest = n - reports.filter((r) => r.draft.date !== undefined).length;
  const undated = reports.findIndex((r) => r.draft.date === undefined);
  return reports.map((r, i) =>
    i === undated ? { ...r, problems: r.problems.map((p) => (p.code === 'missing_date' ? { code: 'missing_date' as const, count: rest } : p)) } : r,
  );
}

const ROUNDS = /(?<![第\d])(?:[2-9]|[二两三四五六七八九十])\s*(?:次|轮|回)/;

/**
 * 两次与分管科室负责人进行了廉政谈话 · 6月和11月分别与各科室负责人… (round 30a, F5: one talk a head kept, the second
 * round dropped without a word): talks or signings counted `n` times with each of a group, all undated and one record a
 * person, are `n` records a person, each day asked. Records already that many (两次与李明、孙丽: four) or dated are left.
 */
function withPairsCounted(reports: ParsedReport[], n: number, text: string, today: string): ParsedReport[] {
  // 与分管科室负责人签订了责任书2份: copies, one a person — only rounds (次 · 轮 · 回) count again.
  if (!ROUNDS.test(withMonthsCounted(text))) return reports;
  const type = reports[0]!.draft.type;
  if (reports.some((r) => r.draft.type !== type || r.draft.date !== undefined || r.draft.counterpartIds.length !== 1)) return reports;
  const people = new Set(reports.map((r) => r.draft.counterpartIds[0]));
  // Already a round a person each time (两次与李明、孙丽: four; 6月和11月分别与王建国: two), in rounds of the same people
  // in the same order.
  const done = reports.length === n * people.size && reports.every((r, i) => r.draft.counterpartIds[0] === reports[i % people.size]!.draft.counterpartIds[0]);
  if (!done && (people.size !== reports.length || reports.length < 2)) return reports;
  const copy = (r: ParsedReport): ParsedReport => ({ ...r, draft: { ...r.draft }, problems: [...r.problems], remarks: [], reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] });
  const rounds = done
    ? reports
    : Array.from({ length: n }, (_, round) => reports.map((r) => (round === 0 ? { ...r, reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] } : copy(r)))).flat();
  // 6月和11月分别与王建国、刘芳… (issue 10, round 31: 「与王建国、刘芳的…是哪一天」 asked four times, two days answered put on
  // one person's two talks): each round is its month's, its days asked in that month.
  const months = monthsEach(text, today);
  if (months?.length !== n) return rounds;
  const inMonth = (r: ParsedReport, month: string): ParsedReport => ({ ...r, problems: r.problems.map((p) => (p.code === 'missing_date' ? { ...p, month } : p)) });
  return rounds.map((r, i) => inMonth(r, months[Math.floor(i / people.size)]!));
}

/** 谈心谈话3次： · 廉政谈话共3次， · 谈话2次：: a counted lead of talks, set off by a colon or comma from the talks it counts. */
const COUNTED_TALK_LEAD = /(?:谈心谈话|廉政谈话|谈话|谈心)[^,，:：;；。]{0,3}?(?:共计|共|计)?\s*([2-9]|[1-9]\d|[二两三四五六七八九十])\s*(?:人次|次)\s*[,，:：]/;

/** 与王芳 · 和杨帆 · 跟李娟 before a counted lead: the one the counted talks were with. */
const PERSON_IN_LEAD = /(?:与|和|跟|同(?!志))[\u4e00-\u9fa5]{2,6}$|(?:与|和|跟|同(?!志))[\u4e00-\u9fa5]{2,6}?(?:开展|进行)(?:了)?$/;

/**
 * 开展谈心谈话3次，其中与王强谈心2次（11月6日、…） · 廉政谈话4人次，其中…（11月9日）: a counted lead of talks whose 其中 breakdown
 * follows with its days in brackets (countedLeadOverBreakdown). Without bracketed days the breakdown is read as before.
 */
const LEAD_OVER_BREAKDOWN = /(?:谈心谈话|廉政谈话|提醒谈话|廉洁谈话|谈话|谈心)(?:共计|共|计)?\s*([1-9]\d?|[一二两三四五六七八九十]{1,3})\s*(?:人次|次)\s*[,，]\s*其中(?=[^。;；\n]*?[(（][^()（）]*?\d{1,2}[日号])/;

/** The count of a lead over a 其中 breakdown of talks (LEAD_OVER_BREAKDOWN), or undefined when the text has none. */
function breakdownCount(text: string): number | undefined {
  const m = LEAD_OVER_BREAKDOWN.exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
  return n !== undefined && n >= 1 && n <= 60 ? n : undefined;
}

/**
 * 开展谈心谈话4次，其中与王强谈心2次（…），与李娟谈心1次（…） (round 41, t40b F3): the breakdown names the talks, the lead only
 * counts them; when the talk records do not add up to the lead the card says so on the first talk, and no talk is made up
 * for the difference (其中 may name only some of them) nor any dropped. Records adding up to the lead are left as they are.
 */
function withBreakdownApartFromLead(reports: ParsedReport[], n: number, type: ActivityTypeCode): ParsedReport[] {
  const talks = reports.filter((r) => r.draft.type !== undefined && isTalkType(r.draft.type));
  if (talks.length === n || talks.length === 0) return reports;
  const said =
    talks.length < n
      ? `消息说共${n}次${activityTypeName(type)}，其中写明的有${talks.length}次，另${n - talks.length}次没有写明，未记录`
      : `消息说共${n}次${activityTypeName(type)}，分项写了${talks.length}次，按分项记录`;
  const first = reports.indexOf(talks[0]!);
  return reports.map((r, i) => (i === first ? { ...r, remarks: [...r.remarks, said], reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] } : r));
}

/** The count of a counted lead of talks (COUNTED_TALK_LEAD), or undefined when the text has none. */
function talkLeadCount(text: string): number | undefined {
  const m = COUNTED_TALK_LEAD.exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
  return n !== undefined && n >= 2 && n <= 31 ? n : undefined;
}

/**
 * 共开展谈心谈话3次：11月3日与杨帆，11月12日与王强。 (round 37, t36c F6 and fff's leftover: fewer talks read than counted,
 * the rest dropped without a word): a counted lead of talks over fewer talk records, all of its one type and each with one
 * person at most, gets one record more per talk missing, its day and whom asked. Any other shape is left as it is.
 */
function withTalksShortOfCount(reports: ParsedReport[], n: number, text: string): ParsedReport[] {
  const type = reports[0]?.draft.type;
  if (type === undefined || !isTalkType(type) || !COUNTED_TALK_LEAD.test(text)) return reports;
  // …3次：…。11月20日报送廉政信息1篇 (a deed of another kind after the list): only the talks are what the count counts.
  const talks = reports.filter((r) => r.draft.type !== undefined && isTalkType(r.draft.type));
  if (talks.length >= n || talks.some((r) => r.draft.type !== type || r.draft.counterpartIds.length > 1)) return reports;
  const { date: _date, late: _late, counterpartIds: _people, departmentId: _department, ...draft } = talks[0]!.draft;
  // 本月与王芳谈心谈话3次，最后一次是11月27日 (round 37 merge: fje's count asked whom the other two were with, fji's row had
  // one talk): the person the lead names before its count (与/和/跟 X …N次) is in every talk it counts; only their days are asked.
  const lead = text.slice(0, COUNTED_TALK_LEAD.exec(text)!.index);
  const one = talks.every((r) => r.draft.counterpartIds.length === 1 && r.draft.counterpartIds[0] === talks[0]!.draft.counterpartIds[0]);
  const withLeadPerson = one && PERSON_IN_LEAD.test(lead) ? talks[0]!.draft.counterpartIds : undefined;
  const missing = (): ParsedReport => ({
    draft: { ...draft, counterpartIds: withLeadPerson ?? [], late: false },
    // Whom first: a talk with someone outside the directory (还有一次是和新来的实习生) ends with 「不在名单里」, its day unasked.
    problems: withLeadPerson ? [{ code: 'missing_date' }] : [{ code: 'missing_counterpart' }, { code: 'missing_date' }],
    remarks: [],
    reasons: ['items'],
  });
  const said = `消息说共${n}次${activityTypeName(type)}，写明的有${talks.length}次，另${n - talks.length}次的日期${withLeadPerson ? '' : '和对象'}是补问的`;
  const last = reports.lastIndexOf(talks.at(-1)!);
  const out = reports.map((r, i) => (i === 0 ? { ...r, remarks: [...r.remarks, said] } : r));
  return [...out.slice(0, last + 1), ...Array.from({ length: n - talks.length }, missing), ...out.slice(last + 1)];
}

/** 谈话3次： · 共谈话3次， (a lead counting talks of no kind): the bare 谈话 just before the count. */
const UNTYPED_TALK_LEAD = /(?<![心政醒])谈话\s*(?:共计|共|计)?\s*(?:[2-9]|[1-9]\d|[二两三四五六七八九十])\s*次\s*[,，:：]/;

/**
 * 本周黄书记共谈话3次：12月1日与何平，12月3日与徐辉 (round 55, fhe; t57b: the third talk never asked nor named): a counted lead of
 * talks of no kind over fewer talks, each of them asked its kind, with one person each: one more record a talk missing, its
 * kind, whom and day asked (whom first, as withTalksShortOfCount asks), the card saying so. Any other shape is left as it is.
 */
function withUntypedTalksShortOfCount(reports: ParsedReport[], n: number, text: string): ParsedReport[] {
  if (!UNTYPED_TALK_LEAD.test(text) || reports.length === 0 || reports.length >= n) return reports;
  const talkLike = (r: ParsedReport) => r.draft.type === undefined && r.problems.some((p) => p.code === 'missing_type') && r.draft.counterpartIds.length === 1;
  if (!reports.every(talkLike)) return reports;
  const { date: _date, late: _late, counterpartIds: _people, departmentId: _department, departmentIds: _departments, ...draft } = reports[0]!.draft;
  const missing = (): ParsedReport => ({
    draft: { ...draft, counterpartIds: [], late: false },
    problems: [{ code: 'missing_type' }, { code: 'missing_counterpart' }, { code: 'missing_date' }],
    remarks: [],
    reasons: ['items'],
  });
  const said = `消息说共${n}次谈话，写明的有${reports.length}次，另${n - reports.length}次的日期和对象是补问的`;
  const out = reports.map((r, i) => (i === 0 ? { ...r, remarks: [...r.remarks, said] } : r));
  return [...out, ...Array.from({ length: n - reports.length }, missing)];
}
