// Round 64 (issue 10), fixer gdj: stored records corrected in loose words (t67a Part B) — the doer, the person, a meeting
// called a check.
// Findings before → after (clock of the dialog tests Mon 2026-12-07; test/e2e/looseStoredCorrectionsSixtyFourJ.test.ts):
// P6. 黄志刚「上午张伟和何平那条 其实是我找他谈的 张书记不在」 about a stored 张伟→何平 talk was a NEW talk of 张伟's asked its kind
// (「和何平那条 是我找他谈的」: 「没有在通讯录里找到「我找他」」). Now (ownDeedClaimWords; looseStoredCorrection) that record's doer
// becomes the sender on 请确认修改, the reporter kept; the parser reads no report ('-').
// P7. 刘芳「其实是我和郑华签的 不是周涛」 about her stored signing 刘芳–周涛 was the generic help. Now (personSwapWords) the
// person of her record 周涛 → 郑华 on 请确认修改; 其实是和X谈的 不是Y · 不是和Y 是和X签的 · 和Y那条 是X不是Y · 对象是X不是Y, and a
// lecture's unit (其实是给教育就业部讲的 不是组联部) likewise; the parser reads none of them as a report ('-', as before for most).
// P8. 周涛「今天那个会 算作风纪律检查吧」 about his stored 专题会议 was a card turning it into a check with 组联部 checked: now
// (kindAcrossFamilyUnfit) said a meeting is no check and asked 被检查的是哪个部门, nothing changed; the parser's reading is as
// before (no report).
// Before → after: 3 of these rows read differently before (P6's pointed claims: a new talk of the stored doer, or of both); the rest are
// near-misses (new reports that keep their reading) and bot-level words the parser already left alone.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_FOUR_J_ROWS: CorpusRow[] = [
  // P6: the sender claims the deed of the record the words point at (那条 · 那次), a presence clause beside — no report.
  ["黄志刚", "上午张伟和何平那条 其实是我找他谈的 张书记不在", "-"],
  ["黄志刚", "上午张伟和何平那条，其实是我找他谈的，张书记不在。", "-"],
  ["黄志刚", "和何平那条 是我找他谈的", "-"],
  ["黄志刚", "张书记不在，上午和何平那条是我找他谈的", "-"],
  ["赵敏", "上午和何平那条，其实是我找她谈的。", "-"],
  ["黄志刚", "上午张伟和何平那条其实是我找他谈的张书记不在", "-"],
  ["黄志刚", "不对 和何平那次 是我找他谈的 张书记没去", "-"],
  ["刘芳", "那次党课是我讲的", "-"],
  // P7: the person of a stored record said to be another (其实是和X… 不是Y · 不是和Y 是和X… · 是X不是Y) — no report.
  ["刘芳", "其实是我和郑华签的 不是周涛", "-"],
  ["刘芳", "其实是我和郑华签的，不是周涛。", "-"],
  ["刘芳", "其实是和郑华签的 不是周涛", "-"],
  ["刘芳", "其实是和郑华谈的 不是周涛", "-"],
  ["刘芳", "不是和周涛 是和郑华签的", "-"],
  ["刘芳", "不是跟周涛谈的，是跟郑华谈的", "-"],
  ["刘芳", "和周涛那条 是郑华不是周涛", "-"],
  ["刘芳", "和周涛那条 其实是和郑华签的 不是周涛", "-"],
  ["刘芳", "对象是郑华不是周涛", "-"],
  ["刘芳", "不对 其实是跟郑华签的 不是跟周涛签的", "-"],
  ["赵敏", "其实是给宣文部讲的 不是康复中心", "-"],
  ["陈志强", "其实是和冯雪谈的，不是郑华", "-"],
  // P8: a kind across families said of a pointed record — no report (kindAcrossFamilyUnfit says and asks).
  ["周涛", "今天那个会 算作风纪律检查吧", "-"],
  ["周涛", "今天那个会议应该算作风纪律检查", "-"],
  ["周涛", "刚才那次算作风纪律检查吧", "-"],
  // Near-miss: a day correction is correctLatest's, never a person swapped (no report).
  ["刘芳", "刚才那条是周三不是周二", "-"],
  // Near-misses: new reports keep their reading.
  ["刘芳", "今天和郑华签订了廉政责任书", "签责 11-30 >郑华"],
  ["黄志刚", "今天和何平进行了提醒谈话", "廉谈 11-30 >何平"],
  ["刘芳", "今天和郑华进行了廉政谈话，不是和周涛", "廉谈 11-30 >郑华"],
  ["赵敏", "今天给宣文部讲了廉政党课", "党课 11-30 > @宣文部"],
  ["周涛", "今天召开部门党风廉政专题会议，5人参加", "!专题 11-30 > #5 @组联部"],
  ["黄志刚", "今天到组联部开展了作风纪律检查", "作风 11-30 > @组联部"],
  ["张伟", "今天和何平进行了廉政谈话", "廉谈 11-30 >何平"],
];
