// 并通报了两起违反中央八项规定精神典型案例 (round 33a, A05/P11: the 警示教育 lost beside a meeting's study; only 两起典型案例
// said adjacent was read) · 通报了违规吃喝、违规收送礼品等3起典型问题 (the same kind: the study recorded at once, the cases
// dropped silently): cases told or dissected are a 警示教育 (duties.md: 典型案例通报学习), whatever qualifies them.

/**
 * Pattern source (no flags, no anchors) of a case briefing inside one clause: 通报/剖析/解剖/点评 (了), then up to 24
 * characters of qualifier (count, who handled them, which rule they broke), then 典型案例 · 典型问题 · 典型案件 · 违纪/违法/违规/腐败…案例或
 * 案件 · 违纪违法问题 · 身边案 · N起…案例 · N起…违纪/违法/违反…问题. `gap` is the caller's one-character class that never crosses a clause (punctuation, masked words).
 * Cases a lecture or talk only draws on (结合/联系/围绕…) are excluded, as the adjacent 典型案例 excludes them. A notice
 * studied (学习…违纪违法案件通报 · 学习了市纪委通报的…典型案例: 通报的 names a notice, not a briefing) is left to the title and the adjacent words that read it.
 */
export function caseBriefingSource(gap: string): string {
  const drawnOn = `(?<!(?:结合|联系|围绕|运用|援引|列举|引用)${gap}{0,12})`;
  const count = '[0-9一二两三四五六七八九十几多]+起';
  // 发现并通报了2起迟到早退问题 · 通报了3起上班时间办私事问题 after a check: its findings, no cases; problems count as cases
  // only when said to break the rules or the law (违纪 · 违法 · 违反…) or typical (典型).
  const found = `(?<!(?:发现|查出|查处)并?)`;
  const cases = `${count}${gap}{0,20}?(?:案例|(?:违纪|违法|违反|腐败|典型)${gap}{0,12}?问题)`;
  // 通报了近期违纪违法问题 · 通报了…查处的身边案 · 通报了3起典型案件 (round 42, t41b F1: 典型问题 after a named briefer
  // dropped at a meeting): the other ways 机关 write 以案示警.
  const lawBroken = `(?:违纪违法|违法违纪|严重违纪|违纪)${gap}{0,4}?问题`;
  const ownCases = '身边(?:的)?(?:典型)?(?:案例|案件|案)|反面典型';
  return `${drawnOn}${found}(?:通报|剖析|解剖|点评)(?!的)了?${gap}{0,24}?(?:典型(?:案例|问题|案件)|(?:违纪|违法|违规|腐败|职务犯罪)${gap}{0,8}?案(?:例|件)|${lawBroken}|${ownCases}|${cases})(?!的?通报)`;
}
