// 陈志强副理事长11月16日、17日分别与…: the 、 between two masked days is part of the days, not a list of people.

/** 、/和/及 (with spaces) standing between two masked days. */
const BETWEEN_DAYS = /\u0000([\s]*(?:、|和|及|,|，)[\s]*)(?=\u0000)/g;

/**
 * The day parse with the words joining a list of masked days masked too, so the doer before the days still stands right
 * before the deed (round 20u L04: 「陈志强副理事长11月16日、17日分别与郑华、冯雪谈话」 made 陈志强 one of those talked to and the
 * sender the doer, six records). Positions are kept.
 */
export function withJoinedDayMasks<T extends { rest: string }>(day: T): T {
  const rest = day.rest.replace(BETWEEN_DAYS, (m) => '\u0000'.repeat(m.length));
  return rest === day.rest ? day : { ...day, rest };
}
