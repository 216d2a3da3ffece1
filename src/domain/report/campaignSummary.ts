// The sentence of a 通讯稿 that sums up a campaign (11月以来，市残联扎实开展警示教育月活动。) over the dated deeds it consists of.
import { leavesNothing, withoutCutoffDay } from './cutoffDay.js';
import { withTotalDoerCarried } from './totalDoerCarried.js';
import { withTotalKindCarried } from './totalKindCarried.js';
import { withoutTotalHeading } from './totalHeading.js';
import { withoutPeriodParts } from './totalPeriodParts.js';

/** 11月以来，…开展警示教育月活动 · 今年以来，…组织开展…活动: a period since when, and a campaign, no day. */
const SUMMARY = /(?:^|(?<=[。;!?\n]))[^。;!?\n]*以来[^。;!?\n]*?(?:开展|组织|推进)[^。;!?\n]{0,24}?(?:活动|月|行动)[^。;!?\n]*[。;!?]*/g;

/** A day of its own (11月6日, 昨天, 周二): a deed that is told, not summed up. */
const DAY = /\d{1,2}月\d{1,2}[日号]|[昨前今]天|[昨前今]日|周[一二三四五六日]/;

/**
 * `text` (normalised) without a campaign's summary sentence when dated sentences tell its deeds (`summed` says it was): the summary is no record,
 * and its words (警示教育月, 为深化以案促改) must not type the deeds after it (round 16, K10: the 廉政教育基地 visit typed
 * 警示教育 by the 警示教育月 before it).
 */
export function withoutCampaignSummary(text: string, names: readonly string[] = []): { text: string; summed: boolean; totalled: boolean } {
  let taken = false;
  const out = text.replace(SUMMARY, (m) => {
    if (DAY.test(m)) return m;
    taken = true;
    return '';
  });
  // 本月共开展廉政谈话3人次：⏎1. 11月24日… (round 63, gcb): the list's heading counts what follows, no record of its own.
  const headed = withoutTotalHeading(text);
  if (headed !== undefined) return { ...withoutCampaignSummary(headed, names), totalled: true };
  const summed = taken && DAY.test(out);
  const base = summed ? out : text;
  const rest = withoutRunningTotals(base, names);
  // 截至11月底，共开展廉政谈话12人次 alone (round 26, W4): a figure and no deed; nothing is left to read.
  return rest !== base && (DAY.test(rest) || leavesNothing(rest)) ? { text: rest, summed, totalled: true } : { text: base, summed, totalled: false };
}

/**
 * 截至11月底，今年累计开展廉政谈话23人次、作风纪律检查11次 · 今年共开展检查11次: a running total, no deed of a day
 * (round 22u E1: read as a 廉政谈话 on the first day after it, asked 和谁, while the dated checks after 其中 were lost).
 * Ends at the sentence's end, or at a comma before 其中 or a day (11月27日 · 昨天 · 上周三: 截止目前，全年共报送…5篇，昨天报送了一篇).
 */
const TOTAL =
  /(?:^|(?<=[。；！？;!?\n]))[^。；！？;!?\n]*?(?:累计|共计|截至|截止|到[^。；！？;!?\n,，]{1,12}?为止|今年以来|全年共|今年共|年内共)[^。；！？;!?\n]*?(?:\d+(?:人次|次|场|篇|期|人|个)|全部|均已|都已|全覆盖)[^。；！？;!?\n]*?(?:[。；！？;!?]+|[,，:：](?=其中|\d{1,2}月\d{1,2}[日号]|[今昨前]天|(?:上|本)周[一二三四五六日天])|(?=\n)|$)/g;

/** Where a total was taken out, until the parts of it after it are (a character no message holds). */
const TAKEN = '\u0002';

/** A word of a running total other than 共计, which a sitting's own head count (共计42人参加) uses too. */
const TOTAL_WORD = /累计|截至|截止|为止|以来|全年|今年|年内|本年|本月|本季度|\d+\s*(?:人次|次|场|篇|期|批|轮)/;
/** 共计42人参加 · 参加人数共计42人 · 共计42名党员干部参加: how many people took part in one sitting. */
const SITTING_COUNT = /共计[\s\u0000]*(?:有)?\d+\s*(?:余|多)?\s*[人名](?:同志|党员|干部|职工|党员干部)?[\s\u0000]*(?:参加|参会|出席|到会|参训|参与|观看|听课)|(?:参加|参会|出席|到会)(?:人数|人员)?[\s\u0000]*共计[\s\u0000:：]*\d+\s*(?:余|多)?\s*[人名]/;

/**
 * 。大家参观了警示教育展厅，观看了警示教育片《迷途》，共计42人参加。 after the dated visit (round 37, t37a F2: read as a running
 * total, the title and the 42 lost): a sentence whose only figure is the head count of a sitting, with no word of a total
 * but 共计, tells the details of the deed before it; it is no running total.
 */
function headCountOfSitting(sentence: string): boolean {
  return SITTING_COUNT.test(sentence) && !TOTAL_WORD.test(sentence.replace(SITTING_COUNT, ''));
}

/**
 * `text` (raw or normalised) without its running-total clauses that name no day of their own, and without the 其中 that
 * then opens what follows; the text as it was when there is none. A message of totals alone comes back empty. The kind
 * and, given the directory's `names`, the doer a total named go on to what follows when it names none of its own.
 */
export function withoutRunningTotals(text: string, names: readonly string[] = []): string {
  const removed: string[] = [];
  const rest = text.replace(TOTAL, (m) => {
    // 截止11月25日，已开展…8次: the day counted up to is no day of a deed (round 26, W4).
    if (DAY.test(withoutCutoffDay(m))) return m;
    if (headCountOfSitting(m)) return m;
    removed.push(m);
    return TAKEN;
  });
  // …全年共报送廉政信息6篇，11月27日报送了1篇 (round 28, n28): the dated deed's type was said only in the total.
  if (removed.length === 0) return text;
  // …共开展警示教育5次，其中本月3次 (round 69, gif): a period's part of the total goes with it.
  const after = withTotalKindCarried(withoutPeriodParts(rest, TAKEN).replaceAll(TAKEN, '').replace(/(^|[。；！？;!?\n])\s*其中[,，]?/g, '$1'), removed.join(''));
  return leavesNothing(after) ? after : withTotalDoerCarried(after, removed.join(''), names);
}

/**
 * Whether `text` (raw) is nothing but running figures (截至11月底，共开展廉政谈话12人次 · 到11月底为止，谈话全部完成): what
 * the bot answers with totalsReply, recording nothing.
 */
export function statesTotalsOnly(text: string): boolean {
  const rest = withoutRunningTotals(text);
  return rest !== text && leavesNothing(rest);
}
