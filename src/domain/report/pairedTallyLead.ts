// 张颖「本月共开展廉政谈话3人次，其中周涛部长与张颖、刘洋各谈1次，刘芳副理事长与周涛谈1次。」 (round 64, gdh; t67a F1: one talk
// 「（日期未知）」, all four names lost; after the day, all four put on one line): a counted lead whose 其中 part holds doer–person
// pairs (X与A、B各谈1次 · X与C谈1次 · X分别与A、B谈话), with or without days. Each pair is a talk of its own, the lead's kind
// and day (本月 is no day: asked) carried to it, and the count weighed against the pairs on the card. Only a lead of 谈话
// (廉政谈话 · 谈心谈话 · 谈话) counted in 次/人次 and followed by 其中, every part after it such a pair; talkTallyLead's leads
// over dated items, and leads broken down by kind (其中提醒谈话1次…), stay theirs.
// Round 66 (gfa; t68b F2): 林晓「11月份机关纪委共开展廉政谈话5人次，其中黄志刚书记与孙丽、王强、李娟分别进行了廉政谈话，与何平进行了
// 提醒谈话。」 was a card of five talks of the clerk's, 黄志刚 one talked with, the 5 against 4 not said: a body that counted
// (机关纪委 · 党组 · 我部 · 财务科) may stand between the span and 共, a pair may name its own kind (进行了提醒谈话 · 开展了谈心谈话)
// and be parted from the next by 。 ； or a voice space, people by spaces too, and a count unlike the pairs' is said in
// countDiffers' words.
import { isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { countDiffers } from './countDiffers.js';
import { headingPeriod } from './headingPeriod.js';
import { groupPairsWeighed, type GroupPair } from './groupPairsWeighed.js';
import { normalizeText } from './parseNormalize.js';

/** A body that counted, between the span and 共 (never a person: a leader's own tally is countedTalkLeadDoer's). */
const BODY = '(?:机关纪委|机关党委|纪委|党组|党委|党支部|我们|我部|我科|我室|本部门|本科室|[\\u4e00-\\u9fa5]{0,5}(?:部|科|室|中心))';
/** Period (本月 · 12月 · 12月3日), (body) 共开展廉政谈话3人次，其中 <pairs>: groups day, kind, count, pairs. */
const LEAD = new RegExp(`^(?:[^：:。；\\n]{0,24}(?:小结|总结|汇报|情况|工作动态)[：:][\\s\\n]*)?((?:本月|上月|本周|上周|今年以来|本季度|\\d{1,2}月(?:\\d{1,2}[日号])?(?:份)?)(?:以来)?)?[，,\\s]?(?:${BODY}\\s?)?(?:共|累计)?(?:开展|进行)了?((?:廉政|谈心)?谈话)(?:共|累计)?(\\d+)(人?次)[，,；;。\\s]\\s*其中[，,:：]?\\s*([^\\n]+?)[。；;.\\s]*$`);
/** A summary's heading before the lead (11月份党风廉政建设工作小结：), left out of the lead the card quotes. */
const HEADING = /^[^：:。；\n]{0,24}(?:小结|总结|汇报|情况|工作动态)[：:]\s*/;
/** A day as the pairs write it: 11月24日 · 24号 · 11.24 · 上周二 · 昨天. */
const DAY = '(?:\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|\\d{1,2}[.．]\\d{1,2}(?!\\d)|(?:上|本|这)周[一二三四五六日天]|昨天|前天)';
/** The kind a pair may name itself (进行了提醒谈话 · 开展了谈心谈话), or the bare 谈(话) that takes the lead's. */
const PAIR_KIND = '(廉政提醒谈话|提醒谈话|廉政谈话|谈心谈话|谈心|谈话|谈)';
/** One pair: (day) X(title)(于)(day)(分别)与A、B(day)(各|分别)(进行了)<kind>(了)(N(人)次): groups day, doer, day after the doer,
 *  people, day after the people (我和王强11月24日谈了1次, round 67), kind, count; X or A may be 我 (round 67, t70a M18). The doer may be left out after the first pair (…，12月2日与李娟、刘洋各谈话1次: the last doer's, round 65
 *  geh; t68a F1, where 黄志刚书记12月1日与王强谈话1次 put the day between doer and 与 and the whole tally fell to the items
 *  readers: six untyped items, 黄志刚 a counterpart). A doer never starts with 与/和/同/跟 (与王强和李娟谈话 has none). Group 8:
 *  the day in brackets after the count (黄志刚与王强、李娟各谈1次（11月17日）, round 68, ghh; t71a F2: the pairs fell to the older
 *  readers, the second pair asked its kind and the 警示教育 after them given to its doer). Sticky:
 *  the pairs are read one after the other, only separators between them. */
const PAIR = new RegExp(`(?:于|在)?(${DAY})?[，,\\s]?(?:(我|(?![与和同跟于在我])[\\u4e00-\\u9fa5]{2,10}?)\\s?(?:于|在)?(${DAY})?[，,\\s]?)?(?:分别)?(?:与|和|同|跟)(我|[\\u4e00-\\u9fa5、和及\\s]{2,24}?)(?:同志)?\\s?(${DAY})?\\s?(?:各|分别|均)?(?:进行了?|开展了?)?(?:(?:集体)?${PAIR_KIND}了?|(?<=[各均])(?=\\d+人?次))(?:(\\d+)人?次)?(?:\\s?\\((${DAY})\\))?(?=[，,；;。、\\s]|$)`, 'y');
/** Marks a rewritten pair that says no day of its own, so the period can be put before it (never in the returned text). */
const DATELESS = '\u0000';
/** What may part two pairs. */
const BETWEEN = /[，,；;。、\s]+/y;
/** Another deed after the pairs (，另组织观看警示教育片1次 · 此外…): read as a sentence of its own, not weighed. */
const ANOTHER = /^(?:另外|另|此外)[，,\s]?/;
/** A deed of another kind after the pairs with no 另 (…谈话2人次；组织警示教育1次，参加38人, round 67, ggh; t70a F1): read on
 *  its own as 另… is, never the pairs' or the total's. */
// 何平主任讲授廉政党课1次（11月26日…） after the pairs (round 68, ghh; t71a F2's variants: the whole tally fell to the older
// readers): the deed may name its own doer, a name and a post, whose it then is.
const DEED_AFTER = /^(?:[\u4e00-\u9fa5]{2,3}(?:党组书记|副?书记|副?理事长|副?主任|副?部长|副?科长)(?:同志)?)?(?:组织|开展|召开|举办|观看|签订|学习|讲授|上了|讲了|进行了?)(?!.{0,3}谈)/;
/** Times one person was talked with that are read as that many talks, each its own day asked (我和张颖谈了2次). */
const MAX_REPEATED = 5;
/** Words of a group where a pair's people stand (各科室负责人 · 中心全体人员 · 班子成员): counted by the records it expands to. */
const GROUP = /负责人|全体|成员|班子|各(?:部|科|室)/;

export interface PairedTally {
  /** The message as pairs the readers know: 本月，周涛分别与张颖、刘洋进行了廉政谈话；刘芳与周涛进行了廉政谈话。 */
  text: string;
  /** The lead as written, for the card. */
  lead: string;
  count: number;
  /** People the pairs list, each once (a pair of several times is said apart: `repeated`). */
  told: number;
  /** Whether the lead counts in 人次 (its count then weighed against people, 列出的4人). */
  perPerson: boolean;
  /** Pairs of several times each, as written: recorded once a person, the rest said on the card. */
  repeated: string[];
  /** No pair names its doer (其中与王强谈话1次、与李娟谈话1次): whose is asked unless plainly the sender's (doerlessPairsAsked). */
  doerless: boolean;
  /** A pair's people are a group (与各科室负责人集体谈话): the count is weighed against the people the records expand to. */
  grouped: boolean;
  /** Groups written with their own count (与班子成员谈话4人次), each weighed against the people it expands to. */
  groupPairs: GroupPair[];
}

/**
 * The counted lead over doer–person pairs, rewritten (one pair a 「；」 clause, each with its doer and kind), or undefined
 * when `text` is no such lead or any part after 其中 is no pair. Pure.
 */
export function pairedTallyLead(text: string): PairedTally | undefined {
  // Cheap gate first (issue 14): every such lead says 其中 and 谈.
  if (!text.includes('其中') || !text.includes('谈')) return undefined;
  // １１月…５人次，…． (full-width digits and stops, round 66): read as half-width, as every reader does.
  const plain = normalizeText(text).trim();
  const m = LEAD.exec(plain);
  if (!m) return undefined;
  const kind = m[2]!;
  const body = m[5]!;
  let told = 0;
  let doer: string | undefined;
  let doerless = false;
  let grouped = false;
  let extra = '';
  /** Pairs of several times each (与孙丽、王强各谈话2次), as written. */
  const repeated: string[] = [];
  /** Pairs with a group and its count (与班子成员谈话4人次), weighed on the card against the group's people. */
  const groupPairs: GroupPair[] = [];
  const pairs: string[] = [];
  let at = 0;
  while (at < body.length) {
    // 另组织观看警示教育片1次 after the pairs: another deed, read on its own.
    const another = ANOTHER.exec(body.slice(at));
    if (another && pairs.length > 0) {
      extra = body.slice(at + another[0].length).replace(/[。；;.\s]+$/, '');
      break;
    }
    PAIR.lastIndex = at;
    const p = PAIR.exec(body);
    // …；组织警示教育1次，参加38人 after the pairs (round 67): a deed of its own, as after 另.
    if ((!p || p[0] === '') && pairs.length > 0 && DEED_AFTER.test(body.slice(at))) {
      extra = body.slice(at).replace(/[。；;.\s]+$/, '');
      break;
    }
    if (!p || p[0] === '') return undefined;
    // One day at most per pair (12月1日黄志刚于12月2日… is no pair of ours).
    if ([p[1], p[3], p[5], p[8]].filter(Boolean).length > 1) return undefined;
    // 其中与何平谈话1次（11月16日） with no doer named (round 41's rows): the older readers' (a lead's doer, the sender's own).
    if (p[8] !== undefined && p[2] === undefined && doer === undefined) return undefined;
    // A pair without a doer after one with is the last doer's; one with a doer after doerless ones is no tally of ours.
    if (p[2] !== undefined && doerless) return undefined;
    doer = p[2] ?? doer;
    const count = Number(p[7] ?? 1);
    // 其中与王强谈话1次、与李娟谈话1次 (round 66): no one named — read as the sender's, then asked (doerlessPairsAsked); a
    // doerless pair of several times (与王强谈心2次) stays the older readers', who ask the other talk.
    if (doer === undefined) {
      if (count > 1) return undefined;
      doerless = true;
    }
    const group = GROUP.test(p[4]!) ? p[4]!.replace(/\s+/g, '') : undefined;
    const people = p[4]!.split(/[、和及\s]+/).filter((w) => w !== '');
    // 我和张颖谈了2次 (round 67, ggh; t70a M18): one person talked with several times by a named doer, no day said, is that
    // many talks, each its own day asked; 张伟书记与班子成员谈话4人次 a group's count, weighed against the people it holds
    // (groupPairsWeighed). X与孙丽、王强各谈话2次: one record a person (the line says no day of the second), the rest said on
    // the card, never 「写明的4次已逐条列出」 over two records (round 66).
    // Only with no day said: 黄志刚书记11月24日与王强谈话2次 is one talk of that day, the other said (never two of one day).
    const dated = p[1] !== undefined || p[3] !== undefined || p[5] !== undefined || p[8] !== undefined || /[日号]/.test(m[1] ?? '');
    const times = group === undefined && people.length === 1 && doer !== undefined && !dated && count <= MAX_REPEATED ? count : 1;
    if (group !== undefined && doer !== undefined && p[7] !== undefined) groupPairs.push({ group, count, written: p[0].trim().replace(/^[，,\s]+/, '') });
    else if (count > 1 && times === 1) repeated.push(p[0].trim());
    grouped ||= group !== undefined;
    told += people.length * times;
    // A pair's own kind (与何平进行了提醒谈话) stays; a bare 谈/谈话 takes the lead's.
    const own = /^(?:廉政提醒谈话|提醒谈话|廉政谈话|谈心谈话|谈心)$/.test(p[6]!) ? (p[6] === '谈心' ? '谈心谈话' : p[6]!) : kind;
    // 11.17 written out as 11月17日 (round 68, ghh): before a doer and a list holding the sender, the dotted day was read apart
    // from the pair (何平11.17与徐辉、孙杰… from 孙杰: 徐辉's talk asked its day, 何平's with 徐辉 lost).
    const said = (p[1] ?? p[3] ?? p[5] ?? p[8] ?? '').replace(/^(\d{1,2})[.．](\d{1,2})$/, '$1月$2日');
    const pair = `${said === '' ? DATELESS : said}${doer ?? ''}${people.length > 1 && !group ? '分别' : ''}与${group ?? people.join('、')}进行了${own}`;
    for (let i = 0; i < times; i++) pairs.push(pair);
    at = PAIR.lastIndex;
    BETWEEN.lastIndex = at;
    if (BETWEEN.exec(body)) at = BETWEEN.lastIndex;
  }
  if (pairs.length === 0) return undefined;
  // Doerless pairs the count does not match (徐辉 共开展谈心谈话2人次，其中11月24日与孙杰谈话1次; round 67, ggd) are read as any
  // pairs are: the named pair with its day, whose asked (doerlessPairsAsked), the gap said by countDiffers (was: the older
  // readers' two blank talks beside an untyped one, every field asked).
  // 11月份…工作小结：本月共开展… (round 67, ggh; t70a F1): the heading's month is the body's 本月.
  const period = headingPeriod(plain, m[1]);
  const day = period ? `${period}，` : '';
  // Every pair with no day of its own opens with the period (本月 · 11月), not only the first: a dateless pair before a deed
  // with a bracketed day (林晓与张颖谈1次；组织警示教育1次（11月26日…）) took that day (round 69, gic; round 68 ghh's leftover).
  const written = pairs.map((p, i) => (p.startsWith(DATELESS) ? `${i === 0 ? '' : day}${p.slice(DATELESS.length)}` : p)).join('；');
  // The lead as the card quotes it: the heading left out (its month is the period's), commas as the member typed them.
  const lead = plain.slice(0, plain.indexOf('其中')).replace(HEADING, '').replace(/[，,；;。.\s]+$/, '').replace(/,/g, '，');
  const another = extra === '' ? '' : `${period ?? ''}${extra}。`;
  return { text: `${day}${written}。${another}`, lead, count: Number(m[3]), told, perPerson: m[4] === '人次', doerless, grouped, repeated, groupPairs };
}

/**
 * The pairs' records, the count checked against them on the first (said either way): a count that matches 「…是合计，只用来
 * 核对…」, one unlike the people listed in countDiffers' words (「…5人次」与列出的4人不一致…, round 66). A group among the
 * pairs (各科室负责人) is weighed by the people its records expand to; records after the pairs (另…) are not weighed.
 */
export function withPairedTallyNoted(reports: ParsedReport[] | null, tally: PairedTally): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const told = tally.grouped ? reports.filter((r) => r.draft.type === undefined || isTalkType(r.draft.type)).reduce((n, r) => n + Math.max(1, r.draft.counterpartIds.length), 0) : tally.told;
  const said = told === tally.count
    ? `「${tally.lead}」是合计，只用来核对：其中写明的${tally.count}次已逐条列出，不另记`
    : countDiffers(tally.lead, told, '', tally.perPerson ? '人' : '项');
  const weighed = groupPairsWeighed(reports, tally.groupPairs);
  const again = [...tally.repeated.map((p) => `「${p}」按每人1次记录，其余几次请写明日期另发`), ...weighed];
  const [first, ...others] = reports;
  const reasons = told === tally.count && weighed.length === 0 ? ['items' as const] : ['items' as const, 'count_unlike' as const];
  return [{ ...first!, remarks: [...first!.remarks, said, ...again], reasons: [...new Set([...(first!.reasons ?? []), ...reasons])] }, ...others];
}
