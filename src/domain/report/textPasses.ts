// The report parser's text passes, in the order parseReport applies them before it splits a message into entries.
import { withCommaAfterOpener } from './openerBeforeSubject.js';
import { withOwnPartyRespective, withoutDoersParty } from './doersParty.js';
import { withTwoTalkKindsApart } from './twoTalkKinds.js';
import { withCountedLeadOverBreakdown } from './countedLeadOverBreakdown.js';
import { withBareCheckVerb, withLedVisitsChecked } from './bareCheckVerb.js';
import { withBesidesBeforeSubject } from './besidesSubject.js';
import { withSentenceSubjectPronoun } from './sentenceSubjectPronoun.js';
import { withCountedPaperTitlesJoined, withStudiedTitlesJoined } from './countedPaperTitles.js';
import { withStandInPlain } from './standIn.js';
import { withLedgerGlanceChecked, withRecordsInspected } from './recordsInspected.js';
import { withCountedKindsApart } from './countedKindsApart.js';
import { withCountedDeedsApart } from './countedDeedsApart.js';
import { withCountedLeadOverItems } from './countedLeadOverItems.js';
import { withLeadOverDatedItems } from './leadOverDatedItems.js';
import { withCountedTalkLeadDoer } from './countedTalkLeadDoer.js';
import { withSpokenStudyDone } from './spokenStudyDone.js';
import { withCountBeforeDays } from './countBeforeDays.js';
import { withKindAfterList } from './kindAfterList.js';
import { withAccountSubjectOnItems } from './accountSubjectOnItems.js';
import { withConnectiveBeforeDayApart } from './connectiveBeforeDay.js';
import { withCountedPiecesApart } from './countedPiecesApart.js';
import { withDepartmentPaperItems } from './departmentPaperItems.js';
import { withPaperHandedTo } from './paperHandedTo.js';
import { withTitledPaperSent } from './titledPaperSent.js';
import { withMeetingTopicTitled } from './meetingTopicTitled.js';
import { withRestatedDay } from './restatedDay.js';
import { withTitledDoers } from './titledDoers.js';
import { withLectureFields } from './lectureFields.js';
import { withoutSectionHeadings } from './sectionHeading.js';
import { withDayOverLabels } from './dayOverLabels.js';
import { withNextDaySpelled } from './nextDaySpelled.js';
import { withMonthWordsSpelled } from './monthWordSpelled.js';
import { withLeadMonthDays } from './leadMonthDays.js';
import { withWeekSpanWeekday } from './weekSpanWeekday.js';
import { withSpanOpeningJoined } from './spanOpeningJoined.js';
import { withMonthsCounted } from './monthsCounted.js';
import { withDayEntriesTypeOnce } from './dayEntriesTypeOnce.js';
import { withKindAfterEntries } from './kindAfterEntries.js';
import { withOneLineFields } from './oneLineFields.js';
import { withPairColumn } from './pairColumn.js';
import { withCollatedKind } from './collatedKind.js';
import { withWeekOverList } from './weekOverList.js';
import { withoutUnitCountBeforeAll } from './unitCountBeforeAll.js';
import { withWeekdayListsSpelled } from './weekdayList.js';
import { withSpacedDayLists } from './spacedDayList.js';
import { withSpacedDayPairs } from './spacedDayPairs.js';
import { withSpacedClauseOpeners } from './spacedClauseOpeners.js';
import { withSpacedAttendeeNames } from './spacedAttendeeNames.js';
import { withSpokenTitleLead } from './spokenTitleLead.js';
import { withSpacedDepartmentLists } from './spacedDepartmentLists.js';
import { withRunTogetherDepartments } from './runTogetherDepartments.js';
import { withOwnUnitCounted } from './ownUnitCounted.js';
import { withSenderUnitWhole } from './senderUnitWhole.js';
import { withLaterTimeJoined } from './laterTimeJoined.js';
import { withSpacedInstances } from './spacedInstances.js';
import { withDayOfJointCheck } from './dayOfJointCheck.js';
import { withPaperSubjectTitled } from './paperSubjectTitled.js';
import { withTentativeTitle } from './tentativeTitle.js';
import { withTypeAskedHedged } from './typeAskedHedged.js';
import { withSummedKindDropped } from './summedKindDropped.js';
import { withCommaDayLists } from './commaDayLists.js';
import { withSlashDayLists } from './slashDayLists.js';
import { withShortDayListsSpelled } from './shortDayList.js';
import { withRespectiveDoers } from './respectiveDoers.js';
import { withGroupBreakdownDays } from './groupBreakdownDays.js';
import { withGroupSignsWith, withOwnStaffSigning } from './groupSignsWith.js';
import { withDepartmentSignsWith } from './departmentSignsWith.js';
import { withSupervisorSideFirst } from './supervisorSideFirst.js';
import { withShortDepartmentsSpelled } from './shortDepartments.js';
import { withJoinedDeedsApart } from './joinedDeedsApart.js';
import { withoutForgottenDay } from './forgottenDay.js';
import { reminderAsTalk } from './reminderAsTalk.js';
import { withTalkContentReminder } from './talkContentReminder.js';
import { withShortTitles } from './shortTitles.js';
import { withRelayLead } from './relayLead.js';
import { withoutReportedAside } from './reportedAside.js';
import { withOurCollectiveTalk } from './ourCollectiveTalk.js';
import { withPairedNames } from './pairedNames.js';
import { withReportedSpeech } from './reportedSpeech.js';
import { withLedSceneApart } from './ledClauseApart.js';
import { withActiveTalk } from './passiveTalk.js';
import { withoutRestatedOrganisers } from './restatedOrganisers.js';
import { withOrdinalDoers } from './ordinalDoers.js';
import { withLectureOccasions } from './lectureOccasions.js';
import { withEchoedDeed } from './echoedDeed.js';
import { withLaterNamedDays, withLaterPersonDays } from './laterPersonDays.js';
import { withDayNamePairs } from './dayNamePairs.js';
import { withFrontedPeople } from './frontedPeople.js';
import { withPersonFirstClauses } from './personFirstClause.js';
import { withElidedDeed } from './elidedDeed.js';
import { withElidedVisitDeed } from './elidedVisitDeed.js';
import { withVerbOnlyDoneNamed } from './verbOnlyDone.js';
import { withElidedCountDeed } from './elidedCountDeed.js';
import { withSpokenJoins } from './spokenJoins.js';
import { withSuperiorToMeItems } from './superiorToMeItem.js';
import { withRunTogetherDays } from './runTogetherDays.js';
import { withBracketedDayPlaces } from './bracketedDayPlaces.js';
import { withRespectiveDayDepartments } from './respectiveDayDepartments.js';
import { withCountedDayPlaces } from './countedDayPlaces.js';
import { withSupervisedLeadersGroup } from './supervisedLeadersGroup.js';
import { withTrailingRespectiveDays } from './trailingRespectiveDays.js';
import { withPairedInstanceDays } from './pairedInstanceDays.js';
import { withEachVisit } from './eachVisit.js';
import { talkBeforeSigning } from './talkBeforeSigning.js';
import { formAsSentence } from './formAsSentence.js';
import { withMergedCellRows } from './mergedCellRows.js';
import { withoutTableRules } from './withoutTableRules.js';
import { tableAsSentences } from './tableRows.js';
import { withHeaderlessRowColumns } from './headerlessRowColumns.js';
import { normalizeText } from './parseNormalize.js';
import { withTalkTallyPairs } from './talkTallyPair.js';
import { withoutContentLabels } from './contentLabels.js';
import { withoutFormClerks } from './formClerks.js';
import { withDottedSpans } from './dottedSpan.js';
import { withOnlyCentre } from './onlyCentre.js';
import { withDiscussionBeforeDeed } from './sameDeedDiscussed.js';
import { withUnitBranchSpelled } from './unitBranchSpelled.js';
import { withOwnUnitVisited } from './ownUnitVisited.js';
import { withGroupTalkAddressee } from './groupTalkAddressee.js';
import { withCountedDeedDays } from './countedDeedDays.js';
import { withSubtotalOverItems } from './subtotalOverItems.js';
import { withDayPerSentence } from './dayPerSentence.js';
import { withGroupOverDayList } from './groupOverDayList.js';
import { withBreakdownOverSummary } from './breakdownOverSummary.js';
import { withHeadlineOverItems } from './headlineOverItems.js';
import { withTypedLeadOverItems } from './typedLeadOverItems.js';
import { withSelfLeadingCompanion } from './selfLeadingCompanion.js';
import { withCompanionsUnitUnsaid } from './companionsUnitUnsaid.js';
import { withTalkKindAfter } from './talkKindAfter.js';
import { withVisitedGroupNamed } from './visitedGroupNamed.js';
import { withKindPerPerson } from './kindPerPerson.js';
import { withBreakdownWordAsColon } from './breakdownWordAsColon.js';
import { withDoersEachWithDay } from './doersEachWithDay.js';
import { withLateDay } from './lateDay.js';
import { withWeekdayAfterWeek } from './weekdayAfterWeek.js';
import { withoutOtherThingDays } from './otherThingDay.js';
import { withoutTheirsAfterVisit, withTheirsOfVisitBefore } from './theirsAfterVisit.js';
import type { TextPass } from './textPass.js';
import { withoutReplyLead } from './replyLead.js';
import { withBareTimeOfDayToday } from './bareTimeOfDayToday.js';
import { withJointLeaderCheck } from './jointLeaderCheck.js';
import { withCheckFindingsReferred } from './checkFindingsReferred.js';
import { withDottedItemDays } from './dottedItemDays.js';
import { withSpacedDottedDays } from './spacedDottedDays.js';

