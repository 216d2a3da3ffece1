// 王磊「本周三，宣文部全体同志到市廉政教育基地接受警示教育，赵敏书记带队并现场讲授了廉政党课《…》，参加6人。」 (round 44,
// t46b F8): the closing head count went with the last clause, the lecture, and the 警示教育 of the same visit kept none (the
// export had no attendees). The people who went on the visit were at each of its deeds.
import { isTalkType } from '../activityTypes.js';
import { CLOSING_COUNT } from './closingCountKept.js';
import type { ParsedReport } from './draft.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { VISIT_TOLD } from './visitTold.js';

/**
 * A count over deeds (人次) or said per deed (分别 · 各 · 每次) is no one visit's head count; nor is one after a deed done
 * back home (回来后为大家讲了一堂廉政党课，共6人参加: round 41 fnc, the lecture's audience).
 */
const NOT_ONE_VISIT = /人次|分别|各\s*\d|每次|每场|回来后|返回后|回到[\u4e00-\u9fa5]{0,6}后|结束后/;

/**
 * `reports` of one visit (the text tells of going to a place of teaching) closing with a head count one record took
 * (参加6人 on the lecture): each other record of that day that counts heads and has none takes it too, its card saying so.
 * `reports` itself otherwise: no visit, no closing count, a total (人次) or a count said per deed, or records of other days.
 */
export function withVisitCountShared(reports: ParsedReport[], text: string): ParsedReport[] {
  if (reports.length < 2) return reports;
  const plain = arabicizeNumerals(text.replace(/《[^》]*》/g, ''));
  const closing = CLOSING_COUNT.exec(plain);
  if (!closing || NOT_ONE_VISIT.test(plain) || !VISIT_TOLD.test(plain.slice(0, closing.index))) return reports;
  const count = Number(closing[1] ?? closing[3]);
  const counted = reports.filter((r) => r.draft.attendees === count);
  const heads = (r: ParsedReport) => r.draft.type !== undefined && !isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign';
  if (counted.length !== 1 || reports.some((r) => r.draft.date !== counted[0]!.draft.date || !heads(r))) return reports;
  if (reports.some((r) => r.draft.attendees !== undefined && r.draft.attendees !== count)) return reports;
  const said = closing[0].replace(/^[,，;；。]\s*/, '').replace(/[。.!！\s]+$/, '');
  return reports.map((r) =>
    r.draft.attendees !== undefined
      ? r
      : { ...r, draft: { ...r.draft, attendees: count }, remarks: [...r.remarks, `「${said}」是这次活动的参加人数，各项都记为${count}人`], reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] },
  );
}
