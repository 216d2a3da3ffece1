// 「11月7日、11月21日组织了两次廉政教育，共有58人次参加」 (round 31g, issue 10): one head count written after two or
// more dated activities is, as written, their total (人次, 共, 合计), not each one's. Copied onto every day it was stored
// at once as 58 twice, and the year-end account adds head counts up. Only a count said per activity (每次30人, 各30人,
// 分别有…) belongs on each.
import { isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { respectiveCounts } from './respectiveCounts.js';

/**
 * 每次30人 · 每场 · 各30人 · 均有 · 分别有30人: the count is each activity's own. A 分别 that pairs days with deeds
 * (分别组织…，共计16人次) says nothing of the count; only one right before the number does.
 */
const PER_ACTIVITY = /每次|每场|每期|每回|每轮|各(?:有|约|近)?\s*\d|均|分别(?:有|为|是)?\s*(?:约|近)?\s*\d/;

/** 共有58人次 · 共58人 · 一共 · 合计 · 累计 · 总计: the count is the sum over the activities (共 only before a number: 共产党). */
const TOTAL = /\d\s*人次|共(?:有|计)?\s*(?:约|近)?\s*\d|(?:合计|累计|总计|总数)/;

/**
 * `reports` (the same deed copied onto each of `days` ≥ 2 days) with a head count that `text` gives as a total taken
 * off every record: each keeps it only as a note (N次共M人次) and a card remark says why, so nothing is stored at once
 * with the total on each. A count said per activity (每次, 各, 分别) or a list of counts (人数分别为32人和29人, handled
 * by respectiveCounts) is left as it is. Talks and signings, which count pairs, are never touched.
 */
export function withoutSharedTotal(reports: ParsedReport[], days: number, text: string): ParsedReport[] {
  if (days < 2) return reports;
  // Titles (《中国共产党纪律处分条例》) are no count words.
  const plain = arabicizeNumerals(text.replace(/《[^》]*》/g, ''));
  if (!TOTAL.test(plain) || PER_ACTIVITY.test(plain) || respectiveCounts(text) !== undefined) return reports;
  const counted = (r: ParsedReport) => r.draft.attendees !== undefined && (r.draft.type === undefined || (!isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign'));
  if (!reports.some(counted)) return reports;
  const first = reports.findIndex(counted);
  return reports.map((r, i) => {
    if (!counted(r)) return r;
    const { attendees, ...rest } = r.draft;
    const unit = /人次/.test(plain) ? '人次' : '人';
    const said = `${days}次共${attendees}${unit}`;
    return {
      ...r,
      draft: { ...rest, note: rest.note ? `${rest.note}；${said}` : said },
      // Said once on the card, not under every day.
      remarks: i === first ? [...r.remarks, `参加${attendees}${unit}是${days}次活动的合计，没有记到每一次的人数里，备注「${said}」；如知道每次的人数，请点「修改」补上`] : r.remarks,
      reasons: [...new Set([...(r.reasons ?? []), 'items' as const])],
    };
  });
}

/** …，共有58人次参加。 · ，合计12人次 · ，一共30人参加: a closing clause of nothing but a total (group 1 the number, 2 the unit). */
const CLOSING_TOTAL = /[,，;；。]\s*(?:共有?|共计|合计|累计|总计|一共)\s*(\d{1,4})\s*(人次|人|名)\s*(?:参加|参与|参会|受教育)?\s*[。.!！]?\s*$/;

/**
 * `reports` read from separate clauses (11月7日组织廉政教育，11月21日组织警示教育，共有58人次参加) whose closing total (in
 * 人次, or said 合计/累计/总计) went to the last activity only: two or more activities that count heads, on different days,
 * with the total on one of them, are given none, each noting the total (2项共58人次) on a card that says so. A closing count said of one sitting (sittingCount)
 * or of one day is not touched: the activities must fall on two days at least.
 */
export function withTotalOverActivities(reports: ParsedReport[], text: string): ParsedReport[] {
  const closing = CLOSING_TOTAL.exec(arabicizeNumerals(text));
  // 共35人参加 after a film on a day of its own may be the film's (round 30, f4 keeps it there, on a card); 人次 and
  // 合计/累计/总计 can only be a sum.
  if (!closing) return reports;
  const total = Number(closing[1]);
  const unit = closing[2] === '人次' ? '人次' : '人';
  // 11月3日组织观看《蜕变》，11月10日组织观看《围猎》，共18人参加 (round 43): studies whose kind is asked count heads too.
  const counts = (r: ParsedReport) => (r.draft.type !== undefined ? !isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign' : r.draft.counterpartIds.length === 0 && r.problems.some((p) => p.code === 'missing_type'));
  const activities = reports.filter(counts);
  // 11月5日组织学习《条例》，11月12日组织学习《准则》，一共12人参加 (round 43, t42 closing counts: the 12 put on the second
  // study alone): after deeds of one kind on their own days, a 共/一共 count is theirs together, the same as 合计.
  const oneKind = activities.length >= 2 && new Set(activities.map((r) => r.draft.type)).size === 1;
  if (closing[2] !== '人次' && !/合计|累计|总计/.test(closing[0]) && !oneKind) return reports;
  const holding = activities.filter((r) => r.draft.attendees === total);
  if (activities.length < 2 || holding.length !== 1 || activities.some((r) => r.draft.attendees !== undefined && r.draft.attendees !== total)) return reports;
  if (new Set(activities.map((r) => r.draft.date)).size < 2) return reports;
  const said = `${activities.length}项共${total}${unit}`;
  return reports.map((r) => {
    if (!counts(r)) return r;
    const { attendees: _total, ...rest } = r.draft;
    return {
      ...r,
      draft: { ...rest, note: rest.note ? `${rest.note}；${said}` : said },
      remarks: r === holding[0] ? [...r.remarks, `参加${total}${unit}是${activities.length}项活动的合计，没有记到某一项的人数里，备注「${said}」；如知道每项的人数，请点「修改」补上`] : r.remarks,
      reasons: [...new Set([...(r.reasons ?? []), 'items' as const])],
    };
  });
}
