// Round 67, fixer gga (t69b Part B; issue 10): one field of a stored record — or of a waiting card — corrected in loose words,
// the field named loosely or not at all (不对，是… · …报错了，实际是… · …没写上 · 应该是… · 只有…).
// Findings (a fresh tester on main 3fdbc41e): 郑华's 「刚才那个会议题不对，应该是传达市纪委全会精神」 and 「议题改成…」 were 没看懂
// and 「题目改成…」 put a title beside the 议题; 孙杰's 「刚才报的何平主任那个专题会是康复中心的，部门没写上」 was a NEW meeting on a
// card (and 「何平主任那个专题会部门改成康复中心」 a 请确认修改 card changing nothing: 康复中心 read as a person, its head 何平);
// 周涛's 「昨天看警示片的人数报错了，实际是2人」 met the duplicate question, and 「不用再记，是改原来那条的人数」 on it was ignored;
// 黄志刚's 「不对，是上周五去的」 was 没看懂; 孙丽's 「信息报送只有1篇」 a new paper asked its day.
// Now (looseFieldWords puts the loose words as the field change the stored-record readers read; correctLatest, the waiting
// question and card take it): each ends on 请确认修改 of the stored record, before → after, 确认 / 取消 — 议题 → the meeting's
// agenda (a bare 议题改成… terse, as 日期改成…; 题目改成<agenda words> of a meeting its agenda), 部门 → 残疾人康复中心, 人数 3 → 2,
// 日期 11-26 → 11-27 (去的 a deed tail), 2 篇 → 1 篇 (信息报送只有1篇 · 只报了一篇; 其实是两个人 now a head count, not 2 个 of the
// deed), 活动人 → the sender, 对象 → 郑华; on the duplicate question 是改原来那条的人数 ends the card and offers the stored
// record's change (test/e2e/looseFieldCorrectionsSixtySevenA.test.ts).
// These rows pin what the parser alone reads of those messages: most are no report; a few read as a report of their words
// (昨天看警示片的人数报错了，实际是2人 → 警示 #2 · 刚才报的专题会议题有误，应为学习贯彻《…》 → a meeting and a study) — the
// dialog's correction readers take them first once a record is stored, and with none stored say 「您还没有可以修改的记录」.
// Before → after: none of these 54 messages reads differently in the parser; the changes are the dialog's.
// Left as today: 「上周五又去康复中心查了一次」 (the parser reads no check in 查了一次: 未记录, never a correction); 「康复中心那次
// 日期报错了，实际是上周五」 (a place alone names no record for the readers: 未记录, nothing changed); 「本月报送信息只有1篇」 a tally.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_SEVEN_A_ROWS: CorpusRow[] = [
  ["郑华", "上周三召开专题会议，传达市纪委全会", "专题 11-25 > ?missing_actor"], // the meeting stored (the chair asked; 郑华 answers himself in the e2e)
  ["郑华", "刚才那个会议题不对，应该是传达市纪委全会精神", "-"], // S1: the 议题 of the stored meeting (e2e: 请确认修改)
  ["郑华", "议题改成传达市纪委全会精神", "-"], // S1: terse, as 日期改成… is
  ["郑华", "题目改成传达市纪委全会精神", "-"], // S1: of a meeting, words that read as an agenda are its 议题, never a title beside it
  ["郑华", "上周三那个会的议题写错了 应该是传达学习市纪委全会精神", "? 11-25 > ?missing_type"], // S1: the day naming the meeting
  ["郑华", "刚才那个会 议题 不对 应该是 传达市纪委全会精神", "? 11-30 > ?missing_type"], // S1: voice spacing
  ["郑华", "刚才那個會議題不對，應該是傳達市紀委全會精神", "-"], // S1: traditional characters
  ["王磊", "刚才报的专题会议题有误，应为学习贯彻《中国共产党纪律处分条例》", "!专题 11-30 > @宣文部 | 廉教 11-30 > 《中国共产党纪律处分条例》"], // S1: another sender, 有误 · 应为 (as a report with nothing stored: since ggb a head's own 专题会议 is his unit's, on a card with the study — the merge)
  ["赵敏", "会议议题报错了，实际是传达学习中央八项规定精神", "廉教 ? > 《中央八项规定精神》 ?missing_date"], // S1: 会议议题 · 报错了 · 实际是
  ["周涛", "不好意思，刚才那个会的主题写错了，应该是研究部署组联部廉政风险防控工作", "-"], // S1: an apology first, 主题
  ["冯雪", "11.26那个会议题不对 应该是通报近期典型案例", "-"], // S1: a dotted day naming the meeting
  ["郑华", "今天召开专题会议，议题是传达市纪委全会精神", "专题 11-30 > ?missing_actor"], // S1 near-miss: a new meeting told with its agenda, a report
  ["郑华", "议题是什么", "-"], // S1 near-miss: a question, no change
  ["孙杰", "何平主任今天主持召开了专题会议", "!专题 11-30 何平>"], // the meeting stored with no department (孙杰 reporting 何平's)
  ["孙杰", "刚才报的何平主任那个专题会是康复中心的，部门没写上", "专题 11-30 > ?missing_actor"], // S2: the stored record's department (e2e: 请确认修改 → 残疾人康复中心; was a NEW meeting)
  ["孙杰", "部门没写上，是康复中心的", "-"], // S2: the field first
  ["孙杰", "何平主任那个专题会部门改成康复中心", "-"], // S2: was a card changing nothing (康复中心 read as a person, 何平)
  ["徐辉", "刚才那个会是康复中心的 部门忘写了", "-"], // S2: voice spacing, 忘写了
  ["杨帆", "刚才那个学习是宣文部的，部门漏写了", "-"], // S2: a study of 宣文部
  ["刘洋", "部门写错了，应该是康复部", "-"], // S2: the department owned wrong
  ["张颖", "刚才報的那個會是組聯部的，部門沒寫上", "-"], // S2: traditional characters
  ["孙杰", "何平主任今天又主持召开了一次专题会议，康复中心的", "!专题 11-30 何平>"], // S2 near-miss: 又 — a second meeting told, a report
  ["周涛", "昨天组织观看警示教育片，参加3人", "警示 11-29 > #3"], // the 警示教育 stored with 3
  ["周涛", "昨天看警示片的人数报错了，实际是2人", "警示 11-29 > #2"], // S3: the stored record's 人数 3 → 2 (e2e; was the duplicate question)
  ["周涛", "人数不对，实际到了2个人", "-"], // S3: terse
  ["周涛", "昨天那个警示教育人数有误，实际2人参加", "警示 11-29 > #2"], // S3: 有误 · 实际N人参加
  ["周涛", "11.29看片子的人数搞错了，其实是两个人", "-"], // S3: 两个人 a head count (countDownWords' 个 before 人)
  ["王磊", "前天那个学习的参加人数写错了 应该是12人", "-"], // S3: another sender, voice spacing
  ["吴静", "刚才報的警示教育人數填錯了，實際是9人", "-"], // S3: traditional characters
  ["周涛", "昨天组织观看了警示教育片，2人参加", "警示 11-29 > #2"], // S3: the restated report that met the duplicate question (e2e)
  ["周涛", "不用再记，是改原来那条的人数", "-"], // S3: the duplicate question's reply — the stored record's change (e2e)
  ["周涛", "不是再记，是要改原来那条", "-"], // S3: the same, no field named (every field said differently)
  ["周涛", "是改之前那条的人数", "-"], // S3
  ["周涛", "11月29日组织观看警示教育片，参加人数是30人", "警示 11-29 > #30"], // S3 near-miss: a report with its count
  ["黄志刚", "上周四到康复中心开展了作风纪律检查", "作风 11-26 >"], // the check stored on Thursday
  ["黄志刚", "不对，是上周五去的", "-"], // S4: 去的 a deed tail (e2e: 11-26 → 11-27; was 没看懂)
  ["林晓", "不对 是前天去的", "-"], // S4: voice spacing
  ["黄志刚", "上周四那次检查日期报错了，实际是上周五", "-"], // S4: the record named, 报错了 · 实际是
  ["黄志刚", "时间不对，应该是11.27", "-"], // S4: a dotted day
  ["林晓", "日期填错了，应该是11月27号", "-"], // S4
  ["黄志刚", "不對，是上週五去的", "-"], // S4: traditional characters
  ["黄志刚", "上周五又去康复中心查了一次", "-"], // S4 near-miss: a new visit told, never a correction (the parser reads no check of 查了一次: as today)
  ["黄志刚", "不对", "-"], // S4 near-miss: 不对 alone asks what is wrong
  ["孙丽", "今天报送廉政信息2篇", "!信息 11-30 > | 信息 11-30 >"], // the two papers stored (a card of two)
  ["孙丽", "信息报送只有1篇", "信息 ? > ?missing_date"], // S5: the stored papers' total (e2e: 由 2 篇改为 1 篇; was a new paper asked its day)
  ["胡军", "廉政信息只报了一篇", "信息 ? > ?missing_date"], // S5
  ["孙丽", "刚才那个信息报送只有一篇", "!信息 11-30 >"], // S5: pointed back
  ["孙丽", "今天又报送了1篇廉政信息", "信息 11-30 >"], // S5 near-miss: a new paper
  ["孙丽", "本月报送信息只有1篇", "信息 ? > ?missing_date"], // S5 near-miss: a month's tally, not the stored papers' count
  ["赵敏", "今天张伟书记和何平谈了廉政谈话", "!廉谈 11-30 张伟>何平"], // the 张伟–何平 talk 赵敏 reported
  ["赵敏", "活动人不对，应该是我", "-"], // S6: the doer → the sender (e2e)
  ["刘芳", "签订对象写错了 实际是郑华", "-"], // S6: the person of her signing (e2e)
  ["陈志强", "谈话对象报错了，应该是冯雪", "? ? >冯雪 ?missing_type,missing_date"], // S6
  ["王建国", "刚才那个谈话对象不对，实际是孙丽", "-"], // S6: pointed back
];
