// Round 68, helper ghi (issue 10): who did a paper, answers with 吧, one-step undo, scope kept, and what counts toward the
// 党组's duty. Findings (t71a on main d9ad6b3c, its clock Tue 2026-12-08 ~06:40): 周涛 「上周五和张颖谈了一次」 was asked its
// kind (fair) and his 「谈心谈话吧」 got 组联部's 完成情况, the talk never recorded (FB2); now a softened answer (…吧 · …呗 · …啊 ·
// …的 · 嗯 … · 应该是… · 是…吧, traditional too) to a waiting kind, day, whom or whose question is that answer (softenedAnswer +
// softenedAnswerReply, before the query), alone it is still nothing. 黄志刚 「刚才那个作风纪律检查撤回吧，报重了」 was offered for a
// second 撤销 (F5); now the kind's full name (作风纪律检查 · 信息报送 · 专题会议), 撤了 · 撤掉 · 删了, 那条/那个 and traditional forms
// withdraw at once as 撤销 does, a kind that does not fit the latest record still touches nothing (latestWithdrawal). 杨帆
// 「11月18日，趙敏書記主持召開機關黨委專題會議…」 was stored as a 党组 专题会议 and 张伟's 本季度完成情况 counted it toward 党组专题
// 研究 (FB3; duties.md: special-meeting is the 党组's, completion/partyLevel already leaves out another body's meeting): now
// 机关党委/机关纪委/党支部 + 专题(研究)会议 names its body (^机关党委). 李娟's 「是我报的，不是孙科长」 on the card of 财务科's papers
// got 没有在通讯录或活动类型里找到 (F3): 我报的 · 我报送的 · 我自己报的 now name the member (selfAsDoerWords); a clerk's unit
// papers stay the head's on the 确认 card, as rounds 45–58 label them (info-report is counted by unit: departmentPapers), the
// member's own 我报送了 stays hers. 王芳's 党课 card said 全体参加 and the record had none (F6): allMembers is stored and said on
// the receipt (not a corpus field: shown by the e2e file).
// Before → after: 12 of these 54 rows read differently on main (the meeting bodies); the withdrawal and softened-answer rows
// read as nothing before and after (their change is the bot's, test/e2e/softAnswersUndoScopeSixtyEightI.test.ts).
// Left as today: 中心支部召开专题会 (支部 with 召开 between: no body read), 机关党委书记赵敏主持召开专题会议 (an office, not the body:
// ^-), 黄志刚's own 机关纪委专题会议 (whose is asked, as before), 谈话吧 to the kind question (no kind in it: still the query).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_EIGHT_I_ROWS: CorpusRow[] = [
  ["杨帆","11月18日，趙敏書記主持召開機關黨委專題會議，研究部署黨風廉政建設工作。","!专题 11-18 赵敏> @- ^机关党委"], // FB3: 機關黨委專題會議 is 机关党委's, not the 党组's
  ["杨帆","11月18日，赵敏书记主持召开机关党委专题会议，研究部署党风廉政建设工作。","!专题 11-18 赵敏> @- ^机关党委"],
  ["林晓","11月24号 机关纪委召开专题会议 研究年底作风纪律检查安排","专题 11-24 > @- ^机关纪委 ?missing_actor"],
  ["林晓","上周三黄志刚书记主持召开机关纪委专题会议，传达学习市纪委全会精神","!专题 11-25 黄志刚> @- ^机关纪委"],
  ["王芳","11月20日，张伟书记主持召开党组专题会议，专题研究党风廉政建设工作","!专题 11-20 张伟> @- ^-"],
  ["王芳","11.20 党组召开党风廉政建设专题会议","!专题 11-20 张伟> @- ^-"],
  ["杨帆","前天机关党委召开党风廉政建设专题会议，赵敏书记主持","!专题 11-28 赵敏> @- ^机关党委"],
  ["孙杰","11月17日康复中心党支部召开专题会议，学习廉洁自律准则","!专题 11-17 何平> 《廉洁自律准则》 @残疾人康复中心 ^党支部"],
  ["赵敏","11月26日主持召开机关党委专题研究会议，部署年底党风廉政建设工作","专题 11-26 > @- ^机关党委"],
  ["胡军","11月25日赵敏书记主持召开机关党委全面从严治党专题会议","!专题 11-25 赵敏> @- ^机关党委"],
  ["杨帆","11月18日，机关党委书记赵敏主持召开专题会议，研究部署党风廉政建设工作","!专题 11-18 赵敏> @- ^机关党委"],  // round 69 gie: was ^- (the chair's post names the body)
  ["王芳","11月23日，张伟书记主持召开专题会议，研究部署党风廉政建设工作","!专题 11-23 张伟> @- ^-"],
  ["杨帆","11月18号 赵书记主持开了机关党委专题会 研究党风廉政建设","!专题 11-18 赵敏> @- ^机关党委"],
  ["林晓","11月27日 机关纪委全体会议 专题研究作风纪律检查","专题 11-27 > @- ^机关纪委 ?missing_actor"],
  ["黄志刚","11月27日主持召开机关纪委专题会议，研究部署作风纪律检查","专题 11-27 > @- ^机关纪委"],  // round 69 gie: was ?missing_actor (the 机关纪委书记 chaired it)
  ["赵敏","11月26日主持召开机关党委专题会议，部署年底党风廉政建设工作","专题 11-26 > @- ^机关党委"],
  ["林晓","11月27日，黄志刚书记主持召开機關紀委專題會議，研究作风纪律检查","!专题 11-27 黄志刚> @- ^机关纪委"],
  ["杨帆","11月18日赵敏书记主持召开机关党委（扩大）专题会议","!专题 11-18 赵敏> @- ^机关党委"],
  ["何平","11月19日中心党总支召开专题会议，研究节前廉政提醒","专题 11-19 > @残疾人康复中心 ^党支部"],
  ["王芳","11月20日，张伟书记主持召开党组会议，专题研究党风廉政建设工作","!专题 11-20 张伟> @- ^-"],
  ["杨帆","11月18号，机关党委专题会议召开，赵敏书记主持，研究部署党风廉政建设工作","!专题 11-18 赵敏> @- ^机关党委"],
  ["黄志刚","刚才那个作风纪律检查撤回吧，报重了","-"], // F5: one-step 撤销 in the bot (undo); no record here
  ["黄志刚","刚才那个检查撤了吧 报重了","-"],
  ["林晓","那条不要了，报重了","-"],
  ["林晓","刚才那条删掉吧，重复了","-"],
  ["黄志刚","刚才那个作风纪律检查撤回一下，林晓已经报过了","-"],
  ["孙丽","刚才那条信息报送撤了吧，报错了","-"],
  ["郑华","剛才那個談心談話撤回吧，報重了","-"],
  ["冯雪","报重了，刚才那个谈心谈话删掉吧","-"],
  ["何平","刚才那个专题会议撤掉吧 重复了","-"],
  ["王磊","刚才那个警示教育撤回吧，杨帆已经报过了","-"],
  ["黄志刚","那个检查撤回吧，应该是11月26号","-"],
  ["黄志刚","刚才那个作风纪律检查撤回吧","-"],
  ["周涛","谈心谈话吧","-"], // FB2: the answer to a waiting question in the bot; alone, nothing
  ["周涛","是谈心谈话吧","-"],
  ["周涛","嗯 谈心谈话吧","-"],
  ["吴静","廉政谈话的","廉谈 ? > @- ?missing_date,missing_counterpart"],
  ["王建国","李明吧","-"],
  ["刘芳","应该是上周三吧","-"],
  ["郑华","談心談話吧","-"],
  ["周涛","上周五和张颖谈心谈话了吧","-"],
  ["李娟","财务科11月份的信息报送已完成，报送了2篇廉政信息到市纪委","信息 ? 孙丽> @财务科 ?missing_date"], // F3: a clerk's 科室 papers stay the head's on a card (counted by unit); the card's 是我报的，不是孙科长 now edits it
  ["李娟","财务科报送了2篇廉政信息","信息 ? 孙丽> @财务科 ?missing_date"],
  ["李娟","11月28日我报送了1篇廉政信息到市纪委","信息 11-28 > @财务科"],
  ["李娟","我11月28号报了一篇廉政信息","信息 11-28 > @财务科"],
  ["胡军","办公室11月份信息报送已完成，11月26日报送了1篇","!信息 11-26 李明> @办公室"],
  ["张颖","组联部本月报送廉政信息2篇，11月10日、11月24日各1篇","!信息 11-10 周涛> @组联部 | 信息 11-24 周涛> @组联部"],
  ["陈静","11.25 我给市纪委报送了1篇信息","信息 11-25 > @教育就业部"],
  ["王芳","近日，市残联党组书记张伟同志以“坚守初心 廉洁奉公”为题，为机关全体党员讲授专题廉政党课。会上，张伟同志结合近期查处的典型案例，深刻剖析了违纪违法行为的危害。","党课 ? 张伟> 《坚守初心 廉洁奉公》 @- ?missing_date"], // F6: 全体参加 stored with the record (allMembers) in the bot
  ["王芳","11月24日，张伟书记为机关全体党员讲授廉政党课《坚守初心 廉洁奉公》","!党课 11-24 张伟> 《坚守初心 廉洁奉公》 @-"],
  ["杨帆","11月20日赵敏书记为机关全体党员讲了一堂廉政党课","!党课 11-20 赵敏> @-"],
  ["孙杰","11.26 何平主任为中心全体职工讲授廉政党课","!党课 11-26 何平> @残疾人康复中心"],
  ["王芳","11月24日，张伟书记为机关全体党员讲授廉政党课，参加45人","!党课 11-24 张伟> #45 @-"],
  ["胡军","11月24日，张伟书记为机关党员讲授廉政党课","!党课 11-24 张伟> @-"],
];
