// The one ordered list of intents: guards first, the fallback last.
import type { Intent } from '../intent.js';
import { addPersonToCard } from './addPersonToCard.js';
import { addPersonToLatest } from './addPersonToLatest.js';
import { attendeeAddedToLatest } from './attendeeAddedToLatest.js';
import { groupLeftOutAdd } from './groupLeftOutAdd.js';
import { newReportMeantEarlier } from './newReportMeantEarlier.js';
import { answerAndReport } from './answerAndReport.js';
import { attachment } from './attachment.js';
import { changeNamedRecord } from './changeNamedRecord.js';
import { companionDeniedLatest } from './companionDeniedLatest.js';
import { dropNamedRecord } from './dropNamedRecord.js';
import { correctWaitingCard } from './correctWaitingCard.js';
import { dropBesideEdits } from './dropBesideEdits.js';
import { correctWaitingQuestion } from './correctWaitingQuestion.js';
import { correctLatest } from './correctLatest.js';
import { restatedWaitingCard, toldAgainWaitingCard } from './restatedWaitingCard.js';
import { countsAs } from './countsAs.js';
import { dialogAnswer } from './dialogAnswer.js';
import { keptItemAnswer } from './keptItemAnswer.js';
import { edit } from './edit.js';
import { exportLedger } from './export.js';
import { fallback } from './fallback.js';
import { help } from './help.js';
import { hedgedKindReply } from './hedgedKindReply.js';
import { softenedAnswerReply } from './softenedAnswerReply.js';
import { howTo } from './howTo.js';
import { whatToWrite } from './whatToWrite.js';
import { fieldAskedReply } from './fieldAskedReply.js';
import { kindQuestionWaiting } from './kindQuestionWaiting.js';
import { nonText } from './nonText.js';
import { nothingPending } from './nothingPending.js';
import { numberedItemChangeReply } from './numberedItemChangeReply.js';
import { calledOff, notDoneYet } from './notDoneYet.js';
import { organization } from './organization.js';
import { othersPapers } from './othersPapers.js';
import { outsideCatalogueIntent } from './outsideCatalogue.js';
import { photoForWaitingCard } from './photoForWaitingCard.js';
import { planItemAnswer } from './planItemAnswer.js';
import { planNotDone } from './planNotDone.js';
import { planAhead } from './planAhead.js';
import { planHeldAnswer } from './planHeldAnswer.js';
import { groupWordAnswer } from './groupWordAnswer.js';
import { summaryClaimReply } from './summaryClaimReply.js';
import { selfStudyReply } from './selfStudyReply.js';
import { reminderSentReply } from './reminderSentReply.js';
import { bareTallyReply } from './bareTallyReply.js';
import { periodTotalReply } from './periodTotalReply.js';
import { dutyNoticeSentReply } from './dutyNoticeSentReply.js';
import { documentWorkReply } from './documentWorkReply.js';
import { attendedElsewhereReply } from './attendedElsewhereReply.js';
import { query } from './query.js';
import { reloadConfig } from './reloadConfig.js';
import { reminderControl } from './reminderControl.js';
import { reminderAskedIntent } from './reminderAsked.js';
import { report } from './report.js';
import { restatedReportChange } from './restatedReportChange.js';
import { reportForm } from './reportForm.js';
import { reportWithQuestion } from './reportWithQuestion.js';
import { requirement } from './requirement.js';
import { smallTalk } from './smallTalk.js';
import { talksWithPerson } from './talksWithPerson.js';
import { termMeaningIntent } from './termMeaning.js';
import { tooLong } from './tooLong.js';
import { undo } from './undo.js';
import { undoNumbered } from './undoNumbered.js';
import { undoSeveral } from './undoSeveral.js';
import { undoThenReport } from './undoThenReport.js';
import { unregistered } from './unregistered.js';
import { yearEnd } from './yearEnd.js';
import { waitingCardItem } from './waitingCardItem.js';
import { waitingCardLeftOut } from './waitingCardLeftOut.js';
import { waitingQuestionItem } from './waitingQuestionItem.js';
import { deniedStoredDeedIntent, notAgainDeniedDeed } from './deniedStoredDeed.js';
import { topUpStored } from './topUpStored.js';
import { storedTalkContentReply } from './storedTalkContentReply.js';
import { talkAfterStoredSigningReply } from './talkAfterStoredSigningReply.js';
import { absentDoerChange } from './absentDoerChange.js';
import { relayedCorrection } from './relayedCorrection.js';
import { futureDayCorrectionReply } from './futureDayCorrectionReply.js';
import { storedPlacesNarrowed } from './storedPlacesNarrowed.js';
import { storedDoerChange } from './storedDoerChange.js';
import { storedCounterpartAsDoer } from './storedCounterpartAsDoer.js';
import { claimedDoerChange } from './claimedDoerChange.js';
import { looseStoredCorrection } from './looseStoredCorrection.js';
import { kindFamilyUnfit } from './kindFamilyUnfit.js';
import { storedSidesChange } from './storedSidesChange.js';
import { restatedDoerCorrection } from './restatedDoerCorrection.js';
import { restatedWaitingDeed } from './restatedWaitingDeed.js';
import { leftOutMeAdd } from './leftOutMeAdd.js';
import { madeUpForBatch } from './madeUpForBatch.js';
import { numberedSidesChange } from './numberedSidesChange.js';
import { numberedKindChange } from './numberedKindChange.js';
import { storedCompanionAbsent } from './storedCompanionAbsent.js';
import { duplicateNoReply, typedButtonReply } from './typedButtonReply.js';
import { duplicateMeantChange } from './duplicateMeantChange.js';
import { countDownStored } from './countDownStored.js';

