// 黄志刚: 「11月16日对组联部开展了作风检查。对财务科开展了作风检查。」 · 「…，另对财务科开展了作风检查」 (issue 10, u1):
// a clause of the same check kind and no day joined the check before it, whose record keeps only the first place, so
// 财务科 vanished and the message was recorded at once. A check clause naming a place of its own, after a check that
// already named one, is another check: an activity apart (shown for a tap with the others, the day of the clause before);
// one opening with 并/又/还 is the same check going on there, a place of it (placesVisitedToo, f3).
import type { ActivityTypeCode } from '../activityTypes.js';

/**
 * 对财务科开展了… · 到康复中心检查 · 赴组联部进行督查 · 深入办公室抽查: a place gone to or acted on, then a check verb in
 * the same clause. The place ends as a unit's name does (部 · 科 · 室 · 中心 · 处 · 站 · 所 · 支部), so 对发现的问题进行了
 * 检查 names no place; 、/和 inside it stay one place list (对组联部、财务科开展检查 is one check of two places).
 */
const PLACE_CHECKED = /(?:对|到|赴|去|深入)([\u4e00-\u9fa5、和及]{1,16}?(?:部|科|室|中心|处|站|所))(?:等单位|等部门)?[^,;。，；]{0,12}?(?:检查|督查|抽查|暗访|巡查|排查)/;

/** 问题 · 情况 · 整改 · 落实: what the place words name is a thing checked again, not a unit (对整改落实情况进行了复查). */
const NOT_A_PLACE = /问题|情况|整改|落实|工作/;

function placeChecked(text: string): string | undefined {
  const place = PLACE_CHECKED.exec(text)?.[1];
  return place !== undefined && !NOT_A_PLACE.test(place) ? place : undefined;
}

/** 并 · 又 · 还 · 再 · 也 · 同时 opening the clause: the check before went on there. */
const GOING_ON = /^[\s\u0000,]*(?:并|又|还|再|也|同时)/;

/** Whether a type is a check whose record names the place checked. */
function isCheck(type: ActivityTypeCode | undefined): boolean {
  return type !== undefined && (type.startsWith('inspect_') || type === 'pledge_check');
}

/**
 * Whether `piece`, a clause with no day of its own and of kind `kind` (undefined: no named kind, 进行了检查), is a
 * check of a place of its own after the group `parts` of check kind `before` that already named another place: it
 * starts an activity, never adds words to that check. The caller keeps kinds apart and days apart by its own rules.
 */
export function placeCheckedApart(piece: string, kind: ActivityTypeCode | undefined, before: ActivityTypeCode | undefined, parts: readonly string[]): boolean {
  if (!isCheck(before) || (kind !== undefined && !isCheck(kind))) return false;
  // 并到财务科检查了考勤 · 还对财务科开展了… (f3): the same check going on to a place, one of its places (placesVisitedToo).
  if (GOING_ON.test(piece)) return false;
  const place = placeChecked(piece);
  if (place === undefined) return false;
  const earlier = parts.map(placeChecked).filter((p): p is string => p !== undefined);
  return earlier.length > 0 && !earlier.includes(place);
}