/**
 * The passes over the raw message, up to the reading of a corrected day (readCorrection, which returns more than text).
 *
 * The order matters: each pass reads the text the passes before it wrote, and many match only a shape an earlier one
 * wrote — a labelled field, a table column or a 台账 row written as a sentence, a day list spelled item by item (本周一、
 * 本周三), a short title written whole (孙科长), a passive or reported talk turned into the doer's own sentence — so a
 * pass that writes a shape comes before every pass that reads it. tableAsSentences and withMergedCellRows read cells
 * parted by tabs, which normalizeText turns into single spaces, so they come before it; the passes after normalizeText
 * see only ASCII punctuation and simplified characters. A new pass goes after the passes whose output it reads and
 * before those that read its own; the trace (PassTrace) shows which passes changed a given message.
 */
export const TEXT_PASSES: readonly TextPass[] = [
  // 不是查询，是上报：… · 补报一下：… (round 54, fjc; t56b F3): a reply to the bot's misreading is no part of the deeds after it.
  { name: 'withoutReplyLead', run: (text) => withoutReplyLead(text) },
  // 上午到宣文部和王磊…谈了话 昨天还和何平谈了心 (round 62, gba; t64a: all on 昨天): a bare 上午 opening the message is today's.
  { name: 'withBareTimeOfDayToday', run: (text) => withBareTimeOfDayToday(text) },
  // 办公室 财务科两个部门全体人员 → 办公室 财务科全体人员 (round 61, the merge; t64a F2): the count hid the 全体 from its reader.
  { name: 'withoutUnitCountBeforeAll', run: (text) => withoutUnitCountBeforeAll(text) },
  // 郑部长11月份：A；B；C · 赵书记…来我们宣文部两次，一次是A，一次是B (round 57, feb; t59b F2, F4): the one an account opens
  // with did each of its items that names no subject of its own.
  { name: 'withAccountSubjectOnItems', run: (text, env) => withAccountSubjectOnItems(text, env) },
  // 另外今天上午赵书记和我… (round 57, feb; fga's left-alone): a connective before the clause's day set apart by a comma.
  { name: 'withConnectiveBeforeDayApart', run: (text) => withConnectiveBeforeDayApart(text) },
  // 报送信息2篇：《A》；《B》 (round 52, fwee; issue 10: 《B》 stored as a study of its own): the titles listed after a count
  // of papers are those papers' titles, one run of titles before ； splits the clauses.
  { name: 'withCountedPaperTitlesJoined', run: (text) => withCountedPaperTitlesJoined(text) },
  // 组织学习《A》；《B》 (round 53, fke): the titles after one study verb are that study's, never a second deed or dropped.
  { name: 'withStudiedTitlesJoined', run: (text) => withStudiedTitlesJoined(text) },
  // …周五又到维权部参加了他们的专题会议 (t49a F3: two more talks with those named before): 他们的 is the department visited.
  { name: 'withoutTheirsAfterVisit', run: (text) => withoutTheirsAfterVisit(text) },
  { name: 'withTheirsOfVisitBefore', run: (text, env) => withTheirsOfVisitBefore(text, env.directory) },
  // 周一学的八项规定实施细则 (t47a F1: not read at all): the spoken 学的/看的 of a dated deed is 学了/看了.
  { name: 'withSpokenStudyDone', run: (text) => withSpokenStudyDone(text) },
  // 部里这周学了两次：周一…，周三…，都是我组织的 (t47a F1): a counted lead of no kind heads its dated items, no deed of its own.
  // 本月赵书记共谈心谈话3次：11月2日与王磊，… (round 55, fhe): the one before a counted talk lead whose items name whom did
  // the talks; written 赵书记共开展谈心谈话3次 before the lead readers see it.
  { name: 'withCountedTalkLeadDoer', run: (text, env) => withCountedTalkLeadDoer(text, env.names) },
  { name: 'withCountedLeadOverItems', run: (text, env) => withCountedLeadOverItems(text, env.names) },
  // 本月警示教育2次，其中12月2日组织观看…；12.4赵敏书记…讲授廉政党课 (round 62, gba; t64a: the lead a record of its own, its day
  // asked): a counted lead over items each with its own day and deed only counts them; the items are written as sentences.
  { name: 'withLeadOverDatedItems', run: (text, env) => withLeadOverDatedItems(text, env.names) },
  // …联合开展作风纪律检查，11月17日对两个部门的…进行了抽查 (round 50 fya, fxb left-alone 4): the day is the check's, no third check.
  { name: 'withDayOfJointCheck', run: (text) => withDayOfJointCheck(text) },
  // 11月9日查办公室 · 去康复中心查了专项资金 (round 41, t41a F18): the bare verb 查 of a department or of funds is 检查.
  // 1.11月4日到财务科 2.11月18日到康复中心，均由本人带队 (round 54, fjc): visits all led by one are that one's checks.
  { name: 'withLedVisitsChecked', run: (text, env) => withLedVisitsChecked(text, env.directory) },
  { name: 'withBareCheckVerb', run: (text, env) => withBareCheckVerb(text, env.directory) },
  // …，另外陈志强副理事长周三到我们部检查了… (round 52, fwb; t54b F4: the check given to the sender): 另外 before a clause's own
  // person subject only joins it; the person is its doer, as after a bare comma.
  { name: 'withBesidesBeforeSubject', run: (text, env) => withBesidesBeforeSubject(text, env.directory) },
  // 张书记周四到康复中心调研。⏎他与何平、徐辉分别进行了廉政谈话。 (round 56, fga; t58a F5: the talks given to the clerk): 他/她/其
  // opening a line or sentence is the one person the sentence before opened on.
  { name: 'withSentenceSubjectPronoun', run: (text, env) => withSentenceSubjectPronoun(text, env.directory, env.senderId) },
  // 孙科长出差了，我代她组织了… (round 41, t41a F10): the sender standing in held the deed.
  { name: 'withStandInPlain', run: (text) => withStandInPlain(text) },
  // 上周五（11月27日）张书记主持… (round 35a, F5: the chair lost): a day restated in brackets, written once, before any day is read.
  { name: 'withRestatedDay', run: (text, env) => withRestatedDay(text, env.today) },
  // 本月3日、5日 (f2): a month word before a day is that month written out, so its day list reads as 11月3日、5日 does.
  { name: 'withMonthWordsSpelled', run: (text, env) => withMonthWordsSpelled(text, env.today) },
  // 11月份我们部里：3号跟张颖聊了聊…；12号… (round 42, t42a F1: 3号 stored as this month's): a bare day under a month lead is of it.
  { name: 'withLeadMonthDays', run: (text, env) => withLeadMonthDays(text, env.today) },
  // 上周…开展了廉政教育，大概是周四 (round 46 frg K6: this week's 周四 on the card): a bare weekday after 上周 is of that week.
  { name: 'withWeekSpanWeekday', run: (text) => withWeekSpanWeekday(text) },
  // 本周一至周三，我分别与… (t52b F2: every talk on 本周一, no note): a span opening the sentence stands on its deed.
  { name: 'withSpanOpeningJoined', run: (text, env) => withSpanOpeningJoined(text, env.names) },
  // 6月和11月分别与… · 6月和11月各开展了一次… (round 30a, F5): the deed once a month, counted, its days asked.
  { name: 'withCountedKindsApart', run: (text) => withCountedKindsApart(text) },
  // 本月签订责任书2份、开展廉政谈话1次 (round 59, fca; fda's left-alone: the talk dropped): two counted deeds of different
  // kinds joined by 、/和 are two deeds, written apart as 「…2份，开展廉政谈话1次」 is read.
  { name: 'withCountedDeedsApart', run: (text) => withCountedDeedsApart(text) },
  // 顺便看了看财务科的台账 (round 42, t42a F4: the look dropped): a casual look at a 台账 is 查看了, a check asked its type.
  { name: 'withLedgerGlanceChecked', run: (text) => withLedgerGlanceChecked(text) },
  { name: 'withRecordsInspected', run: (text) => withRecordsInspected(text) },
  // 10月、11月分别对办公室、财务科… (t39a F14): months paired with departments before withMonthsCounted makes them 两次.
  { name: 'withRespectiveDayDepartments', run: (text) => withRespectiveDayDepartments(text) },
  { name: 'withMonthsCounted', run: (text) => withMonthsCounted(text) },
  // …11月16日…主持召开…。次日分别与… (issue 10 F1's kin): 次日 is the day after the one written before it.
  { name: 'withNextDaySpelled', run: (text, env) => withNextDaySpelled(text, env.today) },
  // 昨天谈心谈话：李明；廉政谈话：孙丽 (round 28, n28): the day said once over labelled clauses is each clause's.
  { name: 'withDayOverLabels', run: (text) => withDayOverLabels(text) },
  // （二）谈话提醒。 · 二、廉政谈话情况 in a pasted 小结 (round t24, D): a numbered sub-heading is no deed of its own.
  { name: 'withoutSectionHeadings', run: (text, env) => withoutSectionHeadings(text, env.names) },
  // 时间：…⏎主讲人：张伟⏎题目：… with no kind word: the lecture it stands for, its kind read from who gave it or asked.
  { name: 'withLectureFields', run: (text, env) => withLectureFields(text, env.directory) },
  // 本月检查3次：11月4日（康复部）、…，均为作风纪律检查 (round 38, t37c F2): the kind said after the items goes in the head.
  { name: 'withKindAfterList', run: (text, env) => withKindAfterList(text, env.today) },
  // 报送廉政信息2篇、调研报告1篇 (round 38): counted pieces of two kinds, each its own deed with its own count.
  { name: 'withCountedPiecesApart', run: (text) => withCountedPiecesApart(text) },
  // 作风纪律检查3次，11月3日对各部室，…: the days after a counted kind are each one of it, as after a colon.
  { name: 'withCountBeforeDays', run: (text) => withCountBeforeDays(text) },
  // …谈话3次：…，11月26日陈志强副理事长与我。 (round 37, t37b F2): an item 「name 与我」 is that person's talk with the sender.
  { name: 'withSuperiorToMeItems', run: (text) => withSuperiorToMeItems(text) },
  // 张伟以《A》为题、刘芳以《B》为题，分别讲授廉政党课 (f3): each doer and title before the one deed, as two sentences.
  { name: 'withTitledDoers', run: (text, env) => withTitledDoers(text, env.names) },
  // 张伟书记于11月24日、王建国副理事长于11月25日，分别讲授了廉政党课 (round 34a, F7): one sentence per doer on their own day.
  { name: 'withDoersEachWithDay', run: (text, env) => withDoersEachWithDay(text, env.names) },
  // A 台账 row typed on one line (谈话人：X｜谈话对象：Y｜记录人：Z) is the sentence it stands for, and so is each row of
  // a 谈话人—对象 column (f24, round 22u C1/C2/E2).
  // 11月25号书记和刘芳 11月26号书记和赵敏 廉政谈话 (f2): day–people entries with the deed said once at the end, each
  // entry its own deed first.
  { name: 'withDayEntriesTypeOnce', run: (text, env) => withDayEntriesTypeOnce(text, env.names) },
  // 王建国副理事长11月9日与李明、孙丽；陈志强副理事长11月16日与郑华。均为廉政谈话。 (round 39, t38a F12): verbless entries of
  // doer, day and people, the kind said once after them or in their heading: each entry with the deed written after it.
  { name: 'withKindAfterEntries', run: (text, env) => withKindAfterEntries(text, env.names) },
  { name: 'withOneLineFields', run: (text, env) => withOneLineFields(text, env.directory) },
  { name: 'withPairColumn', run: (text, env) => withPairColumn(text, env.directory) },
  // A collating heading's kind (统计了一下…讲党课情况：) goes to its bare clauses first (g24).
  { name: 'withCollatedKind', run: (text) => withCollatedKind(text) },
  // 上周三、前天,黄书记分两次带队对康复中心、财务科开展… (round 36a F9): days and places paired in order, the doer on each.
  { name: 'withCountedDayPlaces', run: (text) => withCountedDayPlaces(text) },
  // 上周分别于周一、周三… (round 26, W3): the week said once scopes each weekday of the list.
  { name: 'withWeekOverList', run: (text) => withWeekOverList(text) },
  { name: 'withWeekdayListsSpelled', run: (text) => withWeekdayListsSpelled(text) },
  // 11.24 11.26两次作风检查 (round 29b, K3): days parted by a space only are a list.
  { name: 'withSpacedDayLists', run: (text) => withSpacedDayLists(text) },
  // 这周一和王芳 周二和胡军分别廉政谈话 (r47 fse kind 2): day–person pairs parted by a space only are pairs of a list.
  { name: 'withSpacedDayPairs', run: (text) => withSpacedDayPairs(text) },
  // 和孙丽 王强分别… · 到财务科 检查了… · 观看了警示片 我也参加了 (round 47, t50a F2–F5): a space for a comma before a clause
  // opener, and between two names after 和/与, as typed with the commas.
  // 周五又和组联部 康复部开了分管科室会议 (round 49, t51a F3: 组联部 lost, the clause cut at the space): departments a list.
  { name: 'withSpacedDepartmentLists', run: (text, env) => withSpacedDepartmentLists(text, env.directory) },
  // …，组联部康复部共25人参加 (round 69, gib; t71c: 康复部 dropped): departments run together before who took part a list.
  { name: 'withRunTogetherDepartments', run: (text, env) => withRunTogetherDepartments(text, env.directory) },
  // 孙科长上周三和我们科里3个人都谈了话 (round 69, gib; t71c: no one read): the sender's unit word with a count, by its name.
  { name: 'withOwnUnitCounted', run: (text, env) => withOwnUnitCounted(text, env.directory, env.senderId) },
  // 本月初全体党员签订了廉洁从业承诺书，共14人 (round 69, gib; t71c: 和谁 asked) from a unit's member: the unit's 全体.
  { name: 'withSenderUnitWhole', run: (text, env) => withSenderUnitWhole(text, env.directory, env.senderId) },
  // 片子叫 一念之差 十五个人 · 讲的是 守住底线 (round 49, fwc task 1: 《片子叫》, or the count run into the title): a title said
  // after a space is the words after 叫/是, up to a count or clause after a space.
  { name: 'withSpokenTitleLead', run: (text) => withSpokenTitleLead(text) },
  // …开了个廉政工作会 郑华 冯雪参加 (round 60, fbf; t62b F3: 郑华 asked as the chair): spaced names before 参加 a clause of their own.
  { name: 'withSpacedAttendeeNames', run: (text, env) => withSpacedAttendeeNames(text, env.names) },
  { name: 'withSpacedClauseOpeners', run: (text, env) => withSpacedClauseOpeners(text, env.names) },
  // …谈了心，过了几天，又到财务科检查了… (round 49, t51a F3 kind b: the check on the talk's day): the later time opens its deed.
  { name: 'withLaterTimeJoined', run: (text) => withLaterTimeJoined(text) },
  // 开了两次廉政教育 一次是11月6号 一次是11月20号 · 一次10月9号一次10月23号 (round 48, fte): each counted item its own clause.
  { name: 'withSpacedInstances', run: (text) => withSpacedInstances(text) },
  // 报送廉政信息一篇 残联开展警示教育月活动 (round 47, t50c F1: the subject read as a second deed): the paper's title.
  { name: 'withPaperSubjectTitled', run: (text) => withPaperSubjectTitled(text) },
  // 讲了一次廉政党课 题目还没定 就叫廉洁从医吧 (r47 fse kind 5: dropped as denied and asked): the title for now, as 《》.
  { name: 'withTentativeTitle', run: (text) => withTentativeTitle(text) },
  // …张颖和我两个人，这个算廉政教育吗 (round 48, fte; r47 fse #8: dropped as a question): the deed, its type proposed as a hedge.
  { name: 'withTypeAskedHedged', run: (text) => withTypeAskedHedged(text) },
  // 昨天和陈静谈了心，前天又谈了一次，两次都是谈心 (round 48, fte: the second talk asked 和谁): the closing kind already said.
  { name: 'withSummedKindDropped', run: (text) => withSummedKindDropped(text) },
  { name: 'withCommaDayLists', run: (text) => withCommaDayLists(text) },
  // 11.3/11.17分别组织学习 (round 44, fqd kind 4: no report, or the second day dropped): a slash parts a day list as 、.
  { name: 'withSlashDayLists', run: (text) => withSlashDayLists(text) },
  { name: 'withShortDayListsSpelled', run: (text) => withShortDayListsSpelled(text) },
  // 各分管领导分别到分管科室开展廉政谈话 (round 36a F10): the leaders as a group, with the heads they supervise.
  { name: 'withSupervisedLeadersGroup', run: (text) => withSupervisedLeadersGroup(text) },
  // 班子成员分别与分管科室负责人…。其中，王建国11月10日谈话，… (round 33c, A12): each leader's own sentence on their day.
  { name: 'withGroupBreakdownDays', run: (text, env) => withGroupBreakdownDays(text, env.directory) },
  // 班子成员分别与我签订… from the secretary (issue 10): the leader side signs with the group, written as its subject.
  // 各部室负责人组织本部门人员签订了… (round 37, t36c F2): each head with their own people, 全体 written for the group readers.
  // 办公室11月6日与李明签订；财务科11月7日与孙丽签订 (round 59, fcd): a department in the doer's place signs through its 分管领导.
  { name: 'withDepartmentSignsWith', run: (text, env) => withDepartmentSignsWith(text, env.directory) },
  { name: 'withOwnStaffSigning', run: (text) => withOwnStaffSigning(text) },
  { name: 'withGroupSignsWith', run: (text, env) => withGroupSignsWith(text, env) },
  // 孙丽科长与分管领导签订… (round 46, frh): the head's own 分管领导 is the doer, written first as 「分管领导与孙丽科长」.
  { name: 'withSupervisorSideFirst', run: (text, env) => withSupervisorSideFirst(text, env.directory, env.senderId) },
  // 张伟书记、赵敏书记一行到维权部调研，…随后分别与冯雪、赵磊… (round 41, t40b F18): the named doers are the party, as without 一行.
  { name: 'withoutDoersParty', run: (text, env) => withoutDoersParty(text, env.names) },
  { name: 'withOwnPartyRespective', run: (text, env) => withOwnPartyRespective(text, env.names) },
  // 我和陈志强分别与周涛、郑华… (round 25b §5): the sender's item and X's, spelled as two sentences first.
  { name: 'withRespectiveDoers', run: (text, env) => withRespectiveDoers(text, env.directory, env.senderId, env.today) },
  // 办公室、财务的负责人 (round 25b §10): a department written short in a list is spelled out (or, when it fits two,
  // asked at the end).
  { name: 'withShortDepartmentsSpelled', run: (text, env) => withShortDepartmentsSpelled(text, env.directory) },
  { name: 'withJoinedDeedsApart', run: (text) => withJoinedDeedsApart(text) },
  // …，具体哪天忘了 is no question (h24, round 24b).
  { name: 'withoutForgottenDay', run: (text) => withoutForgottenDay(text) },
  // A talk's content (主要是提醒他…) is no second talk, and 算谈心谈话吧 after an untyped talk is its kind (round 31g, X3).
  { name: 'withTalkContentReminder', run: (text) => withTalkContentReminder(text) },
  // A reminder counted as a talk (…算是一次廉政谈话吧) is that talk (h24, round 24b).
  { name: 'reminderAsTalk', run: (text) => reminderAsTalk(text) },
  // 孙科 is 孙科长.
  { name: 'withShortTitles', run: (text, env) => withShortTitles(text, env.directory.org.people) },
  // 转书记的话：… · 书记交代：… · 替何平主任：… · 【代王建国报】…: the leader the lead names is the doer (round 29b, K1).
  // （这个胡军已经报过了） names who reported it, never one talked to (round 43, t44a F2).
  { name: 'withoutReportedAside', run: (text, env) => withoutReportedAside(text, env.names) },
  // 跟我们集体谈话: the sender's department, everyone (round 43, t44a F2).
  { name: 'withOurCollectiveTalk', run: (text) => withOurCollectiveTalk(text) },
  // 12月3日⇥周涛⇥全体人员⇥签订廉政承诺书 (round 62, gba; t64a: the clerk's signing with 周涛): a headerless row of day · doer ·
  // whom · what is read (before withPairedNames joins its two name cells) under the header 日期⇥负责人⇥对象⇥形式.
  { name: 'withHeaderlessRowColumns', run: (text, env) => withHeaderlessRowColumns(text, env.directory, env.senderId) },
  { name: 'withRelayLead', run: (text, env) => withRelayLead(text, env.names) },
  // 11.27 王建国 李明 谈心谈话 (round 29b, K4): two names side by side before a talk are the superior's talk with the other.
  { name: 'withPairedNames', run: (text, env) => withPairedNames(text, env.directory, env.senderId) },
  // A talk X told the sender of (X说…) is X's (round 24b).
  { name: 'withReportedSpeech', run: (text, env) => withReportedSpeech(text, env.names) },
  // A group led through no deed (X带领…重温入党誓词，随后与Y签订…) only sets the scene of X's deed with Y (round 43).
  { name: 'withLedSceneApart', run: (text, env) => withLedSceneApart(text, env.names) },
  // A talk said in the passive (被X约谈) is X's (round 23, F1).
  { name: 'withActiveTalk', run: (text) => withActiveTalk(text) },
  // 分两次讲授廉政党课，第一次由王建国主持，张伟书记主讲；第二次… (issue 10, cc4): one lecture per occasion, its 主讲's, never the chair's.
  { name: 'withLectureOccasions', run: (text, env) => withLectureOccasions(text, env.names) },
  // …分两次…检查，第一次由黄志刚带队，第二次由我带队 (round 33c, A13): the doers in the order of the days, as 分别由X、Y.
  { name: 'withOrdinalDoers', run: (text, env) => withOrdinalDoers(text, env.senderName) },
  // …宣文部和康复中心分别开展了警示教育，王磊、何平各自组织: the heads restated, no second pair of deeds (round 28b, K3).
  { name: 'withoutRestatedOrganisers', run: (text, env) => withoutRestatedOrganisers(text, env.directory) },
  // 陈志强11月21日也讲了一次 · 李明11月21日也报了 · 11月17日又开了一次: the kind of the clause before, written out (round 28b, K2).
  { name: 'withEchoedDeed', run: (text, env) => withEchoedDeed(text, env.names) },
  // 和王建国的廉政谈话是昨天，和刘芳是前天: 刘芳's talk on her own day (round 27b), not the first one's.
  { name: 'withLaterPersonDays', run: (text, env) => withLaterPersonDays(text, env.names) },
  // 11月24日和王建国进行了廉政谈话，刘芳是26号 (round 59, fcf): Y是D2 after a dated deed with X is the same deed with Y on D2.
  { name: 'withLaterNamedDays', run: (text, env) => withLaterNamedDays(text, env.names) },
  // …分别找王磊和何平谈了话，周一王磊周三何平: each person on their own day, never 王磊 talking with 何平 (n25).
  { name: 'withDayNamePairs', run: (text, env) => withDayNamePairs(text, env.names, env.today) },
  // People fronted before 我都谈完了 are those talked to (h24, round 24b).
  { name: 'withFrontedPeople', run: (text, env) => withFrontedPeople(text, env.names) },
  // …，李娟那边周一也谈了 is a talk with 李娟 on 周一 (h24, round 24b).
  { name: 'withPersonFirstClauses', run: (text, env) => withPersonFirstClauses(text, env.names) },
  // 计划下周和部门同志签订廉洁承诺书，昨天已经和赵磊签了 (l3, issue 10): the bare verb does the deed named before it.
  { name: 'withVerbOnlyDoneNamed', run: (text, env) => withVerbOnlyDoneNamed(text, env.directory, env.names) },
  // 今天跟王强谈心谈话，昨天跟李娟 is a second talk on its own day (h24, round 24b).
  { name: 'withElidedDeed', run: (text, env) => withElidedDeed(text, env.names) },
  { name: 'withElidedCountDeed', run: (text) => withElidedCountDeed(text) },
  // 上午去组联部抽查了考勤，下午又去了维权部 is a second check at 维权部 (round 40, t39a F29).
  { name: 'withElidedVisitDeed', run: (text) => withElidedVisitDeed(text) },
  // Days run together (3号10号), 「检查3次（…）」 day+place lists, a spoken 然后 and days told after a 分别 deed are put in
  // the shapes read below, so no item of them is lost (round 22, K2/K3/K5).
  { name: 'withSpokenJoins', run: (text) => withSpokenJoins(text) },
  { name: 'withRunTogetherDays', run: (text) => withRunTogetherDays(text) },
  // 11月5日、11月12日分别参加了办公室、财务科的…会议 (l3, issue 10): days and departments paired in order, a clause each.
  { name: 'withBracketedDayPlaces', run: (text) => withBracketedDayPlaces(text) },
  // …分别谈了话，一次是2号一次是3号: one day per person, in order (round 48, t51a F2).
  { name: 'withPairedInstanceDays', run: (text, env) => withPairedInstanceDays(text, env.names) },
  { name: 'withTrailingRespectiveDays', run: (text) => withTrailingRespectiveDays(text) },
  // 先后到A、B开展廉政谈话，11月12日与X谈，11月19日与Y谈 · …开展了廉政谈话。其中，X于D与A谈话… (round 40, t39b F1, t39a F18):
  // the items with the lead's kind, the lead no talk of its own.
  { name: 'withTypedLeadOverItems', run: (text) => withTypedLeadOverItems(text) },
  // 带林晓到教就部开展作风纪律检查 with no subject (round 40, t40a F14): the sender led it, the one they outrank went along.
  { name: 'withSelfLeadingCompanion', run: (text, env) => withSelfLeadingCompanion(text, env) },
  // 上周三带着办公室两个同志到财务科检查 (round 66, gfh; t69a F5a): the unit of those taken along is no place checked.
  { name: 'withCompanionsUnitUnsaid', run: (text) => withCompanionsUnitUnsaid(text) },
  // 又跟何平主任谈了一次，是廉政谈话 (round 40, t40a F13): the kind said after a bare talk is that talk's.
  { name: 'withTalkKindAfter', run: (text) => withTalkKindAfter(text) },
  // 到康复部开展调研，…，会后又与部门同志逐一谈心谈话 (round 40, t40a F9): the visited department's people.
  { name: 'withVisitedGroupNamed', run: (text, env) => withVisitedGroupNamed(text, env) },
  // Then 「两次都…谈了心」 once per visit (n22).
  { name: 'withEachVisit', run: (text) => withEachVisit(text) },
  // 谈了廉政 before a signing is a 廉政谈话 (q22, B1).
  { name: 'talkBeforeSigning', run: (text) => talkBeforeSigning(text) },
  { name: 'formAsSentence', run: (text, env) => formAsSentence(text, env.names) },
  // |---|---| under a Markdown table's header (round 43, t44b F5's kin): a drawn rule, no row; before any pass reads cells.
  { name: 'withoutTableRules', run: (text) => withoutTableRules(text) },
  // A merged cell's continuation row (\t\t\t\t李娟) goes on the row above (round 20u).
  { name: 'withMergedCellRows', run: (text, env) => withMergedCellRows(text, env.senderName) },
  // A 台账 pasted from Excel is the sentences its rows stand for; any other text is left as it is.
  { name: 'tableAsSentences', run: (text, env) => tableAsSentences(text, env.directory, env.senderId) ?? text },
  { name: 'withCommaAfterOpener', run: (text, env) => withCommaAfterOpener(text, env.directory) },
  { name: 'normalizeText', run: (text) => normalizeText(text) },
  // 赵敏书记会同黄志刚书记对康复中心开展了作风纪律检查 (round 63, gcd; t65a F6: asked who led it): the one the clause opens
  // with led the check, the one joined with 会同 went along, written 带领 as the companion readers read it.
  // …约谈了何平，就近期检查中发现的考勤问题提出整改要求 (round 64, gdd: a second record, a check on the talk's day): what an
  // earlier check found, taken up by a deed, is no check done then.
  { name: 'withCheckFindingsReferred', run: (text) => withCheckFindingsReferred(text) },
  // 会后，大家围绕党课内容开展了讨论，并签订了廉洁承诺书 (round 69, gie): the discussion is the 党课's, the signing a deed of its own.
  { name: 'withDiscussionBeforeDeed', run: (text) => withDiscussionBeforeDeed(text) },
  { name: 'withJointLeaderCheck', run: (text, env) => withJointLeaderCheck(text, env.directory.org.people, env.directory.org.departments.flatMap((d) => [d.name, ...d.aliases])) },
  // 本月我科共开展廉政教育2次，其中12月1日学习…，12.3观看… (round 63, gcd; gba's left-alone: the lead a third record): a
  // dotted day opening an item after a counted lead is written 12月3日, as the counted-deed readers open items.
  { name: 'withDottedItemDays', run: (text) => withDottedItemDays(text) },
  // 11.25 组织 学习 廉洁自律准则 11.26 和孙杰谈心谈话 (round 68, ghd; t70b: the study dropped, the talk given 11-25): a dotted
  // day set off by spaces after a dated clause opens a clause of its own, written 11月26日 after a comma.
  { name: 'withSpacedDottedDays', run: (text) => withSpacedDottedDays(text) },
  // 本月开展廉政谈话4人次，具体为：11月9日与何平，… (round 59, fcb: the lead a talk of its own): the lead's colon.
  { name: 'withBreakdownWordAsColon', run: (text) => withBreakdownWordAsColon(text) },
  // 信息报送情况：办公室1篇（12月2日），财务科1篇（12月3日） (round 48 ftf: one paper, the sender's): each department's on its day;
  // after normalizeText, so a traditional 辦公室 names the department too.
  { name: 'withDepartmentPaperItems', run: (text, env) => withDepartmentPaperItems(text, env.directory) },
  // 昨天把这个信息报给了宣文部 (round 51 fzc, t53a F7: named, not recorded): the 信息 handed to someone is the paper sent.
  { name: 'withPaperHandedTo', run: (text, env) => withPaperHandedTo(text, env.directory) },
  // 11月30日报送了一篇《市残联扎实开展警示教育月活动》 (round 69, gim; t72b F2: a 警示教育 made from the title): a paper
  // sent before a title is a 信息 and the title its own; after normalizeText, so 篇/稿件 in traditional characters read too.
  { name: 'withTitledPaperSent', run: (text) => withTitledPaperSent(text) },
  // 开了一个作风建设的专题会 (round 69, gim; t72b F4: the subject lost; 警示教育的专题会 read as a 警示教育): the subject
  // said before a held 专题会 with 的 is the meeting's title.
  { name: 'withMeetingTopicTitled', run: (text) => withMeetingTopicTitled(text) },
  // …谈话提醒2人次（均为黄志刚书记与何平主任） (round 50 fxf #7, fyc: talks with both, on the day of the item before): X's talk with Y.
  { name: 'withTalkTallyPairs', run: (text, env) => withTalkTallyPairs(text, env.names) },
  // 与刘洋分别进行了廉政谈话、谈心谈话各一次 (round 41, t40b F6/F9): one talk of each kind listed, with the same people.
  { name: 'withTwoTalkKindsApart', run: (text, env) => withTwoTalkKindsApart(text, env.names) },
  // 开展谈心谈话3次，其中与王强谈心2次（11月6日、11月20日），… (round 41, t40b F3): the lead counts the items, no talk of its own.
  { name: 'withCountedLeadOverBreakdown', run: (text) => withCountedLeadOverBreakdown(text) },
  // 学习内容为中央八项规定精神 (round 34a, F1: 《内容为中央八项规定精神》 stored at once): a field label is no word of the title.
  { name: 'withoutContentLabels', run: (text) => withoutContentLabels(text) },
  // …开展了专项检查，重点检查…等情况，检查时间为11月25日 (round 34a, F9): the day told last is the sentence's, at its start.
  { name: 'withLateDay', run: (text) => withLateDay(text) },
  // 上周给办公室讲廉政党课了，周五 (round 45 frf): a weekday said last is the week's said before it.
  { name: 'withWeekdayAfterWeek', run: (text) => withWeekdayAfterWeek(text) },
  // …，报送时间为11月26日 after a film watched · （11月25日通知） · 11月25日那周 (bb1, issue 10): a day of another thing goes.
  { name: 'withoutOtherThingDays', run: (text) => withoutOtherThingDays(text) },
  // 先后与王建国、刘芳进行了谈话，其中与王建国是廉政谈话，与刘芳是谈心谈话 (issue 10, u1): the 其中 types the talks, adds none.
  { name: 'withKindPerPerson', run: (text) => withKindPerPerson(text) },
  // 先后与A、B、C进行了谈心谈话，其中11月10日与A、B，11月12日与C (round 33a, A08): the breakdown replaces the summary.
  { name: 'withBreakdownOverSummary', run: (text, env) => withBreakdownOverSummary(text, env) },
  // 与分管的组联部、康复部负责人分别开展了廉政谈话：11月10日与周涛，11月17日与吴静 (round 32b F4): the list is the group.
  { name: 'withGroupOverDayList', run: (text, env) => withGroupOverDayList(text, env) },
  // …开展了年底廉政谈话。其中，王建国…于12月1日与… · 教育就业部扎实开展岗位廉政教育。一是11月10日… · a post's headline line
  // (round 40, t39a F9/F18, t39b F5): a summary or headline over dated items is their heading, no deed of its own;
  // after withGroupOverDayList, whose day lists (…:11月10日与李明) a 其中 line of doer-first items is not.
  { name: 'withHeadlineOverItems', run: (text, env) => withHeadlineOverItems(text, env) },
  // A form's 记录人/审核人 is no one who took part (round 20u).
  { name: 'withoutFormClerks', run: (text) => withoutFormClerks(text) },
  { name: 'withDottedSpans', run: (text) => withDottedSpans(text) },
  // 中心支部召开专题会 from 孙杰 (round 69, gie): the unit's branch written out, before a bare 中心 is read as the unit.
  { name: 'withUnitBranchSpelled', run: (text, env) => withUnitBranchSpelled(text, env.directory, env.senderId) },
  { name: 'withOnlyCentre', run: (text, env) => withOnlyCentre(text, env.directory, env.senderId) },
  // 王建国副理事长到科室检查… from a member of 财务科 (round 32a, A26): the sender's own department is the place.
  { name: 'withOwnUnitVisited', run: (text, env) => withOwnUnitVisited(text, env.directory, env.senderId) },
];

/**
 * The passes over the text once a corrected day is read (readCorrection), up to the leaving out of other work
 * (withoutOtherWork, which returns more than text). In this order: the group talk's addressees are named before the
 * counted deed's days are bound, and both before the text is cut into one sentence per day.
 */
export const CORRECTED_TEXT_PASSES: readonly TextPass[] = [
  // 向班子成员开展集体廉政谈话 is a talk with each of them, as with 与.
  { name: 'withGroupTalkAddressee', run: (text) => withGroupTalkAddressee(text) },
  // 张伟书记先后两次主持…。11月4日…，11月25日…: one sentence per day, each with the lead's doer and deed.
  // 全年开展廉政教育6次，其中11月份2次：D1…，D2… (round 41, t41a F7): the part's count is the lead over its dated items.
  { name: 'withSubtotalOverItems', run: (text) => withSubtotalOverItems(text) },
  { name: 'withCountedDeedDays', run: (text, env) => withCountedDeedDays(text, env.names) },
  // 赵敏11月3日…讲授廉政党课。11月17日，与王磊… (round 28 h28, F2): a sentence opening with its own day is its own entry.
  { name: 'withDayPerSentence', run: (text, env) => withDayPerSentence(text, env.today, env.names) },
];
