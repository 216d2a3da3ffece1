// Round 53, fixer fkee (issue 10), from round 53's fresh tester t56b (F2, F4): a clerk's correction of a record already
// stored, pointed at as 刚才那条 / 刚才那条表格里 / 上面表格里 / 刚才那条会议, with the slip owned at the END of the message
// (「刚才那条表格里11月19日的警示教育参加人数是7人，我写错了」), was stored at once as a NEW 警示教育 of the clerk's, 7 people,
// beside 孙丽's 6-person record; 「刚才那条会议参加人数写错了，是5人」 was 没看懂.
// namedRecordCorrection now reads 刚才那条(表格)里 · 刚才那个表格里 · 上面表格里 · 上面那条 as pointing back at a record told
// before (TOLD_BEFORE, as fkb's 刚才报的), an activity noun after it (会议 · 检查 · 党课) names the record, and 我写错了 ·
// 填错了 · 搞错了 · 弄错了 at the end of the message opens it as a correction as it does at the start (SLIP_TAIL). The
// message is then no report (`-`): correctLatest offers the change on a 【请确认修改】 card (test/e2e/storedCorrectionFiftyThreeEE).
// Near-misses keep today's reading: a report with 刚才 + a deed, a bare 我写错了, a re-report on a day.
// Left alone (listed in the report): a whole re-report ending 「之前报的写错了」 is stored at once as a second record.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_THREE_EE_ROWS: CorpusRow[] = [
  // 1. 刚才那条/表格里/上面 + the record's day/kind + a field + 是V/应为V, the slip owned at the end: a correction, no report.
  ["李娟", "刚才那条表格里11月19日的警示教育参加人数是7人，我写错了", "-"],
  ["李娟", "刚才那条表格里11月19日的警示教育参加人数应为7人，我填错了", "-"],
  ["李娟", "上面表格里11月19日警示教育的人数是7人，我写错了。", "-"],
  ["李娟", "刚才那个表格里的警示教育参加人数是7人，写错了", "-"],
  ["李娟", "刚才表格里警示教育的参加人数是7人 我写错了", "-"],
  ["李娟", "刚才那张表格里11月19日警示教育参加人数应该是7人，我搞错了", "-"],
  ["李娟", "刚才那条表里19号的警示教育参加人数是7人，是我写错了", "-"],
  ["孙丽", "刚才那条检查日期是11月20日，我写错了", "-"],
  ["孙丽", "刚才那条警示教育的日期应为11月18日，填错了", "-"],
  ["孙丽", "刚才那条会议的人数是5人，我弄错了", "-"],
  ["刘芳", "刚才那条党课的人数是23人，我写错了", "-"],
  ["孙丽", "上面那条会议的参加人数是5人，写错了", "-"],
  // 2. 刚才那条 + an activity noun + a field owned as wrong, then the value: a correction (was 没看懂).
  ["孙丽", "刚才那条会议参加人数写错了，是5人", "-"],
  ["孙丽", "刚才那条会议参加人数搞错了，应该是5人", "-"],
  ["孙丽", "刚才那条会议参加人数填错了，应为5人", "-"],
  ["孙丽", "刚才那条检查的时间写错了，应该是11月20日", "-"],
  ["李娟", "刚才那条表格里11月19日的警示教育参加人数应为7人，不是6人，请修改", "-"],
  // 3. Near-misses keep today's reading.
  ["李娟", "11月19日组织观看警示片，参加7人", "!警示 11-19 孙丽> #7"],
  ["李娟", "上面是我写错了", "-"],
  ["孙丽", "我写错了", "-"],
  ["李娟", "刚才那条表格里的人数是7人", "-"],
  ["李娟", "11月19日财务科组织观看警示教育片，参加7人，上次报的人数写错了", "!警示 11-19 孙丽> #7 @财务科"],
];
