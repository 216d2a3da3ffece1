// 维权部今年的自查做完了，自查报告11月27号交到机关纪委了 (round 19, M21): the deed said done and then its paper handed in
// is one deed, read twice — it gave two 自查总结 of 冯雪 on 11-27.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';

/**
 * Duties done once a year by handing in a paper: saying the work is done and that the paper went in tells of one deed.
 * 信息报送 and 调研 are left out: two of them in one entry (10月和11月的信息) may be two.
 */
const PAPER_TYPES = new Set<ActivityTypeCode>(['report_self', 'report_duty', 'report_to_party']);

/** 报送了自查报告 · 交到机关纪委 · 上报: the paper handed in, the deed the duty asks for (001 三(四)5 「自查总结，报…领导小组」). */
const HANDED_IN = /报送|提交|上报|递交|上交|交到|交给|交了|报给|报至|报市|报机关/;

/**
 * The records of one line with every paper duty (自查总结, 述责述廉…) of one doer kept once, the dated one, when the
 * line names one day at most. Records naming people or a title, and lines of several days, are left as they are; but
 * a line that says the paper was handed in (11月20日完成自查，25日报送了自查报告) tells of one deed done on the day it
 * went in, so its latest day is kept (l20: two 自查总结 were recorded).
 */
export function onePaperPerDeed(records: readonly ParsedReport[], line = ''): ParsedReport[] {
  // 11月24日、25日连续两天开展自查 is two days' work: only records of one day (or of none) are one deed.
  const dates = new Set(records.map((r) => r.draft.date).filter((d) => d !== undefined));
  const handed = HANDED_IN.test(line) && dates.size === 2;
  const keyOf = (r: ParsedReport) =>
    r.draft.type !== undefined && PAPER_TYPES.has(r.draft.type) && r.draft.counterpartIds.length === 0 && r.draft.title === undefined && (dates.size <= 1 || handed) ? `${r.draft.type}|${r.draft.actorId ?? ''}` : undefined;
  const kept = new Map<string, ParsedReport>();
  for (const r of records) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const before = kept.get(key);
    if (before === undefined || (r.draft.date !== undefined && (before.draft.date === undefined || (handed && r.draft.date > before.draft.date)))) kept.set(key, r);
  }
  return records.filter((r) => {
    const key = keyOf(r);
    return key === undefined || kept.get(key) === r;
  });
}
