// Reads a member's Chinese message into the activities it reports, or null when it reports none.
import { slipAsWritten } from './slipVerbWords.js';
import { counterpartAsDoerWords } from './counterpartAsDoer.js';
import { talkTallyLead, withTallyLeadNoted } from './talkTallyLead.js';
import { pairedTallyLead, withPairedTallyNoted } from './pairedTallyLead.js';
import { withDoerlessPairsAsked } from './doerlessPairsAsked.js';
import { withLeaderAtLecture } from './leaderAtLecture.js';
import { withSenderOnlyPresent } from './senderOnlyPresent.js';
import { withoutUnlistedPresent, withUnlistedPresentSaid } from './unlistedPresentNames.js';
import { withOwnCenterAudience } from './ownCenterAudience.js';
import { withoutBackFromTrip } from './backFromTrip.js';
import { restatedTalkWith } from './restatedTalkWith.js';
import { restatedSlip } from './restatedSlip.js';
import { correctionsInWords } from './correctionsInWords.js';
import { LATEST } from './latestCorrection.js';
import { headlineSpiritRepeated } from './conferenceAtGathering.js';
import { withPaperDepartment } from './paperDepartment.js';
import { withPaperMonthNoted } from './paperMonthNoted.js';
import { meetingHeldByDepartment } from './meetingHeldByDepartment.js';
import { withMeetingBody } from './meetingBodySaid.js';
import { withDutyYear } from './dutyYearNamed.js';
import { summaryClaim } from './summaryClaim.js';
import { saysCalledOff } from './notDoneYet.js';
import { withVagueSpanAsked } from './vagueSpanAsked.js';
import { withDayDepartmentPairs } from './dayDepartmentPairs.js';
import { withUnpairedDayPlacesNoted } from './unpairedDayPlaces.js';
import { withDayTargetPairs } from './dayTargetPairs.js';
import { withWeekdayCheckPlaces } from './weekdayCheckPlaces.js';
import { withTallyDayAsked } from './tallyDayAsked.js';
import { withTalkListClauses } from './talkListClauses.js';
import { withPairItemsDayFirst } from './pairItemsDayFirst.js';
import { withPairItemsParted } from './pairItemsParted.js';
import { withLeadDeedOnPairs } from './pairItemsLeadDeed.js';
import { byNamedCheckers } from './namedCheckers.js';
import { withCheckedPlaceFirst } from './checkedPlaceFirst.js';
import { ownPaperSaid, withOwnPaper } from './ownPaperSaid.js';
import { withNamedDepartmentHeads } from './namedDepartmentHeads.js';
import { arrangesTalk, changesStoredRecord, describesDeed, notAReport, saysNotHeld } from './parseGate.js';
import { absentFromRecordWords } from './namedItemDrop.js';
import { parseDay } from './parseDay.js';
import { CLAUSE_BREAK, dayPointerDropped, normalizeText, spokenAdverbsJoined } from './parseNormalize.js';
import { plainItemMarkers } from './itemMarkers.js';
import { withSigningSlip } from './signingSlip.js';
import { withCheckSlip } from './checkSlip.js';
import { withLectureSlip } from './lectureSlip.js';
import { withTitleSlip } from './titleSlip.js';
import { withCheckCompanionClause } from './checkCompanionClause.js';
import { withBracketedDayCounts } from './bracketedDayCounts.js';
import { namedOnlyInBreakdown, summaryCountsBeyondItems } from './breakdownOverSummary.js';
import { reportedCheckClauses } from './checkReported.js';
import { occasionGoneOn, opensGoingOn, otherDeedOfOccasion } from './occasionGoneOn.js';
import { asideBreakdownEntries } from './groupBreakdownDays.js';
import { pairNamed } from './pairNamed.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { withLineSpanKept, withMeAfterLeadDays } from './daySpan.js';
import { signedAtEnd, withSignerNoted } from './signedAtEnd.js';
import { absentDepartments, withoutAbsentDepartments } from './absentDepartments.js';
import { GUEST_INVITED, parseSegment, readingDay } from './parseSegment.js';
import { signingGoesOnFromTalk, withCounterpartsOfPledge, withSharedCounterparts } from './sharedCounterparts.js';
import { withBackReference } from './backReference.js';
import { withAddresseeForYou } from './addressedAsYou.js';
import { markSubjectAsCounterpart } from './subjectAsCounterpart.js';
import { hasAttendeeColumn, listedAttendees } from './tableAttendees.js';
import { placesUnderHeading } from './placesUnderHeading.js';
import { headingDepartment, underHeadingDepartment } from './headingDepartment.js';
import { headingBody } from './headingBody.js';
import { meetingSpeaker, withMeetingSpeaker } from './meetingSpeaker.js';
import { talkBriefings } from './talkBriefing.js';
import { headsAccount } from './accountHeading.js';
import { headingPeople as headingPeopleNamed, headingPerson as headingPersonNamed } from './headingPerson.js';
import { typedHeadingPerson } from './typedHeadingPerson.js';
import { withHeadedTalkListAsked } from './headedTalkListAsked.js';
import { organisedAfterJunior } from './organisedAfterJunior.js';
import { breakGluedDays } from './gluedDays.js';
import { dayOnlyInLaterClause } from './laterDayClauses.js';
import { withFurtherPapersCounted } from './furtherPapers.js';
import { headsOwnHeading, withHeadsOwnHeading } from './headsOwnHeading.js';
import { withCountedLeadMismatch } from './countedLeadMismatch.js';
import { withCountedLeadUnit } from './countedLeadUnit.js';
import { withHeadUnitOverItems } from './headUnitOverItems.js';
import { withOwnTableDepartment } from './ownTableDepartment.js';
import { withOwnUnitChecks } from './ownUnitCheck.js';
import { departmentHeadingApart } from './departmentHeadingApart.js';
import { withSharedVerbItems } from './sharedVerbItems.js';
import { namesOwnCompanions } from './ownCompanion.js';
import { weekOfLeadIn } from './weekLeadIn.js';
import { ACCOUNT_WEEK_GONE_REMARK, accountWeekGone } from './accountWeekGone.js';
import { collatesOthers } from './collatesOthers.js';
import { onlyOthersCountedPapers, othersCountedPapers } from './othersCountedPapers.js';
import { chairFirst } from './chairFirst.js';
import { withClosingChairNoted, withoutClosingChair } from './closingChair.js';
import { dueWithin } from './dueWithin.js';
import { withBystandersNoted, withoutBystanders } from './bystanders.js';
import { withUnrecordedNamesTrue } from './unrecordedNamesNote.js';
import { NOT_DONE_FOR, peopleNamed, withoutNotDoneFor } from './notDoneFor.js';
import { PAPER_NOT_HANDED_IN } from './paperNotHandedIn.js';
import { saysSenderLed } from './senderLed.js';
import { withUnfixedNoted, withoutUnfixedFindings } from './unfixedFinding.js';
import { withAbsentCounterpartAsked } from './absentCounterpartAsked.js';
import { AGAIN, TALK_WITH_HIM, splitActivities } from './parseSegments.js';
import { addressHeadingEnd } from './addressHeading.js';
import { splitItems } from './splitItems.js';
import { isQuotaTally, paperTally, withDepartmentPaperItems } from './departmentPaperItems.js';
import { withPaperTallyChecked } from './paperTallyChecked.js';
import { withLineBreaksRestored } from './lostLineBreaks.js';
import { namingOwnLeaders } from './ownLeaders.js';
import { withoutOwnUnitBeforeHead } from './ownUnitBeforeHead.js';
import { withSenderNamedInList } from './senderNamedInList.js';
import { withLedAsHead } from './ledAsHead.js';
import { withoutArrangedOnly } from './arrangedOnly.js';
import { withForwardedCard, withoutForwardMarker } from './forwardMarker.js';
import { namesMonthAhead, readsAsPlan } from './readsAsPlan.js';
import { stillToCome } from './stillToCome.js';
import { withOtherOccasionAsked } from './otherOccasionUndated.js';
import { withLaterPartSaidDone, withLaterTodayAsked, withPartUnderwayAsked } from './dayStillToCome.js';
import { withDawnMorningDayAsked } from './dawnMorning.js';
import { withTripAsked } from './tripOfToday.js';
import { opensWithPartOfDay } from './partOfDayOpening.js';
import { withLostStudyAsked } from './lostStudyClause.js';
import { opensWithMe } from './ownSentenceAfterOther.js';
import { withSittingCount } from './sittingCount.js';
import { headsList, titlesReport } from './listHeading.js';
import { withPapersTitledApart } from './papersTitledApart.js';
import { deedFellThrough } from './deedFellThrough.js';
import { withDistantDayNoted } from './distantDay.js';
import { namesVagueDayOnly } from './vagueDayClause.js';
import { urgedClause, urgesOthers } from './urgesOthers.js';
import { doneHeading, planSections } from './planSection.js';
import { withDoneDeedsApart } from './doneDeedAfterPlan.js';
import { midLinePlans } from './midLinePlans.js';
import { onePaperPerDeed } from './onePaperDeed.js';
import { spanOfHeading, weekdaysInSpan } from './headingSpan.js';
import { OUTSIDE_INSPECTION_REMARK, outsideInspection } from './outsideInspection.js';
import { withoutOtherWork } from './otherWork.js';
import { bodyStudiesAttended } from './bodyStudyAttended.js';
import { withoutNextSteps } from './nextSteps.js';
import { terseNoteAsProse, withTerseNoteCard } from './terseNote.js';
import { withSpacedNamesJoined } from './spacedNamesJoined.js';
import { withSpacedAbsence } from './spacedAbsence.js';
import { withSpacedDayDone } from './dayDoneClause.js';
import { withSpacedTitleLead } from './spacedTitleLead.js';
import { withoutCampaignSummary, withoutRunningTotals } from './campaignSummary.js';
import { periodTotal } from './periodTotal.js';
import { numberedKindWords } from './numberedKindWords.js';
import { countedHeadingItems, withHeadingCountWeighed } from './countedHeadingItems.js';
import { kindTotalsLead, withKindTotalsWeighed } from './kindTotalsLead.js';
import { withoutTotalRows, withTableTotalsWeighed } from './tableTotalsWeighed.js';
import { withRespectiveTitles } from './respectiveTitles.js';
import { withShortTitles } from './shortTitles.js';
import { withUnknownTalker } from './unknownTalker.js';
import { withSoundAlikeTalkerAsked } from './soundAlikeTalker.js';
import { deedWithoutLeadingIs } from './deedWithoutLeadingIs.js';
import { withPronounDoerAsked } from './pronounDoer.js';
import { withTalkAfterSigning } from './talkAfterSigning.js';
import { withTalkAfterSigningApart } from './talkAfterSigningApart.js';
import { withOwnClauseApart } from './ownClauseApart.js';
import { askedSigningKind, withBareSigningMeToo, withMeTooAfterDeed } from './meTooAfterDeed.js';
import { withNextLineDoer } from './nextLineDoer.js';
import { withJoinedClauseDoer } from './joinedClauseDoer.js';
import { withDepartmentPairsJoined } from './departmentPairsComma.js';
import { withEscortedCheck } from './escortedCheck.js';
import { withLedCompanions } from './ledCompanions.js';
import { withTalkPairAsked } from './talkPairAsked.js';
import { withAttendedTalkAsked } from './attendedTalkAsked.js';
import { withJointSelfCheckAsked } from './jointSelfCheck.js';
import { withoutSupplementOpening } from './supplementOpening.js';
import { AFTER_SITTING, chairOfSitting } from './chairOfSitting.js';
import { talkToCome } from './talkToCome.js';
import { labelledMinutes } from './labelledMinutes.js';
import { LINE_LABEL, withMemberLines } from './memberLines.js';
import { withBlankDoerAsked } from './blankDoerAsked.js';
import { withEitherCounterpartAsked } from './eitherCounterpart.js';
import { withStatedCount } from './statedCount.js';
import { withCountedCopies } from './identicalRecords.js';
import { withInfoCountPerDay } from './infoCountPerDay.js';
import { withClauseCounts } from './clauseCounts.js';
import { withRespectiveCounts } from './respectiveCounts.js';
import { withLooseDepartment } from './looseDepartment.js';
import { withTotalOverActivities } from './sharedTotalCount.js';
import { withClosingCountKept } from './closingCountKept.js';
import { withTalkRowCountsChecked } from './talkRowCounts.js';
import { withVisitCountShared } from './visitCountShared.js';
import { withEachCountShared } from './eachCountShared.js';
import { withCarriedTalkerAsked } from './carriedTalkerAsked.js';
import { withOrdinalDoersAsked } from './ordinalDoersAsked.js';
import { withRespectiveLeadersAsked } from './respectiveLeadersAsked.js';
import { withPlaceholderLeaderAsked } from './placeholderLeaderAsked.js';
import { verbOnlyBorrowedNouns } from './verbOnlyDone.js';
import { readCorrection } from './correctedDay.js';
import { numberedItemChange } from './numberedItemChange.js';
import { pointedRecordChange } from './pointedRecordChange.js';
import { latestWithdrawal } from './latestWithdrawal.js';
import { withoutPointedBackDeed } from './withoutPointedBackDeed.js';
import { meetingAskedClauses } from './meetingAskedClauses.js';
import { talkContentClauses } from './talkContentClauses.js';
import { typedTalkContentClauses } from './typedTalkContent.js';
import { talkTopicClauses } from './talkTopicClause.js';
import { withKindSaidOnce } from './kindSaidOnce.js';
import { readsAsNotice, withoutSignature } from './forwardedNotice.js';
import { deedsBesideNotice, withNoticeNoted } from './deedsBesideNotice.js';
import { withoutDeadlineTask } from './deadlineInstruction.js';
import { heardAtMeeting } from './heardAtMeeting.js';
import { withWeekdayAsked } from './weekdayInDoubt.js';
import { withRestatedDayAsked } from './restatedDay.js';
import { withEitherDayAsked } from './eitherDay.js';
import { withAdoptedPaperNoted } from './adoptedPaperNote.js';
import { withOccasionCountOnAudience } from './occasionCountOnAudience.js';
import { withTalkCompanionApart } from './talkCompanionApart.js';
import { withCasesStudiedAsContent } from './casesStudiedAsContent.js';
import { deedAfterMeeting } from './deedAfterMeeting.js';
import { withMeetingDepartmentsAfter } from './meetingDepartmentsAfter.js';
import { deedAfterwards } from './deedAfterwards.js';
import { exactDayForVagueTime } from './exactDayForVagueTime.js';
import { SENT_PAPERS, reportedToIds } from './reportedTo.js';
import { laterOnUnsaidDay } from './laterDeed.js';
import { withGoingOnUnit } from './goesOnUnit.js';
import { namesHabitToCome } from './habitualPlan.js';
import { withCheckKindCarried } from './checkKindCarried.js';
import { withBodyCheckUntyped } from './bodyCheckOnOwnUnit.js';
import { withPassingCheckPlace } from './passingCheckPlace.js';
import { markSentencesWithoutDay, sentencesWithoutDay } from './sentenceWithoutDay.js';
import { besidesWithoutDay } from './besidesWithoutDay.js';
import { repeatedDeed } from './sameDeedAgain.js';
import { meetingDayInDoubt } from './meetingDayInDoubt.js';
import { dayAfterDatedListInDoubt } from './dayAfterDatedList.js';
import { paperDayFromLaterClause } from './laterClauseDay.js';
import { markedTiedToDayBefore } from './dayTiedToBefore.js';
import { withYearAsked } from './yearInDoubt.js';
import { withOddDayAsked } from './oddDayInDoubt.js';
import { opensWithRelay, relayedFor } from './relayedFor.js';
import { withPronounsNamed } from './singularPronoun.js';
import { leftoverRemark, unaccountedParts } from './unaccounted.js';
import { withoutListCount } from './listCountDropped.js';
import { countUnlikeNames, withCountUnlikeNoted } from './countUnlikeNames.js';
import { looseSupervisedMeeting, withLooseMeetingNoted } from './looseSupervisedMeeting.js';
import { ownSelfStudy } from './ownSelfStudy.js';
import { withBareSecretaryAsked } from './bareSecretaryAsked.js';
import { withLastYearCarried } from './lastYearCarried.js';
import { extractTitles, parseOrganiser } from './parseTraining.js';
import { findKinds } from './parseKind.js';
import { discussesDeedBefore } from './sameDeedDiscussed.js';
import { writtenHeadlineType } from './headlineTypeOverPlace.js';
import { MEETING_TYPES, kindsRelated } from './parseKindPatterns.js';
import { reminderHeadline } from './reminderHeadline.js';
import { headlineTypeOverPlace } from './headlineTypeOverPlace.js';
import { headlineTypeForUntyped, oneUntypedBelow } from './headlineTypeForUntyped.js';
import { withReminderByTalks } from './reminderByTalks.js';
import { activityTypeName, isCheckType, isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import { continuesSubject, withDeptMeetingLeaderAsked } from './whoDidIt.js';
import { parseCounterparts } from './parseCounterparts.js';
import { addDays, shanghaiDate, weekday } from '../shanghai.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { visitedDepartment } from './parseCounterpartGroups.js';
import { withPairedSender } from './pairWithSender.js';
import { paperBySubject } from './paperBySubject.js';
import { withoutSelfPairs } from './withoutSelfPairs.js';
import { withSenderAmongTaken } from './senderAmongTaken.js';
import { withDutyReportsByGroup } from './dutyReportsByGroup.js';
import { withoutAttendingLeader } from './attendingLeader.js';
import { withTitlesOfTwoKinds } from './titlesOfTwoKinds.js';
import { withStudyBesideFilm } from './studyBesideFilm.js';
import { withPapersJoined } from './papersJoined.js';
import { withStudiedTitleOffLecture, withStudyBesideLecture } from './studyBesideLecture.js';
import { withClosingCounterparts } from './closingCounterparts.js';
import { withStudyAtMeeting } from './studyAtMeeting.js';
import { titleStudiedAtMeeting } from './titleStudiedAtMeeting.js';
import { separateWorkClauses } from './separateWork.js';
import { ALL_LED_CLAUSE, withLeaderInTrailer } from './ledInTrailer.js';
import { withVisitNoted } from './visitNoted.js';
import { withEducationPlaceNoted } from './educationBasePlace.js';
import { withTalkOccasionNoted } from './talkOccasionNoted.js';
import { withMeetingAttendeesSaid } from './meetingAttendeesSaid.js';
import { withVisitedPlaceCarried } from './visitedPlaceCarried.js';
import { withLectureOnVisit } from './lectureOnVisit.js';
import { withResearchPaperPlace } from './researchPaperPlace.js';
import { addressedByName, withAddressedDoerAsked } from './addressedByName.js';
import { withLeadersOwnPeople } from './leadersOwnPeople.js';
import { withPassingNoted, withoutPassingReminder } from './passingReminder.js';
import { withCheckInterviewNoted, withoutCheckInterview } from './checkInterview.js';
import { withParticipantUnitsNoted, withoutParticipantUnits } from './participantUnit.js';
import { withDroppedRecordNoted, withoutDroppedRecordClause } from './droppedRecordClause.js';
import { withReportOnDeedNoted, withoutReportOnDeed } from './reportOnDeed.js';
import { reportingAsked, withReportingAskedNoted } from './reportingAsked.js';
import { withWeSpelledPlain } from './weSpelledPlain.js';
import { withVoiceSpacesJoined } from './voiceSpacesJoined.js';
import { withSpacedPresenceClauses } from './spacedPresenceClause.js';
import { withLeaderListClauses } from './leaderListClauses.js';
import { typeSplitDaysUnmatched, withTypeSplitDays, withUnmatchedDaysNoted } from './typeSplitTally.js';
import { withoutToldAbout } from './toldAboutDeed.js';
import { withTalkFormLinesJoined } from './talkFormLines.js';
import { withAbsentNoted, withoutAbsent, withoutNames } from './absentFromGroup.js';
import { withJointDoers, withJointDoersNoted } from './jointDoers.js';
import { withNamedRespectiveDoers } from './namedRespectiveDoers.js';
import { withOtherUnitWordNoted } from './otherUnitWord.js';
import { withStandInUnit } from './standInUnit.js';
import { withSuperiorHolding } from './superiorHolds.js';
import { withDoersSuperiorHolding } from './doersSuperiorHolds.js';
import { withSubjectHoldingTalk } from './subjectHoldsTalk.js';
import { madeUpDeedText, madeUpWords } from './madeUpWords.js';
import { bareTalk } from './bareTalk.js';
import { untypedTalkTally, withTalkKindAsked } from './untypedTalkTally.js';
import { talkTallyBeside } from './talkTallyBeside.js';
import { withoutReportWordBeforeTally } from './reportWordBeforeTally.js';
import { withTallyMeasureAsTimes } from './tallyMeasureAsTimes.js';
import { bracketedPairDays, withPairCountsWeighed } from './bracketedPairDays.js';
import { restatedTallyLead, withRestatedCountsWeighed } from './restatedTallyLead.js';
import { withShortDepartmentAsked } from './shortDepartments.js';
import { withUnnamedStaffAsked } from './unnamedStaff.js';
import { withUnnamedBesideAsked } from './unnamedBeside.js';
import { withVisitedPeopleOffered } from './visitedPeopleOffered.js';
import { withVisitedListGroups } from './visitedListGroups.js';
import { withKindMemo } from './kindMemo.js';
import { countedPlacesApart } from './kindAfterList.js';
import { subKindCountsApart } from './subtotalOverItems.js';
import { opensWithOwnSide } from './ownSideSubject.js';
import { withBareTalkSlip } from './bareTalkSlip.js';
import { withAbsenceSaidPlainly } from './absenceClause.js';
import { withAbsentHeadApart } from './absentHeadClause.js';
import { withLecturerAsDoer } from './lecturerNamed.js';
import { withGatheringPartsJoined } from './gatheringParts.js';
import { withOneAskedCheckPerVisit } from './oneAskedCheckPerVisit.js';
import { visitSubject } from './visitSubject.js';
import { withGuestSpeakerNoted, withoutGuestSpeaker } from './guestSpeaker.js';
import { reminderSentOnly, withSentReminderNoted, withoutSentReminder } from './reminderSentOnly.js';
import { dutyNoticeSent, withDutyNoticeNoted, withoutDutyNotice } from './dutyNoticeSent.js';
import { withNoticeFollowedApart } from './noticeFollowedApart.js';
import { withOurDepartmentVisited } from './ourDepartmentVisited.js';
import { documentWork, withDocumentWorkNoted } from './documentWork.js';
import { attendedElsewhere, withAttendedElsewhereNoted } from './attendedElsewhere.js';
import { withQuestionApart, withQuestionNamed } from './questionBesideDeeds.js';
import { withKindAskedBeside } from './kindAskedBeside.js';
import { withTheirsTalkedWith } from './theirsAfterVisit.js';
import { withPairTalksOfHead } from './pairTalksOfHead.js';
import { fieldSlipWords } from './namedChangeWords.js';
import { relayedCorrectionWords, relayedDeedText } from './relayedCorrectionWords.js';
import { deniedStoredDeed, openedAsSlip } from './deniedStoredDeed.js';
import { namedPeople } from './namedPeople.js';
import { rank } from './parseActor.js';
import { withHeadlineSpace } from './headlineSpace.js';
import { withFutureDayFirst } from './futureDayFirst.js';
import { withPlanYearAhead } from './planYearAhead.js';
import { groupCarried } from './groupCarried.js';
import { withGoingOnSigningAsked } from './goingOnSigningAsked.js';
import { DAY_WORD } from './dayWord.js';
import { toSimplified } from './toSimplified.js';
import { withDisciplinaryTalksAsked } from './disciplinaryTalksAsked.js';
import { withInquiryAsTalk } from './inquiryAsTalk.js';
import { tallyLeadDoer, tallyReadAs, withTallyLeadDoer } from './tallyLeadDoer.js';
import { applyTextPasses, type PassEnv } from './textPass.js';
import { withSpacedLeadItems } from './spacedLeadItems.js';
import { withJointUnitPersonBare } from './jointUnitPerson.js';
import { withWholeCountSaid } from './wholeCountSaid.js';
import { withGroupCountWeighed } from './groupCountWeighed.js';
import { withNoDoerColumnNoted } from './noDoerColumn.js';
import { unitForAbsentHead, withUnitAsWritten } from './absentHeadUnit.js';
import { withoutPhotoCaptions } from './withoutPhotoCaptions.js';
import { withJointUnitNoted } from './jointUnitNoted.js';
import { CORRECTED_TEXT_PASSES, TEXT_PASSES } from './textPasses.js';
import { withSharedLeadAfterKind } from './sharedLeadAfterKind.js';
import { withRescheduledHeld, withRescheduledNoted } from './rescheduledHeld.js';
import { movedHeldRemark, withMovedDeedHeld } from './movedDeedHeld.js';
import { placesNotVisitedRemark, withoutPlacesNotVisited } from './placesNotVisited.js';
import { selfCheckHeardRemarks } from './paperHeard.js';
import { lastWeekdayNamed, notLaterWeekday } from './laterWeekday.js';
import { withPersonColonHeading } from './personColonHeading.js';
import { withSpanBeforeGroupDoers } from './spanBeforeGroupDoers.js';
import type { ParseContext, ParsedReport, ReportProblem } from './draft.js';
import { directoryNames } from './directoryNames.js';
import { leaderIds } from './leaderIds.js';
import { withAllWordAsked } from './allWordAsked.js';

/**
 * In a group chat the message starts with "@清风": a mention of someone not in
 * the directory, at the very start, addresses the bot and is no counterpart.
 */
function withoutLeadingBotMentions(text: string, ctx: ParseContext): string {
  let rest = text;
  for (let m = /^\s*(@_user_\d+)/.exec(rest); m; m = /^\s*(@_user_\d+)/.exec(rest)) {
    const mention = ctx.mentions.find((x) => x.key === m![1]);
    const person = mention?.openId ? ctx.directory.byOpenId(mention.openId) : undefined;
    if (person) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/**
 * 王副理事长：… / 李明主任，我今天… / 向孙丽科长汇报：…: words addressed to someone at the start
 * of a message name no one who took part.
 */
const SALUTATION = /^\s*(?:[^,:。!?\n]{0,16}?(?:汇报|报告一下|报一下|您好|你好)\s*[:,]|[\u4e00-\u9fa5]{1,6}?(?:书记|理事长|主任|科长|部长|局长|领导)\s*(?::|,(?=\s*(?:我|今天我|昨天我))))\s*/;

/** 听取了…汇报 · 听了…汇报 · 听取汇报: someone heard a report (a deed), not the sender reporting to someone. */
const HEARD_REPORT = /(?:听取|听了|聆听|听)了?[^,:。!?\n]{0,14}?汇报\s*[:,]?\s*$/;

function withoutSalutation(text: string): string {
  // 向党组报告：本月开展廉政谈话3人次，具体为… (round 34b, §2c): whom the sender writes to, never a 向党组报告 deed of its own.
  const addressed = addressHeadingEnd(text);
  if (addressed > 0) return text.slice(addressed);
  const m = SALUTATION.exec(text);
  // 孙科长让我帮她报一下： · 帮孙科长报一下： is whose list it is (a heading), not someone addressed (rounds 7, 10).
  if (m && (/(?:让|叫|请|托)我|帮(?!我)/.test(m[0]) || opensWithRelay(text))) return text;
  // 上周的几件事报一下，周一… (round 20u, L11): no one addressed, but the week of the weekdays after it: kept as a heading.
  if (m && weekOfLeadIn(`${m[0].replace(/[\s:,]+$/, '')}:`) !== undefined) return `${m[0].replace(/[\s:,]+$/, '')}:\n${text.slice(m[0].length)}`;
  // 张伟书记今天上午听取了办公室工作汇报，并与我… (round 34b, §1b: the day, the doer and 我 lost): a report heard is a deed
  // told of, with its subject and day, never words addressed to someone.
  if (m && HEARD_REPORT.test(m[0])) return text;
  // 本月谈心谈话开展情况汇报： (round 12) is a heading naming the type of what follows, not someone addressed.
  if (m && (/情况/.test(m[0]) || findKinds(extractTitles(m[0]).rest).length > 0)) return text;
  return m && /[\u4e00-\u9fa5]/.test(text.slice(m[0].length)) ? text.slice(m[0].length) : text;
}

/** 报告本月各位领导廉政谈话情况： · 谈心谈话开展情况汇报：: a heading over an account of talks, whose type the bare 谈了 under it take. */
const ACCOUNT_OF = /情况|汇报|报告|统计|台账/;

/**
 * The one type a heading names (机关党委11月组织了两次廉政教育), or undefined; a talk type only when the heading says it
 * gives an account (…廉政谈话情况：, round 12: the six talks under it were asked their type, day and doer).
 */
function kindOfHeading(words: string): ActivityTypeCode | undefined {
  const codes = [...new Set(findKinds(extractTitles(words).rest).map((k) => k.code))];
  return codes.length === 1 && (!isTalkType(codes[0]!) || ACCOUNT_OF.test(words)) ? codes[0] : undefined;
}

/** Whose an activity may be when the message does not say: the sender's head, the leaders, the sender. */
function askedDoers(ctx: ParseContext): string[] {
  const dept = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  const leaders = leaderIds(ctx.directory);
  return [...new Set([...(dept && dept.headId !== ctx.senderId ? [dept.headId] : []), ...leaders, ctx.senderId])];
}

/** What an entry of no type may still be read as (a talk, a study, a check), whose type is then asked or taken from its heading. */
const UNTYPED_DEED_WORDS = /谈|聊|交流|沟通|学习|观看|传达|检查|督查|抽查|暗访|巡查|补录|登记/;

/** 11月20日： alone on its line heads the lines after it. */
function isDayOnly(line: string, today: string): boolean {
  return /^[\s\u0000:,。]*$/.test(parseDay(arabicizeNumerals(line), today).rest);
}

const namesActivity = (line: string): boolean => {
  const { titles, rest } = extractTitles(line);
  return titles.length > 0 || findKinds(rest).length > 0;
};

/** 周四 · 星期五 · 又周四 at the head of an entry, with no 上/本/这/下 before it. */
const BARE_WEEKDAY_OPENING = /^[\s\u0000,]*(?:又|再)?(?:周|星期|礼拜)[一二三四五六日天]/;

/**
 * Whether `entry` follows, after a ；, words of the message `full` that name last week (上周二… · 上星期三…): only then does its
 * bare weekday go on in that week; after 。 a sentence opening with a weekday opens with its own day (r30).
 */
function goesOnFromLastWeek(full: string, entry: string): boolean {
  const at = full.indexOf(entry.trim().slice(0, 8));
  if (at <= 0) return false;
  const before = full.slice(0, at).trimEnd();
  return /[;；]$/.test(before) && /上周|上星期|上礼拜|上个星期/.test(before);
}

/** The days after `day` (YYYY-MM-DD) up to the Sunday of its week, each YYYY-MM-DD. */
function restOfWeek(day: string): string[] {
  const out: string[] = [];
  for (let d = addDays(day, 1); weekday(d) !== 1; d = addDays(d, 1)) out.push(d);
  return out;
}

function lineDay(line: string, today: string): string | undefined {
  return parseDay(arabicizeNumerals(extractTitles(line).rest), today).date;
}

/**
 * 陈志强副理事长一行到维权部调研指导…工作 · 张伟书记深入康复中心督导… : a visit named as where and why, its deeds told after it.
 * Only a line that gave no record of its own sets such a scene.
 */
const VISIT_SCENE = /(?:到|来到|深入|赴|前往|莅临|走进)[^,;。!?\n\u0000]{0,16}?(?:调研|指导|督导|视察|走访|蹲点)/;

/** 上周 · 本周 · 上个月 named without a day. */
const WEEK_ONLY = /(?:上|本|这)个?(?:周|星期|礼拜|月)(?![一二三四五六日天\d])/;

/** 时间待补 · 日期待定 · 时间不详: the member says the day is not known yet. */
/** 都签了 · 均签订了 · 两人都签了 · 大家一起签了: a signing with everyone the line's talks were with. */
const SIGNED_BY_ALL = /(?:都|均|也都|全都|两人都|二人都|大家(?:一起|都)?|各自)[\s\u0000]*(?:当场|现场)?[\s\u0000]*签/;

/** 赵敏一行听取了… · 一行人… · 调研组一行: a paragraph opening with the visiting party, going on with their visit. */
/** Whether `line` names someone of the directory (a deed's doer going on with the occasion told before). */
function namesSomeone(line: string, directory: ParseContext['directory']): boolean {
  const index = directoryIndex(directory);
  return [...line.matchAll(index.surfaces)].some((m) => index.peopleByName.has(m[0]));
}
const PARTY_GOES_ON = /^[\s\u0000,，]*(?:[\u4e00-\u9fa5]{1,8}?)?一行(?:人)?(?!到|赴|来|深入|前往|莅临)/;
/** 会后 · 会上 · 散会后 · 会议结束后 opening a line: what was done at or after the sitting told just before. */
const SITTING_GOES_ON = /^[\s\u0000,，]*(?:会后|会上|散会后|会议结束后)/;

const DAY_TO_COME = /(?:时间|日期)(?:待补|待定|待查|不详|未定|另报)/;

const SAME_AS_ABOVE = /^[\s\u0000,]*(?:同上|同前|内容同上|与上同|一样|同样)[\s\u0000。.!]*$/;
/** An entry opening with its day (11月27日，… · 11.27 …). */
const OPENS_WITH_DAY = new RegExp(`^[\\s\\u0000]*(?:${DAY_WORD.source})`);
const SAME_DAY = /^[\s\u0000,]*(?:同日|当日|当天|同一天|同天)/;

/**
 * 孙科长已于上周三和王强谈心谈话 下周拟和我谈 · … 赵敏书记尚未开展 (round 12, voice input): a space before a word of a
 * plan (下周, 明天, 拟, 准备…) or of a deed not yet done ends a clause as a comma does.
 */
// 吴静昨天签了 组联部的周涛下周签 (round 50, fxe #49): someone's deed put off to a later time (PUT_OFF_TALK) after a space
// ends a clause too.
const CLAUSES = new RegExp(`(?<=${CLAUSE_BREAK.source})|(?<=\\S\\s+)(?=(?:下周|下个?月|下星期|明天|后天|拟|准备|打算|计划|[^\\s,;。]{1,8}(?:还没有?|尚未|暂未|还未))\\S|[^\\s,;。]{2,12}?(?:下周|下星期|下个?月|月底前?|年底前?|改天|过几天)(?:再|补)?(?:谈|签|约))`);
/** Words of a plan in a clause of its own (not 要求…要开展…, which is a news item's exhortation). */
// …，12月中旬将召开警示教育大会 · …，下一步将报送… (t31c: the whole line taken for a plan, the dated deed before it lost).
// …，还将深入财务科与全体干部逐一谈心 (round 33a's kind: the whole message a plan, the talk before it lost): every 将 of a plan
// the whole-message check (parseGate's PLAN) knows is one here too, so the clause goes and the deed stays.
const PLAN_CLAUSE = /还要(?:带队|带领|率队|牵头|深入|再)|准备|打算|拟|计划|将于|将在|即将|[还也仍又]将|将(?:开展|召开|组织|进行|举办|举行|报送|上报|提交|完成|签订|对|与|和|跟|同|赴|到|深入|分批|陆续|继续|再|撰写|形成|起草|编写|讲授|邀请|请|为|给)|上旬|中旬|下旬|月底|年底|年内|近期|明天|后天|下周|下个?月/;
/**
 * 并 / 并且 / 同时 / 以及 opening a clause: it goes on from the clause before. So does the purpose of a meeting said after
 * it (拟于12月8日召开党组会议，专题研究党风廉政建设工作, round 29b K9: the purpose clause was asked its day as a 专题会议).
 * So does 其中 (本月计划开展作风纪律检查3次，其中上班纪律检查2次, round 69 gif: the part asked its day as a check done): the
 * part of a planned count is planned too.
 */
const PLAN_GOES_ON = /^[\s\u0000]*(?:其中|并且?|同时|以及|还将|还要|另将|专题(?:研究|部署|学习|传达)|研究部署|重点研究)/;
/** 再谈 / 再找…谈 / 再约: a deed put off to later. */
// 回来补签 · 改天补谈 (round 49, fve kind 1: the one away given the signing): a deed made up later is put off too.
// 主持召开分管科室…会议，…；下周再去宣文部 (round 58, fdf; t60a F13: 「「宣文部」没有对应到任何记录」): a visit still to come
// (再去/再到/再赴 a place, after a later time) is a plan as a talk put off is.
/** 原定 · 本来 · 原计划 · 原本 opening a message (a day before it at most): what was meant, not what was done. */
const MEANT_OPENING = /^[\s\u0000]*(?:[^,，;；。]{0,8}?)(?:原定|原计划|原本|本来|原来计划|原来定)/;
const LATER_DEED = /再(?:谈|找|约|聊|开展|组织|进行|签|去|到|赴|下去)|补(?:签|谈)/;
/** 赵磊下周谈 · 吴静部长那边下周谈 · 胡军月底前签: someone's talk or signing put off to a time said right before it. */
// 组联部的周涛下周签 · 组联部的承诺书周涛下周签 (round 50, fxe #49: 周涛 made the counterpart of the signing before): a unit's
// someone, or a unit's paper first, is put off all the same.
const PUT_OFF_TALK = /^[\s\u0000]*(?:[\u4e00-\u9fa5]{2,6}的)?(?:(?:廉政|廉洁)?(?:承诺书|责任书))?[\u4e00-\u9fa5]{2,4}(?:同志|书记|理事长|副理事长|主任|部长|科长)?(?:那边|那里|这边)?(?:下周|下星期|下个?月|改天|过几天|回头|月底前?|年底前?)(?:再|补)?(?:谈|签|约)[\u4e00-\u9fa5]{0,2}[,;。\s]*$/;
/** 孙丽出差了 · 王强休假 · 李娟请假了: why a talk is put off, a short clause with no deed of its own. */
const BECAUSE = /^[\s\u0000]*[\u4e00-\u9fa5]{2,4}(?:同志)?(?:出差|休假|请假|外出|学习|培训|生病|住院|不在|在外)[\u4e00-\u9fa5]{0,4}[,;。\s]*$/;
/** 她请假了 · 孙丽临时有事 · 他出差了: why what was meant fell through, a short clause of no deed (round 55, fhf). */
const REASON_AFTER_MEANT = /^[\s\u0000,;。]*(?:但|结果|因为|因)?[\u4e00-\u9fa5]{0,4}?(?:同志)?(?:临时)?(?:出差|休假|请假|外出|培训|生病|住院|不在|在外|有事|没空|没时间)[\u4e00-\u9fa5]{0,4}[\s\u0000,;。!！]*$/;
/** 本来约了孙杰 · 原定和孙丽谈 · 原计划…: what was meant, a clause of no deed done (round 51, fze kind 2). */
const MEANT = /^[\s\u0000]*(?:本来|原本|原定|原计划|原先)/;
/** 郑华还没谈 / 尚未签订: a deed not yet done, which is no record either. */
// …，维权部的自查报告还没交 (round 34a, F2/F3): a paper not handed in yet is a deed not done too.
// …，孙丽那边还没来得及 (round 49, fve kind 1: the talk held before it dropped with it): not got round to, no deed named.
const NOT_YET = new RegExp(`(?:还没有?|尚未|暂未|还未|未及)[^,;。]{0,3}?(?:谈|找|约|聊|开展|组织|进行|签|搞|做|开|讲)|(?:还没有?|没)(?:来得及|顾上|轮到)|${NOT_DONE_FOR.source}|${PAPER_NOT_HANDED_IN.source}`);
/**
 * …自查完成，还要报送年度调研报告 · 还需组织观看警示教育片 (round 31, found by the coordinator: given the clause before's day, on
 * a card): work said still to do is a plan, never a deed of that day. 还要求… is an exhortation, not this.
 */
const STILL_TO_DO = /(?:还|尚)(?:要|需要?|得|待)(?!求)[^,;。]{0,4}?(?:报送|上报|提交|开展|组织|召开|进行|签|谈|找|学习|观看|检查|完成)/;
/**
 * 。下一步，宣文部将于12月邀请… (round 33a, P1's kind in a 通讯稿: the lead left behind made the dated deed before it a
 * plan, and the whole message was answered as one): a clause of nothing but the lead of the plan after it goes with it.
 */
const PLAN_LEAD = /^[\s\u0000]*(?:下一步|接下来|下阶段|下一阶段|今后)[\s\u0000,;。:]*$/;
/** 专题研究部署下个月的警示教育: the topic of a meeting, which names coming work without being a plan of the sender's. */
const TOPIC = /研究|部署|传达|安排|谋划/;

/**
 * A line whose later clauses are plans (…，明天准备组织部门学习): those clauses are
 * dropped, and `plan` says one was, so the reply names it. A line all plan, or with
 * no plan clause, is returned as it is.
 */
function withoutPlanClauses(line: string, now: Date): { line: string; plan: boolean; planWords: string[]; notHeld: string[]; notYet: string[] } {
  const clauses = line.split(CLAUSES);
  if (clauses.length < 2) return { line, plan: false, planWords: [], notHeld: [], notYet: [] };
  // 赵敏同志下周再谈 · 明天再找孙丽谈 · 郑华还没谈: a talk still to come (or not yet held) with someone named.
  // …，今天再和何平谈 (round 25b, §9): 再 + a deed of today said neither done nor begun is still to come.
  // 李娟出差了回来再谈 (k25: 李娟 given the talk): 回来再谈 is put off as 等她回来再谈 is.
  // …，赵磊下周谈 (round 49, fve kind 1: 赵磊 given the talk held before): a later time right before the deed is one put off.
  const later = (c: string) => PUT_OFF_TALK.test(c) || ((PLAN_CLAUSE.test(c) || /改天|过几天|下次|回头|回来|等[^,;。]{0,8}?(?:回来|以后|之后|后)/.test(c)) && LATER_DEED.test(c)) || (/今天|今日|下午|今晚|晚上/.test(c) && !/了|过|完/.test(c) && /再(?:和|与|跟|同|找)[^,;。]{0,8}?(?:谈|签)/.test(c));
  const planned = (c: string) =>
    NOT_YET.test(c) || STILL_TO_DO.test(c) || namesHabitToCome(c) || stillToCome(c, now, line) || arrangesTalk(c) || dueWithin(c) || talkToCome(c) || (!TOPIC.test(c) && (later(c) || namesMonthAhead(c, now) || (PLAN_CLAUSE.test(c) && (notAReport(extractTitles(c).rest) === 'plan' || readsAsPlan(c, now, line)))));
  // 12月份，拟于元旦前…提醒，并对各部室责任书落实情况开展一次检查 (round 22u E3: the 并 clause typed the check done before
  // it, stored at once as a 责任书检查): a clause going on from a plan (并/同时/以及…, said neither done nor dated) is the plan's.
  const flags: boolean[] = [];
  // 会议强调，各部室要对照…，确保年底前全面完成 (round 32a, A01): what the meeting asked of others is its content, no plan.
  // …挨个谈了谈，主要是提醒年底前后严守中央八项规定 (round 37, t37a F5): what a talk reminded someone of is its content, no plan.
  const content = talkContentClauses(clauses);
  // …谈心谈话，主要是节前廉洁提醒 (t48a F6: a 廉政教育 stored beside the talk): what a typed talk was about is its topic.
  const topic = talkTopicClauses(clauses, (c) => findKinds(extractTitles(c).rest).some((k) => isTalkType(k.code)));
  const asked = meetingAskedClauses(clauses, line).map((a, i) => a || content[i]! || topic[i] !== undefined);
  clauses.forEach((c, i) => flags.push((!asked[i] && planned(c)) || (i > 0 && flags[i - 1] === true && PLAN_GOES_ON.test(c) && !/了|已|过/.test(c) && lineDay(c, shanghaiDate(now)) === undefined)));
  const isPlan = (i: number) => flags[i]!;
  // …，孙丽出差了，等她回来再谈 · …，孙丽出差了，还没谈 (found by the tester, round 7: 孙丽 given the talk): a short clause of
  // no deed just before a talk put off (or not yet held) tells whose it is, and goes with it.
  const why = (c: string, i: number) => isPlan(i) === false && i + 1 < clauses.length && isPlan(i + 1) && ((BECAUSE.test(c) && findKinds(extractTitles(c).rest).length === 0) || PLAN_LEAD.test(c));
  // …，下午和张颖的谈心谈话取消了 (found by a newcomer: the whole line lost, or the talk recorded as held): that clause's deed
  // only is left out, and named by its type so the card says what was not recorded.
  const held = (c: string) => !saysNotHeld(extractTitles(c).rest);
  // …廉政谈话，提醒他年底前完成廉政风险自查 (round 37): a deed a talk asked of the one talked to is no deed of its own either.
  // …进行了谈心谈话，提醒节日期间注意廉洁自律 (round 68, ghj, t71b F2: a 廉政谈话 asked 和谁 beside it): a typed talk's reminder of
  // 廉洁 is its content, no talk of its own.
  const kindsOf = (c: string) => findKinds(extractTitles(c).rest);
  const typedContent = typedTalkContentClauses(clauses, content, (c) => kindsOf(c).some((k) => isTalkType(k.code)), (c) => kindsOf(c).length > 0 && kindsOf(c).every((k) => isTalkType(k.code)));
  const askedOfThem = (c: string, i: number) => (content[i]! && findKinds(extractTitles(c).rest).some((k) => !isTalkType(k.code))) || typedContent[i]!;
  // After a bare 谈话 (郑华「和陈静谈话，主要是节前廉洁提醒」) only another kind's words go: 主要是廉洁提醒 may be what types it.
  // 主要是提醒他… (a reminder told with its verb) is round 37's content, read as it was.
  const aboutTalk = (c: string, i: number) => topic[i] !== undefined && !content[i]! && findKinds(extractTitles(c).rest).some((k) => topic[i] === 'typed' || !isTalkType(k.code));
  // …谈了心，本来约了孙杰，那次谈心改期了 (round 51, fze kind 2: 孙杰 put on the card as talked to): a clause of what was meant
  // (本来/原本/原定…) right before one saying it was put off or fell through goes with it.
  // 本来计划昨天和杨帆进行廉政谈话，但…没谈成，改到下周了 (round 51, fzcc, t54b B-F1: the opening clause kept and offered on a
  // card): the message's own opening clause of what was meant goes the same way; with nothing else left the line is read whole,
  // and the gate says it did not take place.
  // 本来想昨天和刘洋谈心，结果他去培训了，没谈成 · 原定上周二和陈静谈，改到本周四了 (fzcc: a card of the talk): the put-off may
  // come after a reason of no deed, and a move to a day still to come puts it off as 改期 does.
  const putOff = (j: number) => !held(clauses[j]!) || isPlan(j) || deedFellThrough(clauses[j]!) || movedAhead(clauses[j]!, now);
  const meant = (c: string, i: number) => {
    if (i + 1 >= clauses.length || !MEANT.test(c)) return false;
    for (let j = i + 1; j < Math.min(clauses.length, i + 4); j++) {
      if (putOff(j)) return true;
      if (findKinds(extractTitles(clauses[j]!).rest).length > 0 || lineDay(clauses[j]!, shanghaiDate(now)) !== undefined) return false;
    }
    return false;
  };
  // 昨天和王强谈了心，本来要和李娟谈的 · …。本来还要和李娟谈，她请假了 (round 55, fhf, issue 10: the talk held dropped with the
  // line read as a plan, or the meant one called 计划安排): what was meant (本来/原定…要/想/约) with nothing after it but why it fell
  // through (她请假了) was not held; it and its reason go, and the card says so. A time still to come keeps it a plan.
  const meantUndone = (i: number) =>
    i > 0 && MEANT.test(clauses[i]!) && /要|想|打算|准备|计划|约/.test(clauses[i]!) && !/下周|下星期|下个?月|明天|后天|月底|年底|改天/.test(clauses[i]!) &&
    clauses.slice(i + 1).every((c) => c.trim() === '' || REASON_AFTER_MEANT.test(c));
  const undone = clauses.map((_c, i) => meantUndone(i));
  const afterUndone = (i: number) => undone.slice(0, i).some((u, k) => u && clauses.slice(k + 1, i + 1).every((c) => c.trim() === '' || REASON_AFTER_MEANT.test(c)));
  const kept = clauses.filter((c, i) => held(c) && !isPlan(i) && !why(c, i) && !meant(c, i) && !askedOfThem(c, i) && !aboutTalk(c, i) && !undone[i] && !afterUndone(i));
  if (kept.length === clauses.length || kept.length === 0) return { line, plan: false, planWords: [], notHeld: [], notYet: [] };
  // 本来要和李娟谈，改到下周了 beside a talk held (round 55, fhf: dropped without a word): what was meant and then moved is named too,
  // by its kind or, with none, by its verb (谈话 · 签责任书 · 学习).
  const meantMoved = (c: string, i: number) => meant(c, i) && clauses.slice(i + 1, i + 4).every((x) => held(x));
  const notHeld = clauses
    .filter((c, i) => !held(c) || undone[i] || meantMoved(c, i))
    .map((c) => [c, findKinds(extractTitles(c).rest)[0]?.code] as const)
    .map(([c, code]) => (code ? activityTypeName(code) : /谈|聊/.test(c) ? '谈话' : /签/.test(c) ? '签责任书' : /学习/.test(c) ? '学习' : '一项活动'));
  // …，赵敏还没谈 (round 14: called 计划安排): a deed not done is named as such, and so is its reason (孙丽出差了，还没谈).
  const notDone = (c: string, i: number) => NOT_YET.test(c) || (why(c, i) && NOT_YET.test(clauses[i + 1]!));
  const deed = (c: string, code = findKinds(extractTitles(c).rest)[0]?.code) => (code ? activityTypeName(code) : /谈|聊/.test(c) ? '谈话' : /签/.test(c) ? '签责任书' : '一项活动');
  // 何平出差未谈 (round 18, C): said not done for someone, named with those words on the card rather than as a deed to come.
  const notYet = clauses.filter((c) => held(c) && NOT_YET.test(c) && !NOT_DONE_FOR.test(c)).map((c) => deed(c));
  const plans = clauses.filter((c, i) => held(c) && !undone[i] && !afterUndone(i) && !notDone(c, i) && (isPlan(i) || why(c, i)));
  // The plan's own words, for the note (round 30g A26: 「第2行中的一句是计划安排」 of a message of one line).
  const planWords = plans.map((c) => c.replace(/^[\s\u0000,;。:]+|[\s\u0000,;。:!！]+$/g, '')).filter((c) => c !== '');
  return { line: kept.join(''), plan: plans.length > 0, planWords, notHeld, notYet };
}

/**
 * The text whose counts are the deeds a message states (withStatedCount): `text` without its plan clauses when it has any
 * (11月20日开展了上班纪律检查，下月计划开展作风纪律检查3次, round 69 gif: the plan's 3次 padded the check with two more of
 * no day), normalised then; `text` as it is otherwise.
 */
function countedDeedsText(text: string, now: Date): string {
  const done = withoutPlanClauses(normalizeText(text), now);
  return done.plan ? done.line : text;
}

/** 改到本周四了 · 推到下周 · 挪到明天: a deed moved to a day still to come (改到今天上午谈了 is held, and read). */
const MOVED = /^[\s\u0000,;。]*(?:但|后来|结果|又|就|只好|只能)*(?:改到|改在|改至|推到|挪到|调到|调整到|延到|顺延到)/;
function movedAhead(clause: string, now: Date): boolean {
  if (!MOVED.test(clause)) return false;
  if (/下周|下星期|下个?月|下次|以后|明天|后天|月底|年底|近期|过几天/.test(clause)) return true;
  const today = shanghaiDate(now);
  const day = lineDay(clause, today);
  return day !== undefined && day > today;
}

/** 「下周计划开展警示教育」: the plan clauses of one entry quoted for a note (cut at 24 characters); undefined when none. */
function planQuote(words: string[]): string | undefined {
  const said = words.join('，');
  return said === '' ? undefined : `「${said.length > 24 ? `${said.slice(0, 24)}…` : said}」`;
}

const withoutDate = ({ date: _date, ...draft }: ParsedReport['draft']): ParsedReport['draft'] => draft;

/**
 * 推迟到昨天进行了 · 改期至11月27日召开: a deed held later than planned, on the day after 到. 问题已整改到位 (round 28, n28:
 * its day asked) is a check's finding put right, no deed moved. 原定周三的廉政谈话提前到周二进行了 (round 56, the merge; fgf's
 * left-alone: stored at once on the Wednesday) is held earlier, on the day after 提前到 — only a day: 提前到达 moves nothing.
 */
const RESCHEDULED = /(?:(?:延期|推迟|改期|顺延|延后|(?<![修更整])改)(?:到|至|在)(?!位)|提前(?:到|至)(?=\s?(?:\d{1,2}月|\d{1,2}[日号]|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|昨天|前天|大前天|今天)))(.+)$/;

/** 会议通报了… / 会上传达… / 本次会议强调…: a sentence about the meeting told before it. */
const MEETING_GOES_ON = /^[\s\u0000,]*(?:会议|会上|会后|会中|本次会议|此次会议|会议期间|会议上)/;
/** 他强调… / 张伟书记指出…: what the one who held it said, not another deed. */
const SPEAKER_GOES_ON = /^[\s\u0000,]*(?:他|她|[\u4e00-\u9fa5]{2,3}(?:书记|理事长|副理事长|主任|部长|科长)?(?:同志)?)(?:在讲话中|在会上)?(?:强调|指出|要求|表示|希望)/;

/** After a meeting: someone passing on a document (王建国传达了…会议精神), or what everyone is asked to do (各部室要…). */
// 。会后，张书记与各部室主要负责人进行了集体廉政谈话 (round 37, t37a F1: the eight talks lost): the 要 of 主要/重要/纪要/摘要…
// is part of a noun, never what the meeting asked.
const MEETING_CONTENT = /^[\s\u0000,]*(?:[^,;。!?]{0,16}?传达(?:学习)?了?[^,;。!?]{0,40}?(?:精神|讲话|文件|通知|部署)(?![^,;。!?]{0,4}(?:学习|教育))|[^,;。!?]{0,10}?(?:(?<![主重纪摘概提简首])要(?![点件素])|必须|务必|应当|确保)(?!求))/;

/** 11月份我参加了3次学习： · 本月我参加的活动： a heading saying the sender took part in what follows. */
const ATTENDED_HEADING = /我[^:,;。]{0,6}?(?:参加|参与|听)(?:了|的|过)?[^:,;。]{0,12}:\s*$/;

/** 一是要提高政治站位；二是要加强警示教育: what a meeting asked for, not a deed to record. */
const EXHORTATION = /^\s*(?:要|必须|务必|应当|应该|需要|切实|进一步)/;

/** The first line of a list that names what the list is (…工作开展情况, …工作小结), written without a colon. */
const TITLE_LINE = /(?:工作|情况|开展情况|落实情况|汇报|动态|小结|总结|简报|纪实|要点|清单|台账|台帐)\s*$/;

/**
 * 清风残联｜宣文部开展“廉洁文化进机关”主题学习活动 over the dated item it heads: a news item's headline (no day, no full
 * stop, an activity 开展/举办/召开… at its end). Its record is dropped when the item below is of the same kind (round 11:
 * the headline became a second 廉政教育, the sender's, with its day asked).
 */
// 宣文部：我会开展节前提醒谈话 (l20): a 工作动态 item may open with its department and a colon; a 提醒 is announced too.
const HEADLINE = /^(?:[^,;。!?:：\s]{2,12}[:：]\s*)?[^,;。!?:：]*?(?:开展|举办|召开|组织|举行|启动)[^,;。!?《》:：]{0,30}(?:活动|会议?|学习|教育|讲座|党课|培训|宣讲|提醒|提醒谈话)\s*$/;

/** A headline naming a meeting (…召开党风廉政建设工作会议 · …工作推进会). */
const MEETING_HEADLINE = /会议?\s*$/;

/**
 * 【机关动态】市残联党组专题研究部署党风廉政建设工作 · 层层签订责任书 压紧压实主体责任 over a lead paragraph: a short line
 * of no sentence marks that names an activity is a headline too, however it is worded (round 16, K5).
 */
function headlineOverLead(first: string, second: string): boolean {
  const words = first.replace(/^\s*【[^】]{1,12}】/, '');
  // 组织观看《围猎》 over an item of another title is an activity of its own, not the item's headline.
  const ownTitles = extractTitles(words).titles.filter((t) => !second.includes(t));
  return words.length <= 32 && !/[,;。!?:]/.test(words) && ownTitles.length === 0 && namesActivity(words) && /[,。]/.test(second) && second.replace(/\s/g, '').length >= 20;
}

/** 本月党风廉政建设工作情况如下： / 11月份工作： : a line that introduces the entries after it and reports nothing itself. */
const HEADER = /[:：]\s*$|如下\s*$/;

/**
 * One ParsedReport per activity and, for talks, per counterpart. Each entry
 * (line, numbered or bulleted item, ；-separated activity) is read on its own:
 * it takes only its own day, or one given by a heading line (11月20日：), never
 * the day of the entry before it; without one the member is asked. An entry
 * that tells of a deed but gave nothing is named by its number in the reply.
 */
export function parseReport(raw: string, ctx: ParseContext): ParsedReport[] | null {
  // 本月共开展廉政谈话3人次 · 截至目前共签订责任书12份 alone (round 64, gdb; gcb's left-alone: one talk asked its day and person):
  // a total with no item is no record; periodTotalReply asks for the deeds one by one. Only the message as sent: the
  // readers' own rewrites (这个月开展廉政谈话五次 for 谈话五次 beside a check) are read on as before.
  const sent = normalizeText(toSimplified(raw)).trim();
  if (periodTotal(sent) !== undefined) return null;
  // 小计⇥廉政谈话⇥3人次 under two talk rows (round 65, ged: the count went without a word): a sheet's total rows weighed.
  // 小计⇥⇥3次 under two check rows (round 66, gfa: a third check asked its day): the rows are read without them.
  // …谈心谈话 王强也一起 另外下午… · …廉政谈话 张主任 也在 (round 66, gfc): a clause of who was there or away parted by spaces
  // only is written whole between commas, as typed, before any reader (the readers of presence know it only so).
  // The message as sent, for a reader of one entry that weighs its heading (beyondOwnUnit); a rewrite read again keeps it.
  const whole = ctx.message === undefined ? { ...ctx, message: sent } : ctx;
  return withTableTotalsWeighed(readSent(withSpacedPresenceClauses(withoutTotalRows(raw)), whole), raw);
}

/** parseReport's reading of `raw`, and of the rewrites its readers make of it (each read again from the start). */
function readSent(raw: string, ctx: ParseContext): ParsedReport[] | null {
  // 刚才说的是和李娟谈心 (round 54, fja: a new talk stored at once beside the wrong one): the latest record pointed at and
  // only its changes said is a correction of it (correctLatest's), no report.
  const plain = normalizeText(toSimplified(raw)).trim();
  if (LATEST.test(plain) && LATEST.exec(plain)![0] !== '' && correctionsInWords(plain, shanghaiDate(ctx.now)) !== undefined) return null;
  // 刚才说的是和李娟的廉政谈话 (round 55, fhd: a NEW 廉政谈话 stored at once): the person and the talk type restated after the
  // pointer are a correction of the latest talk (correctLatest's restatedTalkWith), no report.
  if (restatedTalkWith(plain)?.pointed === true) return null;
  // 11月16日那次廉政教育去掉吧，重复了 · 刚才那条和孙丽的谈话日期写错了，是12月4号 (round 60, fbc): a stored record withdrawn or
  // redated is changeNamedRecord's / futureDayCorrectionReply's, no report.
  if (changesStoredRecord(plain)) return null;
  // 是王建国副理事长和孙丽科长谈的，廉政谈话 (round 69, gij; t72a F2: two talks with the sender): read without the opening 是.
  const deed = deedWithoutLeadingIs(plain);
  if (deed !== undefined) return readSent(deed, ctx);
  // 承诺书那条签错了 应该是李娟 · 签错人了，是李娟 (round 68, ghk; t71b: a NEW signing asked its day): a slip owned with any verb is
  // the 写错了 it means (slipVerbWords' one list); when that wording is no report, neither are the words as sent. 报错了 keeps the
  // reading earlier rounds gave it (类型报错了，是廉政谈话 · 谈话对象报错了，应该是冯雪: their rows label it).
  const slipPut = slipAsWritten(plain);
  if (slipPut !== plain && !/报错/.test(plain) && readSent(slipPut, ctx) === null) return null;
  // 黄书记是谈话人不是对象 (round 63, gcb; gbc left it a new talk of 黄志刚 asked its kind): who held a talk said the other way
  // round is a correction (of the card, or of the stored record: storedCounterpartAsDoer), no report.
  if (counterpartAsDoerWords(plain) !== undefined) return null;
  // 赵书记 还 和 王磊 (voice) · 12月1日那天张书记… (round 60, fbe): read as typed, before the readers that see the message as written.
  // 和王芳谈心谈话，胡军、张三也在 (round 64, gda): names no one of the directory is, in a clause of who was there or away, are
  // taken out before reading (said back after), so the people known are read as they would be alone.
  const read = readWhole(dayPointerDropped(spokenAdverbsJoined(withoutUnlistedPresent(toSimplified(raw), ctx) ?? raw)), ctx);
  // 昨天…观看警示片，7人参加，之前报的写错了 · …，以这条为准 (round 54, fja: stored at once as a second record): a report restated
  // as the right version of one reported before is shown for a tap; with a record stored, restatedReportChange changes it.
  const slip = read ? restatedSlip(toSimplified(raw)) : undefined;
  if (read && slip !== undefined) {
    for (const r of read) if (!(r.reasons ?? []).includes('restated')) r.reasons = [...(r.reasons ?? []), 'restated'];
    // 「…七人参加，之前报的人数不对」 (round 54, fjaa: the note 「之前报的人数不」): the correction's own words are never a note.
    for (const r of read) if (r.draft.note !== undefined && slipWordsNote(r.draft.note, slip.slip)) delete r.draft.note;
  }
  // 1月5日和李明进行了廉政谈话 sent in December (round 56, fgf, t58a F7): a day months back with no year said is shown for a tap.
  // 11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话 (round 59, fcb: two 廉政谈话 stored at once): a talk a clause calls
  // 函询/诫勉 is asked its type as that clause alone is, whichever path read it.
  // 11月18日⇥廉政谈话⇥全体 (round 60, fbe): 全体 where the people go is named in the question 和谁谈的？.
  // 林晓「书记11月9日与何平进行了廉政谈话」 (round 60, fbf): a bare 书记 from or about another 书记's unit is asked which.
  // 日期⇥活动类型⇥…⇥人数⏎11月16日⇥谈心谈话⇥周涛⇥张颖⇥2 (round 63, gcd; gbh's left-alone: the 2 dropped without a word): a
  // talk row's count checks the people talked with, a disagreeing one said on the card.
  // 昨天下午跟周涛谈心谈话了 张三不在 (round 64, gda): a name in a clause of who was there or away that no one of the
  // directory is (or one heard as someone of another unit: 财务科吴晶也一起) is said back on the card, never dropped.
  // 赵敏书记会同办公室对康复中心…检查 (round 64, gdd): the unit joined by 会同 is named on the card as one that went along.
  // 全体干部（32人） in a table cell (round 64, gdh; t67a F5: 全体 lost): the count kept as everyone's, whose said on the card.
  // 组联部全体（2人） among those talked with (round 66, gfb; t68b F3): the count weighed against the people 全体 gave.
  // 日期⇥签订对象 (round 67, ggc): a two-column table names no doer; the sender's, said on the card.
  return read ? withNoDoerColumnNoted(withGroupCountWeighed(withWholeCountSaid(withUnlistedPresentSaid(withJointUnitNoted(withTalkRowCountsChecked(withAllWordAsked(withBareSecretaryAsked(withDistantDayNoted(withDisciplinaryTalksAsked(read, plain, ctx), plain, ctx.now), plain, ctx), raw), raw), plain, ctx.directory), plain, ctx), raw, ctx.directory, ctx.senderId) ?? [], toSimplified(raw), ctx.directory, ctx.senderId), raw) : read;
}

/** Whether `note` (a record's note) is only a piece of the slip words `slip` (之前报的人数不对), marks and spaces aside. */
function slipWordsNote(note: string, slip: string): boolean {
  const bare = (s: string) => s.replace(/[\s,;，；。:：、!！~～]+/g, '');
  const n = bare(note);
  return n !== '' && bare(slip).includes(n);
}

/** parseReport's reading, before a restated report is marked for a tap. */
function readWhole(raw: string, ctx: ParseContext): ParsedReport[] | null {
  // 随后與何平主任、徐辉副主任进行了… (round 38, t37c F7: the talk with no one): simplified before any reader, not only from
  // the normalizeText pass on — the passes before it (withPairedNames read 「與何平主任、徐辉副主任」 as two names side by
  // side, 何平与徐辉) and the readers before those saw 與 as no preposition.
  // …，都是作风纪律检查，黄书记带队。 (round 57, feb; t59b F3): written 均由黄书记带队 before any reader, since the lead readers
  // (ledInTrailer, kindAfterList) read the message as written as well as the passes' text.
  // 本月我科共开展廉政教育2次 11月2日学习… 11月23日观看… (round 64, gdd; gcd's left-alone: the lead a record of its own,
  // the film's doer asked): spaces parting the items after a counted lead are stops, written before any reader (the voice
  // and clause-opener readers would part the later items onto lines of their own, away from the lead).
  // …参加学习。⏎图为党课现场 (round 64, gdd: the caption read as a second 党课 of no day): a pasted item's photo captions
  // are cut before any reader, as the bot cuts them before it reads (createBot), so a caption never makes a record.
  // …会同组联部周涛部长对宣文部开展作风纪律检查 (round 64, gdh; t67a F3: 组联部 read as the place checked): the unit before the
  // person who went along is whose they are, written 会同周涛部长 before any reader.
  const text = withSpacedLeadItems(withSharedLeadAfterKind(withJointUnitPersonBare(toSimplified(withoutPhotoCaptions(raw)), ctx.directory)));
  // 刚才报的3号财务科谈话，李娟那天请假了，没谈 (round 51, fzcc, t54a F1/F8: a new talk with 孙丽, never named): someone
  // said absent from a record reported before is a correction of that record (dropNamedRecord), no report.
  if (absentFromRecordWords(text) !== undefined) return null;
  // 黄书记11月13日查财务科那次其实是专项资金检查，麻烦改一下 (round 52, fwd; t54b B-F2: a second check): a record pointed
  // back at (那次/那条/那个) and changed beyond doubt is a correction of it (correctLatest), no report.
  if (pointedRecordChange(text, shanghaiDate(ctx.now))) return null;
  // 11月19日的作风纪律检查部门不对，不是办公室是康复中心 (round 58, fdd: stored at once as a check at 办公室): a record named and a
  // field of it owned wrong with its right value is a correction of that record (correctLatest), no report.
  if (fieldSlipWords(text) !== undefined) return null;
  // 孙科长说上次报错了，11月25日她是和王建国副理事长签的责任书，不是和我 (round 59, fcc; t61b F4: a signing of 孙丽's with the
  // sender 李娟, whom it denies): with no stored record to correct (relayedCorrection's), read as the deed the speaker tells.
  const relayed = relayedCorrectionWords(text);
  if (relayed !== undefined) {
    const [speaker, partner] = [namedPeople(relayed.speaker, ctx), namedPeople(relayed.partner, ctx)];
    const partnerFirst = speaker?.length === 1 && partner?.length === 1 && rank(partner[0]!, ctx) > rank(speaker[0]!, ctx);
    return readSent(relayedDeedText(relayed, partnerFirst), ctx);
  }
  // 上午那个廉政谈话 陈志强下午回来了 也补谈了 (round 64, gdc; t66a B-F9: 陈志强 made the doer, asked with whom): a talk or a
  // signing made up with one back from away is the sender's with them on the day said, as a plain report reads it; naming
  // words of a batch beside it (上午那个廉政谈话) are no record of their own, so it is shown on a card. With the batch stored,
  // the bot's madeUpForBatch reads it first.
  const madeUp = madeUpWords(text);
  if (madeUp !== undefined) {
    const plainDeed = madeUpDeedText(madeUp);
    const deed = readWhole(plainDeed, ctx);
    for (const r of deed ?? []) {
      // A note quoting the words read says them as the member wrote them.
      r.remarks = r.remarks.map((m) => m.split(`「${plainDeed}」`).join(`「${raw.trim()}」`));
      if (madeUp.about !== '') r.reasons = [...new Set([...(r.reasons ?? []), 'leftover' as const])];
    }
    return deed;
  }
  // 刚才那条有误，吴静还没签，只和周涛签了责任书 (round 59, fcc; t61b F7: a signing with 周涛 on a card dated today): a stored
  // deed denied after words owning a slip is deniedStoredDeed's, no report.
  if (openedAsSlip(text) && deniedStoredDeed(text) !== undefined) return null;
  // 作风纪律检查，第2条是11月21日 · 第4条调研报告其实是上周三报的 (round 57, fec; fgc's left-alone: stored at once): 第N条 changed
  // or dropped speaks of a list on the screen, never of a deed of its own; the waiting card's readers, or the reply that
  // no list waits (numberedItemChangeReply), take it.
  if (numberedItemChange(text) !== undefined) return null;
  // 第2条不是谈心 算廉政谈话吧 (round 64, gdb; gci's left-alone: two new talks): a numbered record's kind denied and said is a
  // change of the latest report's record (numberedKindChange), or said to have no list; no report.
  if (numberedKindWords(text) !== undefined) return null;
  // 刚才那条约谈撤销一下，是林晓约谈的不是我 (round 53, fkb; t55b FB1: a new talk with 林晓): the latest record withdrawn with a
  // reason is undo's; the reason's people are no counterparts of any record.
  if (latestWithdrawal(text) !== null) return null;
  // 11月3日和王强那次谈话后，又和李娟进行了谈心谈话 (round 52, fwdd: the 王强 talk stored again at once): a deed pointed back
  // at as the time reference is no deed of this message; only the deed after it is read, its day its own or asked.
  const pointedBack = withoutPointedBackDeed(text);
  if (pointedBack !== text) return readSent(pointedBack, ctx);
  // ⑴11月20日… ⑵… · ⒈… · ❶… (round 38, t38b F11: every doer lost): an editor's enclosed marker is a plain one to every reader.
  const marked = plainItemMarkers(text);
  if (marked !== text) return readSent(marked, ctx);
  // 11月24日共开展廉政谈话3人次：⏎1. 与孙杰… (round 64, gdb; gcb's left-alone: one talk of no one): a counted heading with a day, or
  // over items of no kind, gives the items its day or kind and is weighed against them, no record of its own.
  const headed = countedHeadingItems(text);
  if (headed !== undefined) return withHeadingCountWeighed(readSent(headed.text, ctx), headed);
  // 本月共开展廉政谈话2人次、作风纪律检查1次：12月1日与李明… (round 65, ged; gdb's left-alone: a talk of no one, 12-01 given to a
  // check): totals of several kinds before their dated items only count them — the items read alone, each kind's count weighed.
  const kindTotals = kindTotalsLead(text);
  if (kindTotals !== undefined) return withKindTotalsWeighed(readSent(kindTotals.rest, ctx), kindTotals);
  // 对王强进行了函询 (round 59, fcb: 没看懂, or a 廉政谈话 beside another clause's): the 函询谈话 it stands for, its type asked.
  const inquiry = withInquiryAsTalk(text);
  if (inquiry !== text) return readSent(inquiry, ctx);
  // 咱们科昨天看了警示教育片 (round 50, fxe kind 3: no department): the spoken 咱们 is 我们 to every reader.
  const plainWe = withWeSpelledPlain(text);
  if (plainWe !== text) return readSent(plainWe, ctx);
  // 昨天和刘洋谈了话 上周也跟王建国副理事长谈过 · …，孙丽科长随后与王强进行了廉政谈话 · …，同一天还找我也谈了 (round 61, gaa; t63b
  // X2, fbc, fbe: the second deed joined to the first, its day, doer or the sender lost): a second talk or signing with a
  // doer, day or relay of its own is written on a line of its own, read alone, shown apart on the card.
  // 张伟书记讲授廉政党课，并与王建国进行了廉政谈话 (round 62, gbe; gad's left-alone: the talk the clerk's): a clause joined by
  // 并/同时/随后 with no subject is the first clause's subject's, each written on a line of its own with that doer.
  const joined = withJoinedClauseDoer(text, ctx);
  if (joined !== text) return readSent(joined, ctx);
  // 与办公室里明，财务科孙丽分别进行了廉政谈话 (round 62, gbe; gac's left-alone: 孙丽 read as the doer): the pairs are one list.
  const pairsJoined = withDepartmentPairsJoined(text, ctx.directory);
  if (pairsJoined !== text) return readSent(pairsJoined, ctx);
  // 孙科长12月3号和王强签订了廉政承诺书，我也签了 (round 66, gfh; t69a F1: the sender's 我也签了 stored as her own signing with
  // 孙丽): the deed told again with the sender as another it was done with, on a line of its own with the first's doer and day.
  const meToo = withMeTooAfterDeed(text, ctx);
  if (meToo !== text) return readSent(meToo, ctx);
  // 孙科长和王强签了，我也签了 (round 67, ggc; no report before): read as that signing told twice, its kind asked.
  const bareSigning = withBareSigningMeToo(text, ctx);
  if (bareSigning !== undefined) return askedSigningKind(readSent(bareSigning, ctx));
  const apart = withOwnClauseApart(text, ctx);
  if (apart !== text) return readSent(apart, ctx);
  // 11.25 张书记到财务科…⏎第二天到办公室检查 (round 61, gaa; fbf's left-alone: the second check the sender's): a line going
  // on from the one before with no subject is that line's doer's.
  const goesOn = withNextLineDoer(text, ctx);
  if (goesOn !== text) return readSent(goesOn, ctx);
  // 补充一下 11月24日那天 赵书记 还 和 王磊 部长 签了 责任书 (round 61, gaa; fbe's left-alone): the opening announces, no deed words.
  const unopened = withoutSupplementOpening(text);
  if (unopened !== text) return readSent(unopened, ctx);
  // 何 主任 昨天 给 我们 中心 上了 一堂 廉政 党课 大概 十来个 人 (round 52, fwb; t54a F6: the lecturer asked, the count lost):
  // the spaces voice input put inside a name and title, a count, a kind word or a day are written away for every reader.
  const voiced = withVoiceSpacesJoined(text, ctx.directory);
  if (voiced !== text) return readSent(voiced, ctx);
  // 黄书记本月开展谈话3次 (round 61, gab; fbf's left-alone: 黄志刚 the one talked to): a person's talk tally of no kind, alone, is
  // read as a typed one and asked its kind among the talks (of no one, 本月开展谈话5次 stays bareTallyReply's).
  // 报告：办公室本月组织廉政教育2次，其中12月1日李明主任带领… (round 61, gab; t63a F1: the lead a record of its own, the study the
  // clerk's): the 报告： before a counted lead is no part of it.
  // 办公室本月组织警示教育2场，其中11月5日… (round 61, gab): 场/批次 counting a lead over 其中 items is 次 to the lead readers.
  const timed = withTallyMeasureAsTimes(text);
  if (timed !== text) return readSent(timed, ctx);
  const unprefixed = withoutReportWordBeforeTally(text);
  if (unprefixed !== text) return readSent(unprefixed, ctx);
  // 本月开展谈话4次，其中廉政谈话2次（12月1日与孙丽、12月2日与王强），… (round 61, gab; t63a F4: each group on its first day): one
  // talk a day–person pair in the bracket, the counts weighed.
  const pairDays = bracketedPairDays(text);
  if (pairDays !== undefined) return withPairCountsWeighed(readSent(pairDays.text, ctx), pairDays);
  // 一、开展提醒谈话2人次，黄志刚书记分别于11月23日、11月25日对王强、何平进行了提醒谈话 (round 61, gab; t63a F2: a third talk of no
  // one): a counted lead the next clause tells again with days only counts it; read without it, the count weighed.
  const restated = restatedTallyLead(text);
  if (restated !== undefined) return withRestatedCountsWeighed(readSent(restated.text, ctx), restated);
  // 这个月检查了三次 谈话五次 (round 61, gab; fbf's left-alone: the talks dropped): counts side by side are each their own report.
  const beside = talkTallyBeside(normalizeText(text));
  const besideRead = beside?.map((c) => {
    const untyped = untypedTalkTally(normalizeText(c));
    return untyped !== undefined ? withTalkKindAsked(readSent(untyped.standIn, ctx)) : readSent(c, ctx);
  });
  if (besideRead !== undefined && besideRead.every((r) => r !== null && r.length > 0)) return besideRead.flatMap((r) => r!);
  const talkTally = untypedTalkTally(normalizeText(text));
  if (talkTally?.person === true) return withTalkKindAsked(readSent(talkTally.standIn, ctx));
  // 王建国副理事长11月6日与李明、孙丽签订；刘芳副理事长… · …3人次，分别是11月9日黄书记与何平、… · 张书记本月谈话4次：王建国（12月1日）、…
  // (round 58, fda; t60b F2/F3, t60a F6: signings lost to the 注, the sender made a doer, the heading's doer lost): a clerk's
  // list of leaders' deeds is written out one clause per doer and day for every reader.
  const listed = withLeaderListClauses(text, ctx);
  if (listed !== text) return readSent(listed, ctx);
  // 其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日和11月23日 (round 58, fda; t60a F9's kin: the days all the 谈心谈话's):
  // the days of a tally split by type, one clause a day, in the order of the counts.
  // 黄书记本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次 from 林晓 (round 59, fcb; fda's left-alone: 黄志刚 a counterpart):
  // the lead's person holds every talk of the tally, read without them first.
  const led = tallyLeadDoer(normalizeText(text), ctx);
  const ledCtx = led !== undefined ? tallyReadAs(led, ctx) : ctx;
  if (led !== undefined) return withTallyLeadDoer(readSent(led.text, ledCtx), led, ctx, ledCtx !== ctx);
  // …其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日 (round 59, fcb; fda's left-alone): fewer days than the tally are
  // given to no record; each asks its day, the card says which days were written.
  const unmatched = typeSplitDaysUnmatched(text);
  if (unmatched !== undefined) return withUnmatchedDaysNoted(readSent(unmatched.text, ctx), unmatched, shanghaiDate(ctx.now));
  const typeDays = withTypeSplitDays(text);
  if (typeDays !== text) return readSent(typeDays, ctx);
  // 9月下旬（9月24日）黄志刚书记带队… (round 46, t48b F4: the doer asked): the exact day in brackets alone, as written alone.
  const exact = exactDayForVagueTime(text);
  if (exact !== text) return readSent(exact, ctx);
  // 到财务科和他们部门的同志谈了话 (round 48, ftc: no report): 他们 talked with is the department visited, read as written out.
  const theirs = withTheirsTalkedWith(text, ctx.directory);
  if (theirs !== text) return readSent(theirs, ctx);
  // 王强和李娟的廉政谈话都谈完了 from their 科长 (round 58, fdd; t60a F7: a card of 王强→李娟): her talk with each.
  const pair = withPairTalksOfHead(text, ctx.directory, ctx.senderId);
  if (pair !== text) return readSent(pair, ctx);
  // 赵书记…来我们宣文部调研，…和部门全体同志进行了集体廉政谈话 (round 52, fwf; t54b F3: asked 和谁, the head no button):
  // a visit to 我们 X部 is a visit to X部.
  const ours = withOurDepartmentVisited(text, ctx.directory);
  if (ours !== text) return readSent(ours, ctx);
  // 按照通知要求报送廉政信息2篇 (round 52, fwf: no report): the notice followed is a purpose clause, its comma written.
  const followed = withNoticeFollowedApart(text);
  if (followed !== text) return readSent(followed, ctx);
  // 11月20日报送廉政信息2篇，另有1篇 (round 53, fke; issue 10: the 1篇 dropped without a word): papers of no day beside a dated
  // count are read as the total and its dated part, for every reader after (the count's day question is theirs).
  const further = withFurtherPapersCounted(text);
  if (further !== text) return readSent(further, ctx);
  // 开展了廉政教育；学习了身边的典型案例 · 讲廉政党课，学习了典型案例 (round 50, fxf: a phantom 警示教育): the cases are the deed's content.
  const drawnOn = withCasesStudiedAsContent(text);
  if (drawnOn !== text) return readSent(drawnOn, ctx);
  // 截至11月底各科室报送廉政信息情况：办公室3篇，宣文部2篇 (round 49, fvb, t51b F2: a completion query, or one paper the clerk's):
  // a tally of papers by department is each department's clause, read by every reader after (the per-day counts too), then
  // its counts of no day, total and 其中…采用 put back.
  // 各科室应报送廉政信息：办公室3篇，宣文部2篇 · …还差：组联部1篇: a quota or what is missing, no paper handed in.
  if (isQuotaTally(text, ctx.directory)) return null;
  const tally = paperTally(text, ctx.directory);
  const tallied = tally === undefined ? text : withDepartmentPaperItems(text, ctx.directory);
  if (tally !== undefined && tallied !== text) return withPaperTallyChecked(readSent(tallied, ctx), tally, ctx.directory);
  // …和王建国、刘芳、陈志强、赵敏四位同志谈了… (t47a F4): the count after a list of names only counts them.
  const uncounted = withoutListCount(text, ctx.directory);
  if (uncounted !== text) return readSent(uncounted, ctx);
  // 分别与周涛、吴静三位同志进行了廉政谈话 (round 45, fre kind 5: two talks stored at once, 三位 dropped without a word): read
  // as the names say, on a card that says the count did not match.
  const unlike = countUnlikeNames(text, ctx.directory);
  if (unlike !== undefined) return withCountUnlikeNoted(readSent(unlike.text, ctx), unlike, ctx);
  // …签了廉政承诺书 这个要报吗 · 请问…还能补录吗 11月20号… (round 50, fxe kind 2: dropped as a question): the deed read
  // without the question whether to report it, on a card that answers it.
  const asked = reportingAsked(text);
  const answered = asked && withReportingAskedNoted(readSent(asked.text, ctx), asked);
  if (answered) return answered;
  // 上周五和组联部 周涛部长开了个会 (round 49, fwc task 3: no report, nothing said): a leader's loose sitting with departments
  // she supervises is her 分管科室会议, read as written out and shown on a card that says the type was inferred.
  const loose = looseSupervisedMeeting(text, ctx.senderId, ctx.directory);
  if (loose !== undefined) return withLooseMeetingNoted(readSent(loose.text, ctx), loose);
  // …谈了话，这个算廉政谈话还是谈心谈话？ (round 48, ftc): the deed read, its kind asked among those the member named.
  // …谈话。另外想问一下我还差什么 (r2): read whole as a question, the deeds beside it are read with the question named.
  // …谈话。顺便问下本季度完成情况: read right, the question beside it is named, not dropped without a word.
  // 康复部…工作总结：… from its head: the head's own deeds under it are the department's (round 34b §4, A23).
  // 11月3日报送廉政信息2篇 (round 37, t36a F13's note): the two identical records the count made are marked as counted.
  // 日期⇥事项⇥参加人数 rows of the sender's own department (round 43, t43a F5): every row the department held is its own.
  // 办公室11月…小结：…开展作风纪律检查1次 (t48b F8): a check of no place under the department's own heading is on it.
  const read = withKindMemo(() => withOwnUnitChecks(withOwnTableDepartment(withHeadsOwnHeading(withKindAskedBeside(text, (deed) => readReport(deed, ctx)) ?? withQuestionNamed(readReport(text, ctx), text) ?? withQuestionApart(text, (deed) => readReport(deed, ctx)), text, ctx), text, ctx), text, ctx));
  // …分别是3月5日、6月10日…，对象均为赵磊 (t39a F13): the closing names the one talked with on every day listed.
  // 报送廉政信息2篇（《A》《B》） (round 41, t40b F17): one title a paper, in order, not 《A、B》 on each.
  // 林晓：…报送11月份廉政信息2篇 (t45a F3): each paper is its doer's department's, which owes it.
  // 林晓：11月28日报送了10月份廉政信息 (t45a F3): counted for the day sent, and said so.
  // 本月共开展廉政教育2次：D1…，D2…，D3… · 谈了三个人：… (round 45, frb): a count not matching its items is told on the card;
  // 部门本月开展廉政教育两次：… (t47b F7's kind): the lead's unit is each item's.
  // 「受陈理事长委托」 beside 陈志强's talks (t48b F7): a note that someone was not made the doer holds only while no record does.
  const nameOf = (id: string) => ctx.directory.person(id)?.name;
  // 其中1篇被市纪委网站采用 · 已被…录用 (t51b F9): kept in the papers' note, once, by the one reader of it (round 50, fxf).
  // 康复部这周开了两次会 一次是…一次是… (t52a #9): the sender's own department opening a counted head is each item's.
  // 作风纪律检查1次（康复中心），谈话提醒2人次 (round 51 fzf): a tally of another deed with no day asks its day.
  // …参加党员36人。参观结束后，赵敏同志为全体党员上了一堂廉政党课 (round 57, fee; t59b F5): the occasion's count, after a 。 too.
  // 会同林晓与孙丽进行了廉政谈话 (round 57, fee): the one joined with 会同/协同/联合 went along, no one talked with.
  // 11月份廉政谈话情况：⏎1. 11月4日 与王建国副理事长… from a 科员 (round 68, ghh; t71a F1's kind): whose is asked once for all.
  return read === null ? null : withTalkOccasionNoted(withMeetingAttendeesSaid(withEducationPlaceNoted(withHeadedTalkListAsked(withTallyDayAsked(withTalkCompanionApart(withOccasionCountOnAudience(withAdoptedPaperNoted(withUnrecordedNamesTrue(withHeadUnitOverItems(withCountedLeadUnit(withCountedLeadMismatch(withPaperMonthNoted(withPaperDepartment(withPapersTitledApart(withCountedCopies(withClosingCounterparts(read, text, ctx), text), text), text, ctx), text), text, directoryNames(ctx.directory)), text, ctx), text, ctx), ctx.senderId, nameOf), text), text), text, ctx), text, shanghaiDate(ctx.now)), text, ctx), text), text, nameOf), text);
}

const ASSISTED_BY = new Map<string, RegExp>();
/** 协助/配合/陪同… then the name (or its surname and title) of the person the items are about; compiled once per name (bounded). */
function assistedBy(name: string): RegExp {
  let re = ASSISTED_BY.get(name);
  if (re === undefined) {
    if (ASSISTED_BY.size >= 4096) ASSISTED_BY.clear();
    re = new RegExp(`(?:协助|配合|陪同|随同|协同)[^,;。]{0,4}?(?:${name}|${name[0]}(?:书记|副?理事长|副?主任|副?部长|副?科长))`);
    ASSISTED_BY.set(name, re);
  }
  return re;
}

function readReport(text: string, ctx: ParseContext): ParsedReport[] | null {
  // 部门学习 12.2 条例 8人 (round 44 fqe: 没看懂): a 台账-like line of cells read as the prose it stands for, on a card.
  const terse = terseNoteAsProse(text, ctx.directory);
  if (terse !== undefined) return withTerseNoteCard(readSent(terse, ctx));
  // 今天和冯雪淡话 · …，王建国同志请假没有参加 (round 28, n28: 没看懂): a bare slip of 谈话 is the untyped talk (its type asked),
  // and an absence the not-done-for reading below takes (never a denial of the whole report).
  // 王 建国 · 张　伟 pasted from a padded list (t31c): the name whole, or the deed became the sender's.
  // 随后签定了廉洁自律承诺书 (round 36, t36b F9): 签定 read as 签订; 作风纪律检察 · 开展督察 (round 37, t37b F6): 检查 · 督查.
  // 工作：n一是…；n二是… · 本周工作：\n1、… (round 38, t37c F5/F9): a line break that came through written out is one again.
  const broken = withLineBreaksRestored(text);
  if (broken !== text) return readSent(broken, ctx);
  // 昨天和李明谈了心 我 李娟 · …签了责任书 ——孙丽 (round 51, fze kind 4: the signer stored as one more talked to): who wrote,
  // signed at the end; the sender changes nothing, someone else's signature makes the deed theirs, on a card.
  const signed = signedAtEnd(text, ctx.directory.org.people, ctx.senderId);
  // 11月23日和25日，我分别与李明、孙丽… (round 51, fze: both on 11-23 at once): the days listed go with the deed after 我.
  const listedDays = withMeAfterLeadDays(text);
  if (listedDays !== text) return readSent(listedDays, ctx);
  // …，共6人参加 维权部那天没来 (round 51, fze kind 1: stored at once @维权部, or the count lost): a department said absent is
  // read off the message, then off every record's departments.
  const absentUnits = absentDepartments(text, ctx.directory);
  if (absentUnits !== undefined) return withoutAbsentDepartments(readSent(absentUnits.text, ctx), absentUnits);
  if (signed !== undefined) return withSignerNoted(readSent(signed.text, ctx), signed, ctx.senderId, ctx.directory.person(signed.signerId)?.name ?? signed.signerId);
  // …签订责任书：王建国与李明、孙丽（12月1日）；刘芳—周涛，12月2日 (round 49, fvf kind 1: the first pair lost, the dash read as
  // the sender's talk): each pair item written with its day first and 与 between its sides, as the readers read it.
  // …：王建国与李明（11月5日），刘芳与周涛（11月5日），谈话时长均约半小时 · …；刘芳与周涛（时间待定） (round 49, fwb: 王建国>刘芳 on
  // the card, or the first pair lost): the dated items parted by ；, a pending pair written as the deed not done.
  const pairsParted = withPairItemsParted(text, directoryNames(ctx.directory));
  if (pairsParted !== text) return readSent(pairsParted, ctx);
  const pairsDayFirst = withPairItemsDayFirst(text, directoryNames(ctx.directory));
  if (pairsDayFirst !== text) return readSent(pairsDayFirst, ctx);
  // 11月3日廉政谈话：王建国与李明；刘芳与周涛 · …：王建国与李明、刘芳与周涛 (the same kind, no day per pair: the first pair lost,
  // or 王建国>刘芳): the lead's deed written after each bare pair.
  const pairsWithDeed = withLeadDeedOnPairs(text, directoryNames(ctx.directory));
  if (pairsWithDeed !== text) return readSent(pairsWithDeed, ctx);
  // …廉政谈话 李娟请假了 下周再谈 (round 49, fve kind 1: 李娟 stored as talked to): the space before an absence is its comma.
  // …调研报告 12月1号报的 题目是…调研 (round 49, fve kind 4: a second 调研 made of the title): the day-done clause's commas;
  // …信息 题目 康复部开展廉政提醒: a spaced 题目 as 题目：.
  // 陈志强出差回来后和冯雪谈了 (round 63, gcc): the one back from a trip is the subject, the trip no absence.
  const spoken = withSpacedTitleLead(withSpacedDayDone(withSpacedAbsence(withSpacedNamesJoined(withoutBackFromTrip(text), ctx.directory), directoryNames(ctx.directory))));
  // 张书记主将了廉政党课 (round 51, fza; t53a F10): a voice slip of 主讲 where a lecture is said.
  // 王副理市长昨天和孙科长谈话 (round 57, fea; t59a F6: the sender's talk): a title's one-character slip after a surname.
  // …检查 和林晓同行 (round 51, fza; t53a F9): the check's companions written 「，林晓陪同」.
  // 报送廉政信息3篇（12月1日1篇、12月3日2篇） (round 56, fge; t58b F3): a count broken down by day in brackets, the colon form.
  // 前天和维权部签了责任书 冯雪请假了没参加 (round 69, gib; t71c: asked 和谁): the unit's head away, as round 68's comma form.
  const plain = withAbsenceSaidPlainly(withCheckCompanionClause(withLectureSlip(withCheckSlip(withSigningSlip(withBareTalkSlip(withTitleSlip(withBracketedDayCounts(withAbsentHeadApart(spoken, ctx.directory)), ctx.directory))))), directoryNames(ctx.directory), ctx.directory), ctx.directory, (c) => findKinds(extractTitles(c).rest).length > 0);
  if (plain !== text) return readSent(plain, ctx);
  // 我跟何平主任说了和徐辉谈心的事 (round 44, fqd kind 1: a talk with 何平 stored beside 徐辉's): the one told about a talk or
  // signing is no side of it; only the deed told about is read, the one told named by the report-back remark. Read before
  // breakGluedDays, which cut 和赵敏书记讲了讲⏎11月16日与孙杰谈心的情况.
  const toldAbout = withoutToldAbout(text, directoryNames(ctx.directory));
  if (toldAbout) return withReportOnDeedNoted(readSent(toldAbout.text, ctx), toldAbout, shanghaiDate(ctx.now));
  // 谈话时间：…⏎谈话对象：徐辉⏎记录人：刘洋 (round 44, fqd kind 2: one talk read as two, one asking 和谁): a talk form written
  // line by line is the one line of fields the field readers know, 参加人 after it as present (before the bystanders).
  const formLine = withTalkFormLinesJoined(text);
  if (formLine !== text) return readSent(formLine, ctx);
  // 补报一下去年12月和王建国的廉政谈话，是12月20号 (round 27b, K3): the 去年 of a 补报 is the year of the days after it.
  // 党组召开…专题会议　11月30日，… (round 29a, A6): a headline set off by an ideographic space is a headline line.
  // 2027年…工作计划：一、… sent in 2026 (round 29a, A28): next year's plan, as 明年…工作计划：.
  // 【转发】… · 转发：… (round 34c §1.4, §3.1): the pasted item read as written, on a card, never the sender's at once.
  // 宣文部11月工作台帐11月5日 组织…《条例》11月12日 王磊部长与我…11月19日 报送廉政信息2篇… · …台帐n11月5日… (round 38,
  // t37c F1/F4: an account's lines pasted with their breaks lost were read as one sentence, days paired with the wrong deeds
  // and a line's 2篇 or 《》 given to another): each day glued onto the end of a deed opens a line of its own, for every reader.
  const unglued = breakGluedDays(text, directoryNames(ctx.directory));
  if (unglued !== text) return readSent(unglued, ctx);
  // 陈志强副理事长郑华、冯雪均已谈完，时间是11月13日 (t24: ten talks of one doer): each leader's clause with its own people.
  // Before the person headings: 赵敏书记：11月10日王磊、何平已谈；刘芳副理事长：11月12日周涛已谈 (round 46) is one line of
  // leaders' talks, whose second leader a heading (read at a line's start only) became one more person talked to.
  const byLeader = withLeadersOwnPeople(text, ctx.directory);
  if (byLeader !== undefined) return readSent(byLeader, ctx);
  // 王建国同志：11月10日与… · 【陈志强副理事长】11月4日… (round 45, frg): a line opening with one person and a colon is the
  // heading of their items, read as 「王建国同志工作情况：」.
  const personHeaded = withPersonColonHeading(text, directoryNames(ctx.directory));
  if (personHeaded !== text) return readSent(personHeaded, ctx);
  // 11月份各班子成员分别与分管部门负责人… (round 45, frg): a span glued to the group of doers is set off, as 11月，各… reads.
  const spanApart = withSpanBeforeGroupDoers(text);
  if (spanApart !== text) return readSent(spanApart, ctx);
  const forwarded = withoutForwardMarker(text);
  if (forwarded !== undefined) return withForwardedCard(readSent(forwarded, ctx));
  const ahead = withPlanYearAhead(text, Number(shanghaiDate(ctx.now).slice(0, 4)));
  if (ahead !== text) return readSent(ahead, ctx);
  const headed = withHeadlineSpace(text);
  if (headed !== text) return readSent(headed, ctx);
  const backfilled = withLastYearCarried(text, ctx.now);
  if (backfilled !== text) return readSent(backfilled, ctx);
  // 昨天到财务科检查 办公室没去 (round 52, fwc: not a report): the places not gone to are left out of the check, on a card.
  const notVisited = withoutPlacesNotVisited(text, ctx.directory);
  if (notVisited !== undefined) {
    const read = readSent(notVisited.text, ctx);
    if (read !== null && read.length > 0) {
      read[0]!.remarks.push(placesNotVisitedRemark(notVisited));
      for (const r of read) r.reasons = [...new Set([...(r.reasons ?? []), 'items' as const])];
      return read;
    }
  }
  // …与郑华，冯雪因出差顺延至11月23日 (round 39, t38a F12: 冯雪 dropped as 「没有进行」): put off to a day gone by, held then.
  const rescheduled = withRescheduledHeld(text, shanghaiDate(ctx.now), directoryNames(ctx.directory));
  const heldLater = rescheduled ? withRescheduledNoted(readSent(rescheduled.text, ctx), rescheduled, ctx) : undefined;
  if (heldLater !== undefined) return heldLater;
  // 原定上周的廉政谈话推迟到昨天，和周涛谈的 (round 52, fwc: not a report): a deed put off to a day gone by was held then, on a card.
  const movedHeld = withMovedDeedHeld(text, shanghaiDate(ctx.now));
  if (movedHeld !== undefined) {
    const read = readSent(movedHeld.text, ctx);
    if (read !== null && read.some((r) => r.draft.date === movedHeld.date)) {
      read[0]!.remarks.push(movedHeldRemark(movedHeld));
      for (const r of read) r.reasons = [...new Set([...(r.reasons ?? []), 'items' as const])];
      return read;
    }
  }
  // 黄志刚和林晓分别到财务科、宣文部… · 和陈志强分别与周涛、郑华… (round 45, fre kind 1: both checks the sender's, 林晓 a
  // 同行; 陈志强 one talked to): two named doers each do their own deed, written as 我和X分别… or as two sentences before
  // withJointDoers, which read the two as one party.
  const respective = withNamedRespectiveDoers(text, ctx);
  if (respective !== text) return readSent(respective, ctx);
  // 张书记和王副理事长一起找李明谈了 · 我陪赵书记找王磊谈了话 (t24 C): one talk, the senior's (or the one
  // accompanied); before the companions, whose 和X一起 would make the senior a companion of the other.
  const joint = withJointDoers(text, ctx);
  if (joint) return withJointDoersNoted(readSent(joint.text, ctx), joint, ctx);
  // …签订了责任书。会议由赵敏同志主持，参会共21人。 (round 38, fkg F6: the heads' signings became signings with 赵敏): the
  // sitting's chair is no side of a signing or talk; read without the clause unless whose a record was is then asked.
  const sittingChair = withoutClosingChair(text, ctx);
  const withoutChair = sittingChair ? withClosingChairNoted(readSent(sittingChair.text, ctx), sittingChair) : null;
  if (withoutChair !== null) return withoutChair;
  // 何主任也一起 · 不是和王强 (round 24b, A/C: stored at once as people talked to): taken out first, named on the card.
  // 孙科也在: the short title written out first, so the companion is found by name (merge of y24 and i24).
  const apart = withoutBystanders(withShortTitles(text, ctx.directory.org.people), ctx);
  if (apart) return withBystandersNoted(readSent(apart.text, ctx), apart, ctx);
  // 林晓，我们部… · 黄书记，我们部… · @林晓 … (t24 I): the one spoken to is no subject; a bare 王建国，今天… asks the doer.
  const addressed = addressedByName(text, ctx.directory, ctx.senderId);
  if (addressed) {
    const spokenTo = readSent(addressed.rest, ctx);
    // 王建国副理事长：11月4日与李明签订了责任书 · 陈志强，11月4日与郑华… from a clerk (round 46: 李明>王芳 on the card, the
    // clerk made the one 李明 signed with): an unsure address whose rest, read as the sender's, was turned round onto the
    // sender by the one above them (no 我 written) is read with the one named as its subject, as 陈志强11月4日与郑华… is.
    const ontoSender = !addressed.sure && !/我|本人/.test(addressed.rest) && spokenTo?.some((r) => r.draft.actorId !== undefined && r.draft.actorId !== ctx.senderId && r.draft.counterpartIds.includes(ctx.senderId));
    const named = ontoSender ? ctx.directory.person(addressed.personId)?.name : undefined;
    if (named !== undefined) return readSent(`${named}${addressed.rest}`, ctx);
    return withAddressedDoerAsked(spokenTo, addressed, ctx);
  }
  // …何平主持…。会上，赵敏同志作了点评讲话 (round 28 A3: asked whose): a leader who only spoke is no doer; named on the card.
  const speaker = withoutGuestSpeaker(text, ctx);
  if (speaker) return withGuestSpeakerNoted(readSent(speaker.text, ctx), speaker, ctx);
  // …开展廉政教育，办公室李明参加 (round 45, fre kind 4: the study 办公室's): the attender's own unit is not the study's.
  const attended = withoutParticipantUnits(text, ctx);
  if (attended) return withParticipantUnitsNoted(readSent(attended.text, ctx), attended);
  // …检查，约谈了被检查科室负责人 (round 45, fre kind 2: a talk with the head checked, from a group never named): calling in
  // the side checked is part of the check, said on the card; a talk of a named kind stays one.
  const interview = withoutCheckInterview(text);
  if (interview) return withCheckInterviewNoted(readSent(interview.text, ctx), interview);
  // …参加5人，会后顺便提醒了王强注意节前纪律 (t24 H: asked 和谁 for a talk): a word in passing is no record, and said so.
  const passing = withoutPassingReminder(text);
  if (passing) return withPassingNoted(readSent(passing.text, ctx), passing);
  // …检查，并将检查情况向党组作了汇报 (round 36, ffa: the check dropped, a 向党组报告 stored; a talk given to the one reported
  // to): reporting a deed afterwards is part of telling it, no record of its own; taken out, named on the card or receipt.
  const reportedOn = withoutReportOnDeed(text, directoryNames(ctx.directory), shanghaiDate(ctx.now));
  if (reportedOn) return withReportOnDeedNoted(readSent(reportedOn.text, ctx), reportedOn, shanghaiDate(ctx.now));
  // …廉政谈话，刚才那条警示教育不算 (round 33c: a new 警示教育 on the card): a clause leaving out an earlier record is no deed.
  const dropped = withoutDroppedRecordClause(text);
  if (dropped) return dropped.text === '' ? null : withDroppedRecordNoted(readSent(dropped.text, ctx), dropped, (id) => ctx.directory.person(id)?.name, shanghaiDate(ctx.now));
  // …检查，发现的问题尚未完成整改 (round 34a, F2's kind: 尚未 denied the whole message, the check lost): a finding still open.
  const unfixed = withoutUnfixedFindings(text);
  if (unfixed) return withUnfixedNoted(readSent(unfixed.text, ctx), unfixed);
  // 班子成员…，老赵出差了回来再谈 · 除何平外 · 其余同志下周谈 (t24 C): who was not talked to is out of every record, on a card.
  const absent = withoutAbsent(text, ctx);
  if (absent) {
    const first = readSent(absent.text, ctx);
    // 和康复部签了责任书，吴静请假了 (round 68, ghc): the unit read as its head, who was away, is its people (absentHeadUnit).
    const whole = unitForAbsentHead(absent.text, first, absent.ids, ctx);
    const read = whole ? withUnitAsWritten(readSent(whole.text, ctx), whole.unit) : first;
    // 原定周一和郑华的谈心谈话，郑部长请假了，改到下周再谈 (round 58, fdf; fef's left-alone: a card of the talk, its remark saying
    // 郑华 was not talked to): when everyone of every record is the one put off and the message says only what was meant and
    // then moved or fell through, nothing was held — no report, as 「原定周一和郑华进行谈心谈话，…，改到下周」 already was.
    const noOneHeld = read !== null && read.length > 0 && read.every((r) => r.draft.counterpartIds.length > 0 && r.draft.counterpartIds.every((id) => absent.ids.includes(id)));
    if (noOneHeld && MEANT_OPENING.test(text) && notAReport(text) === 'not_held') return null;
    return withAbsentNoted(read, absent, ctx);
  }
  const today = shanghaiDate(ctx.now);
  // 【通知】…请于12月10日前报送…联系人：… (round 18, K): a notice asks others for papers; no deed is in it.
  // 通知：请…前报送…。另，12月2日张书记已主持召开…专题会议 (round 49, fvf kind 2: the meeting dropped with the notice): the
  // deed told done beside a notice is read alone.
  if (readsAsNotice(text)) {
    const done = deedsBesideNotice(text, today);
    return done === undefined ? null : withNoticeNoted(readSent(done, ctx));
  }
  // …于12月20日前完成…。王建国已于11月20日完成… (t51b F3): the task handed out is no deed; the deed done is read.
  const untasked = withoutDeadlineTask(text);
  if (untasked) return readSent(untasked, ctx);
  // 昨天谈话了 · 昨天谈了一次话 (round 28 o): a bare talk is asked its kind and whom, never 「没有读出…活动」.
  const bare = bareTalk(text, ctx);
  if (bare) return bare;
  // 昨天自学了《廉洁自律准则》 · 在家观看了警示教育片 (round 27b, K1): the sender's own study is no organised 教育活动.
  if (ownSelfStudy(text)) return null;
  // 节前廉政提醒今天已发全体职工 (t28 B35: guessed a 廉政教育): passing a reminder on is no record; reminderSentReply says so.
  if (reminderSentOnly(text)) return null;
  // 今天下发了信息报送通知 (round 51 fzaa: the sender's 信息报送 at once): a notice about a duty sent out is no record of it;
  // dutyNoticeSentReply says so.
  if (dutyNoticeSent(text)) return null;
  // 今天下发了信息报送通知。下午和胡军进行了谈心谈话: the notice's clause named as not recorded, the rest read.
  const unnoticed = withoutDutyNotice(text);
  if (unnoticed) return withDutyNoticeNoted(readSent(unnoticed.text, ctx), unnoticed);
  const unsent = withoutSentReminder(text);
  if (unsent) return withSentReminderNoted(readSent(unsent.text, ctx), unsent);
  // 起草了《…责任书》 · 印发《…责任书》和《…方案》 (r2: a 签订责任书 with nobody): paper work signs nothing; the rest is read,
  // the clauses named as not recorded, and alone documentWorkReply says so.
  const paper = documentWork(text);
  if (paper) return paper.text === '' ? null : withDocumentWorkNoted(readSent(paper.text, ctx), paper);
  // …；参加了市残联警示教育大会 (t51b F5: put on the card as the sender's, 「暂记在您名下」): an event the unit or a body above
  // held, only attended, is no record; named beside the other deeds, and alone attendedElsewhereReply says so.
  const elsewhere = attendedElsewhere(text);
  if (elsewhere) return elsewhere.text === '' ? null : withAttendedElsewhereNoted(readSent(elsewhere.text, ctx), elsewhere);
  // 11月28日召开了…专题会议。办公室 2026年12月1日 (round 25 F5): the signature's day is no deed's.
  const unsigned = withoutSignature(text);
  if (unsigned !== text) return readSent(unsigned, ctx);
  // 机关纪委11月工作小结：本月开展谈话3次，其中提醒谈话1次、函询1次、诫勉谈话1次。11月5日… (round 62, gbi; t65a F2): the
  // lead of talks counted only counts the dated items after it.
  const tally = talkTallyLead(text);
  if (tally) return withTallyLeadNoted(readSent(tally.text, ctx), tally);
  // 本月共开展廉政谈话3人次，其中周涛部长与张颖、刘洋各谈1次，刘芳副理事长与周涛谈1次。 (round 64, gdh; t67a F1: one undated
  // talk, the four names lost): the pairs under a counted lead are the talks, read one by one, the count checked on the card.
  const pairTally = pairedTallyLead(text);
  if (pairTally) {
    const read = withPairedTallyNoted(readSent(pairTally.text, ctx), pairTally);
    // 其中与王强谈话1次、与李娟谈话1次 from a clerk (round 66, gfa): no one named — whose is asked, never the clerk's unasked.
    return pairTally.doerless && read !== null ? withDoerlessPairsAsked(read, ctx, pairTally.lead) : read;
  }
  // 据统计，截至11月底，班子成员均已与分管部室负责人开展廉政谈话 (round 23 F5): many deeds and no day; the bot says so.
  if (summaryClaim(text)) return null;
  // 原定12月3日的警示教育因故取消了，改到下周 (round 54, fjc; t56a B5): called off or put off, no deed done; the bot says so.
  if (saysCalledOff(text)) return null;
  const on = readingDay(today);
  const reports: ParsedReport[] = [];
  const unread: string[] = [];
  const planned: string[] = [];
  /** Deeds the member said are not done yet (…，赵敏还没谈): no record and no plan, named in the reply. */
  const notYet: string[] = [];
  /** Who a deed was said not done for (何平出差未谈), and those words, for the card. */
  const notDoneFor = new Set<string>();
  /** For whom of those every not-done clause named its deed: the type codes of those deeds (the others keep them). */
  const notDoneOnlyIn = new Map<string, Set<string>>();
  /** Who a not-done clause naming no deed left out (何平出差未谈): out of every record. */
  const notDoneInAll = new Set<string>();
  const notDoneWords: string[] = [];
  /** Deeds the member said did not take place (延期/取消/没谈成): never recorded, named in the reply. */
  const notHeld: string[] = [];
  /** Lines of a list that ask something (帮我看看本月完成情况): never recorded, named in the reply. */
  const questions: string[] = [];
  /** Lines asking others to hand in a paper (督促各部室报送…): never recorded as the sender's, named in the reply. */
  const urged: string[] = [];
  /** Whether `urged` names clauses of a line rather than whole items. */
  let urgedClauses = false;
  /** Lines collating others' papers (整理汇总各部室信息报送情况): no paper of the sender's, named in the reply. */
  const collated: string[] = [];
  /** Lines counting every department's papers with no breakdown (各部室本月报送信息2篇): asked, never the sender's. */
  const unitsPapers: string[] = [];
  let inspectedFromOutside = false;
  let headingDay: string | undefined;
  /** The line whose first entry opened with its day (11月27日，…；…), and that day. */
  let opener: { line: number; day: string; kinds: Set<ActivityTypeCode> } | undefined;
  let recordedEntries = 0;
  let activities = 0;
  const names = directoryNames(ctx.directory);
  const env: PassEnv = { directory: ctx.directory, names, senderId: ctx.senderId, senderName: ctx.directory.person(ctx.senderId)?.name, today };
  // 11月3号，不对，是4号: the corrected day is read, and every record is shown for a tap (the slip checked there).
  const correction = readCorrection(applyTextPasses(text, env, TEXT_PASSES, ctx.tracePasses), today, names);
  // 招商引资/信访/安全生产 sentences and a closing 下一步…将… are no records: out before reading (round 16, K3/K4/K10/K12).
  const other = withoutOtherWork(applyTextPasses(correction.text, env, CORRECTED_TEXT_PASSES, ctx.tracePasses), today);
  const summary = withoutCampaignSummary(other.text, names);
  // 11月9日查了组联部，11月16日查了康复部，都是查考勤…: each day + place clause takes the type said once (round 20).
  // 11月督查：5号教就部，18号维权部: one check per day and department, each its own clause (round 21 K2).
  // 查了两次考勤，3号办公室、6号财务科 · 3号和孙丽、5号和王强: one deed per day and place or person (round 23 F3).
  // The doer a head names (王建国副理事长本月督查了两次：10号财务科、…) stays each pair's: read before the check-only lists.
  // 查了财务科的考勤: the department the kind's words spanned is the place checked.
  const targetPairs = withDayTargetPairs(withCheckedPlaceFirst(summary.text, ctx.directory), today, ctx.directory);
  // 上周开展作风纪律督查 周二去了康复部 周三去了教就部和财务科: one check per weekday at its places (round 51 fzf).
  const weekdayPlaces = withWeekdayCheckPlaces(targetPairs.text);
  const pairs = { ...withDayDepartmentPairs(weekdayPlaces.text, today) };
  pairs.split ||= targetPairs.split || weekdayPlaces.split;
  // 周一张书记找刘芳谈了，周二王副理事长和孙科长谈的，周三找的赵敏: each clause its own doer and day (round 23 F2, 22u C4).
  const told = withKindSaidOnce(withoutArrangedOnly(withoutNextSteps(withTalkListClauses(pairs.text, today, ctx.directory, ctx.senderId))), today, ctx.directory);
  if (told.trim() === '') return null;
  const unmentioned = withDutyReportsByGroup(withSenderAmongTaken(withoutLeadingBotMentions(told, ctx), ctx), ctx);
  // 会议纪要 in labelled fields (时间：/主持人：/内容：) read as the one sentence they make.
  // 我 among someone else's counterparts is the sender by name; 由X牵头 names who led it (round 22, K3/K5/K7).
  const opened = chairFirst(withoutSalutation(withLedAsHead(withSenderNamedInList(namingOwnLeaders(withoutOwnUnitBeforeHead(withAddresseeForYou(labelledMinutes(unmentioned) ?? unmentioned, ctx), ctx), ctx), ctx), ctx)));
  // 李主任让我补一下10月的：… / 帮孙科长报一下，…: the one who asked is whose subjectless items these are.
  const relay = relayedFor(opened, ctx);
  // …周四又和他谈了一次 · 孙科长让我补录：她和我…: a 他/她 of one person named before (or relayed for) is that person.
  // 11月已完成：…。12月计划：… (t30f §1.6): a plan heading mid-line holds the rest of its run, no deed read in it.
  const split = splitItems(withSharedVerbItems(departmentHeadingApart(withPronounsNamed(pairNamed(relay?.rest ?? opened, ctx), ctx, relay?.personId), ctx.directory, ctx.senderId, today), ctx.directory, today));
  // …二是12月中旬…。另外，今天已与王磊…谈话。 under a plan heading: the deed said done is an item of its own, no plan.
  const midPlans = midLinePlans(withDoneDeedsApart(split, new Set(planSections(split).flatMap((s) => s.items)), today), today);
  const items = midPlans.items;
  // 今天上午与王芳谈心谈话，下午与胡军谈心谈话 · 11月20日：⏎上午…⏎下午与王芳谈心谈话 (round 35a): a clock time or part of the
  // day is read against the whole message, whose other day or earlier part of today it goes on from.
  let wholeText: string | undefined;
  const lineOf = (_item: { line: number }) => (wholeText ??= items.map((i) => i.text).join('\n'));
  planned.push(...midPlans.names.map((n) => `「${n}」所列各项`));
  /** 序号 时间 地点 参加人 内容 over 台账 rows: the people a row lists are its head count. */
  const attendeeColumn = items.length > 1 && hasAttendeeColumn(items[0]!.text);
  let entryDay: string | undefined;
  /** The line of the entry whose day `entryDay` is. */
  let entryLine = -1;
  let headingWeek: string | undefined;
  /** 本周小结 over weekdays not come yet (accountWeekGone): read as the week just ended, said on the card. */
  let weekGone = false;
  /** The days a heading's span names (…小结（11.23-11.27）), whose bare weekdays are in it. */
  let headingSpan: string[] | undefined;
  /** The one kind a heading line names (…组织了两次廉政教育：), which untyped studies under it take. */
  let headingKind: ActivityTypeCode | undefined;
  let inlineHead: { line: number; kind: ActivityTypeCode } | undefined;
  /**
   * 财务科11月工作情况： sent by a clerk of 财务科: the department whose subjectless items these are; or the body
   * (机关党委 · 党组 · 机关纪委) a heading names, for a sender who does not answer for it (headingBody).
   */
  let department: string | undefined;
  /** The entries read as reports (plans and questions left out), for the accounting check. */
  const read: string[] = [];
  /** Clauses telling what a meeting heard (黄志刚通报了…): kept out of the accounting check with their type words. */
  const heard: string[] = [];
  let actor: string | undefined;
  /** Set after a chaired sitting gave no record (chairOfSitting): the doer to go back to unless the next clause goes on from it. */
  let chairOnly: { before: string | undefined } | undefined;
  /** The person a heading line names (张书记本月工作：), whose subjectless items these are. */
  let headingPerson: string | undefined = relay?.personId;
  /** The people a heading line names (王建国、刘芳两位领导本周廉政工作：), one of whom did each subjectless item. */
  let headingGroup: string[] | undefined;
  /** 领导让我补一下：… names no one person: whose items they are is asked, never the sender's. */
  const relayedUnnamed = relay !== undefined && relay.personId === undefined;
  let actorLine = -1;
  /** The doer who went along with the sender in the clause before (与黄书记到…检查), while they are the one carried on. */
  let alongActor: string | undefined;
  /** The last line whose visit (调研/走访…) by someone gave no record but named them: lines after it may go on with them. */
  let visitLine: { personId: string; line: number; departmentId?: string } | undefined;
  /** 11月份我参加了3次学习： the items under it are activities the sender took part in, not their own. */
  let attendedHeading = false;
  let lastEntry: ParsedReport[] = [];
  // The meeting each speaker sentence gave its doer to (meetingSpeaker): a second speaker leaves it asked.
  const meetingSpokenBy = new Map<ParsedReport, string>();
  let lastPiece: ParsedReport[] = [];
  /** The entry lastPiece came from: a 并签订 clause takes the talk's counterparts only within one entry. */
  let pieceLine = -1;
  /** The records of each clause of pieceLine that gave some, in order (lastPiece the last): what 又…同样的会议 repeats. */
  let linePieces: ParsedReport[][] = [];
  /** The line of the entry that gave the last records: a sentence after it on the same line may only go on about it. */
  let lastLine = -1;
  /** A dated line that only set the scene of a visit (VISIT_SCENE) and gave no record: the paragraph after it goes on on its day. */
  let sceneBefore: { line: number; day: string } | undefined;
  // 财务科：⏎我会开展节前廉洁提醒⏎11月23日，… (l20): a department heading may stand above the headline.
  const h = items.length > 2 && HEADER.test(items[0]!.text) && items[1]!.line !== items[0]!.line ? 1 : 0;
  // 陈志强副理事长到教就部调研并召开分管部门…会议 (round 41, t41a F4: a second, undated meeting): the passes set its joined deeds
  // apart with a comma (调研,并召开…), which a headline never has; read as written.
  // 宣文部组织开展警示教育。⏎11月25日下午… (round 47, t49b F2's kind: a 警示教育 asked its day beside a 廉政教育 of the body's
  // place): a full stop typed after a headline line over a body opening with its day leaves it a headline (教育就业部开展
  // 廉政教育。一是组织学习；… is a lead over undated items, read as before).
  const datedBody = items[h + 1] !== undefined && lineDay(items[h + 1]!.text, today) !== undefined;
  const headlineLine = items[h] !== undefined ? items[h]!.text.replace(/,(?=并|又|同时)/g, '') : '';
  const headlineWords = datedBody ? headlineLine.replace(/[。.!]\s*$/, '') : headlineLine;
  const headlineFirst =
    items.length > h + 1 && items[h + 1]!.line !== items[h]!.line && (HEADLINE.test(headlineWords) || headlineOverLead(headlineWords, items[h + 1]!.text)) && lineDay(items[h]!.text, today) === undefined;
  /** The records the first entry gave (taken when the second begins). */
  let firstEntry: ParsedReport[] = [];
  /** 二、下周安排⏎1.…: the items of a plan section (heading included), each section named once on the card. */
  /** Where the records of the current line begin in `reports`. */
  let lineStart = { line: -1, at: 0 };
  const sectionOf = new Map(planSections(items, today).flatMap((s) => s.items.map((i) => [items[i]!, { name: s.name, first: i === s.items[0] }] as const)));
  // 1. …⏎2. …⏎3. …: each record keeps the member's own number of the entry it was read from, so 第3条 in a reply to the
  // question card is the message's item 3 even when item 1 gave two talks (round 31f X4).
  const numbering = { from: 0, number: undefined as number | undefined };
  const numberRecords = (next: number | undefined): void => {
    if (numbering.number !== undefined) for (const r of reports.slice(numbering.from)) r.entry ??= numbering.number;
    numbering.from = reports.length;
    numbering.number = next;
  };
  for (const item of items) {
    numberRecords(item.number);
    if (item === items[h + 1]) firstEntry = [...reports];
    if (item.line !== lineStart.line) lineStart = { line: item.line, at: reports.length };
    // …讲授专题廉政党课；会后，各支部围绕党课内容开展了交流讨论 (round 68, ghj, t71b F1): a discussion of the deed just told is part
    // of it, never a second record of its kind.
    if (item.line - lastLine <= 1 && lastLine >= 0 && discussesDeedBefore(item.text, lastEntry.map((r) => r.draft.type))) continue;
    const section = sectionOf.get(item);
    if (section) {
      if (section.first) planned.push(`「${section.name}」所列各项`);
      continue;
    }
    // 郑部长11月12日和我谈话；11月19日组织部门观看…: entries of one sentence keep its subject.
    // 赵书记11月25日主持召开了办公室…会议⏎会后和王芳进行了廉政谈话 (round 57, feb; fga's left-alone: the talk the clerk's, or a
    // signing 与我 asked 和谁): a line opening with 会后/会上 right after the line of a meeting someone else held goes on with
    // that meeting's doer, as 会后 does within one line.
    const sittingGoesOn = item.line !== actorLine && item.line - actorLine <= 2 && actor !== undefined && actor !== ctx.senderId && SITTING_GOES_ON.test(item.text) && lastEntry.some((r) => r.draft.actorId === actor && (r.draft.type === undefined || MEETING_TYPES.has(r.draft.type)));
    if (sittingGoesOn) actorLine = item.line;
    if (item.line !== actorLine) (actor = headingPerson), (alongActor = undefined);
    // 今天和何平廉政谈话，他请假了改天再谈 (round 25b, §8): the whole deed fell through, before its put-off is read as a plan.
    if (deedFellThrough(item.text)) {
      const code = findKinds(extractTitles(item.text).rest)[0]?.code;
      const what = code ? activityTypeName(code) : /谈|聊/.test(item.text) ? '谈话' : '一项活动';
      notHeld.push(items.length > 1 ? `${item.label}（${what}）` : what);
      continue;
    }
    // 昨天和张颖谈心谈话，明天准备组织部门学习: the plan's clause goes, the deed stays.
    // 前天上午…谈话；下午周部长召集部门全体开会，…学习了… sent before this afternoon (round 36: ffh carried the day, ffb then
    // read 下午…开会 as a sitting still to come today): a clause going on with a bare part of the day from an earlier day's
    // clause of the line is that day's, so it is read as of the end of that day, never as still to come today.
    const goesOnFromDay = entryLine === item.line && entryDay !== undefined && entryDay < today && opensWithPartOfDay(item.text);
    const planNow = goesOnFromDay ? new Date(`${entryDay}T23:59:59+08:00`) : ctx.now;
    const unplanned = withoutPlanClauses(item.text, planNow);
    // …，何平出差未谈 · 4. 吴静因故未签: whoever a deed is said not done for is left out of every record, and named.
    const saidNotDone = item.text.split(CLAUSES).filter((c) => NOT_DONE_FOR.test(c) && peopleNamed(c, ctx.directory).length > 0);
    for (const c of saidNotDone) {
      const kinds = findKinds(extractTitles(c).rest).map((k) => k.code);
      for (const id of peopleNamed(c, ctx.directory)) {
        notDoneFor.add(id);
        if (kinds.length === 0) notDoneInAll.add(id);
        else notDoneOnlyIn.set(id, new Set([...(notDoneOnlyIn.get(id) ?? []), ...kinds]));
      }
      notDoneWords.push(c.replace(/^[\s\u0000,;。]+|[\s\u0000,;。]+$/g, ''));
    }
    if (saidNotDone.length > 0 && item.text.split(CLAUSES).length === saidNotDone.length) continue;
    // 观看警示教育片…，参加15人，王建国同志请假未参加 (round 28, n28: asked whose the film was, 王建国 read as its doer): an
    // absence from a deed of no one talked to is out of the line; a talk's or signing's is taken out of its people below.
    const absentOnly = saidNotDone.filter((c) => /未参加|未参会/.test(c) && findKinds(extractTitles(c).rest).length === 0);
    let line = absentOnly.length > 0 && !/谈|签/.test(unplanned.line) ? absentOnly.reduce((l, c) => l.replace(c, ''), unplanned.line) : unplanned.line;
    const plan = unplanned.plan;
    const offClauses = unplanned.notHeld;
    // Only a clause of the entry was a plan (…，赵敏还没谈): the entry's other clauses are recorded, so the remark must not
    // say the whole entry was left out (round 12: 「第2行是计划安排，未记录」 beside the six talks of 第2行).
    // Named by its own words (「下周计划开展警示教育」), never 「第2行中的一句」, which a message of one line has no rows for.
    if (plan) planned.push(items.length > 1 ? planQuote(unplanned.planWords) ?? `${item.label}中的一句` : item.label);
    // ⏳ 12月上旬 对康复中心开展明查暗访 among deeds done (round 14): an entry of days still to come is a plan, never asked its day.
    // 和李明的廉政谈话约在周四 · 今晚和王磊谈心 at 10:00 (round 25b, §6/§7: stored as done): a deed still to come is a plan.
    // 11月27日召开专题会议，研究部署12月中旬的警示教育 (t31c: the meeting lost as a plan): a day gone by opening the entry
    // dates a deed done; the month part ahead is its topic.
    // 康复部12月上旬工作： on 12-04 (round 37, t36c F4: 「开头一行是计划安排」): an account's title dates the account, no plan.
    else if (stillToCome(line, planNow, lineOf(item)) && !headsAccount(line)) {
      planned.push(item.label);
      continue;
    }
    notHeld.push(...offClauses);
    notYet.push(...unplanned.notYet);
    // 上周的几件事报一下： (round 20u, L11: read as a request and skipped, its weekdays put in this week): a lead-in naming
    // the week of the bare weekdays after it.
    const leadWeek = namesActivity(line) ? undefined : weekOfLeadIn(line);
    if (leadWeek !== undefined) {
      headingWeek = leadWeek;
      if (headingWeek === '本' && accountWeekGone(line, items.map((i) => i.text), today)) (headingWeek = '上'), (weekGone = true);
      // 本周机关党委开展了以下工作： · 财务科本周工作： (round 37, t36c F5: the items stored as the clerk's own): a lead-in naming
      // its week may name whose the items are too.
      department = headingDepartment(line, ctx.directory, ctx.senderId) ?? headingBody(line, ctx.directory, ctx.senderId) ?? department;
      // 王部长本周廉政工作： (t43a F2: its items asked 和谁 with no doer): and whose person's they are.
      if (!ATTENDED_HEADING.test(line)) (headingPerson = headingPersonNamed(line, ctx) ?? headingPerson), (headingGroup = headingPeopleNamed(line, ctx) ?? headingGroup);
      continue;
    }
    // What is inside 《》 is a title: 《撤回测试》 is no command.
    const verdict = notAReport(extractTitles(line).rest);
    if (verdict === 'not_held') {
      const code = findKinds(extractTitles(line).rest)[0]?.code;
      notHeld.push(items.length > 1 ? `${item.label}（${code ? activityTypeName(code) : '一项活动'}）` : code ? activityTypeName(code) : '一项活动');
      continue;
    }
    if (verdict) {
      if (!plan && readsAsPlan(line, ctx.now, lineOf(item)) && !headsAccount(line)) planned.push(item.label);
      // 4. 帮我看看本月完成情况 inside a list (a newcomer's finding: never mentioned): a question is named, not dropped.
      // 11月份纪检工作完成情况： over the list (round 26, W9): a heading, not a question; nothing to say of it.
      // 财务科11月份党风廉政建设工作完成情况 as the first line, no colon (round 41, t40b F15): the report's title, as above.
      else if (items.length > 1 && (verdict === 'question' || (verdict === 'query' && !headsList(line) && !(item === items[0] && item.line !== items[1]!.line && titlesReport(line))))) questions.push(item.label);
      // 财务科11月廉政工作完成情况： from a clerk of 财务科 (round 39, t38b F5: 开展专项资金使用情况自查 under it stayed the clerk's):
      // a heading naming its department over the list names whose the subjectless items are, as …工作情况： does.
      else if (verdict === 'query' && items.length > 1 && (headsList(line) || item === items[0])) department = headingDepartment(line, ctx.directory, ctx.senderId) ?? headingBody(line, ctx.directory, ctx.senderId) ?? department;
      continue;
    }
    if (collatesOthers(line)) {
      collated.push(item.label);
      continue;
    }
    // 各部室本月报送信息2篇 (round 38): every department's papers, counted with no breakdown, are asked, never the sender's.
    const unitsClause = othersCountedPapers(line);
    if (unitsClause !== undefined) {
      unitsPapers.push(unitsClause);
      if (onlyOthersCountedPapers(line)) continue;
      line = line.replace(unitsClause, '');
    }
    if (urgesOthers(line)) {
      urged.push(item.label);
      continue;
    }
    // …检查了专项资金使用情况，另外督促财务科完成了自查 (t42c F8): the urged clause is named, the rest read.
    const urgedPart = urgedClause(line);
    if (urgedPart !== undefined) {
      urged.push(`「${urgedPart.replace(/^(?:另外|同时|还|并)/, '')}」`);
      urgedClauses = true;
      line = line.replace(urgedPart, '').replace(/^[，,；;\s]+|[，,；;\s]+$/g, '');
    }
    // 本周工作小结（11.23-11.27）: a heading's span puts the bare weekdays under it in that week; 一、已完成 heads the deeds.
    const span = namesActivity(line) ? undefined : spanOfHeading(line, today);
    if (span !== undefined) {
      headingSpan = span;
      continue;
    }
    // 本周工作小结（11月23日至27日）：周二… on one line: the words before the colon head what follows.
    const spanHead = /^([^:]{2,40}):(?=.)/.exec(line);
    const inlineSpan = spanHead && !namesActivity(spanHead[1]!) ? spanOfHeading(spanHead[1]!, today) : undefined;
    if (inlineSpan !== undefined) {
      headingSpan = inlineSpan;
      line = line.slice(spanHead![0].length);
    }
    if (doneHeading(line) && items[items.indexOf(item) + 1]?.line !== item.line && !namesActivity(line)) continue;
    if (headingSpan !== undefined) line = weekdaysInSpan(line, headingSpan);
    // 上周二到组联部主持召开…；周四又和吴静进行了廉政谈话 (t36c F3: the 周四 put in this week, and the card named it unmatched):
    // a bare weekday opening a ；-entry of the line, later in the week than the entry before it of a week gone by, goes on in
    // that week, as after a comma (dayTargetPairs); one earlier in the week, or the same, is left to its own reading.
    else if (entryLine === item.line && entryDay !== undefined && entryDay < addDays(today, -((weekday(today) + 6) % 7)) && BARE_WEEKDAY_OPENING.test(line) && goesOnFromLastWeek(text, item.text)) {
      line = weekdaysInSpan(line, restOfWeek(entryDay));
    }
    const before = reports.length;
    // 11月20日：上午…，下午… (round 28 h28): under a heading day, 上午/下午 are parts of that day, never today's.
    // 前天上午…进行了廉政谈话；下午周部长召集…学习了… (round 36b F5: put on today): a bare part of the day opening a clause
    // of the line is of the day of the clause before it, as under a heading day (said on the card).
    const byTimeOfDay = parseDay(arabicizeNumerals(extractTitles(line).rest), today).byTimeOfDay === true;
    // 当晚 names no day for parseDay; a clause before on today leaves 下午 today's as it was, with nothing to say.
    const partOfDayAfter = entryLine === item.line && entryDay !== undefined && entryDay !== today && opensWithPartOfDay(line) && (byTimeOfDay || lineDay(line, today) === undefined);
    const ownDay = (headingDay !== undefined || partOfDayAfter) && byTimeOfDay ? undefined : lineDay(line, today);
    // 11月27日，…逐一签订责任书；王建国、刘芳分别…签订责任书 (round 16 #16: asked its day): a ；-clause with no day of its own,
    // of the same kind, in the sentence that opened with one, is of that day (on the card, with a remark).
    // Only a clause of the same kind goes on telling that deed; a typed activity of another kind is asked (as f16 decided).
    const kinds = new Set(findKinds(extractTitles(line).rest).map((k) => k.code));
    const sameKind = kinds.size > 0 && [...kinds].every((k) => opener?.kinds.has(k));
    // 会后与郑华谈了话 (round 22u D1): a deed after the meeting is on the meeting's day, whatever its kind.
    // …11月18日…谈话；陈志强11月份与分管科室负责人进行了集体廉政谈话 (w1): a clause naming its own month (or 上周, 月底…) and no
    // day keeps that time and is asked its day; it never goes on telling the deed of the day before.
    const ownVagueTime = ownDay === undefined && namesVagueDayOnly(line, today);
    const sentenceDay = ownDay === undefined && !ownVagueTime && opener?.line === item.line && (sameKind || deedAfterMeeting(line)) ? opener.day : undefined;
    // 11月25日召开专题会议。⏎会后张伟书记分别与王建国、刘芳开展廉政谈话 (round 30, F4 #5: each talk asked its day): 会后 on
    // the line right after the meeting's (a blank line between allowed) is on the meeting's day too, said on the card.
    const meetingBefore = item.line - lastLine <= 2 ? lastEntry.find((r) => r.draft.type !== undefined && MEETING_TYPES.has(r.draft.type) && r.draft.date !== undefined) : undefined;
    const afterMeetingDay = ownDay === undefined && sentenceDay === undefined && item.line !== lastLine && meetingBefore && deedAfterMeeting(line) ? meetingBefore.draft.date : undefined;
    // …分别开展廉政谈话；随后到办公室与李明主任进行了谈心谈话 (round 33b, F7 A2: asked its day): a ；-clause opening 随后/之后/
    // 接着/会后 with no day of its own is on the day of the clause before it in the sentence, whatever its kind (said on the card).
    const afterwardsDay = ownDay === undefined && !ownVagueTime && sentenceDay === undefined && afterMeetingDay === undefined && item.line === lastLine && entryDay !== undefined && deedAfterwards(line) ? entryDay : undefined;
    // 11月20日，…观看了警示教育专题片《一念之差》…⏎观影结束后，吴部长…与刘洋同志进行了提醒谈话 (round 37, t37a F9: the talk
    // asked its day): a line opening with 观影结束后/学习结束后/随后/会后… names the end of the deed of the line just before (a
    // blank line between allowed) and goes on on its day, whatever that deed was; said on the card.
    const dayBefore = item.line - lastLine <= 2 ? [...lastEntry].reverse().find((r) => r.draft.date !== undefined)?.draft.date : undefined;
    const afterOccasionDay = ownDay === undefined && !ownVagueTime && sentenceDay === undefined && afterMeetingDay === undefined && afterwardsDay === undefined && item.line !== lastLine && dayBefore !== undefined && deedAfterwards(line) ? dayBefore : undefined;
    // 12月2日，陈志强副理事长一行到维权部调研指导…工作。⏎⏎陈志强先后听取了…，最后与…进行了集体廉政谈话。 (t38a F3: the talk asked
    // its day): the paragraph right after a dated line that only set the scene of a visit tells what was done there, on its day.
    const sceneDay =
      ownDay === undefined && !ownVagueTime && sentenceDay === undefined && afterMeetingDay === undefined && afterwardsDay === undefined && afterOccasionDay === undefined && sceneBefore !== undefined && item.number === undefined && item.line !== sceneBefore.line && item.line - sceneBefore.line <= 2
        ? sceneBefore.day
        : undefined;
    // 12月3日上午，…赵敏一行到宣文部检查指导…。⏎⏎赵敏一行听取了…，查阅了…。随后，赵敏与王磊进行了廉政谈话 (round 41, t41a F19:
    // the talk asked its day): a paragraph opening with the visiting party (X一行 · 一行) goes on with the visit of the dated
    // line just before it, on its day; said on the card. So does one opening by going on with the occasion (在讲解员带领下 ·
    // 大家… · 期间 · 座谈中; round 42, t41b F5: 「…参观结束后，赵敏同志…上了一堂廉政党课」 asked its day) and naming who did
    // the deed; 大家还观看了《镜鉴》 with no one named is the occasion itself, told on (occasionGoneOn) or asked.
    const partyDay =
      ownDay === undefined && !ownVagueTime && sentenceDay === undefined && afterMeetingDay === undefined && afterwardsDay === undefined && afterOccasionDay === undefined && sceneDay === undefined && item.number === undefined && item.line !== lastLine && dayBefore !== undefined && (PARTY_GOES_ON.test(line) || (opensGoingOn(line) && namesSomeone(line, ctx.directory)))
        ? dayBefore
        : undefined;
    const carriedDay = sentenceDay ?? afterMeetingDay ?? afterwardsDay ?? afterOccasionDay ?? sceneDay ?? partyDay ?? (partOfDayAfter ? entryDay : undefined);
    opener = ownDay !== undefined && item.line !== opener?.line && OPENS_WITH_DAY.test(line) ? { line: item.line, day: ownDay, kinds } : sentenceDay !== undefined ? opener : undefined;
    // 康复部党风廉政建设工作开展情况 (no colon) over a list: a title line, read as a heading, never named as unread.
    const header = HEADER.test(line) || (item === items[0] && items.length > 1 && ownDay === undefined && TITLE_LINE.test(line) && !namesActivity(line));
    if (ownDay !== undefined && (isDayOnly(line, today) || (header && !namesActivity(line)))) {
      headingDay = ownDay;
      continue;
    }
    // 机关党委11月组织了两次廉政教育： names the kind of the items under it: a study of no type there takes it (for 确认).
    if (header && ownDay === undefined && namesActivity(line)) {
      headingKind = kindOfHeading(line);
      // 本月开展警示教育情况：\n1. …\n2. …: a heading with entries under it is no activity of its own.
      if (headingKind !== undefined && HEADER.test(line) && item !== items[items.length - 1]) {
        // 上周督查情况：周一…；周三… (round 17, K2: put in this week): a typed heading names the bare weekdays' week too.
        const typedWeek = /(上上|上|本|这)个?(?:周|星期|礼拜)/.exec(line)?.[1];
        if (typedWeek !== undefined) headingWeek = typedWeek === '这' ? '本' : typedWeek;
        if (headingWeek === '本' && accountWeekGone(line, items.map((i) => i.text), today)) (headingWeek = '上'), (weekGone = true);
        // 张伟书记11月份廉政谈话情况： (round 68, ghh, t71a F1): the person a typed heading opens with did its subjectless items.
        if (!ATTENDED_HEADING.test(line)) headingPerson = typedHeadingPerson(line, ctx) ?? headingPerson;
        continue;
      }
    }
    // …两次廉政教育：11月6日学习…，11月20日观看《围猎》 on one line: the words before the colon head what follows.
    const inline = /^([^:]{2,40}):(?=.)/.exec(line);
    const inlineKind = inline && lineDay(inline[1]!, today) === undefined ? kindOfHeading(inline[1]!) : undefined;
    // …党课2次：11月5日…；11月20日…: the entries after the first on the line are under the same inline heading.
    if (inlineKind !== undefined) inlineHead = { line: item.line, kind: inlineKind };
    const entryKind = inlineKind ?? (inlineHead?.line === item.line ? inlineHead.kind : undefined) ?? headingKind;
    // 本月党课2次：⏎11月5日张伟书记讲了一次 (found by the tester, round 10: nothing read): an entry under a typed heading
    // that names no activity and no deed read without a type (谈, 学习, 检查) is of the heading's type, said after its words.
    if (entryKind !== undefined && !inline && !header && !namesActivity(line) && !UNTYPED_DEED_WORDS.test(line) && lineDay(line, today) !== undefined) {
      line = `${line.replace(/[,;。\s]+$/, '')}${activityTypeName(entryKind)}`;
    }
    // 本周机关党委开展了以下工作： from a 科员 (round 37, t36c F5): a body's heading is its items' doer as a department's is.
    if (header && !namesActivity(line)) department = headingDepartment(line, ctx.directory, ctx.senderId) ?? headingBody(line, ctx.directory, ctx.senderId) ?? department;
    // 宣文部11月两次廉政教育：11月6日学习… (round 18, A): a typed inline heading naming the department is its items' doer too.
    if (inline && inlineKind !== undefined) department = headingDepartment(inline[1]!, ctx.directory, ctx.senderId) ?? headingBody(inline[1]!, ctx.directory, ctx.senderId) ?? department;
    if (header && ATTENDED_HEADING.test(line)) attendedHeading = true;
    // 张书记本月党风廉政工作： names whose items follow: a subjectless item (主持…, 与赵敏谈话, 带队…) is theirs (found by the tester, round 2).
    // 张书记让我报一下我参加的活动： the sender's attendance, asked for by someone: whose each was is asked, not the asker's.
    if (header && !namesActivity(line) && !ATTENDED_HEADING.test(line)) (headingPerson = headingPersonNamed(line, ctx) ?? headingPerson), (headingGroup = headingPeopleNamed(line, ctx) ?? headingGroup);
    // 本周工作： / 上周工作情况： : the week the bare weekdays under it (周三…) are in.
    const week = header && !namesActivity(line) ? /(上上|上|本|这)个?(?:周|星期|礼拜)/.exec(line)?.[1] : undefined;
    if (week !== undefined) {
      headingWeek = week === '这' ? '本' : week;
      if (headingWeek === '本' && accountWeekGone(line, items.map((i) => i.text), today)) (headingWeek = '上'), (weekGone = true);
      continue;
    }
    // 班子成员谈话情况：⏎… (round 20u L04's kin, d20: an untyped talk with every leader): an account's heading, its
    // people, department and week taken above, is no deed of its own.
    if (header && ownDay === undefined && headingKind === undefined && HEADER.test(line) && ACCOUNT_OF.test(line) && !ATTENDED_HEADING.test(line) && item !== items[items.length - 1] && !/[,;。]/.test(line)) continue;
    // 会议通报了近期典型案例，强调要以案为鉴…: a sentence going on about the meeting just told is that meeting's content,
    // never an activity of its own (found by the tester: a 警示教育 credited to the sender).
    // 张伟同志在讲话中强调，要… after the meeting, in its paragraph or the next (round 42, t42b F2): the speaker is its doer.
    const spoke = ownDay === undefined && lastLine >= 0 && item.line - lastLine <= 2 ? meetingSpeaker(line, lastEntry, ctx) : undefined;
    if (spoke !== undefined) {
      const given = withMeetingSpeaker(spoke.meeting, spoke.speakerId, meetingSpokenBy, ctx);
      if (given !== spoke.meeting) {
        reports[reports.indexOf(spoke.meeting)] = given;
        lastEntry = lastEntry.map((e) => (e === spoke.meeting ? given : e));
        if (meetingSpokenBy.has(spoke.meeting)) meetingSpokenBy.set(given, meetingSpokenBy.get(spoke.meeting)!);
      }
      if (given !== spoke.meeting || meetingSpokenBy.has(spoke.meeting) || given.draft.actorId !== undefined) continue;
    }
    if (ownDay === undefined && item.line === lastLine && lastEntry.some((r) => r.draft.type !== undefined && MEETING_TYPES.has(r.draft.type)) && MEETING_GOES_ON.test(line) && !deedAfterMeeting(line)) {
      // …出席并讲话；会上学习了《…》 (round 31f F4): the title studied there is the meeting's, written out as a study below.
      const studied = titleStudiedAtMeeting(line);
      const meetings = lastEntry.filter((r) => r.draft.type !== undefined && MEETING_TYPES.has(r.draft.type));
      if (studied !== undefined && meetings.length === 1 && meetings[0]!.draft.title === undefined) meetings[0]!.draft = { ...meetings[0]!.draft, title: studied };
      continue;
    }
    if (ownDay === undefined && item.line === lastLine && lastEntry.some((r) => r.draft.actorId !== undefined) && SPEAKER_GOES_ON.test(line)) continue;
    // 2、11月12日，同上。: the entry before again, on this entry's day.
    if (ownDay !== undefined && SAME_AS_ABOVE.test(parseDay(arabicizeNumerals(line), today).rest) && lastEntry.length > 0) {
      const again = lastEntry.map((r) => ({
        ...r,
        draft: { ...r.draft, date: ownDay, late: ownDay <= on.today && ownDay < on.quarterStart },
        problems: r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date'),
        reasons: [...(r.reasons ?? []), 'items' as const],
      }));
      reports.push(...again);
      recordedEntries++;
      entryDay = ownDay;
      continue;
    }
    // 讲了一堂党课，观看了警示教育片，昨天: a day anywhere in the entry serves the whole entry.
    // 同日组织…: the day of the entry before, said outright.
    let day = ownDay ?? (SAME_DAY.test(line) ? entryDay : carriedDay ?? headingDay);
    let typedByHeading = false;
    let lastWeek = headingWeek === '上';
    let lastWeekday: number | undefined;
    // 11月5日：张伟…；刘芳…: a day heading the line's clauses is every clause's, as a heading day over a list is.
    const dayHeadsLine = line.includes(':') && isDayOnly(line.slice(0, line.indexOf(':') + 1), today);
    let pieceBefore: string | undefined;
    // 上周二到组联部检查了…；周四到康复部检查，还和吴静部长谈了一次心 (round 33b, F4): a check before in the message makes
    // an untyped check clause another check, which a talk after it does not absorb.
    const checkedBefore = reports.some((r) => (r.draft.type !== undefined ? r.draft.type.startsWith('inspect_') : r.draft.departmentId !== undefined && r.draft.counterpartIds.length === 0));
    const linePiecesRead = splitActivities(line, today, checkedBefore);
    for (const [pieceIndex, raw] of linePiecesRead.entries()) {
      const clauseBefore = pieceBefore;
      pieceBefore = raw;
      // 市纪委…到我会开展作风纪律检查 (round 15: recorded as the sender's check): an outside body's check is none of ours.
      if (outsideInspection(raw, today) !== undefined) {
        inspectedFromOutside = true;
        continue;
      }
      // 上周二…，周四又…: a bare weekday after 上周 is in the same week; 上周五…，周一又… (round 30a, F3: put on the Monday
      // before) goes on in time, so a weekday not after the one of last week is not of last week.
      const week = lastWeek && !notLaterWeekday(raw, lastWeekday) ? '上' : headingWeek;
      // 本月暗访情况：11月6日 办公室、财务科: a day and places only, under a heading naming a check, is that check there.
      const placed = placesUnderHeading(raw, entryKind, ctx.directory, today);
      if (placed !== undefined) typedByHeading = true;
      const piece = underHeadingDepartment(placed ?? (week ? raw.replace(/(?<![上本这下个])(周|星期|礼拜)(?=[一二三四五六日天])/, `${week}$1`) : raw), department, today, ctx.directory.person(ctx.senderId)?.name);
      lastWeek ||= /上个?(?:周|星期|礼拜)/.test(raw);
      lastWeekday = lastWeekdayNamed(raw) ?? lastWeekday;
      // …推进会。…王建国传达了…会议精神，…。会议要求，各部室要对照…: what a meeting just read passed on or asked for is its
      // content, never an activity of the sender's (found by the tester, round 6: 廉政教育 and 签订责任书 proposed as theirs).
      const meetingBefore = pieceLine === item.line && lastPiece.some((r) => r.draft.type !== undefined && MEETING_TYPES.has(r.draft.type));
      if (meetingBefore && (MEETING_CONTENT.test(raw) || heardAtMeeting(raw)) && parseDay(arabicizeNumerals(extractTitles(raw).rest), today).date === undefined) {
        // Its type words (通报了…作风纪律检查…) are the meeting's content, so no 「…没有对应到任何记录」 either.
        if (heardAtMeeting(raw)) heard.push(raw);
        continue;
      }
      // 帮吴部长报一下：她11月18日和我谈了心: the 她/他 opening an item under a heading naming someone is that person.
      const headName = headingPerson !== undefined ? ctx.directory.person(headingPerson)?.name : undefined;
      // 徐副主任让我报一下，11月17日他和孙杰谈心谈话 (round 28b, K7): also after a leading day, so the sender named as the one
      // talked with is not taken for the doer (and asked 和谁).
      const own = headName ? piece.replace(/^(\s*(?:(?:\d{1,2}月)?\d{1,2}[日号]|今天|昨天|前天)?(?:上午|下午)?\s*)[她他](?![们俩])/, `$1${headName}`) : piece;
      const typeOfPieceBefore = lastPiece.length === 1 && pieceLine === item.line ? lastPiece[0]!.draft.type : undefined;
      // …讲了廉政党课，11月20日请市纪委同志讲了一次 (round 10: the guest's lecture lost): of the type before, read as its own
      // (a guest's lecture is the inviter's 廉政教育).
      // Under a heading of one type (本月廉政教育3次：…，11月27日请市纪委同志作专题辅导) the guest's is of the heading's type.
      const guestKind = typeOfPieceBefore === 'edu_lecture' ? typeOfPieceBefore : entryKind;
      const guestAgain = guestKind !== undefined && !namesActivity(own) && GUEST_INVITED.test(own);
      // 上周和冯雪谈了，周四又和他谈了一次: a piece that names only its week is not on the day another piece of the line names.
      const weekOnly = (WEEK_ONLY.test(piece) || namesVagueDayOnly(piece, today)) && parseDay(arabicizeNumerals(extractTitles(piece).rest), today).date === undefined && ownDay !== undefined && day === ownDay;
      // …与郑华谈话（时间待补） (round 14): a piece saying its day is still to come takes none from the line; it is asked.
      const undated = DAY_TO_COME.test(piece);
      // …全体干部观看警示教育片，并逐人签订了廉洁承诺书 (round 32a, F3): the signing that only goes on is the group's.
      const read = guestAgain ? `${own.replace(/[,;。\s]+$/, '')}${activityTypeName(guestKind)}` : groupCarried(own, clauseBefore, ctx) ?? own;
      // 刘芳副理事长…和我进行了廉政谈话。我随后与刘洋… (round 32b, F1's kind): a clause whose subject is 我/本人 goes on with no one.
      // 周二与黄书记到组联部检查了…；周三与刘洋谈心谈话 (round 37: the talk given to 黄志刚): the leader went along with the sender,
      // whose side opened that clause; a deed after a ； or on a day of its own is the sender's again. 并与周涛谈话 goes on with them.
      const backToSender = alongActor !== undefined && actor === alongActor && (clauseBefore === undefined || /;[\s\u0000]*$/.test(clauseBefore) || parseDay(arabicizeNumerals(extractTitles(piece).rest), today).date !== undefined);
      // The place of a visit told on the line before (a blank line between allowed), for the visitor's talk with its 部门同志.
      // …深入组联部检查指导…。刘芳查看了…台账，并与部门全体同志进行集体廉政谈话 (round 41, t40a F10): a check the visitor just
      // held on this line at one place is where their 部门同志 are, as a visit on the line before is.
      const checkedJustNow = pieceLine === item.line && lastPiece.length === 1 && lastPiece[0]!.draft.actorId !== undefined && lastPiece[0]!.draft.departmentId !== undefined && (lastPiece[0]!.draft.departmentIds ?? []).length <= 1 && (lastPiece[0]!.draft.type?.startsWith('inspect_') || (lastPiece[0]!.draft.type === undefined && lastPiece[0]!.problems.some((p) => p.code === 'missing_type' && (p.among ?? []).includes('inspect_style'))));
      const visited = visitLine?.departmentId !== undefined && item.line !== visitLine.line && item.line - visitLine.line <= 2 ? { personId: visitLine.personId, departmentId: visitLine.departmentId } : checkedJustNow ? { personId: lastPiece[0]!.draft.actorId!, departmentId: lastPiece[0]!.draft.departmentId! } : undefined;
      // The chair of a sitting that gave no record goes on only into the clause told after that sitting (会后 · 随后 · 会上).
      if (chairOnly !== undefined && !AFTER_SITTING.test(piece)) actor = chairOnly.before;
      chairOnly = undefined;
      // 报送廉政信息3篇，11月4日黄书记带队检查了财务科 (round 54, fjb, issue 10: the papers put on 11-04): a day written only
      // at the head of a later clause is that clause's; the piece before it, of no day of its own, is asked its day.
      const dayOpensLater = ownDay !== undefined && day === ownDay && dayOnlyInLaterClause(linePiecesRead, pieceIndex, today);
      // 黄志刚「…林晓与张颖谈心谈话；11月26日组织警示教育…」 (round 68, ghh; t71a F2): the unit's activity after a junior's deed is the sender's.
      const ownOrganised = organisedAfterJunior(read, clauseBefore, actor, ctx);
      const readAlone = parseSegment(read, ctx, on, weekOnly || undated || dayOpensLater ? undefined : day, opensWithMe(read) || backToSender || ownOrganised ? undefined : actor, visited);
      // 11月23日至25日，我与李明进行了廉政谈话 (round 51, fze kind 3): the span the line opens with is the piece's, on a card.
      const segment = readAlone && day !== undefined ? { ...readAlone, reports: withLineSpanKept(readAlone.reports, arabicizeNumerals(extractTitles(line).rest), arabicizeNumerals(extractTitles(read).rest), today) } : readAlone;
      // 上周三跟徐辉谈了…，前天跟孙杰也谈了一次，都签了承诺书 (round 41, t41a F14: 徐辉's signing lost without a word): 都/均
      // after talks of several clauses of the line signs with everyone talked to, not only the last clause's.
      const signedByAll = pieceLine === item.line && linePieces.length > 1 && SIGNED_BY_ALL.test(piece);
      const talksBefore = signedByAll ? linePieces.flat() : lastPiece;
      const shared = (found: ParsedReport[]) => withCounterpartsOfPledge(withSharedCounterparts(found, piece, talksBefore, ctx.directory, ctx.senderId), piece, lastPiece, ctx.directory);
      // 黄志刚同志对王强和胡军开展了任前廉政谈话。⏎谈话结束后，两位同志现场签订了… (round 38, fkg): a line opening with when
      // the signing came, right after the line of the talk (a blank line between allowed), goes on from it as within a line.
      const talkLineBefore = pieceLine !== item.line && pieceLine === lastLine && item.line - pieceLine <= 2 && item === items.find((i) => i.line === item.line) && raw === line.slice(0, raw.length);
      const sameLine = segment && (pieceLine === item.line || (talkLineBefore && signingGoesOnFromTalk(piece))) ? { ...segment, reports: shared(segment.reports) } : segment;
      // 又与两位部长签订了责任书: the people named before, or asked whom; never a 责任书 with no one (round 10).
      const parsed = sameLine ? { ...sameLine, reports: withGoingOnSigningAsked(withBackReference(sameLine.reports, piece, pieceLine === item.line ? lastPiece : [], ctx.directory, line.includes(raw) ? line.slice(0, line.indexOf(raw)) : ''), piece, pieceLine === item.line ? lastPiece : []) } : sameLine;
      const ownPieceDay = parseDay(arabicizeNumerals(extractTitles(piece).rest), today);
      // 昨天与陈静廉政谈话，11月20日又进行了一次: the piece before again, on this piece's day (for 确认).
      if ((parsed?.reports.length ?? 0) === 0 && AGAIN.test(piece) && ownPieceDay.date !== undefined && !ownPieceDay.byTimeOfDay && lastPiece.length > 0) {
        const date = ownPieceDay.date;
        // 又到教育就业部检查: the place of this piece, not the one before.
        const there = parseOrganiser(piece, ctx.directory).departmentId;
        const placed = (d: ParsedReport['draft']) => (there && d.counterpartIds.length === 0 ? { ...d, departmentId: there } : d);
        // 11月27日又到康复中心召开同样的会议 after talks held 会后 (round 30g, A20): the deed its noun names, not the talks.
        const repeated = repeatedDeed(piece, pieceLine === item.line ? linePieces : [lastPiece]);
        // 同样的会议 when no meeting was told before: its type is asked, never taken from another deed nor dropped.
        // …张伟书记主持召开党组会议…，周三又到康复中心检查 (round 36): the subject going on did the new deed too.
        const doer = actor !== undefined && actor !== ctx.senderId && !/我|本人/.test(piece) ? { actorId: actor } : {};
        const again = repeated ?? [{ draft: { counterpartIds: [], ...doer, ...(there ? { departmentId: there } : {}), date, late: date <= on.today && date < on.quarterStart }, problems: [{ code: 'missing_type' as const }], remarks: [], reasons: ['items' as const, ...(doer.actorId ? (['third_person'] as const) : [])] }];
        reports.push(...again.map((r) => ({ ...r, draft: placed({ ...r.draft, date, late: date <= on.today && date < on.quarterStart }), reasons: [...(r.reasons ?? []), 'items' as const] })));
        activities++;
        continue;
      }
      // 上周二和冯雪、郑华谈了，周四又和他谈了一次: a 他 of several people named before is asked whom, never guessed nor dropped.
      const him = TALK_WITH_HIM.exec(piece);
      const namedBefore = [...new Set(lastPiece.flatMap((r) => r.draft.counterpartIds))];
      if ((parsed?.reports.length ?? 0) === 0 && him && pieceLine === item.line && namedBefore.length > 1) {
        const { departmentId: _where, ...before } = withoutDate(lastPiece[0]!.draft);
        const date = ownPieceDay.date;
        const draft = { ...before, counterpartIds: [], ...(date !== undefined ? { date, late: date <= on.today && date < on.quarterStart } : { late: false }) };
        const problems: ReportProblem[] = [
          ...lastPiece[0]!.problems.filter((p) => p.code === 'missing_type'),
          ...(date === undefined ? [{ code: 'missing_date' as const }] : []),
          { code: 'ambiguous_counterpart', text: him[1]!, candidateIds: namedBefore },
        ];
        reports.push({ draft, problems, remarks: [], reasons: ['items'] });
        activities++;
        continue;
      }
      // 赵敏副理事长11月20日到康复中心调研；11月21日，与何平… (issue 10): a visit that gives no record still names the subject
      // the clauses after it go on with, as it does within one sentence.
      const visitor = (parsed?.reports.length ?? 0) === 0 ? visitSubject(own, ctx, today) : undefined;
      // 张书记主持召开党组会议，会后与李明进行了谈话 (round 43 fpd): the chair of a sitting that gives no record goes on too.
      const chair = (parsed?.reports.length ?? 0) === 0 && visitor === undefined ? chairOfSitting(own, ctx, today) : undefined;
      if (chair !== undefined) {
        chairOnly = { before: actor };
        actor = chair;
        actorLine = item.line;
      }
      if (visitor !== undefined) {
        actor = visitor;
        actorLine = item.line;
        // …一行到维权部调研指导…工作。⏎⏎陈志强…最后与部门全体同志… (round 39, t38a F3): where they went is whose 部门同志 these are.
        const place = visitedDepartment(own, directoryIndex(ctx.directory));
        visitLine = { personId: visitor, line: item.line, ...(place !== undefined ? { departmentId: place } : {}) };
      }
      if (!parsed) continue;
      // …冯雪部长和我参加，会上陈副理事长与我俩分别进行了廉政谈话 (round 39, t38a F9): 我俩 is the sender and the one named with 我.
      const lineBefore = line.indexOf(raw) >= 0 ? line.slice(0, line.indexOf(raw)) : clauseBefore ?? '';
      parsed.reports = withPairedSender(parsed.reports, lineBefore, piece, ctx);
      // 赵敏副理事长11月20日到康复中心调研⏎11月21日，与孙杰开展了廉政谈话 (round 30, f3's leftover: stored at once as the sender's):
      // a line after another's visit that names no doer may go on with the visitor or be the sender's own: shown for 确认.
      if (visitLine !== undefined && item.line !== visitLine.line && visitLine.personId !== ctx.senderId && !/我|本人/.test(piece)) {
        const name = ctx.directory.person(visitLine.personId)?.name ?? visitLine.personId;
        for (const r of parsed.reports) {
          if (r.draft.actorId !== undefined) continue;
          r.remarks.push(`上一行写的是${name}的活动，这一条按您本人记录，请核对是谁做的`);
          r.reasons = [...new Set([...(r.reasons ?? []), 'subject_unclear' as const])];
        }
      }
      // 11月5日张伟与赵敏谈话；刘芳与周涛谈心谈话 (round 16: stored at once on 11-05): a ；-clause of no day of its own takes the
      // day the clause before gave in its own words, which the card says, never stored at once.
      if (day !== undefined && ownDay !== undefined && !dayHeadsLine && ownPieceDay.date === undefined && /;[\s\u0000]*$/.test(clauseBefore ?? '')) {
        for (const r of parsed.reports) if (r.draft.date === day) r.remarks.push(`日期沿用上一句：${day.slice(5)}`), (r.reasons = [...(r.reasons ?? []), 'items']);
      }
      // 11月10日召开…会议，11月16日签订责任书，会上还…观看 (round 30g, A25: the film put on 11-16): 会上 points at the meeting,
      // which had another day than the clause before; which day is asked, both days said.
      const meetingDay = ownPieceDay.date === undefined && pieceLine === item.line ? meetingDayInDoubt(piece, day, linePieces) : undefined;
      if (meetingDay !== undefined) {
        for (const r of parsed.reports) {
          if (r.draft.date !== day) continue;
          r.draft = { ...withoutDate(r.draft), late: false };
          r.problems = [...r.problems.filter((p) => p.code !== 'future_date'), { code: 'missing_date' }];
          r.remarks.push(`「会上」指的会议是${meetingDay.slice(5)}开的，上一句的日期是${day!.slice(5)}，请说明是哪一天`);
        }
      }
      // 12月1日…学习…，12月3日与张颖…谈话，部门签订了廉政承诺书 (t47b F3: the 承诺书 put on 12-03 without a word): a clause of no
      // day after clauses of their own days is asked its day, never given the last one.
      if (meetingDay === undefined && day !== undefined && !dayHeadsLine && ownPieceDay.date === undefined && !namesVagueDayOnly(piece, today) && pieceLine === item.line && dayAfterDatedListInDoubt(piece, parsed.reports, linePieces)) {
        for (const r of parsed.reports) {
          if (r.draft.date !== day) continue;
          r.draft = { ...withoutDate(r.draft), late: false };
          r.problems = [...r.problems.filter((p) => p.code !== 'future_date' && p.code !== 'missing_date'), { code: 'missing_date' }];
          r.remarks = r.remarks.filter((m) => !m.startsWith('日期沿用上一句'));
        }
      }
      // 报送廉政信息3篇、调研报告1篇，述责述廉报告已于11月28日提交党组 (round 55, fhc; t57b F3): a paper of no day of its own
      // before the clause of another deed that writes one is asked its day, never given that one.
      if (day !== undefined && ownPieceDay.date === undefined && !dayHeadsLine && paperDayFromLaterClause(raw, line, parsed.reports, day, today)) {
        for (const r of parsed.reports) {
          r.draft = { ...withoutDate(r.draft), late: false };
          r.problems = [...r.problems.filter((p) => p.code !== 'future_date' && p.code !== 'missing_date'), { code: 'missing_date' }];
          r.remarks = r.remarks.filter((m) => !m.startsWith('日期沿用上一句'));
        }
      }
      // …上月底组织观看警示片，后面又开了一次以案促改专题组织生活会 (t48a F2: the second deed merged away): a deed told as done
      // later (后面 · 后来 · 过了几天) with no day of its own is not on the day of the clause before; its day is asked.
      if (day !== undefined && ownPieceDay.date === undefined && pieceLine === item.line && laterOnUnsaidDay(piece)) {
        for (const r of parsed.reports) {
          if (r.draft.date !== day) continue;
          r.draft = { ...withoutDate(r.draft), late: false };
          r.problems = [...r.problems.filter((p) => p.code !== 'future_date' && p.code !== 'missing_date'), { code: 'missing_date' }];
          r.remarks = r.remarks.filter((m) => !m.startsWith('日期沿用上一句'));
        }
      }
      // …会议，同时和王磊、何平…谈心谈话 with no day (t47b F8: asked twice): the 同时 records take the answer given the one before.
      if (pieceLine === item.line && ownPieceDay.date === undefined) parsed.reports = markedTiedToDayBefore(parsed.reports, piece, lastPiece);
      // …，周五又找她谈了一次 read as a talk of no one: whom is asked among those named before, never left to a bare 「和谁」.
      if (him && pieceLine === item.line && namedBefore.length > 1) {
        for (const r of parsed.reports) {
          const withSomeone = r.draft.type === undefined || isTalkType(r.draft.type) || r.draft.type === 'pledge_sign';
          if (!withSomeone || r.draft.counterpartIds.length > 0 || r.problems.some((p) => p.code === 'ambiguous_counterpart')) continue;
          r.problems = [...r.problems.filter((p) => p.code !== 'missing_counterpart'), { code: 'ambiguous_counterpart', text: him[1]!, candidateIds: namedBefore }];
        }
      }
      // 11月份我参加了3次学习：…11月12日看警示片… (found by the tester, round 7: the sender proposed as its organiser): under a
      // heading saying the sender took part, an activity (no talk) naming no doer is someone else's: asked whose, never the sender's.
      if (attendedHeading) {
        const dept = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
        const leaders = leaderIds(ctx.directory);
        const candidateIds = [...new Set([...(dept && dept.headId !== ctx.senderId ? [dept.headId] : []), ...leaders])];
        for (const r of parsed.reports) {
          if (r.draft.actorId !== undefined || (r.draft.type !== undefined && isTalkType(r.draft.type)) || r.problems.some((p) => p.code === 'missing_actor')) continue;
          r.problems.push({ code: 'missing_actor', candidateIds });
        }
      }
      // 郑部长让我报：①11月6日部门自查；②11月20日报送信息一篇 (found by the tester, round 7: all given to the clerk): under a
      // heading naming whose items these are, an item that names no doer and no 我 is theirs, shown for 确认.
      if (headingPerson !== undefined && headingPerson !== ctx.senderId && !/我|本人/.test(piece)) {
        const name = ctx.directory.person(headingPerson)?.name ?? headingPerson;
        // 帮孙科长报一下：她11月25号…讲了…党课 (round 10: asked whose): a doer asked among people who include the heading's is theirs.
        const theirs = (p: ReportProblem) => p.code === 'missing_actor' && p.candidateIds.includes(headingPerson!);
        parsed.reports = parsed.reports.map((r) =>
          r.draft.actorId !== undefined || r.draft.counterpartIds.includes(headingPerson!)
            ? r
            : {
                ...r,
                draft: { ...r.draft, actorId: headingPerson! },
                problems: r.problems.filter((p) => !theirs(p)),
                remarks: [...r.remarks, isTalkType(r.draft.type ?? 'edu_integrity') ? `谈话人为${name}（代为上报）` : `按${name}的活动记录（代为上报）`],
                reasons: [...(r.reasons ?? []), 'third_person' as const],
              },
        );
      }
      // 王建国、刘芳两位领导本周廉政工作：1.11月23日与李明谈话… (round 44 fqc, fixers' left-alone: asked 和谁 with no doer, the
      // talk then the sender's): an item that names no doer and no 我 is one of the heading's people's, asked whose among them.
      if (headingPerson === undefined && headingGroup !== undefined && !/我|本人/.test(piece)) {
        const group = headingGroup;
        parsed.reports = parsed.reports.map((r) =>
          r.draft.actorId !== undefined || r.draft.counterpartIds.some((id) => group.includes(id))
            ? r
            : { ...r, problems: [...r.problems.filter((p) => p.code !== 'missing_actor'), { code: 'missing_actor' as const, candidateIds: group }] },
        );
      }
      if (relayedUnnamed && !/我|本人/.test(piece)) {
        for (const r of parsed.reports) if (r.draft.actorId === undefined && !r.problems.some((p) => p.code === 'missing_actor')) r.problems.push({ code: 'missing_actor', candidateIds: askedDoers(ctx) });
      }
      // 11月16日，机关纪委对组联部开展了…，另对财务科开展了… (u1): whose the check before was is asked, so a check going on
      // with its subject (并/另对…, opening with its deed) is asked too, never put on the card as the sender's. Checks only:
      // who held a meeting is asked in other terms (会后签订了责任书 stays the sender's signing, r2).
      const isCheck = (t: ActivityTypeCode | undefined) => t !== undefined && (t.startsWith('inspect_') || t === 'pledge_check');
      const askedBefore = pieceLine === item.line ? lastPiece.filter((r) => isCheck(r.draft.type)).flatMap((r) => r.problems).find((p) => p.code === 'missing_actor') : undefined;
      if (askedBefore !== undefined && continuesSubject(read)) {
        for (const r of parsed.reports) if (isCheck(r.draft.type) && r.draft.actorId === undefined && !r.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor')) r.problems.push({ ...askedBefore });
      }
      // 11月15日观看了警示教育片《镜鉴》，11月22日又观看了《蜕变》: the same kind of activity again, with its own title.
      const typeBefore = lastPiece.length === 1 ? lastPiece[0]!.draft.type : undefined;
      if (typeBefore !== undefined && !isTalkType(typeBefore) && pieceLine === item.line && AGAIN.test(piece) && parsed.reports.length === 1 && parsed.reports[0]!.problems.some((p) => p.code === 'missing_type') && parsed.reports[0]!.draft.counterpartIds.length === 0) {
        const r = parsed.reports[0]!;
        parsed.reports[0] = { ...r, draft: { ...r.draft, type: typeBefore }, problems: r.problems.filter((p) => p.code !== 'missing_type'), reasons: [...(r.reasons ?? []), 'items'] };
      }
      // …宣文部学习了…，然后还观看了警示片 (round 52, fwgg; t55a F3): the deed gone on to with no place is held where the one before was.
      if (pieceLine === item.line) withGoingOnUnit(parsed.reports, piece, lastPiece);
      if (parsed.reports.length > 0) {
        linePieces = pieceLine === item.line ? [...linePieces, parsed.reports] : [parsed.reports];
        lastPiece = parsed.reports;
        pieceLine = item.line;
      }
      if (parsed.reports.length > 0) activities++;
      // 到组联部参加了部门…学习，并与周涛…: the sender attended, so the clauses after are theirs, not the study's holder's.
      // 办公室/我科/我 as a clause's subject (issue 10 F1): the leader named before acts no more; later deeds are not theirs.
      // Nor when the sender shared the clause's deed (何平主任、徐辉副主任分别… from 徐辉; 财务科、办公室联合… from 李明).
      const withSender = parsed.reports.some((r) => r.draft.actorId !== undefined) && parsed.reports.some((r) => r.draft.actorId === undefined);
      actor = parsed.attended || withSender ? undefined : parsed.reports.find((r) => r.draft.actorId)?.draft.actorId ?? (opensWithOwnSide(own, ctx, today) ? undefined : actor);
      alongActor = parsed.withSender ? actor : backToSender ? undefined : alongActor;
      // 10月15日协助何平主任对中心药房开展…排查；10月22日与孙杰谈心谈话 (t39b F10: the talk made 何平's): the one the sender
      // assisted (协助/配合/陪同 X) led that clause only; a ；-clause or one on a day of its own after it is the sender's again.
      const assistedName = actor !== undefined ? ctx.directory.person(actor)?.name : undefined;
      if (assistedName !== undefined && assistedBy(assistedName).test(own)) alongActor = actor;
      // …到维权部参加部门专题学习，冯部长主持；随后与冯雪部长、赵磊分别谈心 (round 37): the visitor goes on, not the chair.
      if (parsed.subject !== undefined) actor = parsed.subject === ctx.senderId ? undefined : parsed.subject;
      // 康复部召开…会议，刘芳副理事长参加并讲话；11月25日组织…观看 (round 31g, F2: the film given to 刘芳): the department held
      // it, its 分管领导 only attended, so the clauses after go on with the department (its head, or the sender heading it).
      const heldBy = meetingHeldByDepartment(parsed.reports, own, ctx);
      if (heldBy !== undefined) actor = heldBy.actorId;
      actorLine = item.line;
      day = parsed.day ?? day;
      // …检查了作风纪律，周四到康复部检查 (v2): a bare check after a check of a known kind is another of that kind (on the card).
      // 配合纪检对我部进行了廉政风险点排查 (w2): a body's check on the sender's unit is no 自查 of it; its type is asked.
      // …谈心谈话，顺便查了下专项资金账目 (t42c F5): the check in passing is at the talk's department.
      // 11月30日主持召开机关党委会议，专题研究… (round 53, fka; t55b F3: counted as the 党组's 专题研究): the body named holds it.
      reports.push(...withMeetingBody(withCheckKindCarried(withBodyCheckUntyped(withPassingCheckPlace(parsed.reports, own, reports.slice(lineStart.at)), own), own, reports), own));
    }
    // 原定上周五的廉政谈话推迟到昨天进行了: held, on the day it was put off to, never the day first planned.
    const movedTo = RESCHEDULED.exec(line);
    const newDay = movedTo ? lineDay(movedTo[1]!, today) : undefined;
    if (movedTo) {
      for (let i = before; i < reports.length; i++) {
        const r = reports[i]!;
        const problems = r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date');
        reports[i] = newDay
          ? { ...r, draft: { ...r.draft, date: newDay, late: newDay <= on.today && newDay < on.quarterStart }, problems }
          : { ...r, draft: withoutDate(r.draft), problems: [...problems, { code: 'missing_date' as const }] };
      }
    }
    entryDay = day;
    entryLine = item.line;
    // …带领机关40余名党员来到…基地。⏎…参观结束后，赵敏同志…为全体党员上了一堂廉政党课 (round 42, t41b F5: 「全体参加」 with no
    // number): 全体 on a paragraph going on with the occasion before are the people counted there.
    const occasionCount = (partyDay ?? afterOccasionDay) !== undefined ? [...lastEntry].reverse().find((r) => r.draft.date === (partyDay ?? afterOccasionDay) && r.draft.attendees !== undefined)?.draft.attendees : undefined;
    if (occasionCount !== undefined) {
      for (let i = before; i < reports.length; i++) {
        const r = reports[i]!;
        if (!r.draft.allMembers || r.draft.attendees !== undefined || r.draft.date !== (partyDay ?? afterOccasionDay)) continue;
        reports[i] = { ...r, draft: { ...r.draft, attendees: occasionCount } };
      }
    }
    if (carriedDay !== undefined) {
      for (const r of reports.slice(before)) {
        if (r.draft.date !== carriedDay) continue;
        r.remarks.push(`日期沿用上一句：${carriedDay.slice(5)}`);
        r.reasons = [...(r.reasons ?? []), 'items'];
      }
    }
    // …廉政谈话。与王强进行了廉政谈话。 (u1: stored at once on the first day): the deed of a later sentence with no day and no
    // word carrying one (同日, 随后, 又…) is shown on the day before, on the card.
    // …，另外我还单独跟刘洋谈了次心 (t45a F5): a clause adding another deed, with no day of its own, likewise.
    if (ownDay !== undefined) markSentencesWithoutDay(reports.slice(before), [...sentencesWithoutDay(line, today), ...besidesWithoutDay(line, today)], ownDay, ctx.directory);
    if (typedByHeading && entryKind !== undefined) {
      const said = `只写了日期和地点的一项按标题所说的「${activityTypeName(entryKind)}」记录`;
      for (const r of reports.slice(before)) {
        r.remarks.push(said);
        r.reasons = [...(r.reasons ?? []), 'inferred_type'];
      }
    }
    if (entryKind !== undefined) {
      for (let i = before; i < reports.length; i++) {
        const r = reports[i]!;
        // Someone talked to makes the record a talk: only a heading of talks types it.
        if (r.draft.type !== undefined || (r.draft.counterpartIds.length > 0 && !isTalkType(entryKind)) || !r.problems.some((p) => p.code === 'missing_type')) continue;
        // 12月3日陪同王建国副理事长到财务科开展廉政风险点检查 under 「开展党风廉政教育活动4次，其中：」 (round 63, gch; t66a F3:
        // the check typed 廉政教育 from the heading): an item whose own words name the kinds it may be (a check: which one is
        // asked), none of them the heading's, keeps its own question — the heading's kind is only the count's.
        if (r.problems.some((p) => p.code === 'missing_type' && p.among !== undefined && p.among.length > 0 && !p.among.includes(entryKind))) continue;
        // 党课2次：…请市纪委同志来作辅导: a guest's lecture is the inviter's 廉政教育, as it is when the type is written.
        const kind = entryKind === 'edu_lecture' && GUEST_INVITED.test(line) ? 'edu_integrity' : entryKind;
        const name = activityTypeName(kind);
        reports[i] = {
          ...r,
          draft: { ...r.draft, type: kind },
          problems: r.problems.filter((p) => p.code !== 'missing_type'),
          remarks: [...r.remarks, `未写类型的一项按标题所说的「${name}」记录`],
          reasons: [...(r.reasons ?? []), 'inferred_type'],
        };
      }
      // A talk is one record per person talked to, as when its type is written (王建国11月10日与李明、孙丽谈了).
      const typed = reports.splice(before).flatMap((r) =>
        r.draft.type !== undefined && isTalkType(r.draft.type) && r.draft.counterpartIds.length > 1
          ? r.draft.counterpartIds.map((id, k) => ({ ...r, draft: { ...r.draft, counterpartIds: [id] }, remarks: k === 0 ? r.remarks : [], reasons: [...(r.reasons ?? []), 'items' as const] }))
          : [r],
      );
      reports.push(...typed);
    }
    // 1 11月5日 财务科 孙丽、王强、李娟 学习《…》 under a 参加人 column (round 12: no count kept): three took part.
    const listed = attendeeColumn ? listedAttendees(line, ctx.directory) : undefined;
    for (let i = before; listed !== undefined && i < reports.length; i++) {
      const r = reports[i]!;
      if (r.draft.type !== undefined && !isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign' && r.draft.attendees === undefined) {
        reports[i] = { ...r, draft: { ...r.draft, attendees: listed } };
      }
    }
    // …讲授廉政党课，会后组织观看警示教育片《迷途》，共35人参加: the closing count is the whole sitting's (sittingCount).
    if (reports.length > before) reports.push(...withSittingCount(reports.splice(before), line));
    const scene = reports.length === before && item.number === undefined && ownDay !== undefined && ownDay <= today && !header && VISIT_SCENE.test(extractTitles(line).rest) && !namesActivity(line);
    if (scene) sceneBefore = { line: item.line, day: ownDay };
    // 12月1日上午，张伟带领…前往市廉政教育基地开展警示教育活动，实到党员32人。⏎大家…参观了各展区，并集中观看了警示教育片《失守
    // 的底线》。 (round 41, t41a F1: a second 警示教育 of the clerk's, asked its day): a post's line that only goes on telling the
    // occasion of the dated line before it (大家 · 全体 · 与会 · 在…带领下 · 活动中 · 现场) is that occasion, its title and count
    // the occasion's; said on the card.
    const host = reports.length === before + 1 && ownDay === undefined && item.number === undefined && lastLine >= 0 && item.line - lastLine <= 2 ? occasionGoneOn(reports[before]!, lastEntry, line) : undefined;
    if (host !== undefined) {
      const [told] = reports.splice(before, 1);
      const at = reports.indexOf(host);
      const { title, attendees } = host.draft;
      const extra = told!.draft;
      reports[at] = {
        ...host,
        draft: { ...host.draft, ...(title === undefined && extra.title !== undefined ? { title: extra.title } : {}), ...(attendees === undefined && extra.attendees !== undefined ? { attendees: extra.attendees } : {}) },
        remarks: [...host.remarks, `第${item.line + 1}行讲的是同一次活动的经过，并入这一条，未另记`],
        reasons: [...new Set([...(host.reasons ?? []), 'items' as const])],
      };
      lastEntry = lastEntry.map((e) => (e === host ? reports[at]! : e));
      lastLine = item.line;
      continue;
    }
    // 12月3日，宣文部党支部开展…主题党日活动，支部书记王磊同志…讲授廉政党课，…全体党员7人参加。⏎活动中，大家还集中观看了警示教育片
    // 《失衡的天平》。 (round 42, t42b F5: asked its day, then given to the clerk who sent it): a line going on with the occasion
    // that tells another deed of its own (大家还观看了… · a film beside a study) is that occasion's too — its day, its doer, its department and count — said on
    // the card. A line telling the occasion itself was merged above (occasionGoneOn).
    const partOf = reports.length === before + 1 && ownDay === undefined && item.number === undefined && lastLine >= 0 && item.line !== lastLine && item.line - lastLine <= 2 ? otherDeedOfOccasion(reports[before]!, lastEntry, line) : undefined;
    if (partOf !== undefined) {
      const told = reports[before]!;
      const { date, actorId, departmentId, attendees } = partOf.draft;
      reports[before] = {
        ...told,
        draft: { ...told.draft, date, ...(actorId !== undefined ? { actorId } : {}), ...(departmentId !== undefined && told.draft.departmentId === undefined ? { departmentId } : {}), ...(attendees !== undefined && told.draft.attendees === undefined ? { attendees } : {}) },
        problems: told.problems.filter((p) => p.code !== 'missing_date' && (actorId === undefined || p.code !== 'missing_actor')),
        remarks: [...told.remarks, `第${item.line + 1}行是同一次活动中的另一项，按上一行的日期${actorId !== undefined ? '和活动人' : ''}记录`],
        reasons: [...new Set([...(told.reasons ?? []), 'items' as const])],
      };
    }
    if (reports.length > before) {
      // …自查做完了，自查报告11月27号交了: one deed told twice on the line, one record.
      // 10月下旬 部门集中学习… (t52b F7): a record asked its day keeps the span its line said, for the question.
      reports.push(...withVagueSpanAsked(onePaperPerDeed(reports.splice(lineStart.at), line), line, today));
      const memberLine = item.number === undefined ? LINE_LABEL.exec(item.label) : null;
      if (memberLine) for (const r of reports.slice(before)) r.line ??= Number(memberLine[1]);
      lastLine = item.line;
      recordedEntries++;
      // 上周工作小结：周二… (round 15: a false 「周二」 remark): the safety net reads the bare weekdays in the heading's week too.
      const told = heard.reduce((l, h) => l.replace(h, ''), line);
      read.push(headingWeek ? `${headingWeek}周 ${told}` : told);
      lastEntry = reports.slice(before);
    }
    // A line that tells of a deed but gave nothing is said, not dropped silently (by number: its words stay out of the ledger).
    else if (scene) continue;
    else if (readsAsPlan(line, ctx.now, lineOf(item)) && !headsAccount(line)) planned.push(item.label);
    // 3.下周一向王建国副理事长汇报廉政工作 (round 30a, A13: 「第3条没有读出可记录的活动」): an item of a day still to come that
    // gave nothing is a plan, named as one.
    else if (items.length > 1 && ownDay !== undefined && ownDay > today && !header) planned.push(item.label);
    // 以上工作均由黄志刚同志牵头组织，我和胡军配合。 (round 38): a closing line naming who led every item is read by withLeaderInTrailer.
    else if (items.length > 1 && (describesDeed(line) || namesActivity(line) || ownDay !== undefined) && !header && !EXHORTATION.test(line) && !isDayOnly(line, today) && !outsideInspection(line, today) && !/^[\s。!；;，,]*$/.test(line.replace(ALL_LED_CLAUSE, ''))) unread.push(item.label);
  }
  numberRecords(undefined);
  // The headline's one record (its day asked, no one in it) stands for the dated item below when that is of its kind.
  if (headlineFirst) {
    const below = reports.filter((r) => !firstEntry.includes(r));
    const single = firstEntry.length === 1 && reports.includes(firstEntry[0]!) ? firstEntry[0]! : undefined;
    // 王建国副理事长与分管科室负责人签订党风廉政建设责任书 over 「…王建国分别与李明、孙丽签订了…」 (round 64, gdd: two undated
    // signings asked beside the dated two): a headline naming a group gives a record per person, of one type and doer; they
    // stand for the records below as one headline record does, each weighed alike.
    const group =
      single === undefined && firstEntry.length > 1 && firstEntry.every((r) => reports.includes(r) && r.draft.type !== undefined && r.draft.type === firstEntry[0]!.draft.type && r.draft.actorId === firstEntry[0]!.draft.actorId)
        ? firstEntry
        : undefined;
    const one = single ?? group?.[0];
    const heads = group ?? (single !== undefined ? [single] : []);
    // The lead may be undated too (近日…) or asked its type (财务科召开…专题会议): still the same deed, its day asked once (round 16, K5).
    // 机关第一党支部开展“以案为鉴 守正自律”主题党日活动 over a 党课 (round 41, t41a F3: an undated 警示教育 asked its day and
    // whose): a headline whose only type word is inside its quoted theme names the body's occasion, whatever its kind.
    const themeOnly = findKinds(items[h]!.text.replace(/[“"「][^”"」]{1,30}[”"」]/g, '')).length === 0 && below.some((r) => r.draft.date !== undefined);
    const untypedBelow = oneUntypedBelow(one?.draft.type, below);
    const sameKind =
      themeOnly ||
      untypedBelow ||
      below.some(
        (r) =>
          (one?.draft.type === undefined ? r.draft.type === undefined : r.draft.type !== undefined && kindsRelated(r.draft.type, one.draft.type)) ||
          reminderHeadline(items[0]!.text, one?.draft.type, r.draft.type) ||
          // 宣文部召开党风廉政建设工作会议 over 赵敏…到宣文部主持召开分管部门…会议 (round 64, gdd: the headline an untyped
          // meeting of 王磊's asked beside it): an untyped meeting headline over a meeting of a known kind is that meeting.
          (one?.draft.type === undefined && one?.problems.some((p) => p.code === 'missing_type') === true && MEETING_HEADLINE.test(items[h]!.text) && r.draft.type !== undefined && MEETING_TYPES.has(r.draft.type)),
      );
    // 层层签订责任书 as a headline asks 和谁 since k16 (a whole-unit signing names no one): the lead names them.
    const asked = new Set(['missing_date', 'missing_actor', 'missing_type', 'missing_counterpart']);
    // 宣文部：我会开展… names the department's head as someone talked to; the body names them as the doer (l20).
    const inBody = new Set(below.flatMap((r) => [r.draft.actorId ?? ctx.senderId, ...r.draft.counterpartIds]));
    if (one && sameKind && heads.every((r) => r.draft.date === undefined && r.draft.counterpartIds.every((id) => inBody.has(id)) && r.problems.every((p) => asked.has(p.code)))) {
      // 廉政警示教育活动 over a visit to the 廉政教育基地 (t43a F1): the type the headline writes, not the place's.
      const overPlace = headlineTypeOverPlace(items[h]!.text, one.draft.type, below, items.slice(h + 1).map((i) => i.text).join('\n'));
      const retyped = untypedBelow ? headlineTypeForUntyped(one.draft.type!, overPlace) : overPlace;
      below.forEach((r, i) => (reports[reports.indexOf(r)] = retyped[i]!));
      for (const r of heads) reports.splice(reports.indexOf(r), 1);
      reports[0]?.remarks.push(`第${h + 1}行是标题，与下面的活动是同一件事，未单独记录`);
    } else if (firstEntry.length === 0 && below.length === 1 && unread.includes(items[h]!.label)) {
      // “以案促改”警示教育走进廉政教育基地⏎11月26日，…到市廉政教育基地参观学习 (round 47, t49b F2's kind: a 廉政教育 of the
      // place, the headline named as unread): a verbless 公众号 headline over the one deed below still writes its type.
      const written = writtenHeadlineType(items[h]!.text);
      const retyped = written === undefined ? below : headlineTypeOverPlace(items[h]!.text, written, below, items.slice(h + 1).map((i) => i.text).join('\n'));
      if (retyped[0] !== below[0]) {
        reports[reports.indexOf(below[0]!)] = retyped[0]!;
        unread.splice(unread.indexOf(items[h]!.label), 1);
        retyped[0]!.remarks.push(`第${h + 1}行是标题，与下面的活动是同一件事，未单独记录`);
      }
    }
  }
  // 【工作动态】党组传达学习全省…大会精神 over the 党组会 that passed it on (round 48 ftf: 「第1行没有读出可记录的活动」): a
  // verbless headline naming the conference the body passes on again is its title.
  const spiritHeadline = items[h] !== undefined && items.length > h + 1 && items[h + 1]!.line !== items[h]!.line && reports.length > 0 && unread.includes(items[h]!.label);
  if (spiritHeadline && headlineSpiritRepeated(items[h]!.text, items.slice(h + 1).map((i) => i.text).join('\n'))) {
    unread.splice(unread.indexOf(items[h]!.label), 1);
    reports[0]!.remarks.push(`第${h + 1}行是标题，与下面的活动是同一件事，未单独记录`);
  }
  if (reports.length > 0 && planned.length > 0) {
    const which = items.length > 1 ? `${[...new Set(planned)].join('、')}是计划安排` : '其中的计划安排';
    reports[0]!.remarks.push(`${which}，未记录；完成后再发给我即可`);
  }
  if (notDoneFor.size > 0) {
    // …集体廉政谈话，何平同志外出学习未参加 (round 26, W10): the group's note names only those recorded, not 何平.
    const left = [...notDoneFor].map((id) => ctx.directory.person(id)?.name ?? id);
    // 组联部开展廉政教育，周涛部长因公出差没能参加 (round 28, n28): whoever was absent held nothing; whose it was is asked.
    const absentDoer = (r: ParsedReport): ParsedReport =>
      r.draft.actorId !== undefined && notDoneFor.has(r.draft.actorId) && !r.problems.some((p) => p.code === 'missing_actor')
        ? { ...r, draft: { ...r.draft, actorId: undefined }, problems: [...r.problems, { code: 'missing_actor', candidateIds: askedDoers(ctx).filter((id) => !notDoneFor.has(id)) }] }
        : r;
    // …和财务科签订了责任书，孙丽同志出差没有参加 (n28): a deed whose every counterpart was absent stays, its counterpart asked.
    const kept = withAbsentCounterpartAsked(reports, withoutNotDoneFor(reports, notDoneFor, new Map([...notDoneOnlyIn].filter(([id]) => !notDoneInAll.has(id)))), notDoneFor, (id) => ctx.directory.person(id)?.name ?? id).map((r) => ({ ...absentDoer(r), remarks: r.remarks.map((m) => withoutNames(m, left)) }));
    reports.splice(0, reports.length, ...kept);
    if (reports.length > 0) {
      reports[0]!.remarks.push(`「${[...new Set(notDoneWords)].join('」「')}」说的没有做，未记录`);
      for (const r of reports) r.reasons = [...(r.reasons ?? []), 'not_held'];
    }
  }
  if (reports.length > 0 && weekGone) {
    reports[0]!.remarks.push(ACCOUNT_WEEK_GONE_REMARK);
    for (const r of reports) if (!r.reasons?.includes('items')) r.reasons = [...(r.reasons ?? []), 'items'];
  }
  if (reports.length > 0 && notYet.length > 0) reports[0]!.remarks.push(`消息里还没有做的${[...new Set(notYet)].join('、')}，未记录；做完后再发给我即可`);
  if (reports.length > 0 && notHeld.length > 0) {
    reports[0]!.remarks.push(`${[...new Set(notHeld)].join('、')}没有进行（延期、取消或未开成），未记录`);
    // A message that also says something did not happen is shown for 确认: the split is checked there.
    for (const r of reports) r.reasons = [...(r.reasons ?? []), 'not_held'];
  }
  if (reports.length > 0 && questions.length > 0) {
    reports[0]!.remarks.push(`${questions.join('、')}是一个问题，未记录；请单独发送，我来回答`);
    for (const r of reports) r.reasons = [...(r.reasons ?? []), 'items'];
  }
  if (reports.length > 0 && urged.length > 0) {
    reports[0]!.remarks.push(`${items.length > 1 || urgedClauses ? urged.join('、') : '其中'}是督促他人报送材料，不是您本人的报送，未记录`);
    for (const r of reports) if (!r.reasons?.includes('items')) r.reasons = [...(r.reasons ?? []), 'items'];
  }
  if (reports.length > 0 && unitsPapers.length > 0) {
    reports[0]!.remarks.push(`${unitsPapers.map((c) => `「${c}」`).join('、')}是各部室的信息，应记在各部室负责人名下，未记录；请写明哪个部室、哪天、几篇（如「宣文部11月12日报送信息1篇」）`);
    for (const r of reports) if (!r.reasons?.includes('items')) r.reasons = [...(r.reasons ?? []), 'items'];
  }
  if (reports.length > 0 && collated.length > 0) {
    reports[0]!.remarks.push(`${items.length > 1 ? collated.join('、') : '其中'}是整理汇总他人报送的材料，不是您本人的报送，未记录`);
    for (const r of reports) if (!r.reasons?.includes('items')) r.reasons = [...(r.reasons ?? []), 'items'];
  }
  // …集体廉政谈话，随后听取了组联部自查情况汇报 (round 39, t38b F12): a 自查 report heard beside other deeds is the reporter's
  // paper, no record; named on the card, never dropped without a word (alone, othersPapers says so). A meeting that heard it
  // holds it as its content, and a 自查 recorded took it.
  const heardPapers = reports.length > 0 && !reports.some((r) => r.draft.type !== undefined && (MEETING_TYPES.has(r.draft.type) || r.draft.type === 'report_self')) ? selfCheckHeardRemarks(text, ctx.directory) : [];
  // Said on the receipt as on a card: the heard report alone adds nothing to check (王建国「…听取了财务科自查情况汇报，并与孙丽进行了廉政谈话」 stays at once).
  if (heardPapers.length > 0) reports[0]!.remarks.push(...heardPapers);
  if (reports.length > 0 && inspectedFromOutside) reports[0]!.remarks.push(OUTSIDE_INSPECTION_REMARK);
  if (reports.length > 0 && other.dropped.length > 0) {
    reports[0]!.remarks.push(`消息里的${other.dropped.map((w) => `「${w}」`).join('')}等工作不属于党风廉政建设活动，未记录`);
    for (const r of reports) r.reasons = [...(r.reasons ?? []), 'items'];
  }
  // …，另外完成了三季度财务报表 (round 31f F6): work set apart that is no duty is named as not recorded, never a note.
  const apartWork = reports.length > 0 ? separateWorkClauses(text) : [];
  if (apartWork.length > 0) {
    reports[0]!.remarks.push(`${apartWork.map((w) => `「${w}」`).join('')}不属于党风廉政建设活动，未记录`);
    for (const r of reports) r.reasons = [...(r.reasons ?? []), 'items'];
  }
  // 周一：上午参加党组中心组学习；下午和徐辉副主任谈心谈话 (t40b F22): a body's study attended, no topic named, is named.
  const bodyStudies = reports.length > 0 ? bodyStudiesAttended(text) : [];
  if (bodyStudies.length > 0) {
    reports[0]!.remarks.push(`${bodyStudies.map((w) => `「${w}」`).join('')}是参加的学习，没有写明是廉政方面的内容，未记录；如是廉政专题学习，请写明内容后单独发送`);
    for (const r of reports) if (!r.reasons?.includes('items')) r.reasons = [...(r.reasons ?? []), 'items'];
  }
  // 向党组汇报了11月监督检查情况 (round 41, t41a F6): the check reported on is no check of that day; said on the card, since
  // the check itself may still be unrecorded.
  const reportedChecks = reports.length > 0 ? reportedCheckClauses(text) : [];
  if (reportedChecks.length > 0 && !reports.some((r) => isCheckType(r.draft.type))) {
    reports[0]!.remarks.push(`${reportedChecks.map((c) => `「${c}」`).join('')}是汇报检查的情况，未另记检查；检查本身如未上报，请单独发送`);
    for (const r of reports) r.reasons = [...new Set([...(r.reasons ?? []), 'items' as const])];
  }
  if (reports.length > 0 && summary.summed) reports[0]!.remarks.push('「…以来…开展…活动」一句是概述，按下面逐项写明日期的活动记录');
  // 先后与李明、孙丽…，其中11月5日与李明、孙丽、王强 (round 33a): one the breakdown names beyond its summary is read as the
  // breakdown says, never stored at once: the card says so, for the member to check which list has the slip.
  const beyond = reports.length > 0 ? namedOnlyInBreakdown(normalizeText(text), env) : [];
  if (beyond.length > 0) {
    reports[0]!.remarks.push(`「${beyond.join('、')}」在「其中」里有、前面的名单里没有，按「其中」所写记录，请核对`);
    reports[0]!.reasons = [...(reports[0]!.reasons ?? []), 'items'];
  }
  // 全年…开展廉政谈话4次，其中：3月12日与李明，… (round 41, t41a F5): the items are recorded as written; a summary count
  // they do not add up to is for the member to check, on the card.
  for (const { said, spelled } of reports.length > 0 ? summaryCountsBeyondItems(normalizeText(text), env) : []) {
    reports[0]!.remarks.push(`消息说共${said}次，「其中」写明的有${spelled}次，按写明的${spelled}次记录，请核对`);
    reports[0]!.reasons = [...new Set([...(reports[0]!.reasons ?? []), 'items' as const])];
  }
  // 督查了3个部门，办公室11.10、宣文部11.17，… (round 42, t41b F6's kin): the checks follow the places listed; a count of places
  // they do not add up to is said on the card, no check made up or dropped.
  const places = reports.length > 0 ? countedPlacesApart(text) : undefined;
  if (places) {
    reports[0]!.remarks.push(
      places.listed < places.said
        ? `消息说共${places.said}个部门，写明的有${places.listed}个，另${places.said - places.listed}个没有写明，未记录`
        : `消息说共${places.said}个部门，列出了${places.listed}个，按列出的${places.listed}个记录，请核对`,
    );
    reports[0]!.reasons = [...new Set([...(reports[0]!.reasons ?? []), 'items' as const])];
  }
  // 开展廉政教育5次，其中集中学习2次（D、D），观看警示片1次（D） (round 42, t41a F16's kin): the days written are recorded; a
  // lead or an item whose count they do not add up to is said on the card.
  for (const said of reports.length > 0 ? subKindCountsApart(normalizeText(text)) : []) {
    reports[0]!.remarks.push(said);
    reports[0]!.reasons = [...new Set([...(reports[0]!.reasons ?? []), 'items' as const])];
  }
  // 班子成员分别与…谈话。其中，王建国副理事长11月10日，周涛部长11月11日 (issue 10): an entry of someone who is no leader
  // was set aside by withGroupBreakdownDays; the card names it rather than drop its day without a word.
  const aside = reports.length > 0 ? asideBreakdownEntries(normalizeText(text), ctx.directory) : [];
  if (aside.length > 0) {
    reports[0]!.remarks.push(`${aside.map((e) => `「${e}」`).join('')}写的不是班子成员，未按其日期记录；班子成员的谈话日期请逐一确认`);
    for (const r of reports) if (!r.reasons?.includes('items')) r.reasons = [...(r.reasons ?? []), 'items'];
  }
  if (reports.length > 0 && summary.totalled) reports[0]!.remarks.push('「累计/截至…N次」是累计数，不单独记录；按写明日期的活动逐项记录');
  if (reports.length > 0 && unread.length > 0) reports[0]!.remarks.push(`${unread.join('、')}没有读出可记录的活动，未记录；如需记录请单独发送`);
  if (correction.corrected) for (const r of reports) r.reasons = [...(r.reasons ?? []), 'corrected_day'];
  // Pairs written out by the bot, not by the member: shown for a tap (a pair misread is a check at the wrong office).
  if (pairs.split) for (const r of reports) r.reasons = [...(r.reasons ?? []), 'items'];
  // 11月3日学了条例: the type read from a bare 条例/准则 (no 《》, no name) is a guess, and so is the title: for a tap.
  const bareTitle = (title: string) => /^(?:新修订的|新修订|最新|新)?(?:党纪)?(?:条例|准则)$/.test(title) && !text.includes(`《${title}》`);
  for (const r of reports) if (r.draft.title !== undefined && bareTitle(r.draft.title)) r.reasons = [...(r.reasons ?? []), 'inferred_type'];
  // …，昨天已和赵磊签了 (l3's doubt): the deed's noun was borrowed from another clause, an inference shown for a tap.
  const borrowed = reports.length > 0 ? verbOnlyBorrowedNouns(text, ctx.directory, names) : [];
  if (borrowed.length > 0) {
    // Two items of one list that both only said 谈了 (round 42): the same words once.
    reports[0]!.remarks.push(`${[...new Set(borrowed.map((b) => `只写了「${b.verb}了」，按前文的「${b.noun}」记录`))].join('；')}，请核对`);
    for (const r of reports) r.reasons = [...(r.reasons ?? []), 'inferred_type'];
  }
  // Several activities in one message are always shown for a tap: a wrong split is caught there, not in the ledger.
  if (recordedEntries > 1 || activities > 1) for (const r of reports) r.reasons = [...(r.reasons ?? []), 'items'];
  // A day, person, type or title the message named that no record took: never recorded at once.
  // A type word is not left over while some record's type is still asked: the answer takes it.
  const typeAsked = reports.some((r) => r.problems.some((p) => p.code === 'missing_type'));
  // Likewise a person while someone named is still asked (「吴静静」是哪一位？): the answer says who.
  const personAsked = reports.some((r) => r.problems.some((p) => p.code === 'ambiguous_counterpart' || p.code === 'unknown_counterpart'));
  // …会议，…会上集中学习了《…》，并通报了近期典型案例 (round 30a, F6): the study and the cases are records of their own,
  // before what no record took is weighed.
  const atMeeting = withStudyAtMeeting(reports, text, ctx);
  if (atMeeting !== reports) reports.splice(0, reports.length, ...atMeeting);
  // …并到部门开展调研，形成调研报告1篇 (t52b F1): the paper filed where the visit went, before what no record took is weighed.
  const researched = withResearchPaperPlace(reports, text, ctx);
  if (researched !== reports) reports.splice(0, reports.length, ...researched);
  // …廉政谈话，通报了近期查处的…典型案例 (round 42, t42b F7): the talk's content, said so on the card, not left over.
  const briefed = reports.some((r) => r.draft.type !== undefined && isTalkType(r.draft.type)) ? talkBriefings(read.join('\n')) : [];
  if (briefed.length > 0) reports[0]!.remarks.push(`${briefed.map((b) => `「${b.replace(/^[并同时还]+/, '')}」`).join('、')}是谈话中通报的内容，未单独记录`);
  const parts = reports.length > 0 ? unaccountedParts(briefed.reduce((t, b) => t.replace(b, ''), read.join('\n')), reports, ctx, today) : [];
  // 李明 廉政谈话 11.20 from his clerk: recorded as the clerk's talk with him, the card saying which way round it was read.
  if (parts.some((p) => p.kind === 'direction')) {
    for (const r of reports) r.reasons = [...(r.reasons ?? []), 'direction'];
  }
  // …，王建国同志请假未参加 (round 28, n28: asked whose the film was): someone said absent is accounted for by that clause.
  const absentOnly = (p: (typeof parts)[number]) => p.kind === 'person' && (p.ids ?? []).length > 0 && (p.ids ?? []).every((id) => notDoneFor.has(id));
  // 1.11月24日和黄志刚书记到维权部检查了考勤；…3.11月27日报送廉政信息1篇 (round 37: the 信息 asked whose as well): one already
  // asked about as the doer of a record (between them and the sender) is accounted for by that question.
  const askedBetween = new Set(reports.flatMap((r) => r.problems.flatMap((p) => (p.code === 'missing_actor' && p.candidateIds.length === 2 && p.candidateIds[1] === ctx.senderId ? [p.candidateIds[0]!] : []))));
  const askedOnly = (p: (typeof parts)[number]) => p.kind === 'person' && (p.ids ?? []).length > 0 && (p.ids ?? []).every((id) => askedBetween.has(id));
  const leftover = parts.filter((p) => p.kind !== 'direction' && !(typeAsked && (p.kind === 'type' || p.kind === 'deed')) && !(personAsked && p.kind === 'person') && !absentOnly(p) && !askedOnly(p));
  // 宣文部王磊部长…向党组报告了…: someone named who took no part in any record, beside one activity that is not done with
  // someone, may well be its doer: the bot asks whose it is rather than proposing the sender (found by the tester).
  // 向刘芳副理事长书面报告了康复部…工作情况 (round 46, t48b F3): the one reported to is no one who did it.
  const lone = reports.length === 1 ? reports[0]! : undefined;
  // 向王建国副理事长报送了财务科廉政风险自查情况 (round 54, fjd): so is the one a 自查 · 述责述廉 · 信息 · 调研 paper went to.
  // …，并与王强进行了廉政谈话 after it: whichever record is the paper.
  const reportedTo = reports.some((r) => r.draft.type !== undefined && SENT_PAPERS.has(r.draft.type)) && (lone === undefined || lone.draft.type !== undefined) ? reportedToIds(read.join('\n'), ctx.directory, !reports.some((r) => r.draft.type === 'report_to_party')) : [];
  const namedIds = [...new Set(leftover.flatMap((p) => (p.kind === 'person' ? p.ids ?? [] : [])))];
  const unused = namedIds.filter((id) => !reportedTo.includes(id));
  // • 11.24 陪黄志刚书记对财务科开展…检查 ⏎ • 11.27 与胡军… (round 33b, F2: the sender stored as the doer, while the line
  // alone asks): among several records, the one record that could have a doer and has none is the one asked whose.
  const doerless = reports.filter((r) => r.draft.actorId === undefined && r.draft.type !== undefined && !isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign' && r.problems.length === 0);
  const askable = lone ?? (doerless.length === 1 ? doerless[0] : undefined);
  // 和林晓对…开展了督查 (round 18, J): a companion the sender names on a check went along; the check is the sender's.
  // 跟林晓去康复中心查看了责任书落实 (round 49, fve kind 2: asked whose): a 责任书 check is a check too.
  const companions = askable?.draft.type !== undefined && isCheckType(askable.draft.type) && namesOwnCompanions(read.join('\n'), unused, ctx.directory, ctx.senderId);
  if (lone && companions) {
    lone.remarks.push(`${unused.map((id) => ctx.directory.person(id)?.name).join('、')}同去，按您带队的检查记录`);
    // Who led is read from rank alone, so still shown for a tap, with that as the reason (t44b F8: was the leftover note).
    lone.reasons = [...new Set([...(lone.reasons ?? []), 'check_companion' as const])];
  }
  // 宣文部王部长…报送了廉政信息 (round 20 #7): the one named handing the paper in is its doer, on the card.
  const handedIn = lone && lone.draft.actorId === undefined && lone.problems.length === 0 ? paperBySubject(read.join('\n'), lone.draft.type, unused, ctx.directory) : undefined;
  if (lone && handedIn) {
    lone.draft.actorId = handedIn;
    lone.reasons = [...(lone.reasons ?? []), 'third_person'];
  } else if (askable && !companions && unused.length > 0 && !ownPaperSaid(read.join('\n'), askable.draft.type) && askable.draft.actorId === undefined && askable.draft.type !== undefined && !isTalkType(askable.draft.type) && askable.draft.type !== 'pledge_sign' && askable.problems.length === 0) {
    // 检查人：林晓、黄志刚 (round 20u L17): the check is the highest-ranking checker's, never asked.
    // 上周五带部门同志去法院旁听了庭审，本周二又跟陈副理事长作了汇报 (round 34a, F4): the sender who led their people did it.
    // 康复部11月…总结：11月25日组织全体党员学习…；另外刘芳副理事长26日来我部… (round 36, t36b F4(b): asked whose): a deed of
    // the department the sender heads, under a heading naming it, is the head's own; a leader named elsewhere is no doer.
    // withHeadsOwnHeading does the same where the heading's department is put on after this. Without the heading
    // (宣文部召开…会议，赵敏同志作了廉政提醒) it is still asked.
    const headsOwn = askable.draft.departmentId !== undefined && askable.draft.departmentId === headsOwnHeading(text, ctx);
    if (!headsOwn && !byNamedCheckers(askable, read.join('\n'), ctx) && !saysSenderLed(read.join('\n'))) askable.problems.push({ code: 'missing_actor', candidateIds: [...unused, ctx.senderId] });
  }
  // 刘洋「向刘芳副理事长书面报告了康复部…」 (round 46, t48b F3's near-miss): with the one reported to set aside, a department's
  // paper sent by someone not its head is still asked whose, its head offered first; its head's own (吴静) is theirs. The
  // department may not be on the record yet (withPaperDepartment gives the sender's later), and the one reported to may
  // already be accounted for as addressed (unaccounted's reportedTo): either is enough.
  const paperHead = lone && lone.draft.type === 'report_to_party' && unused.length === 0 && (namedIds.length > 0 || reportedTo.length > 0) && lone.draft.actorId === undefined && lone.problems.length === 0 ? ctx.directory.department(lone.draft.departmentId ?? ctx.directory.person(ctx.senderId)?.departmentId ?? '')?.headId : undefined;
  if (lone && paperHead !== undefined && paperHead !== ctx.senderId && !ownPaperSaid(read.join('\n'), lone.draft.type)) lone.problems.push({ code: 'missing_actor', candidateIds: [paperHead, ctx.senderId] });
  // Someone the card or the question already accounts for — a companion named as such (同去), the one who handed the paper
  // in, the one offered as the doer — is nothing left over (t44b F8: after 「是谁带队检查的？」 was answered the card still
  // said 「消息里有日期、人名…没有对应到任何记录」, naming nothing).
  // The one a paper was reported to (round 46, t48b F3) is accounted for by the paper itself.
  const accounted = new Set([...reportedTo, ...(companions ? unused : []), ...(handedIn ? [handedIn] : []), ...(askable?.problems.flatMap((p) => (p.code === 'missing_actor' ? p.candidateIds : [])) ?? [])]);
  const stillLeft = leftover.filter((p) => !(p.kind === 'person' && (p.ids ?? []).length > 0 && (p.ids ?? []).every((id) => accounted.has(id))));
  if (stillLeft.length > 0) for (const r of reports) r.reasons = [...(r.reasons ?? []), 'leftover'];
  // Which day, type or title was not read, so the member can see what is missing (people are never named: a talk's words).
  // A department a 分管科室会议 remark already names as not the doer's (「维权部」不是您分管的科室…) is not named twice (k16).
  const named = (p: { kind: string; words?: string }) => p.kind === 'department' && reports.some((r) => r.remarks.some((m) => m.includes(`「${directoryIndex(ctx.directory).departmentBySurface.get(p.words ?? '')?.name}」不是`)));
  const which = leftoverRemark(leftover.filter((p) => !named(p)));
  if (which !== undefined) reports[0]!.remarks.push(which);
  // Whatever the reading, a record whose sentence's subject became someone talked to is shown for a tap (round 12).
  markSubjectAsCounterpart(reports, opened, ctx);
  // Whatever went before, no one talks with or signs for themselves (round 19 #6).
  // 分管领导赵敏同志到会指导 a department's 学习会 (round 20u L03): its doer is who led the study, not the leader who attended.
  // 李明主任主持…，张伟书记讲授廉政党课 (p29): the one named lecturing did it, not the chair.
  // 召开警示教育大会。张伟…讲授廉政党课，会上观看了警示教育片《…》，共46人参加 (t48b F1): one gathering, one 警示教育, its count on each part.
  // 我代表财务科作了述责述廉报告，王建国副理事长进行了点评 (round 20u L21): the paper is the sender's, not the commenter's.
  // A blank 谈话人 cell with no row above is asked whose, or shown on a card as the sender's (l22 leftover).
  // 签了责任书，还谈了话: the untyped talk after the signing is with those signed with, its kind asked (h24).
  // 我和王建国副理事长谈了话 (round 25b §1): held by the superior, turned round last, when every doer is known; 办公室新来的
  // 同志 (§2) is asked who, never the head; 与杨帆和另一名同志 (t30f §1.5) asks who the other one was. 王部长说他跟赵书记谈过了
  // (t30g §9): between two others, the one above in the chain holds it too. 与王强或李娟谈了心 (round 33a) is one talk, with
  // whom asked between the two.
  // 观看警示教育片《围猎》，下周还将组织全体人员学习《廉洁自律准则》 (round 33a, P9: the planned study split off as a 廉政教育 of the
  // film's day): a study is a second deed only when said done, so the plan clauses are out of the text the split reads.
  const deedsDone = withoutPlanClauses(normalizeText(text), ctx.now).line;
  // 和胡军陪同黄书记到… · 黄书记在林晓陪同下… (round 62, gbe; gad's left-alone): the one escorted led the check, those who
  // escorted it (the sender for 和X/我) went along.
  // 会同财务科开展自查 (round 62, gbe; gab's left-alone): the partner's self-check, shown on a card, never stored silently.
  const paired = withJointSelfCheckAsked(withEscortedCheck(withEitherCounterpartAsked(withShortDepartmentAsked(withSubjectHoldingTalk(withDoersSuperiorHolding(withSuperiorHolding(withUnnamedBesideAsked(withUnnamedStaffAsked(withBlankDoerAsked(withTalkAfterSigningApart(withTalkAfterSigning(withoutSelfPairs(withNamedDepartmentHeads(withOwnPaper(withLeaderInTrailer(withLectureOnVisit(withVisitedPlaceCarried(withStudiedTitleOffLecture(withStudyBesideLecture(withStudyBesideFilm(withPapersJoined(withTitlesOfTwoKinds(withGatheringPartsJoined(withLecturerAsDoer(withoutAttendingLeader(reports, text, ctx), text, ctx), text, ctx), text), text), deedsDone), text, ctx), text), text, ctx), text, ctx), text, ctx), text), text, ctx), ctx.directory, ctx.senderId), text), text, shanghaiDate(ctx.now), ctx.directory), text, ctx), text, ctx), text, ctx), text, ctx), text, ctx), text, ctx), text, ctx), text, ctx), text, ctx), text, ctx);
  // …分三次…，第一次由黄志刚带队，第二次由我带队 (issue 10): a day no ordinal clause names is asked whose, never the first doer's;
  // 分别由X、Y带队 over three days is one deed a day, asked whose, never one per doer each day; a 某领导 written by a pass is
  // asked whose among the leaders, never quoted back.
  // 截至…累计…11次 is no count of the deeds listed after it (round 22u E1): it never asks for more days.
  // 陈理昨天找我和赵磊谈了话, 陈理 unknown: whoever held it is asked, the sender talked to (round 22u C3); so is the 她 of
  // 「还有，18号她跟王强谈了心」 when nobody is named before it (round 24, A). 本周一、三 is 本周一、本周三 (round 24, E).
  // 今晚和王磊谈了心 sent at 10:00 (round 25b, §7): said done at a time of today not come yet, its day is asked.
  // 下午去各部室检查上班纪律 sent in the afternoon (round 26, W1): not said done, so shown on a card that asks; so is 下午中心开警示
  // 教育会 sent at 13:30 (round 36b), its part of the day under way.
  // 上个月组织过一次学习，今天又…观看了警示教育片 (round 26, W6): the untyped study beside the film is asked, never dropped.
  // 明天检查财务科 (round 29a, B38): a day not come yet is said before the type is asked.
  // …与李娟进行了提醒谈话，还有一次和胡军 (round 59, fcf): another occasion with no day of its own is asked its day.
  // 今天下午召开了… sent at 10:00 (round 59, fcf; t61a F3): said done at a part of today not come yet, on a card.
  // 张伟带领机关纪委书记黄志刚，到教育就业部开展… (round 65, geb): those the doer took along are named on the card (同行).
  // 周涛和王磊今天谈了谈心 (round 65, geb): two named with 和 before 谈了 say no doer: the one above holds it, or it is asked.
  // 周涛和张颖今天一起参加了廉政谈话 (round 66, gfc): two who attended a talk were talked to; who held it is asked.
  const led = withAttendedTalkAsked(withTalkPairAsked(withLedCompanions(paired, text, ctx), text, ctx), text, ctx);
  const timed = withOtherOccasionAsked(withDawnMorningDayAsked(withLaterPartSaidDone(withFutureDayFirst(withPartUnderwayAsked(withTripAsked(withLaterTodayAsked(withLostStudyAsked(withPlaceholderLeaderAsked(withRespectiveLeadersAsked(withOrdinalDoersAsked(led, text, ctx), text, ctx), text, ctx), text, today), text, ctx.now, today, (id) => ctx.directory.person(id)?.name), text, ctx.now, today), text, ctx.now, today)), text, ctx.now, today), text, ctx.now, today), text, (id) => ctx.directory.person(id)?.name);
  // 刘芳、陈志强分别…讲授廉政党课。刘芳以《A》为题，陈志强以《B》为题 (round 29b, K5): one title each, never both joined.
  // …深入财务科开展节前廉政提醒，…随后与孙丽、王强分别进行了廉政提醒谈话 (round 42, t41a F15): the 提醒 is the talks.
  // …到宣文部检查指导…。…查阅了部门廉政谈话记录。 (t44b F4's kin): one visit's untyped check told twice is one check.
  const titled = withOneAskedCheckPerVisit(withReminderByTalks(withRespectiveTitles(timed, text, ctx.directory, ctx.senderId), text));
  // 我们科… from a member of a 部 (m25): whose it was is shown for a tap, never stored at once as the sender's. 信息 papers
  // 看警示片，…和杨帆谈心，共6人参加 (m4): a closing count no record took goes to the one that counts heads, or is named.
  // …王建国副理事长讲廉政党课，11月24日与赵磊谈心 from 赵磊's head (m4): a carried doer with no line to the sender's staff is asked.
  // counted day by day (昨天2条，今天1条, f2) are that many records of each day. 参加人数分别为32人和29人 (t31g F4) is one count
  // per activity, in order; a closing 共有58人次 after activities on two days is none's (round 31g).
  // 对中心康复科室开展作风纪律检查 (round 31g, A19): a department written loosely is resolved or shown, never dropped.
  // 到教育就业部开展廉政谈话 with whom unsaid (round 36): that department's people offered as the answer's buttons.
  // 11月10日、11月24日主持召开了办公室、财务科…会议 with no 分别 (round 38): every place each time, on a card naming the other reading.
  // 到财务科督导…工作 beside the talks it held (round 41, t40a F7): the visit named on the card, never silent.
  // 会后又开展了警示教育 after a 分管科室会议 (round 53, fkdd): the study carries the meeting's departments.
  // …是我替她组织的 (round 57, fef, t59b F6): a stand-in's teaching is the unit's, read from the message's own words.
  // 赵书记也在 at a 党课 (round 62, gbi; t65a F4): a leader present is kept in the note, on a card.
  // 今天和王磊谈心 我只是在场 (round 63, gcc): the sender only there is no doer; who held it is asked. 给中心上了廉政党课 from a
  // member of a 中心: that 中心's.
  return withMemberLines(titled.length > 0 ? withOwnCenterAudience(withSenderOnlyPresent(withLeaderAtLecture(withMeetingDepartmentsAfter(withVisitNoted(withUnpairedDayPlacesNoted(withVisitedPeopleOffered(withLooseDepartment(withStandInUnit(withOtherUnitWordNoted(withDutyYear(withInfoCountPerDay(withVisitCountShared(withClosingCountKept(withEachCountShared(withTotalOverActivities(withRespectiveCounts(withClauseCounts(withStatedCount(withWeekdayAsked(withEitherDayAsked(withRestatedDayAsked(withOddDayAsked(withYearAsked(withPronounDoerAsked(withCarriedTalkerAsked(withSoundAlikeTalkerAsked(withUnknownTalker(withDeptMeetingLeaderAsked(withVisitedListGroups(titled, text, ctx), text, ctx), text, ctx), text, ctx), text, ctx), text, ctx), text, today), text, today), text, today), text, today), text, today), countedDeedsText(summary.totalled ? withoutRunningTotals(text) : text, ctx.now), today, names), text, today), text), text), text), text), text), text, today), text), text, ctx), text, ctx), text, ctx), text, ctx), text, ctx), text), text), text, ctx), text, ctx), text, ctx) : null, unread.length > 0);
}
