// 张伟「本月共开展廉政谈话2人次、作风纪律检查1次：12月1日与李明进行廉政谈话，12月2日与孙丽…，12月3日到财务科…」 (round 65, ged;
// gdb's left-alone): totals of several kinds before the dated items they count were read as deeds of their own — a talk of no
// day and no one, and 12-01 given to a check, 李明 lost — or, when the items read right, their counts were dropped without a
// word. The lead only counts: the items are read without it, and each kind's count is weighed against the records of that
// kind, a difference said on the card per kind (countDiffers).
import { isCheckType, isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { MEETING_TYPES } from './parseKindPatterns.js';
import { periodTotals, type KindTotal } from './periodTotal.js';
import { countDiffers } from './countDiffers.js';

/** An item's day opening what follows a lead: 12月1日 · 12.1 · 1号 · 上周二 · 昨天. */
const ITEM_DAY = String.raw`(?=\d{1,2}月\d{1,2}[日号]|\d{1,2}[.．]\d{1,2}(?!\d)|\d{1,2}[日号]|(?:上|本|这)(?:周|星期)[一二三四五六日天]|[昨前今]天)`;
/**
 * Where the lead ends, tried in turn: a colon (其中 after it allowed); a comma or full stop (其中 allowed) before an item's day,
 * the lead then holding a heading colon of its own (11月份：廉政谈话2人次，专题会议1次。11月10日…). Group 1 the lead.
 */
const LEAD_ENDS = [
  /^([^:：\n]{4,60}?)\s*[:：]\s*(?:其中[,，:：]?)?/,
  new RegExp(String.raw`^([^\n]{4,60}?)\s*[,，;；。]\s*(?:其中[,，:：]?\s*)?${ITEM_DAY}`),
];
/** An item's day in what follows the lead: without one the message is a total alone (periodTotal's). */
const DAY = /\d{1,2}月\d{1,2}[日号]?|\d{1,2}[.．]\d{1,2}(?!\d)|\d{1,2}[日号]|(?:上|本|这)?(?:周|星期)[一二三四五六日天]|[昨前今]天/;

/** A running figure's words (截至 · 累计 · 今年以来 · 本年度 · 全年): it counts deeds beyond the items after it. */
const RUNNING = /截至|截止|累计|以来|本年度?|今年|全年|年度/;

/** A lead of several counted kinds written away: the items after it, and the totals it said. */
export interface KindTotalsLead {
  rest: string;
  totals: KindTotal[];
}

/**
 * `text` (normalised or raw) split at its lead when the lead is totals of two kinds or more (本月共开展谈话3次、检查2次 ·
 * 11月份：廉政谈话2人次，谈心谈话1人次 — periodTotals' own reading, generic words 谈话/检查 allowed) followed by a colon, or a
 * comma before an item's day, and what follows names a day. Undefined otherwise: a lead of one kind stays the older
 * readers' (countedHeadingItems, restatedTallyLead, leadOverDatedItems), 其中 a split by type (本月共开展谈话3次，其中廉政谈话2次…)
 * typeSplitTally's. Pure.
 */
export function kindTotalsLead(text: string): KindTotalsLead | undefined {
  // Cheap gates first (issue 14): a measure, and a colon or comma to end the lead.
  if (!/[次份场人]/.test(text) || !/[:：,，;；]/.test(text)) return undefined;
  for (const end of LEAD_ENDS) {
    const m = end.exec(text);
    const lead = m ? leadAt(text, m) : undefined;
    if (lead !== undefined) return lead;
  }
  return undefined;
}

/** The lead `m` found, when it is totals of two kinds or more over items with a day; undefined otherwise. */
function leadAt(text: string, m: RegExpExecArray): KindTotalsLead | undefined {
  // 截至目前，今年共开展…，其中11月24日… (a running figure over this month's items) counts beyond them: withoutRunningTotals'.
  if (RUNNING.test(m[1]!)) return undefined;
  const totals = periodTotals(m[1]!, true);
  if (totals === undefined || totals.length < 2) return undefined;
  const rest = text.slice(m[0].length);
  return DAY.test(rest) ? { rest, totals } : undefined;
}

/**
 * Whether a record of `code` is one the total `t` counts: its own kind, or every kind of its generic word (谈话 · 检查 …);
 * only `name` and `code` are read.
 */
export function totalCounts(t: Pick<KindTotal, 'name' | 'code'>, code: ActivityTypeCode | undefined): boolean {
  if (code === undefined) return false;
  // 廉政教育 counts every education under it (a 警示教育 or a 党课 too), as countedLeadMismatch reads a 廉政教育 lead.
  if (t.code === 'edu_integrity') return code.startsWith('edu_');
  if (t.code !== undefined) return t.code === code;
  if (/谈/.test(t.name)) return isTalkType(code);
  if (/查/.test(t.name)) return isCheckType(code);
  if (/会议/.test(t.name)) return MEETING_TYPES.has(code);
  return code.startsWith('edu_');
}

/**
 * `reports` read from the lead's items, each total weighed against the records of its kind: a remark per total that
 * differs (「廉政谈话3人次」与列出的2项不一致…) on the first record, which is then shown for a tap ('leftover'); as they are
 * when every count agrees. Null or none stays as it is.
 */
export function withKindTotalsWeighed(reports: ParsedReport[] | null, lead: KindTotalsLead): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const remarks = lead.totals.flatMap((t) => {
    const listed = reports.filter((r) => totalCounts(t, r.draft.type)).length;
    return listed === t.count ? [] : [countDiffers(t.said, listed)];
  });
  if (remarks.length === 0) return reports;
  const [first, ...others] = reports;
  return [{ ...first!, remarks: [...first!.remarks, ...remarks], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...others];
}
