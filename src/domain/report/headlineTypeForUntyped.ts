// Round 47 (t49b F2's kind): 「【清风宣文】宣文部开展以案促改警示教育⏎11月25日，宣文部组织全体干部职工集中学习，王磊部长带队，
// 5人参加。」 — a 警示教育 asked its day beside the body's deed asked its type: the headline and the one deed below it are
// one gathering, and the headline names its type.
import { activityTypeName, type ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';

/**
 * Whether `below` (the records of the items under a headline of type `headlineType`) is one deed whose type was not read
 * (asked): the deed the headline names.
 */
export function oneUntypedBelow(headlineType: ActivityTypeCode | undefined, below: readonly ParsedReport[]): boolean {
  return headlineType !== undefined && below.length === 1 && below[0]!.draft.type === undefined;
}

/** `below` with each record whose type was not read given `headlineType`, its type question dropped, on a card saying so. */
export function headlineTypeForUntyped(headlineType: ActivityTypeCode, below: ParsedReport[]): ParsedReport[] {
  const name = activityTypeName(headlineType);
  return below.map((r) =>
    r.draft.type !== undefined
      ? r
      : {
          ...r,
          draft: { ...r.draft, type: headlineType },
          problems: r.problems.filter((p) => p.code !== 'missing_type'),
          remarks: [...r.remarks, `标题写的是${name}，按${name}记录`],
          reasons: [...new Set([...(r.reasons ?? []), 'inferred_type' as const])],
        },
  );
}
