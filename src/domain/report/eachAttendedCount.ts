// 中心11月份开展了2次警示教育：11月9日观看《一念之差》，11月23日观看《围猎》，每次参加15人左右 (round 43, t44a F8: the 15 went
// to the last film only): the closing count of each deed said with 参加 before the number (每次参加15人左右 · 每次参加人数
// 都是8人 · 两次均参加6人), beside eachCountShared's 每次都是15人参加.

/**
 * A closing 每次/每场/N次 + 参加(人数) + a number of people, at the very end of the text (the number its first group).
 * `people` is eachCountShared's pattern of a number of people, so approximate counts read the same.
 */
export function attendedFirstEachCount(people: string, group: string): RegExp {
  return new RegExp(
    `(?:每次|每回|每场|各次|(?:这|以上)?(?:[2-9]|[两二三四五六七八九])(?:次|场|回|项)(?:活动)?)(?:也)?(?:都|均|全都)?(?:是|为|有)?(?:参加|参与|参会|到会)(?:的)?(?:人数)?(?:都|均)?(?:是|为|有)?${group}?(?:共)?\\s*${people}\\s*[了]?\\s*[。.!！;；]?\\s*$`,
  );
}
