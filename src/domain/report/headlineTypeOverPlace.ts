// t43a F1: 「廉政警示教育活动⏎11月25日，党员们来到市廉政教育基地参观学习…」 was recorded as a 廉政教育: the headline's record
// gave way to the dated item below (one deed), and the item's type came only from the place it went to (廉政教育基地). The
// headline says the type outright; a place's name never outranks it (writtenOverPlace does the same inside one sentence).
import { activityTypeName, type ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { chooseKind, findKinds } from './parseKind.js';
import { kindsRelated } from './parseKindPatterns.js';
import { extractTitles } from './parseTraining.js';
import { isPlaceKind } from './writtenOverPlace.js';

/**
 * `below` (the records of the items under a headline) with the headline's type where an item's type was read only from
 * a place (`body`'s type words are all places, 廉政教育基地 · 警示教育基地) and the headline (`headline`, of type
 * `headlineType`) writes a type of the same family that is no place: that record is retyped, on a card saying so. Records
 * of another family, or whose item writes its type itself, are kept as read.
 */
export function headlineTypeOverPlace(headline: string, headlineType: ActivityTypeCode | undefined, below: ParsedReport[], body: string): ParsedReport[] {
  if (headlineType === undefined) return below;
  const said = findKinds(extractTitles(headline).rest);
  // “以案促改”警示教育走进廉政教育基地 (round 47): a headline naming the place beside a type still writes that type.
  if (said.length === 0 || said.every(isPlaceKind)) return below;
  const bodyKinds = findKinds(extractTitles(body).rest);
  const places = bodyKinds.filter(isPlaceKind);
  if (places.length === 0 || bodyKinds.some((m) => !isPlaceKind(m) && kindsRelated(m.code, headlineType))) return below;
  return below.map((r) => {
    const type = r.draft.type;
    if (type === undefined || type === headlineType || !kindsRelated(type, headlineType) || !places.some((p) => p.code === type)) return r;
    const place = places.find((p) => p.code === type)!.text;
    return {
      ...r,
      draft: { ...r.draft, type: headlineType },
      remarks: [...r.remarks.filter((m) => !m.startsWith(`「${place}」`)), `标题写的是${activityTypeName(headlineType)}，按${activityTypeName(headlineType)}记录（「${place}」是活动地点，未按${activityTypeName(type)}）`],
      reasons: [...new Set([...(r.reasons ?? []), 'inferred_type' as const])],
    };
  });
}

/**
 * The type a headline line writes that is no place (“以案促改”警示教育走进廉政教育基地 → 警示教育), for a headline that gave no
 * record of its own; undefined when it writes none.
 */
export function writtenHeadlineType(headline: string): ActivityTypeCode | undefined {
  const { rest } = extractTitles(headline);
  const said = findKinds(rest).filter((m) => !isPlaceKind(m));
  return said.length === 0 ? undefined : chooseKind(said, rest)?.code;
}