export const INTENTS: readonly Intent[] = [
  unregistered,
  tooLong,
  // 「是不是王建国？」 typed back from a waiting card's button (round 66, gfi; t69a F4: read as a completion query): the tap's
  // answer; first, as a label is nothing else's words.
  typedButtonReply,
  // 不用再记，是改原来那条的人数 on the duplicate question (round 67, gga; t69b Part B: 「这条消息没有记录」): the stored record's
  // change, before duplicateNoReply would take its 不用再记 as the no alone.
  duplicateMeantChange,
  // 是同一次，不用再记 on the duplicate question (round 66, gfi; t69a FB2): its no, before the card's edit readers.
  duplicateNoReply,
  // Before attachment: a photo while a card waits is that card's, not the latest stored record's (round 20u).
  photoForWaitingCard,
  attachment,
  nonText,
  // 不是再记，和吴静签责任书那条删掉 beside a waiting duplicate (round 56, fgb; t58a F4): the stored record offered, the card
  // dropped; before the waiting card's readers, which answered 「这条消息没有记录」.
  notAgainDeniedDeed,
  // 第1条是合计的不用记，黄书记是谈话人不是对象 while a question or a card waits (round 62, gbc; t64a G3): the drop and the change
  // beside it, before the drop readers (which took the change for the drop's reason) and planItemAnswer (the drop alone).
  dropBesideEdits,
  // 去掉第二条 · 删除2 · 第2条不对 while a 确认 card waits (round 26): that card's record, before 删除 reads as 撤销.
  waitingCardItem,
  // 通报典型问题那项也要记，算张书记的警示教育 while a 确认 card waits (round 58, fdc): the clause its note left out, put on it.
  waitingCardLeftOut,
  // 这条不要 · 这句是总述，不用单独记 while a question waits on one item (round 29 q): that item only, before 删掉 reads as 撤销.
  waitingQuestionItem,
  // 撤销刚才那两条 · 全部撤销 with nothing waiting (round 34a F10): the latest report's records together, before undo.
  undoSeveral,
  // 撤销第3条 with nothing waiting, after the latest report was listed (round 34b §3b): that record of it, before undo.
  undoNumbered,
  // Before the dialog: 取消 ends a pending report, 撤销 withdraws the last record.
  undo,
  // 撤回上一条，重新报：… : the latest record and its replacement on one 确认 card (round 21u #10).
  undoThenReport,
  edit,
  // 修改，第二条是11月11日 · 不是周三，是周四 while a 确认 card waits: that card changed (round 20u), not the latest record.
  correctWaitingCard,
  // 不对，12月2号是…；12月3号是…，漏了 while a 确认 card waits (round 57, fec): that card re-read, never a second card beside it.
  restatedWaitingCard,
  // 12月2号是报送信息2篇 on a card already holding them (round 58, fdc): said so, never a second card of the same records.
  toldAgainWaitingCard,
  // 不对，是王建国副理事长和孙丽科长谈的，廉政谈话 while a question waits (round 69, gij; t72a F2: the report dropped, two new
  // talks with the member): the deed restated replaces the waiting report's people and kind, its day kept.
  restatedWaitingDeed,
  // 「不对，是和李娟谈的」 while 是哪一天 waits: the waiting report takes the person, the day still asked (round 21 leftover).
  correctWaitingQuestion,
  // 12月4日黄书记没去，是我自己去康复部检查的 with that check stored as 黄志刚's (round 59, fcc; t61b F6: read as not held): the
  // record's doer changed to the member on a 确认 card; before correctLatest, which read 今天那次检查…是我带队查的 as a
  // doer named 「我带队查」, the report and the fallback's 没有进行.
  absentDoerChange,
  // 赵书记说今天承诺书那两份是她跟徐辉 孙杰签的 不是我 · 刚才那次是王磊谈的不是我 (round 62, gbb; t64a G1: new records of the
  // speaker's beside the stored ones): the records pointed back at take the doer said, on one 确认 card; before storedDoerChange.
  // 12.1那条弄反了 徐辉是谈话人不是对象 对象是何主任 (round 63, gcj; t66a B-F3: a new talk): a stored talk named by its day
  // takes the sides said, on one 确认 card; before claimedDoerChange and the report.
  // 刚才那条责任书报错了，实际是张书记和我签的 · 不对，活动人是张伟 of a stored deed of 王建国's with the member (round 69, gij;
  // t72a FB1: 没看懂): read by correctLatest as 刚才那条活动人改成张伟; before storedSidesChange and claimedDoerChange, which said
  // 「活动人不是您本人」 of 刚才那条是张伟书记和我签的.
  restatedDoerCorrection,
  storedSidesChange,
  claimedDoerChange,
  // 第2条是周涛部长和组联部全体人员签的 after a receipt (round 62, gbb; t64a G8: refused): record 2's doer and people, a group
  // expanded, on one 确认 card; before correctLatest and numberedItemChangeReply.
  numberedSidesChange,
  // 第2条不是谈心 算廉政谈话吧 with no card waiting (round 64, gdb; gci's left-alone: two new talks): record 2 of the latest report
  // takes the kind said, on a 确认 card; beside numberedSidesChange, before correctLatest and numberedItemChangeReply.
  numberedKindChange,
  // 黄书记是谈话人不是对象 with no card waiting (round 63, gcb): the latest stored record with 黄志刚 as the one talked to takes
  // him as its doer, on a 确认 card; never a new talk.
  storedCounterpartAsDoer,
  // 杨帆那次是王磊谈的不是我 with that talk stored as the member's (round 61, gaf; t63a/b Part B: 没看懂, or a new talk asked its
  // kind): the named record's doer changed on a 确认 card; before correctLatest and the report.
  storedDoerChange,
  // 周部长说上次报的不对，12月3日他是和陈志强副理事长签的责任书，不是和我 (round 59, fcc; t61b F4: a card of a new signing beside
  // the stored one): the member's stored record of the speaker's deed with them changed to the deed the speaker names.
  relayedCorrection,
  // 孙丽不算同行，她是被检查科室的 (round 59, fcd): the latest check's companion taken off; before correctLatest.
  companionDeniedLatest,
  // 林晓说上周五维权部那次检查 她没去 是我一个人去的 (round 61, gaf): that stored check's companion taken off; before correctLatest.
  storedCompanionAbsent,
  // 黄书记说12月3号那次 办公室没去成 只查了财务科 (round 60, fbd; t62b G3): that stored check's places narrowed; before the report.
  storedPlacesNarrowed,
  // 上午张伟和何平那条 其实是我找他谈的 张书记不在 · 其实是我和郑华签的 不是周涛 (round 64, gdj; t67a P6/P7: a new talk asked its
  // kind, the generic help): the stored record's doer becomes the sender, or its person another, on one 确认 card; after
  // the older stored-record readers, before correctLatest (which read 我找他 as a doer's name).
  looseStoredCorrection,
  // 今天那个会 算作风纪律检查吧 (round 64, gdj; t67a P8: a card turning the meeting into a check, 组联部 guessed as checked) ·
  // 维权部那次算作风纪律检查吧 of a stored film (round 65, gea: a change card) · 算专项资金检查吧 after a stored talk (round 64,
  // gdc: a completion query): a kind across families is said and asked, never offered; before correctLatest and the query.
  kindFamilyUnfit,
  // 刚才那个信息报送是1篇 不是2篇 (round 66, gfi; t69a FB1: correctLatest's 「没有…找到「2篇」「1篇」」): the stored records too
  // many withdrawn on a 请确认修改 card; before correctLatest, which reads 是X不是Y as a person or kind swapped.
  countDownStored,
  // 刚才那条日期错了，应该是…: the latest record changed on a 确认 card; before the report, which reads a day and no activity.
  // 签错人了，是李娟 (round 68 ghk's slip verbs) is read here too, after the words as sent (round 69, gid).
  correctLatest,
  // 刚才那条…日期写错了，是12月4号 read before 12-04 (round 60, fbc; t62a B-F6): the day still ahead said, nothing changed;
  // after correctLatest (which reads past days), before the report, which read a new talk of the people named.
  futureDayCorrectionReply,
  // 昨天…观看警示片，7人参加，之前报的写错了 (round 54, fja): a restated report changes the stored record it matches; after
  // correctLatest (刚才那条人数是7人，我写错了 is its), before the report, which would store a second one.
  restatedReportChange,
  // 不是新报的，是要改之前那条 (round 61, gae): the record just made withdrawn, its words the earlier one's change; 没看懂 before.
  newReportMeantEarlier,
  // 12月3日周涛部长签承诺书那条漏了我 (round 62, gbb; t64a G2: a new signing stored): the member added to that stored deed, on a
  // 确认 card; before groupLeftOutAdd and the report.
  leftOutMeAdd,
  // 集体谈话漏了陈静和赵磊 (round 61, gae): the people left out of a stored group, on a 确认 card; before the report (没看懂).
  groupLeftOutAdd,
  // 上午那个廉政谈话 陈志强下午回来了 也补谈了 (round 64, gdc; t66a B-F9: 陈志强 made the doer, asked with whom): the one left out
  // of a stored batch, made up later, one more record like it; 陈志强下午回来了 alone said to record nothing. Before
  // addPersonToLatest and the report.
  madeUpForBatch,
  // 还有郑华，也是那天谈的 after a talk just made: one more pair of its type and day (round 20u), before the report asks its type.
  addPersonToLatest,
  // 还有李明也参加了 after a stored education or meeting (round 63, gca; gbd's left-alone: 没看懂): one more attendee of it on a
  // 请确认修改 card; after addPersonToLatest (a talk's or signing's one more pair), before the report.
  attendeeAddedToLatest,
  // 孙丽科长也谈了 while a 确认 card waits (round 34b §3a): one more record like the card's, before the report asks its type.
  addPersonToCard,
  // 修改/撤销 with a day, type or person: that record of one's own, found, not the latest.
  changeNamedRecord,
  // 孙丽的廉政谈话不用记 · 和王强那条不算 with nothing waiting (round 33c): that record of the latest report withdrawn, never a
  // new report; after changeNamedRecord (删掉王强那条 names any record of one's own), before the report.
  dropNamedRecord,
  // 上周三没和吴静签责任书，只和周涛签了 with both signings stored (round 56, fgb; t58a F4: offered again as duplicates): the
  // stored record of the denied deed offered to withdraw; after the two above, whose words stay theirs, before the report.
  deniedStoredDeedIntent,
  // 12月2日的廉政信息少记了一篇，再补1篇 (round 57, fed; t59a F7: two new papers, both duplicates): more of a stored deed,
  // exactly the number said, on a 确认 card against the stored ones; before the report, which reads new deeds.
  topUpStored,
  // 这次谈心的内容是工作纪律 after a stored 谈心谈话 (round 69, gid; t71c: a new talk asked its day and whom): the latest
  // report's talk named unchanged, its content not kept (issue 10 G); before the report.
  storedTalkContentReply,
  // 「补一下，签完责任书后还和她们分别谈了话」 (round 59, fca; t61a F2): the talk after the signings just stored, alone; before
  // the query (which read it as one) and the report (which read a signing of no one).
  talkAfterStoredSigningReply,
  // 「第三条是计划，还没做」 while a report waits: before the query, which would read 还没做 as a question.
  planItemAnswer,
  // 「就记孙杰那条吧」 while a question waits (round 58, fdb): one item kept; before the query, which reads 记…那条 as a question.
  keptItemAnswer,
  // 「班子成员」 to 「和谁谈的？」: the group answers it; before the query, which reads it as 班子成员的完成情况.
  groupWordAnswer,
  // 作风纪律检查，第2条是11月21日 with nothing waiting (round 57, fec): no list to point at, said; after the receipt's readers.
  numberedItemChangeReply,
  // 「已经开了」 after the plan reply (round 59, fcf): the plan's deed done; before nothingPending and small talk.
  planHeldAnswer,
  // After edit (修改上一条…), before small talk: a bare 确认/对/修改 with nothing pending.
  nothingPending,
  help,
  // 谈心谈话要不要写谈话内容？ · 需要填什么 (round 68, ghm; t71b FB2: the other talk kind's 「还回答不了」, the waiting question
  // not said open): what a report of the kind holds, then the waiting question; before howTo (怎么写 is its with no 内容).
  whatToWrite,
  // 「谈心谈话和廉政谈话有什么区别？」 while a question or card waits (round 69, gik; t72a FB2): the kinds said, the question
  // kept; before howTo, requirement, countsAs and the query, which answered 「还回答不了」 or the rule with nothing waiting said.
  kindQuestionWaiting,
  // Before the query (「如何登记党课」 would read as a spoken question) and the report: asking how is neither.
  howTo,
  // 「算廉政谈话吧」 to 是哪类活动 (round 60, fbd): the kind answered; before requirement, countsAs and the query, which read 算.
  hedgedKindReply,
  // 「谈心谈话吧」 · 「李明吧」 · 「嗯 上周五吧」 to the question waiting (round 68, ghi; t71a FB2: 谈心谈话吧 answered as 组联部's
  // 完成情况, the talk lost): the softened answer is the answer; before requirement, countsAs and the query.
  softenedAnswerReply,
  // Before the query, the export and the year-end draft: 「述责述廉报告什么时候交」 asks the rule, not a draft or a count.
  requirement,
  termMeaningIntent,
  // After howTo (「补录还算数吗」 is its) and before the query, which would read 「算不算廉政教育」 as a completion question.
  countsAs,
  reloadConfig,
  organization,
  reminderControl,
  // Before the query: 「廉政提醒」 is also an alias of 廉政谈话, but 「…提醒发了吗」 asks about the bot's own broadcast.
  reminderAskedIntent,
  smallTalk,
  reportForm,
  // 「今天和孙丽谈了廉政谈话，另外本季度还差啥？」: the report, then the answer; before the query, which would take it whole.
  reportWithQuestion,
  // 「王强今年谈过话没有」: one person's talks and the talk duties naming them; before the query, which reads a person's own duties.
  talksWithPerson,
  // 赵敏还没谈: a statement that something is not done, before the query that would answer it as a question.
  notDoneYet,
  // 「原定12月3日的警示教育因故取消了，改到下周」: called off, nothing recorded, said so (round 54, fjc); before the query and plan.
  calledOff,
  // 「整理汇总了各部室信息报送情况」 alone: said plainly that it records nothing; before the query, which reads 汇总…情况 as a question.
  othersPapers,
  // 「12月计划那两条还没做」: nothing to record, said so; after notDoneYet (someone named), before the query.
  planNotDone,
  // 「12月份计划到财务科调研，同时…检查」 alone: the plan reply; before the query, which reads its 情况 as a completion question.
  planAhead,
  // 「班子成员均已与分管部室负责人开展廉政谈话」: a claim of many deeds and no day; before the query, which read it as one.
  summaryClaimReply,
  // 「本月开展检查3次，谈话5次」: counts with no day, person or place record nothing; what each needs is said (round 59, fcb).
  bareTallyReply,
  // 本月共开展廉政谈话3人次 · 截至目前共签订责任书12份 alone (round 64, gdb): a total the two above leave, no record, the deeds
  // asked one by one; after them, so their wording stays theirs.
  periodTotalReply,
  // 「昨天自学了《廉洁自律准则》」: the sender's own study, said plainly that it counts toward no duty (round 27b); before the query.
  selfStudyReply,
  // 「节前廉政提醒今天已发全体职工」: a reminder passed on records nothing, said plainly (t28 B35); before the query.
  reminderSentReply,
  // 「今天下发了信息报送通知」: a notice about a duty sent out records nothing, said plainly (round 51 fzaa); before the query.
  dutyNoticeSentReply,
  // 「起草了《…责任书》」: drafting or issuing the paper signs nothing, said plainly (r2); before the query and the report.
  documentWorkReply,
  // 参加了市残联警示教育大会 alone (t51b F5): the attended event named as not recorded; before the query and the report.
  attendedElsewhereReply,
  // 参加人数也要填吗？ with nothing waiting (round 69, gid; t71c: 没看懂): whether the field is needed; last before the query
  // (which read none of them), so every reader of a rule, a term or a how-to question keeps its words.
  fieldAskedReply,
  // A question is never a document request (「述廉报告交了吗」): query declines 导出/生成 wording itself.
  query,
  // After reportForm (「填报台账」 is a form), before the dialog (「导出台账」 mid-dialog still exports).
  exportLedger,
  yearEnd,
  // 「11月10号。另外11月24号我还和张颖谈了心」 to 「是哪一天？」: the answer and a new report, before either takes it whole.
  answerAndReport,
  dialogAnswer,
  report,
  // After report: a message read as no report that still tells of work done is told why nothing was recorded.
  outsideCatalogueIntent,
  fallback,
];
