// Parses one activity's words into drafts: type, day, counterparts or training details, and what is missing.
import { titleOfTitles } from './runOnTitle.js';
import { directoryNames, perNames } from './directoryNames.js';
import { isMeetingAttendanceNote, meetingAttendanceNote } from './meetingAttendanceNote.js';
import { oncePer } from './oncePer.js';
import { papersAtOwnDepartments } from './papersAtOwnDepartments.js';
import { booksChecked, booksLookedThrough, booksTerseLine } from './booksChecked.js';
import { bodyAsDoer } from './bodyAsDoer.js';
import { withoutRooms } from './roomsOfUnit.js';
import { assistedCheckPlace } from './assistedCheckPlace.js';
import { PAPERS_DONE_SOURCE } from './papersLooked.js';
import { AGAIN, NO_ONE_TALK } from './parseSegments.js';
import { checkToldWithoutDay } from './checkToldWithoutDay.js';
import { namesVagueDayOnly } from './vagueDayClause.js';
import { SPOKE } from './speakers.js';
import { withPlacesVisitedToo } from './placesVisitedToo.js';
import { withoutSymposium } from './symposium.js';
import { withoutCheckCompanion } from './checkCompanion.js';
import { checkingDepartment, withoutCheckingDepartment } from './checkingDepartment.js';
import { unnamedGroupTalk } from './unnamedGroupTalk.js';
import { noOneTalkAfterSitting } from './noOneTalkAfterSitting.js';
import { daySpan, onFirstDayOfSpan, spanDayAsked, weekdaySpan } from './daySpan.js';
import { checkCompanionsRemark } from './checkCompanionsRemark.js';
import { checkEscorts } from './checkEscorts.js';
import { CHECK_TYPE_CODES, isCheckType, isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import { thatDepartment } from './thatDepartment.js';
import { ownUnitNamed } from './ownUnitNamed.js';
import { headsTeachingUnit } from './headsTeachingUnit.js';
import { namedParticipants } from './namedParticipants.js';
import { checkSubject } from './checkSubject.js';
import { organiserText } from './organiserText.js';
import { reminderMeeting } from './reminderMeeting.js';
import { continuesSubject, departmentMeeting, whoDidIt, withDoer, type Who } from './whoDidIt.js';
import { withoutLaterDayClauses } from './laterDayClauses.js';
import { parseActor } from './parseActor.js';
import { unresolvedSubject } from './unresolvedSubject.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import type { Directory } from '../organization.js';
import { chairedOnly } from './chairedOnly.js';
import { departmentsApart, type DepartmentsApart } from './departmentsApart.js';
import { jointDeedAsOne } from './jointDeedAsOne.js';
import { dayPerPerson, untypedDayPerPerson } from './dayPerPerson.js';
import { dayPerPlace } from './dayPerPlace.js';
import { studyToldInSpan } from './studyToldInSpan.js';
import { daysPeopleUnpaired } from './unpairedDays.js';
import { parseCounterparts } from './parseCounterparts.js';
import { withMeetingThatAnalysed } from './meetingThatAnalysed.js';
import { talkGivenBySubject } from './talkGivenBySubject.js';
import { unitSigningReports } from './unitSigning.js';
import { headOrganisedUnit } from './headOrganisedSigning.js';
import { countedUnitSigning } from './countedUnitSigning.js';
import { signedCopiesAgainstUnit } from './signedCopiesAgainstUnit.js';
import { signedCopies } from './signedCopies.js';
import { organisedSigningAlone } from './organisedSigningAlone.js';
import { ownUnitSigning } from './ownUnitSigning.js';
import { withSupervisedUnitsOfEach } from './supervisedUnitsOfEach.js';
import { withAttendingDepartments } from './attendingDepartments.js';
import { withOwnUnitChecked } from './ownUnitChecked.js';
import { doersOwnUnit } from './doersOwnUnit.js';
import { titledDoerUnit } from './titledDoerUnit.js';
import { headsUnitMeeting } from './headsUnitMeeting.js';
import { withDepartmentsOfKind } from './departmentsOfKind.js';
import { withoutVenue } from './meetingVenue.js';
import { parseDay } from './parseDay.js';
import { parseDayList } from './parseDayList.js';
import { withJoinedDayMasks } from './joinedDayMasks.js';
import { claimsDone, describesDeed, namesComingPeriod } from './parseGate.js';
import { findKinds, parseKind, type KindChoice } from './parseKind.js';
import { MEETING_TYPES } from './parseKindPatterns.js';
import { MASK } from './parseNormalize.js';
import { checkResultNote, isCheckResultNote } from './checkResultNote.js';
import { NOTE_MAX, clauseNote, leftoverNote, remarkNote } from './parseNote.js';
import { isStudiedTopicNote, studiedTopic } from './studiedTopic.js';
import { AGENDA_MAX, isMeetingAgendaNote, meetingAgendaNote, meetingAgendaRun, withoutAgendaLabel } from './meetingAgendaNote.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { withCheckPlaceInKindWords } from './checkPlaceInKindWords.js';
import { extractBareTitle, extractFilmTitle, extractTitles, kindFromTitles, listedDepartments, parseAttendance, parseOrganiser } from './parseTraining.js';
import { periodOf } from '../period.js';
import { signedWithSomeone } from './signedWithSomeone.js';
import { leaderSigningAsked } from './leaderSigningAsked.js';
import { senderAmongOthers } from './senderAmongOthers.js';
import { onlyReportHeard } from './reportHeard.js';
import { organisedHeadsMeeting } from './organisedHeadsMeeting.js';
import { senderInList } from './senderInList.js';
import { withoutSharedTotal } from './sharedTotalCount.js';
import { remindedApart } from './remindedBystander.js';
import { endsListOf, namesBeside } from './listedBeside.js';
import type { ConfirmReason, ParseContext, ParsedReport, ReportDraft, ReportProblem } from './draft.js';
import { leaderIds } from './leaderIds.js';
import { withSenderAmongHeads } from './askedDoerHeads.js';
import { SELF_REVIEW } from './selfReview.js';

/** A visit told before the segment (陈志强…到维权部调研…。⏎⏎陈志强…): who went (`personId`) and where (`departmentId`). */
export interface Visited {
  personId: string;
  departmentId: string;
}

export interface SegmentParse {
  reports: ParsedReport[];
  /** The day this segment named, which later lines without one inherit. */
  day?: string;
  /** Its doer held what the sender attended (到组联部参加了部门…学习): no subject for the clauses after. */
  attended?: true;
  /** Its doer went along with the sender opening the clause (与黄书记到…检查): a later deed of its own day is the sender's. */
  withSender?: true;
  /** Someone who only came to the study (陈志强副理事长到维权部参加…学习): the subject the clauses after go on with. */
  subject?: string;
}

/** The day a message is read on, and where its quarter began (补录 is judged against the quarter). */
export interface ReadingDay {
  today: string;
  quarterStart: string;
}

export function readingDay(today: string): ReadingDay {
  return { today, quarterStart: periodOf('quarter', today).start };
}

function dayProblems(date: string | undefined, today: string): ReportProblem[] {
  if (date === undefined) return [{ code: 'missing_date' }];
  return date > today ? [{ code: 'future_date', date }] : [];
}


/** 分别 · 逐一 · 先后 · 依次: deeds done one by one, each on a day of its own (t52b F2). */
const RESPECTIVELY = /分别|逐一|先后|依次|轮流/;
function baseDraft(type: ActivityTypeCode | undefined, date: string | undefined, on: ReadingDay): ReportDraft {
  const late = date !== undefined && date <= on.today && date < on.quarterStart;
  return { ...(type ? { type } : {}), ...(date ? { date } : {}), counterpartIds: [], late };
}

const withNote = (draft: ReportDraft, note: string | undefined): ReportDraft => (note ? { ...draft, note } : draft);

const HE_TO_ME = /[他她](?:对|与|和|找|跟|同)(?:我|本人)/;

/**
 * 与我和王强…, 和王强、我…: the sender among several named; 跟王强、我签了… (round 13: 我 dropped) signed with both; 跟王强和我挨个
 * 谈了话 · 跟王强跟我逐一谈… (round 41, t41a F21: 我 dropped before 挨个); 和我一起找李娟 · 和我先后与… is a pair talking.
 */
const SENDER_AMONG = /(?:与|和|跟|同|对|找|给)(?:我|本人)(?:和|、|及|与)|(?:、|和|及)(?:我|本人)(?:分别|两人|二人|等|进行|开展|谈|签|(?:挨个|逐一|逐个|一一)(?=谈|进行|开展|签|聊|[\s\u0000]))|(?:与|和|跟|同)[^,;。!?\u0000]{1,12}?(?:、|和|及)(?:我|本人)(?=[\s\u0000])/;

/** 与我…，又与王强…: the sender talked to in one clause, someone else in the next. */
const SENDER_THEN_ANOTHER = /(?:与|和|跟|同|对|找)(?:我|本人)(?![们])[^,;。!?]*[,;][^。!?]*?(?:与|和|跟|同|找)(?![我他她])/;

/** 张书记找我谈话: reported by the one talked to. */
// 周部长把我叫到办公室… · 叫我去… (round 21u #6): called in by the doer, so talked to.
// 我们吴部长…跟我们部每个人都谈了心 (round 22, K1): everyone of the sender's own unit includes the sender.
// 会后她单独留下我谈了谈 · 喊我过去聊了聊 (round 37, t37a F10: the talk dropped): kept back or called over by the doer, talked to too.
// 冯部长和陈副理事长分别给我谈了话 (round 42, t41a F29: 「冯雪是和谁谈的？」 asked twice): colloquial 给我 before the talk is 跟我.
// 与我部门副部长（新任） (round 49, t52b F1: the sender, a 科员, made the counterpart): 我 before a unit word is 我的 (我部门 ·
// 我科 · 我中心 · 我单位), someone of the sender's unit, not the sender.
// 吴部长还和我单独谈了谈 (round 50, t53b F5: 「吴静是和谁谈的？」 asked): 单 is 我单位 only before 位; 我单独 is the sender.
const SENDER_AS_COUNTERPART = /(?:与|和|跟|同|对|找|约|叫|把|留下|留|喊)(?:(?:我|本人)(?![们部科室中处所院局]|单位)|(?:我们|咱们)(?:部|科|室|中心|部门|科室|部里|科里)?(?:的)?(?:每个人|每一个人|每位同志|每个同志|每名同志|所有人))|给(?:我|本人)(?![们])(?=[^,;。!?\u0000]{0,4}?(?:谈|聊|\u0000))/;

/**
 * …来我部开展廉正谈话，对象为本人 · 谈话对象：本人 · 对象是我 · 被谈话人为本人 (round 39, t38b F3: 和谁 asked, the sender not even offered): the
 * one talked to given as a label, the sender. 对象为本人所在部门… is a group, not the sender alone.
 */
const SENDER_LABELLED = /(?:(?:谈话|签订|被谈话|约谈)?对象|被谈话人|被约谈人)(?:为|是|即|均为|:|：)?[\s\u0000]*(?:我|本人)(?![们部科室所的])/;
/** 对象为本人和陈静 · 对象是我、王强: the labelled sender first among several. */
const SENDER_LABELLED_AMONG = /(?:(?:谈话|签订|被谈话|约谈)?对象|被谈话人|被约谈人)(?:为|是|即|均为|:|：)?[\s\u0000]*(?:我|本人)(?:和|、|及|与)/;

/** Who may have talked with the sender: their department's 分管领导 and head (not the sender), then the leaders. */
function talkersOf(ctx: ParseContext): string[] {
  const dept = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  const leaders = leaderIds(ctx.directory);
  return [...new Set([...(dept ? [dept.supervisorId, dept.headId] : []), ...leaders])].filter((id) => id !== '' && id !== ctx.senderId);
}

/** Deeds held on one day (meetings, a lecture), whose span of weekdays is no week of them (round 51, fze kind 3). */
const ONE_DAY_DEEDS: ReadonlySet<ActivityTypeCode> = new Set(['meeting_special', 'meeting_dept', 'review_analysis', 'edu_lecture']);

/** Types counted per pair (talks, 责任书 signed with each head): one record per counterpart. */
function perCounterpart(code: ActivityTypeCode): boolean {
  return isTalkType(code) || code === 'pledge_sign';
}

/** After a name (and a title): 也参加了, 同志在场, 副理事长全程参加 — there, but not talked to. */
const SAT_IN = /^[\u4e00-\u9fa5]{0,6}?(?:也|还|一同|一起|全程)?(?:参加|在场|列席|陪同|出席|旁听)/;
/** After a name (and a post): a bare 参加, with no 也/还/全程/陪同 — one of those who took part (r47 fse kind 1). */
const BARE_JOINED = /^(?:同志|[\u4e00-\u9fa5]{0,5}?(?:主任|科长|部长|书记|理事长|干事|科员|医师))?参加/;
/** Before a name in its clause: 与/和/对/找… turn to someone talked to. */
const TALKED_TO = /与|和|跟|同|对|找|约|给|为|、|及/;

/**
 * Whether `name` only sat in on the talk of `text`. `listed`: the other people the talk names, so that the last of a list
 * (集体廉政谈话 李明 孙丽 王强参加, r47 fse kind 1: 王强 dropped silently while 李明 and 孙丽 were recorded) takes the
 * list's 参加 as all of it does, never as sitting in alone.
 */
function onlySatIn(text: string, name: string | undefined, listed: string[] = []): boolean {
  if (name === undefined) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const clause = text.slice(Math.max(...[',', ';', '。', '!', '?', ':', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1, at);
    // At a 集体 talk a bare 参加 names who took part, talked to with the rest (集体谈心 刘洋参加); one who 陪同/列席 or 也参加
    // (…集体廉政谈话，孙丽科长陪同 · 黄志刚列席) still only sat in.
    // 郑华冯雪参加 (glued, voice input): a name right before another of the list is the list's, as 郑华、冯雪参加 reads.
    const joined = (/集体/.test(text) && BARE_JOINED.test(text.slice(at + name.length))) || listed.some((n) => text.startsWith(n, at + name.length));
    if (!SAT_IN.test(text.slice(at + name.length)) || TALKED_TO.test(clause) || endsListOf(clause, listed) || joined) return false;
  }
  return text.includes(name);
}

/** Several people named by no department or name: 全体人员, 大家, 所有人, 各位同志. */
const UNNAMED_GROUP = /全体(?:同志|人员|干部|职工|党员|干部职工|工作人员)?|大家|所有人|各位同志|全员|全(?:局|机关|单位|会|市)|层层/;

const ORGANISED_SIGNING = /组织(?!生活)/;

/** 逐人签订 · 逐一签订 · 一一签了 · 逐级签订 (the signing itself maybe masked): a paper signed with each of several people, never one's own alone. */
// 逐级签订 (round 37, fjb: stored at once as the sender's with no one): signed down the line, with others, asked whom.
const EACH_ONE_SIGNED = /(?:逐人|逐一|一一|逐级)[\s\u0000]*(?:签|\u0000)/;

/**
 * The talk or signing records of a segment (talkReportsRead), a signing's head count named on them: 3月12日，签订承诺书，12人参加
 * (round 42, t41a F28: the 12 lost without a word) — a 责任书/承诺书 counts each pair signed, never heads, so the count said
 * is not recorded and the card says so, with those it was signed with.
 */
function talkReports(base: ReportDraft, rest: string, ctx: ParseContext, problems: ReportProblem[], remarks: string[], who: Who, text: string, visited?: Visited): ParsedReport[] {
  const reports = talkReportsRead(base, rest, ctx, problems, remarks, who, text, visited);
  if (base.type !== 'pledge_sign' || reports.length === 0) return reports;
  // …，共签了36份 (t45a F4: the 36 lost without a word): copies signed are a head count too.
  const people = parseAttendance(who.actor.rest).attendees;
  const copies = people === undefined ? signedCopies(who.actor.rest) : undefined;
  const count = people ?? copies;
  // 组织…全体干部签订家庭助廉承诺书，共计签订5份 (t45a F4): organised, signed with no one: the 5 who signed, at the unit.
  // 部门签订了廉政承诺书 from its head (t47b F3): the unit's signing, held as an organised one is.
  if ((ORGANISED_SIGNING.test(who.actor.rest) || ownUnitSigning(who.actor.rest, ctx)) && reports.length === 1) {
    const alone = organisedSigningAlone(reports[0]!, who.actor.rest, count, ctx);
    if (alone !== reports[0]) return [alone];
  }
  const signed = reports.filter((r) => r.draft.counterpartIds.length > 0).length;
  // 与各科室（中心）主要负责人签订…责任书，共7份 with 8 heads (round 50, fxd, t52b F6's kind): fewer papers or people than
  // those it was read as signed with is said on the card, for the member to check, never taken silently.
  if (count !== undefined && signed > 1 && count < signed) {
    const unlike = `消息写的是「${count}${copies !== undefined ? '份' : '人'}」，与按签订人记录的${signed}人不一致，请核对签订人`;
    return reports.map((r, i) => (i === 0 ? { ...r, remarks: [...r.remarks, unlike], reasons: [...new Set<ConfirmReason>([...(r.reasons ?? []), 'items'])] } : r));
  }
  // 个人签订承诺书，1人: one's own pledge, its one signer; 与何平签订…，2人: the two sides, nothing left unsaid.
  if (count === undefined || count <= signed + 1) return reports;
  const paper = /责任书|责任状/.test(text) ? '责任书' : '承诺书';
  // 与中心各岗位人员签订廉洁从业承诺书12份 from its head (t49b F5): the unit's staff signing, recorded with its count.
  const unitCounted = countedUnitSigning(reports, count, `${count}${copies !== undefined ? '份' : '人'}`, paper, ctx);
  if (unitCounted !== undefined) return [unitCounted];
  const written = `${count}${copies !== undefined ? '份' : '人'}`;
  // 11.28 财务科 签订廉政责任书 5份 from its head (round 67, ggh; t70a F6): the copies weighed against the unit's people too.
  const unit = signedCopiesAgainstUnit(reports, count, written, text, ctx);
  const said = `签订${paper}写的「${written}」未记为参加人数：${paper}按与每一位签订人分别签订记录${signed > 0 ? `，共${signed}人` : ''}${unit !== undefined ? `；${unit}` : ''}`;
  return reports.map((r, i) => (i === 0 ? { ...r, remarks: [...r.remarks, said], reasons: [...new Set<ConfirmReason>([...(r.reasons ?? []), 'items'])] } : r));
}

function talkReportsRead(base: ReportDraft, rest: string, ctx: ParseContext, problems: ReportProblem[], remarks: string[], who: Who, text: string, visited?: Visited): ParsedReport[] {
  const actorId = who.actor.actorId;
  // Groups (分管科室负责人) are the doer's, and the doer is no counterpart of their own talk.
  // 部门全体同志 are those of the place the segment, or the doer's visit on the line before, went to.
  const place = visited !== undefined && visited.personId === (actorId ?? ctx.senderId) ? visited.departmentId : undefined;
  const read = parseCounterparts(who.actor.rest, actorId ? { ...ctx, senderId: actorId } : ctx, { segment: text, ...(place !== undefined ? { visitedDepartmentId: place } : {}) });
  // 王书记分别与办公室、财务科负责人… from 办公室's head (round 69, gij): a doer asked about leaves the sender a head signed with.
  const cp = actorId ? read : withSenderAmongHeads(read, who.actor.rest, ctx, who.actor.ambiguous !== undefined || problems.some((p) => p.code === 'ambiguous_actor'));
  let doer = actorId ?? cp.actorId;
  // 组织全体人员签订廉洁承诺书: everyone signed their own pledge, which the sender organised: one record, no one signed with.
  const organised = base.type === 'pledge_sign' && ORGANISED_SIGNING.test(rest);
  const all = [...remarks, ...cp.remarks.filter((m) => !(organised && /共\d+人记录$/.test(m)))];
  const reasons: ConfirmReason[] = [...who.reasons, ...(cp.actorId ? (['third_person'] as const) : []), ...(cp.grouped && !organised ? (['group'] as const) : [])];
  const unitSigning = doer || organised ? undefined : unitSigningReports(base, rest, ctx, problems, remarks, who.reasons);
  if (unitSigning) return unitSigning;
  // 组织中心全体职工签订… from the centre's head (round 31f F2): the head signed with each of its staff, for 确认.
  const signer = doer ?? ctx.senderId;
  const headUnit = organised && (cp.grouped || cp.counterparts.length === 0) ? headOrganisedUnit(text, rest, signer, cp.grouped ? cp.counterparts.map((c) => c.id) : [], ctx) : undefined;
  if (headUnit) {
    const staff = ctx.directory.org.people.filter((p) => p.departmentId === headUnit.id && p.id !== signer);
    const whose = signer === ctx.senderId ? '您' : ctx.directory.person(signer)?.name ?? '负责人';
    const remark = `组织${headUnit.name}人员签订，按${whose}与${staff.map((p) => p.name).join('、')}共${staff.length}人分别签订记录`;
    const draft: ReportDraft = doer ? { ...base, actorId: doer } : { ...base };
    return staff.map((p) => ({ draft: { ...draft, counterpartIds: [p.id], departmentId: headUnit.id }, problems: [...problems], remarks: [...remarks, remark], reasons: [...new Set<ConfirmReason>([...reasons, 'group'])] }));
  }
  // 和陈静谈心谈话，王磊也参加了: someone who only sat in is no one talked to.
  // 听取了何平的汇报，并与徐辉谈话 (round 21u #5): one whose report was heard was not talked to — unless a group word talked to
  // covers them (…并与财务科全体人员谈话, round 34b §2a: 孙丽 dropped while the note counted her).
  // 与部门全体同志进行集体廉政谈话，周涛部长陪同 (round 41, t40a F10: 周涛 dropped while the group's remark counted him): one of
  // a whole department talked to who also went along is still talked to with the rest.
  const ofWhole = (c: { inGroup?: boolean }) => c.inGroup === true && /全体|所有/.test(rest);
  let counterparts = organised && cp.grouped ? [] : cp.counterparts.filter((c) => (ofWhole(c) || !onlySatIn(rest, ctx.directory.person(c.id)?.name, namesBeside(cp.counterparts, c.id, ctx))) && (c.inGroup === true || !onlyReportHeard(rest, ctx.directory.person(c.id)?.name)));
  // 赵敏书记给财务科全体人员作了廉政警示谈话: the subject who gave it is its doer; with no one else named, asked whom.
  const subject = doer ? undefined : counterparts.find((c) => c.departmentId === undefined && talkGivenBySubject(rest, ctx.directory.person(c.id)?.name));
  if (subject) {
    doer = subject.id;
    reasons.push('third_person');
    counterparts = counterparts.filter((c) => c !== subject);
    if (counterparts.length === 0 && /(?:给|对)(?:我|本人)/.test(rest)) counterparts.push({ id: ctx.senderId });
  }
  const draft: ReportDraft = doer ? { ...base, actorId: doer } : { ...base };
  // 王建国…，他对我进行了廉政提醒谈话: the one named talked to the sender.
  if (!doer && counterparts.length === 1 && cp.problems.length === 0 && HE_TO_ME.test(rest)) {
    draft.actorId = counterparts[0]!.id;
    reasons.push('third_person');
    counterparts = [{ id: ctx.senderId }];
  }
  // 宣文部周部长…和我 (issue #10): a doer asked about is still someone other than the sender, so 我 is still talked to.
  // 赵副理事长前天找我谈心谈话 (round 56, fga: asked as if 赵副理事长 were the one talked to): a titled subject no one person
  // answers to, asked who (unresolvedSubject), is someone other than the sender too.
  const byOther = doer !== undefined || who.actor.ambiguous !== undefined || problems.some((p) => p.code === 'ambiguous_actor');
  // 我向王副理事长递交了廉洁承诺书 (round 37): handed over by the sender, signed with them; by others unread, asked whom.
  if (who.actor.handedFrom === 'sender' && counterparts.length === 0 && cp.problems.length === 0) counterparts.push({ id: ctx.senderId });
  const handedUnread = who.actor.handedFrom === 'named' && counterparts.length === 0 && cp.problems.length === 0;
  // 11月23日开展廉政谈话，对象为本人 (round 39): the sender was talked to, so someone else talked; who is asked, never a
  // talk of the sender with no one.
  // 12月1日与杨帆谈心谈话 from 杨帆 (t38b F7): the sender's own name written in the third person is the sender, talked to too.
  const senderName = ctx.directory.person(ctx.senderId)?.name;
  // 对象张颖 · 对象均为张颖 · 对象都是张颖 from 张颖 (round 67, ggb; t69b A: the talk kept with no one): the one talked to, labelled.
  const namedSelf = senderName !== undefined && new RegExp(`(?:与|和|跟|同|找|对|对象(?:均|都)?(?:为|是)?[:：]?)${senderName}`).test(rest);
  const heldUnnamed = !byOther && counterparts.length === 0 && cp.problems.length === 0 && base.type !== 'pledge_sign' && (SENDER_LABELLED.test(rest) || namedSelf);
  if (heldUnnamed) counterparts.push({ id: ctx.senderId });
  else if (byOther && counterparts.length === 0 && cp.problems.length === 0 && (SENDER_AS_COUNTERPART.test(rest) || SENDER_LABELLED.test(rest))) counterparts.push({ id: ctx.senderId });
  // 孙丽科长与我和王强分别谈了心: the sender is one of several talked to.
  // 孙科长与我谈心谈话，同日又与王强谈了心 (round 15: the sender's talk dropped from the card): talked to in a clause of its own.
  // 跟我们几个谈了心，我、陈静都谈了 (round 19 #8): 我 in a list of its own, after the talk.
  else if (byOther && (SENDER_AMONG.test(rest) || SENDER_LABELLED_AMONG.test(rest) || SENDER_THEN_ANOTHER.test(rest) || senderInList(rest) || senderAmongOthers(rest)) && !counterparts.some((c) => c.id === ctx.senderId)) counterparts.unshift({ id: ctx.senderId });
  const asked: ReportProblem[] = heldUnnamed ? [{ code: 'missing_actor', candidateIds: talkersOf(ctx) }] : [];
  const reports: ParsedReport[] = counterparts.map((c) => {
    const departmentId = c.departmentId ?? ctx.directory.person(c.id)?.departmentId;
    return { draft: { ...draft, counterpartIds: [c.id], ...(departmentId ? { departmentId } : {}) }, problems: [...problems, ...asked], remarks: [...all], reasons };
  });
  for (const p of cp.problems) reports.push({ draft: { ...draft, counterpartIds: [] }, problems: [...problems, p], remarks: [...all], reasons });
  if (reports.length === 0) {
    // A 责任书 may be one's own (个人廉政承诺书); a talk always has someone on the other side.
    // 全体人员都签了 · 大家都签了: signed with people the directory cannot tell (no department named): asked who, never one's own.
    const group = base.type === 'pledge_sign' && !organised ? UNNAMED_GROUP.exec(rest) : null;
    // …又和她签了责任书, 她 standing for no one sure (two named before it, round 14): signed with someone, asked who.
    const withPronoun = base.type === 'pledge_sign' && /(?:和|与|跟|同)[他她](?![们俩人])/.test(rest);
    // 补报中心9月份…：⏎9月10日 全体职工签订… (round 15: 「通讯录里找不到「全体职工」」, as if a person): with the doer a
    // unit's head, everyone else of that unit, for 确认; otherwise asked whom it was signed with, never sought as a name.
    const unit = group && doer ? ctx.directory.headedBy(doer) : [];
    const members = unit.length === 1 ? ctx.directory.org.people.filter((p) => p.departmentId === unit[0]!.id && p.id !== doer) : [];
    if (members.length > 0) {
      const remark = `「${group![0]}」按${members.map((p) => p.name).join('、')}共${members.length}人记录`;
      return members.map((p) => ({ draft: { ...draft, counterpartIds: [p.id], departmentId: unit[0]!.id }, problems: [...problems], remarks: [...all, remark], reasons: [...reasons, 'group' as const] }));
    }
    // 和单位签了 · 和分管的同志签了: signed with someone unread is asked whom, never stored as one's own (round 19 #1).
    const withSomeone = base.type === 'pledge_sign' && !organised && signedWithSomeone(rest);
    // 逐人签订了廉洁承诺书 (round 32a, F3): signed one by one, so with others — asked whom, never one's own pledge.
    const eachOne = base.type === 'pledge_sign' && !organised && EACH_ONE_SIGNED.test(rest);
    // 王建国：11月28日签订了责任书 (round 52, fwcc: stored with nobody): a leader's signing counts the people signed with,
    // so naming no one is asked whom, their supervised heads offered.
    const leaderAsked = base.type === 'pledge_sign' && !organised && !group && !withPronoun && !withSomeone && !eachOne && !handedUnread ? leaderSigningAsked(signer, `${rest} ${text}`, ctx.directory) : undefined;
    const missing: ReportProblem[] = isTalkType(base.type!) || withPronoun || group || withSomeone || eachOne || handedUnread ? [{ code: 'missing_counterpart' }] : leaderAsked !== undefined ? [{ code: 'missing_counterpart', ...(leaderAsked.length > 0 ? { suggestedIds: leaderAsked } : {}) }] : [];
    // 部门签订了廉政承诺书 · 我们科签了承诺书 from its head (t47b F7: 周涛's signing stored with no department): the sender's
    // own unit signing is its own, as its study is (ownUnitNamed).
    // From one of its staff (张颖：部门签订了…, read as the head's), the head's signing is that department's all the same.
    const unitNamed = base.type === 'pledge_sign' && draft.departmentId === undefined ? ownUnitNamed(rest, ctx) : undefined;
    const ownUnit = unitNamed !== undefined && (!doer || ctx.directory.department(unitNamed)?.headId === doer) ? unitNamed : undefined;
    reports.push({ draft: ownUnit ? { ...draft, departmentId: ownUnit } : draft, problems: [...problems, ...missing], remarks: all, reasons });
  }
  return reports;
}

/** `places` when it names any, else the sender's own unit as assistedCheckPlace reads it from `rest`. */
function orAssistedPlace(places: Pick<ReportDraft, 'departmentId' | 'departmentIds'>, rest: string, ctx: ParseContext): Pick<ReportDraft, 'departmentId' | 'departmentIds'> {
  return places.departmentId !== undefined ? places : assistedCheckPlace(rest, ctx);
}

/** The departments a check visited: the first as departmentId, all of them when more than one. */
function placesOf(text: string, ctx: ParseContext): Pick<ReportDraft, 'departmentId' | 'departmentIds'> {
  // 康复中心财务室 · 中心财务室 (round 42, t41a F9): a room of a unit is no second place.
  const ids = withoutRooms(listedDepartments(text, ctx.directory), text, ctx);
  return ids.length === 0 ? {} : ids.length === 1 ? { departmentId: ids[0]! } : { departmentId: ids[0]!, departmentIds: ids };
}

/** The kinds done somewhere, whose departments are the places visited. */

/**
 * 分管科室…会议，办公室、财务科负责人参加 (round 13: 财务科 dropped and flagged): the departments a 分管科室会议 lists that
 * are the doer's to supervise all attended (`ids`); those that are not (`foreign`) are left off and named on the card
 * (round 14: one of them not the doer's left the record with no department at all). None of them the doer's: none
 * is taken (`none`), and every one is named so.
 */
function meetingDepartments(base: ReportDraft, text: string, ctx: ParseContext, who: Who): { ids: string[]; none: boolean; remark?: string } {
  if (base.type !== 'meeting_dept') return { ids: [], none: false };
  // The departments whose heads attended are the meeting's; the place it was held (到办公室) only when no other is named.
  const attending = listedDepartments(withoutVenue(text, ctx.directory), ctx.directory);
  const listed = attending.length > 0 ? attending : listedDepartments(text, ctx.directory);
  const doer = who.actor.actorId ?? ctx.senderId;
  const own = new Set(ctx.directory.supervisedBy(doer).map((d) => d.id));
  const ids = listed.filter((id) => own.has(id));
  const foreign = listed.filter((id) => !own.has(id)).map((id) => `「${ctx.directory.department(id)?.name ?? id}」`);
  const whose = doer === ctx.senderId ? '您' : ctx.directory.person(doer)?.name ?? '活动人';
  const remark = `${foreign.join('、')}不是${whose}分管的科室，未记入这次会议；如确是这次会议的参会科室，请点「修改」`;
  // 王建国: …分管科室会议，宣文部参加 (宣文部 is 赵敏's): not even one department of the doer's, so none is taken.
  if (ids.length === 0) return foreign.length > 0 ? { ids: [], none: true, remark } : { ids: [], none: false };
  return foreign.length === 0 ? { ids, none: false } : { ids, none: false, remark };
}

/** Outside a talk a mentioned person is no counterpart (the lecturer, the organiser): keep their name in the note. */
function mentionsAsNames(text: string, ctx: ParseContext): string {
  return text.replace(/@_user_\d+/g, (key) => ctx.mentions.find((m) => m.key === key)?.name ?? MASK);
}

/** `wordsLeft`: words were left over once everything was read (廉政教育很重要), whether or not they make a note. */
function trainingReport(base: ReportDraft, rest: string, titles: string[], ctx: ParseContext, problems: ReportProblem[], remarks: string[], who: Who, text: string): { report: ParsedReport; wordsLeft: boolean } {
  const read = parseAttendance(mentionsAsNames(who.actor.rest, ctx));
  // 会同办公室对各部室…检查 (round 21, K5): the office went along; only what was checked is the check's place.
  // 办公室对各部室…进行了检查 (round 35a F3): the office that checked is no place checked either.
  const attendance = base.type !== undefined && isCheckType(base.type) ? { ...read, rest: withoutCheckingDepartment(withoutCheckCompanion(read.rest, ctx.directory), ctx) } : read;
  const checker = base.type !== undefined && isCheckType(base.type) ? checkingDepartment(withoutCheckCompanion(read.rest, ctx.directory), ctx)?.departmentId : undefined;
  const organiser = parseOrganiser(attendance.rest, ctx.directory);
  // The department is one the deed's own words name: not another deed's sentence, not a whole-unit audience (round 34b §4).
  const ownWords = organiserText(attendance.rest);
  const organiserId = parseOrganiser(ownWords, ctx.directory).departmentId;
  // 深入维权部、教育就业部检查: a check's places are every department listed, one record (as the corpus has it).
  const meeting = meetingDepartments(base, attendance.rest, ctx, who);
  // 带领组联部、康复部全体人员观看… · 组织教育就业部、维权部开展学习 (s28: the card said the later ones were not matched):
  // a study or film of a list of departments is every one of them's, as a check's places are.
  const studied = base.type !== undefined && base.type !== 'meeting_dept' && !meeting.none;
  const places = base.type !== undefined && (isCheckType(base.type) || studied) ? withoutRooms(listedDepartments(ownWords, ctx.directory), ownWords, ctx) : meeting.ids;
  // 我们中心11月20日报送信息 (f18): the sender's department named as theirs is the deed's, as 康复中心 would be (was: stored
  // with none, the department's 信息报送 unmet). A check's own unit is no place visited; a 分管科室会议's comes from above.
  // 组联部部长周涛主持召开… (round 47, t49b F3): the doer's unit named with their post, leading the deed, is the deed's too.
  // 我们科长带着我们学习… · 是我替她组织的 (round 57, fef, t59b F6): a head's or a stand-in's teaching of the unit is the unit's.
  const ownUnit = base.type !== undefined && !isCheckType(base.type) && base.type !== 'meeting_dept' ? (ownUnitNamed(rest, ctx) ?? titledDoerUnit(rest, who.actor.actorId ?? ctx.senderId, ctx) ?? doersOwnUnit(rest, who.actor.actorId ?? ctx.senderId, ctx) ?? headsUnitMeeting(rest, who.actor.actorId ?? ctx.senderId, ctx) ?? (base.type.startsWith('edu_') ? headsTeachingUnit(rest, who.actor.actorId ?? ctx.senderId, ctx) : undefined)) : undefined;
  const draft: ReportDraft = {
    ...base,
    ...(who.actor.actorId ? { actorId: who.actor.actorId } : {}),
    ...(meeting.ids.length > 0 ? { departmentId: meeting.ids[0]! } : organiserId && !meeting.none ? { departmentId: organiserId } : ownUnit ? { departmentId: ownUnit } : {}),
    ...(places.length > 1 && (places[0] === organiserId || meeting.ids.length > 0) ? { departmentIds: places } : {}),
    ...(titles.length > 0 ? { title: titleOfTitles(titles, text) } : {}),
    ...(attendance.attendees !== undefined ? { attendees: attendance.attendees } : {}),
    ...(attendance.allMembers ? { allMembers: true } : {}),
    ...(attendance.unitCount ? { unitCount: true } : {}),
    ...(attendance.expected !== undefined ? { expected: attendance.expected } : {}),
  };
  // 组联部、康复部全体干部参加 · 赵敏书记参加: a department or a person left over is who took part, not a remark;
  // 节前 of 节前作风纪律检查 is a fragment of what was read: only a clause set apart is a note (issue 10, kind 5).
  const names = unitAndPersonNames(ctx.directory);
  // 共排查风险点6个，制定防控措施12条 · 重点查了…，发现2个问题已督促整改 (round 44, t46a F3/F5, t46b F6): a check's or a 自查's
  // results are all kept, not only one short clause.
  const results = base.type !== undefined && (isCheckType(base.type) || base.type === 'report_self') ? checkResultNote(who.actor.rest, names) : undefined;
  const said = results ?? clauseNote(organiser.rest, names);
  // 参加30余人: the number is recorded with a note that it is approximate, never passed off as exact (decided for issue 10).
  const about = attendance.approximate ? `参加${attendance.approximate}` : undefined;
  const plain = about && said ? (`${about}；${said}`.length <= 12 ? `${about}；${said}` : about) : about ?? said;
  // 周三看了警示片，刘洋参加 (t47a F1 remarks): those a study or film names as taking part are kept in its note.
  const took = base.type !== undefined && base.type.startsWith('edu_') && plain === undefined ? namedParticipants(rest, directoryNames(ctx.directory)) : undefined;
  const note = plain ?? took;
  const counted = about ? [...remarks, `参加人数「${attendance.approximate}」为约数，按${attendance.attendees}人记录，备注「${about}」`] : remarks;
  const told = meeting.remark ? [...counted, meeting.remark] : counted;
  // 配合黄志刚书记对本部门考勤情况进行了检查 (round 41, t40b F13's kind, typed): the sender's own unit checked (对本部门 · 对科里), or
  // hosting a check they assisted, is the check's place when it names none by a directory name.
  const placed = base.type !== undefined && isCheckType(base.type) && draft.departmentId === undefined ? { ...draft, ...assistedCheckPlace(rest, ctx) } : draft;
  const report: ParsedReport = { draft: withNote(placed, note), problems, remarks: told, reasons: who.reasons };
  // …进行明察暗访，并走访了财务科 (issue 10): a place the check went on to is one of its places.
  return { report: base.type !== undefined && isCheckType(base.type) ? withOwnUnitChecked(withPlacesVisitedToo(withDepartmentsOfKind(report, attendance.rest, ctx.directory, checker, ctx.directory.person(report.draft.actorId ?? ctx.senderId)?.departmentId), rest, ctx.directory), checker, ctx.directory) : report, wordsLeft: leftoverNote(organiser.rest) !== undefined };
}

/** 主讲 · 讲授 · 授课 · 宣讲 · 讲了一堂课: someone gave a lecture. */
const LECTURED = /主讲|讲授|授课|宣讲|讲课|讲了一?(?:堂|次|节)课/;
/** 全体党员参加 · 机关党员出席 · 大家听课: those who heard a lecture, said as done. */
const LECTURE_HEARD = /(?:参加|出席|参会|听课|聆听)/;
/** 为全体医护人员讲解了《…准则》 · 解读了《条例》 (t39a F11's near-miss: 没看懂): explaining a text to others is teaching it. */
const EXPLAINED_TITLE = /(?:讲解|解读)了?《/;

/** 昨天和李明谈了: a report all right, but of which type? Only said when it is this clear. */
/**
 * Whether `text` has a clause (parted by ，；。) that says a deed again (AGAIN: 又到 · 又对 · 再次检查…) on a day of its
 * own (周二又到教育就业部检查): parseReport repeats the deed before on that day. `today`: YYYY-MM-DD, Asia/Shanghai.
 */
function againOnOwnDay(text: string, today: string): boolean {
  return extractTitles(text).rest.split(/[,，;；。]/).some((c) => AGAIN.test(c) && parseDay(arabicizeNumerals(c), today).date !== undefined);
}

function untypedReport(text: string, rest: string, titles: string[], date: string | undefined, ctx: ParseContext, on: ReadingDay, inheritedActor?: string): ParsedReport[] | undefined {
  const cp = parseCounterparts(rest, ctx);
  // 昨天和王主任谈了话, nobody being 王主任: still a talk, asked who and which type (was: 未记录, the talk dropped).
  const unresolved = cp.problems.filter((p) => p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart');
  // 聊了聊 / 交流了一下 / 沟通思想 with someone is a talk too (found by the tester: 没看懂), its type asked.
  // 11月14日谈了话，也签了承诺书 (round 37, fjb: dropped beside the signing): a clause of nothing but a talk, no one named, is
  // a talk all the same, asked its kind (among the talks) and whom, as the same words alone are (bareTalk).
  // Said done: 了/过, or a day gone by (谈话后签了… on 11月14日); 明天谈话 · 谈话 alone tell no deed.
  const toldDone = date !== undefined ? date <= on.today : /[了过]/.test(rest);
  const nobodyNamed = cp.counterparts.length === 0 && unresolved.length === 0 && toldDone && (NO_ONE_TALK.test(rest) || noOneTalkAfterSitting(rest));
  // 李明「…会后与各部室主要负责人进行了谈话」 (round 44 fqc, a silent drop): a group a head names that the directory cannot list
  // (their own unit's 科室, asked whom: parseCounterparts) is someone talked to all the same; the talk is asked whom and its kind.
  const groupUnlisted = cp.counterparts.length === 0 && cp.problems.some((p) => p.code === 'missing_counterpart');
  const unnamed = cp.counterparts.length === 0 && unresolved.length === 0 && (unnamedGroupTalk(rest) || nobodyNamed || groupUnlisted);
  // 与部门干部座谈交流 (b28, K4): a 座谈 on a visit is no talk, whoever sat at it.
  // 张颖同志谈了学习体会 (issue 10): what someone said at a study is no talk with them; 和张颖谈了一下心得体会 still is one.
  const turnedTo = /和|与|跟|找|同(?!志)/.test(rest);
  // 会后她单独留下我谈了谈 (round 37, t37a F10): the sender called in or kept back is who was talked to, though no one is named.
  // 李明主任和王芳谈了心，另外11月24日和胡军也谈了 from 胡军 (round 43, t42c F13: dropped): the sender named as the one
  // talked to, by the doer before going on, is someone talked to (read with that doer as the one who wrote it).
  const namedByDoerBefore = inheritedActor !== undefined && inheritedActor !== ctx.senderId && continuesSubject(rest) && parseCounterparts(rest, { ...ctx, senderId: inheritedActor }).counterparts.some((c) => c.id === ctx.senderId);
  const talked = UNTYPED_TALK.test(turnedTo ? withoutSymposium(rest) : withoutSymposium(rest).replace(SPOKE, '')) && (cp.counterparts.length > 0 || namedByDoerBefore || unresolved.length > 0 || unnamed || (inheritedActor !== undefined && inheritedActor !== ctx.senderId && SENDER_AS_COUNTERPART.test(rest)));
  const marked = /^(?:上报|补报|补录|登记|记录)/.test(text.trim());
  // 组织办公室全体人员学习了“四个意识”相关内容: a study, of which type is asked.
  // 11月3日集中学习 (a helper's own try: named unread): a study said on a day is asked its type too.
  // 召集部门全体开会，传达了刘理事长的要求 (round 36: a person's 要求 or a meeting's 精神 is no title any more): what was passed
  // on is still told as a study, of which the type is asked, as when it was read as a title.
  const studied = (titles.length > 0 && /学习|观看|传达|学了?《/.test(text)) || /组织[^,;。]{0,14}学习了?|学习了|(?:集中|专题)学习|传达(?:学习)?了?[^,;。!?]{2,30}?(?:要求|精神|讲话)/.test(text);
  // Who took part survives the question about the type (组织学习《监察法》，参加12人 → 廉政教育 kept no 12; found by the tester).
  const attendance = talked ? undefined : parseAttendance(rest);
  const counted = attendance !== undefined && (attendance.attendees !== undefined || attendance.allMembers);
  // 与何平、徐辉分别谈了话 (no day): a talk said done is asked its type and day, never dropped; 想和何平谈谈 is none.
  // 组织学习《监察法》，参加12人 (no day): a study with its title and head count is as plainly done.
  // 近日，机关纪委对康复中心…开展专项检查，查阅凭证40余份 (round 34c §3.4: refused, then answered as a completion query for
  // its 情况): a check said carried out lately is a deed done, asked its type and day.
  // 机关纪委对康复中心开展专项检查。 · 纪检组对财务科报销情况进行了检查 (round 35a: no time word at all, refused): a check of
  // a place said carried out, nothing ahead or asked, is a deed done too, asked its type and day as 近日… is.
  // 上周刘芳副理事长来我们康复部，先检查了廉政风险防控台账，… (round 38, t37c F14: dropped, and with it the visit's doer for
  // the deeds after): a check said done (检查了) at a vague time (上周 · 前几天 · 月初) is a deed, its type and day asked.
  const checkedLately = date === undefined && (((RECENTLY.test(text) || checkToldWithoutDay(text)) && (CHECK_DONE.test(rest) || CHECK_CARRIED_OUT.test(rest))) || (namesVagueDayOnly(text, on.today) && CHECK_SAID_DONE.test(rest)));
  const studiedLately = date === undefined && studied && titles.length === 0 && studyToldInSpan(text);
  // 张书记主讲 全体党员参加 (round 54, fje): a lecture whose hearers are said is told done, its day asked.
  // 下周张书记主讲 · 请张书记主讲…，全体党员要参加 are plans, not told done.
  const heardLately = date === undefined && !talked && LECTURED.test(rest) && LECTURE_HEARD.test(rest) && !namesComingPeriod(text, on.today) && !/要|将|拟|请|计划|安排|准备/.test(text);
  if (date === undefined && !(talked && /了|过|分别|逐一|谈话|谈心|聊/.test(rest)) && !(studied && titles.length > 0 && counted) && !checkedLately && !studiedLately && !heardLately) return undefined;
  // 到办公室检查了公务用车情况 · 开展了联合检查 (found in a helper's own try: 没看懂): a check said done on a day, of no named
  // kind (作风纪律, 专项资金, 责任书), is asked its type rather than dropped.
  // 周二又到教育就业部检查 is the check before, again (parseReport's AGAIN), not a new one of unknown kind.
  // 周三又带队到康复中心检查… after a meeting (round 36, t36a F2: dropped, only 「周三」 named) is no 「again」 parseReport
  // repeats: only a 又 that AGAIN reads (又到/又对/又检查…) hands the clause over; any other is a check of its own.
  // …来我们科，先听取了…汇报，又对科室财务凭证进行了抽查，最后与孙丽科长签订… (t39a F12: the check dropped, and with it the
  // visitor, so the signing became the clerk's with her 科长 turned round): only a 又 clause on a day of its own is handed over;
  // one going on in the sentence is a step of the deeds told, a check asked its type (or given the kind before it).
  // 昨天开展的检查汇总一下 asks for a summary (a leader's question): the check must be said done, not named as an object.
  // 11月6日检查办公室 (round 22u E1: a dated 台账 line with no 了 was 没看懂): a check verb right before a department visited.
  // 民主生活会上作了对照检查发言 (round 36: asked 是哪类活动 among the checks): a member's 对照检查 at a 生活会 reviews
  // themselves, no check of a place; read without it.
  const reviewed = rest.replace(SELF_REVIEW, '对照');
  // 11月24日，配合机关纪委开展财务专项检查 (round 41, t40a F2: nothing read): a check carried out (开展/进行…检查) on a day gone
  // by is done, 了 or not.
  // 11月20日查看了经费支出票据 · 翻阅了账本 (round 44 fqc: nothing read): the books of money looked through are a check.
  const checked = (checkedLately || (date !== undefined && (CHECK_DONE.test(reviewed) || checkedDepartment(reviewed, ctx) || (date < on.today && CHECK_CARRIED_OUT.test(reviewed)) || (date <= on.today && booksLookedThrough(reviewed)) || (date < on.today && booksTerseLine(reviewed))))) && !againOnOwnDay(text, on.today) && !/汇总|统计|列出|的检查/.test(rest) && !VISIT_ONLY.test(rest);
  // 11月20日张伟讲授《守住底线》 · 主讲人：王磊 (round t24, 4: nothing read): a lecture given on a day, of no named kind, is
  // asked whether it was a 党课 or a 廉政教育, its speaker, title and head count kept.
  // 张书记主讲 全体党员参加 (round 54, fje; round 53 fka's left-alone: no report): a lecture with no day whose hearers are said
  // (…参加 · 出席 · 听课) was given all the same; its day is asked.
  const lectured = !talked && (LECTURED.test(rest) || EXPLAINED_TITLE.test(text)) && (date !== undefined || LECTURE_HEARD.test(rest));
  if (!talked && !marked && !studied && !checked && !lectured) return undefined;
  // 孙科长找我谈话: the one named talked to the sender, as in a typed talk.
  // 张书记本月工作：…2、11月13日与赵敏谈话: a subjectless talk is the doer's before it (or the heading's).
  const talkers = talked ? parseActor(rest, ctx, true) : undefined;
  const talker = talked ? talkers?.actorId ?? (continuesSubject(rest) ? inheritedActor : undefined) : undefined;
  // 张伟书记、王建国副理事长分别与李明、孙丽谈话: the other doers are no one talked to (found by the tester).
  const coTalkers = talkers?.coActorIds ?? [];
  const talkedWithIn = (words: string) => parseCounterparts(words, { ...ctx, senderId: talker! }).counterparts.map((c) => c.id).filter((id) => id !== talker && !coTalkers.includes(id));
  // 王建国副理事长与分管科室负责人谈了 (j25): the doer's name left in hides whose 分管 group it is; read again without it.
  const firstWith = talker && talker !== ctx.senderId ? talkedWithIn(coTalkers.length > 0 ? talkers!.rest : rest) : [];
  const talkedWith = firstWith.length === 0 && talker && talker !== ctx.senderId && talkers && talkers.rest !== rest ? talkedWithIn(talkers.rest) : firstWith;
  const turned = talker !== undefined && talker !== ctx.senderId && talkedWith.length === 0 && SENDER_AS_COUNTERPART.test(rest);
  // 郑华部长上周四找我和赵磊分别谈了话: the sender is one of those talked to (as in a typed talk).
  const withSender = talker !== undefined && talker !== ctx.senderId && talkedWith.length > 0 && (SENDER_AMONG.test(rest) || senderAmongOthers(rest)) && !talkedWith.includes(ctx.senderId);
  const counterpartIds = turned
    ? [ctx.senderId]
    : talker && talker !== ctx.senderId && talkedWith.length > 0
      ? withSender
        ? [ctx.senderId, ...talkedWith]
        : talkedWith
      : // 我和王强一起找李娟谈了谈: the one who went along with the sender (masked by parseActor) is no one talked to.
        (talkers && talkers.rest !== rest ? parseCounterparts(talkers.rest, ctx) : cp).counterparts.map((c) => c.id);
  // Only a talk has counterparts: 财务科组织学习 names the organiser, not someone talked to.
  const base = { ...baseDraft(undefined, date, on), counterpartIds: talked ? counterpartIds : [] };
  // 部门组织观看《警钟》: whose it was and what was watched survive the question about the type.
  const read = talked ? undefined : parseActor(rest, ctx, false, checked && !studied);
  const doer = talked ? (talker !== ctx.senderId ? talker : undefined) : read?.actorId ?? (continuesSubject(rest) ? inheritedActor : undefined);
  // 我和王强一起到办公室检查了报销凭证 (t45a F6): the one who went along is named here too, the check's type guessed or asked.
  // 11月4日到财务科检查，林晓参加 · …，本人带队，林晓参加 (round 56, fge; fhc/fhe left-alone: the type asked, 林晓 lost): those
  // gone along in a clause of their own (checkEscorts, as a typed check reads them) are kept through the type question too.
  const escorted = checked && !studied ? checkEscorts(text, ctx).filter((id) => id !== doer && !(doer === undefined && id === ctx.senderId)) : [];
  const companions = [...new Set([...(read?.companionIds ?? []), ...escorted])].filter((id) => id !== (doer ?? ctx.senderId));
  const along = companions.length > 0 ? [checkCompanionsRemark(companions, ctx)] : [];
  const draft = {
    ...base,
    // t48a F5: kept through the type question; stored only if the answer makes it a check (recordReport).
    ...(companions.length > 0 ? { companionIds: companions } : {}),
    ...(doer && doer !== ctx.senderId ? { actorId: doer } : {}),
    ...(!talked && titles.length > 0 ? { title: titleOfTitles(titles, text) } : {}),
    ...(attendance?.attendees !== undefined ? { attendees: attendance.attendees } : {}),
    ...(attendance?.allMembers ? { allMembers: true } : {}),
    ...(attendance?.unitCount ? { unitCount: true } : {}),
    ...(attendance?.expected !== undefined ? { expected: attendance.expected } : {}),
    // 11月25日深入维权部、教育就业部检查: where the check went survives the question about its type.
    // 会同办公室对财务科…抽查 (round 22u: the type asked, then the card at 办公室): the companion is no place, as in a typed check.
    // 配合办公室对本科室…进行了检查 (round 41, t40b F13): the sender's own unit checked, or hosting a check they assisted.
    ...(checked && !studied && !talked ? orAssistedPlace(placesOf(withoutCheckingDepartment(withoutCheckCompanion(rest, ctx.directory), ctx), ctx), rest, ctx) : {}),
    // 组织财务科学习《会计法》 (round 33a, C1: the type asked, then recorded with no 财务科): the department that held the
    // study or film survives the question about its type too, as a typed one's does (parseOrganiser, ownUnitNamed).
    ...(!talked && !(checked && !studied) ? organisingDepartment(rest, ctx) : {}),
  };
  // No note: once the type is answered this may well be a talk, whose words are never kept.
  const reasons: ConfirmReason[] = draft.actorId ? ['third_person'] : [];
  // 上周三检查了财务科 (round 14: offered 廉政谈话…): a check of no named kind is one of the checks.
  const typeProblem: ReportProblem =
    checked && !studied && !talked
      ? { code: 'missing_type', among: [...CHECK_TYPE_CODES] }
      : lectured && !studied
        ? { code: 'missing_type', among: ['edu_lecture', 'edu_integrity'] }
        : nobodyNamed
          ? { code: 'missing_type', among: ['talk_integrity', 'talk_heart'] }
          : { code: 'missing_type' };
  const nobody: ReportProblem[] = unnamed && talked ? [{ code: 'missing_counterpart' }] : [];
  // 配合机关纪委对本科室开展了财务专项检查 (round 41, t40b F13): a check a body made, no one of it named, is asked whose, never
  // left the sender's who only assisted.
  const body = checked && !studied && !talked && draft.actorId === undefined ? bodyAsDoer(rest, ctx) : undefined;
  // 机关党委11月份工作：…三是…对各部室…进行了抽查 (round 42, t42b F4: asked 是谁带队检查的 with only 赵敏 to tap): a body one
  // person answers for is theirs on the card, as a typed check's is (whoDidIt); several are asked.
  const bodyHead = body !== undefined && body.candidateIds.length === 1 && body.candidateIds[0] !== ctx.senderId ? body.candidateIds[0]! : undefined;
  const bodyAsked: ReportProblem[] = body !== undefined && bodyHead === undefined && !body.candidateIds.includes(ctx.senderId) ? [{ code: 'missing_actor', candidateIds: body.candidateIds }] : [];
  // 到财务科检查了报销凭证 (round 43): books of money looked through make a check of funds, guessed, on the card.
  const funds = checked && !studied && !talked && booksChecked(text);
  if (funds) (draft.type = 'inspect_funds'), reasons.push('inferred_type');
  // 昨天王书记和何平谈话了 from a clerk (round 55, fha; t57a F5: after the type was answered, stored at once as the clerk's own
  // talk with 何平): a subject no one person answers to is asked who it is here too, as in a typed deed (whoDidIt).
  const subject = draft.actorId === undefined && bodyAsked.length === 0 && bodyHead === undefined ? unresolvedSubject(rest, ctx, talked) : undefined;
  // Only a surname + title (王书记 · 周理事长): 分管的两个部长 and the like keep the untyped reading they had.
  const titledOnly = subject !== undefined && /^[\u4e00-\u9fa5]{1,2}?副?(?:书记|理事长|主任|科长|部长|局长|主席|处长)(?:同志)?$/.test(subject.text);
  const whoAsked: ReportProblem[] = titledOnly && subject.actorId === undefined ? [{ code: 'ambiguous_actor', text: subject.text, candidateIds: subject.candidateIds ?? [] }] : [];
  // 赵副理事长前天找我谈了话 (round 56, fga; fha's left-alone: 赵副理事长 asked as the one talked to): the subject asked who it
  // is talked to the sender (找我 · 约我 · 和我), as 王副理事长找我谈了话 reads; the sender is the one talked to.
  const askedTalkerToMe = talked && whoAsked.length > 0 && draft.counterpartIds.length === 0 && SENDER_AS_COUNTERPART.test(rest.slice(subject!.end));
  if (askedTalkerToMe) draft.counterpartIds = [ctx.senderId];
  const problems: ReportProblem[] = [...(funds ? [] : [typeProblem]), ...dayProblems(date, on.today), ...(talked && cp.counterparts.length === 0 && !askedTalkerToMe ? unresolved : []), ...nobody, ...bodyAsked, ...whoAsked];
  // 对各部室廉政风险防控台账进行了抽查 (round 42, t42b F4: with a type word all 8 departments kept, without one none): the
  // group word's departments survive the question about the type, as a named department does.
  const checkOnly = checked && !studied && !talked;
  const companionless = checkOnly ? withoutCheckCompanion(rest, ctx.directory) : rest;
  // 到财务科检查了年底资金支付和报销票据情况 (round 53, fkd; t55a F4 A3: what a check of no named kind looked at was lost): its
  // subject is its note, as a typed check's is (checkSubject); the note stays whole once the type is known (privateNote).
  // Only a check typed by its books (funds): one whose type is asked keeps its reading as it was.
  const scope = checkOnly && funds && draft.note === undefined ? checkSubject(text, [...ctx.directory.org.departments.flatMap((d) => [d.name, ...d.aliases]), ...directoryNames(ctx.directory)]) : undefined;
  if (scope !== undefined) draft.note = scope;
  const one: ParsedReport = bodyHead !== undefined ? { draft: { ...draft, actorId: bodyHead }, problems, remarks: [], reasons: ['third_person'] } : { draft, problems, remarks: along, reasons };
  const grouped = checkOnly ? withDepartmentsOfKind(one, withoutCheckingDepartment(companionless, ctx), ctx.directory, checkingDepartment(companionless, ctx)?.departmentId, ctx.directory.person(one.draft.actorId ?? ctx.senderId)?.departmentId) : one;
  // 和陈晶、杨帆谈了话 (round 61, gac; t63b: 陈晶 dropped unasked beside 杨帆): a person named but not found, beside one found,
  // is a talk of their own, asked who (nearNames' offer with it) as a typed talk's is, its type asked as the other's.
  const apart: ParsedReport[] = talked && cp.counterparts.length > 0 && !askedTalkerToMe && subject === undefined ? unresolved.map((p) => ({ draft: { ...draft, counterpartIds: [] }, problems: [...problems, p], remarks: [], reasons })) : [];
  if (coTalkers.length === 0 || !talker || talker === ctx.senderId) return [grouped, ...apart];
  // Several doers: with 分别 and as many people as doers they pair in order, otherwise each talked with everyone named.
  const doers = [talker, ...coTalkers];
  const paired = /分别/.test(rest) && draft.counterpartIds.length === doers.length;
  return doers.map((id, i) => {
    const { actorId: _first, ...plain } = draft;
    const counterpartIds = paired ? [draft.counterpartIds[i]!] : draft.counterpartIds;
    return { draft: { ...plain, ...(id !== ctx.senderId ? { actorId: id } : {}), counterpartIds }, problems: [...problems], remarks: [], reasons: ['third_person'] };
  });
}

/** The department an untyped deed names as holding it (财务科组织… · 组织财务科… · 我们中心…), as `departmentId`, or nothing. */
function organisingDepartment(rest: string, ctx: ParseContext): Pick<ReportDraft, 'departmentId'> {
  const departmentId = parseOrganiser(rest, ctx.directory).departmentId ?? ownUnitNamed(rest, ctx);
  return departmentId !== undefined ? { departmentId } : {};
}

/**
 * 廉政教育很重要: a type, no day and words that tell of no deed is talk about
 * the activity, not a report of one. The type alone (廉政谈话) starts a report.
 */
function isRemark(text: string, reports: ParsedReport[], wordsLeft: boolean): boolean {
  const said = (r: ParsedReport) =>
    r.draft.counterpartIds.length > 0 ||
    r.draft.title !== undefined ||
    r.draft.attendees !== undefined ||
    r.draft.allMembers === true ||
    r.problems.some((p) => p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart');
  return wordsLeft && reports.every((r) => !said(r)) && !describesDeed(text);
}

/** The same records on each further day of a list (11月4日和11月18日分别…); with 分别, days pair in order with people or titles. */
function onEachDay(reports: ParsedReport[], dates: string[], on: ReadingDay, text: string, directory: Directory, titles: string[] = []): ParsedReport[] {
  if (dates.length < 2) return reports;
  const onDay = (r: ParsedReport, date: string): ParsedReport => {
    const draft = { ...r.draft, date, late: date <= on.today && date < on.quarterStart };
    const problems = [...dayProblems(date, on.today), ...r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date')];
    return { ...r, draft, problems };
  };
  // 12月1日、12月2日分别与王强、李娟谈话 (untyped, round 30g: one record of both on each day, its type asked): 分别 pairs
  // each person with a day as a typed talk's one record per person does.
  const lone = reports.length === 1 && /分别/.test(text) ? reports[0]! : undefined;
  if (lone !== undefined && lone.draft.counterpartIds.length === dates.length && lone.draft.allMembers !== true) {
    return lone.draft.counterpartIds.map((id, i) => ({ ...onDay({ ...lone, draft: { ...lone.draft, counterpartIds: [id] } }, dates[i]!), reasons: [...(lone.reasons ?? []), 'items' as const] }));
  }
  // 11月9日、16日分别与王强、李娟谈话: as many days as people, 分别 pairs them in order.
  if (reports.length === dates.length && /分别/.test(text)) return reports.map((r, i) => onDay(r, dates[i]!));
  // 时间分别是11月3日、4日 for three people, or three days for two departments visited: 分别 with counts that differ pairs
  // nothing; each day is asked, never all on all.
  const unpaired = /分别/.test(text) ? daysPeopleUnpaired(reports, dates, directory) : undefined;
  if (unpaired) return unpaired;
  // 11月5日、11月12日分别组织观看了《蜕变》和《围猎》: as many days as titles, each day its own title.
  if (reports.length === 1 && titles.length === dates.length && /分别/.test(text)) {
    return dates.map((date, i) => {
      const r = onDay(reports[0]!, date);
      // The pairing is read from word order: shown for a tap.
      return { ...r, draft: { ...r.draft, title: titles[i]! }, reasons: [...(r.reasons ?? []), 'items' as const] };
    });
  }
  return withoutSharedTotal(dates.flatMap((date) => reports.map((r) => onDay(r, date))), dates.length, text);
}

/**
 * 11月24号和11月26号，分别与赵磊谈心谈话、廉政谈话各一次: with 分别, as many
 * types as days pair in order (one type per day), shown for a tap.
 */
function typePerDay(reports: ParsedReport[], dates: string[], rest: string, text: string): ParsedReport[] {
  if (dates.length < 2 || !/分别/.test(text)) return reports;
  const codes = findKinds(rest).sort((a, b) => a.start - b.start).map((m) => m.code);
  const first = reports[0]?.draft.type;
  if (codes.length < 2 || !first) return reports;
  // Types and days in unequal numbers cannot be paired: shown for a tap rather than every day given the first type silently.
  if (codes.length !== dates.length || codes.some((c) => perCounterpart(c) !== perCounterpart(first))) {
    return reports.map((r) => ({ ...r, reasons: [...(r.reasons ?? []), 'items' as const] }));
  }
  return reports.map((r) => {
    const type = codes[dates.indexOf(r.draft.date ?? '')];
    if (!type) return r;
    // The choice between the two types is no longer a choice: its remark would mislead.
    const remarks = r.remarks.filter((m) => !m.includes('（未按'));
    return { ...r, draft: { ...r.draft, type }, remarks, reasons: [...(r.reasons ?? []), 'items' as const] };
  });
}

/**
 * 11月9日分别与王强、李娟进行了廉政谈话和谈心谈话: with 分别, as many talk types as people pair in order
 * (one type per person), shown for a tap; found by the tester (round 3: both were given the first type).
 */
function typePerPerson(reports: ParsedReport[], dates: string[], rest: string, text: string, ctx: ParseContext): ParsedReport[] {
  if (dates.length > 1) return reports;
  if (!/分别/.test(text)) return typeByPlace(reports, rest, ctx);
  const codes = findKinds(rest).sort((a, b) => a.start - b.start).map((m) => m.code);
  if (codes.length < 2 || codes.length !== reports.length || !codes.every(perCounterpart) || new Set(codes).size < 2) return reports;
  if (reports.some((r) => r.draft.counterpartIds.length !== 1)) return reports;
  return reports.map((r, i) => ({ ...r, draft: { ...r.draft, type: codes[i]! }, remarks: r.remarks.filter((m) => !m.includes('（未按')), reasons: [...(r.reasons ?? []), 'items' as const] }));
}

/**
 * 昨天和王强廉政谈话、李娟谈心谈话 · 与王强、李娟进行了廉政谈话和谈心谈话 (no 分别): several talk types and several people.
 * Each person takes the one type written right after them (before the next person); when the words do not say
 * which type went with whom, every record is asked its type rather than given the first (found: both were 廉政谈话).
 */
function typeByPlace(reports: ParsedReport[], rest: string, ctx: ParseContext): ParsedReport[] {
  const kinds = findKinds(rest).filter((m) => perCounterpart(m.code));
  if (new Set(kinds.map((k) => k.code)).size < 2 || reports.length < 2 || reports.some((r) => r.draft.counterpartIds.length !== 1)) return reports;
  if (!reports.every((r) => r.draft.type !== undefined && isTalkType(r.draft.type))) return reports;
  const at = (r: ParsedReport) => rest.indexOf(ctx.directory.person(r.draft.counterpartIds[0]!)?.name ?? '\u0001');
  const starts = reports.map(at);
  const next = (i: number) => Math.min(...starts.filter((x) => x > starts[i]!), rest.length);
  const own = reports.map((_r, i) => (starts[i]! < 0 ? [] : kinds.filter((k) => k.start > starts[i]! && k.start < next(i) && isTalkType(k.code))));
  if (own.every((k) => k.length === 1)) {
    return reports.map((r, i) => ({ ...r, draft: { ...r.draft, type: own[i]![0]!.code }, remarks: r.remarks.filter((m) => !m.includes('（未按')), reasons: [...(r.reasons ?? []), 'items' as const] }));
  }
  return reports.map((r) => {
    const { type: _unsure, ...draft } = r.draft;
    return { ...r, draft, remarks: r.remarks.filter((m) => !m.includes('（未按')), problems: [{ code: 'missing_type' as const }, ...r.problems] };
  });
}

/**
 * 分别到宣文部、康复中心召开… · 到宣文部、康复中心分别召开… · 对康复部、组联部分别开展了检查 (round 9: the second
 * place was lost without a word): the departments visited or checked, in order. 分别去… and 分别组织/带领/召集… a list of
 * departments (s28) are one each too.
 */
// 11月10日、11月24日分别主持召开了办公室、财务科党风廉政建设工作会议 (round 37, t37b F7: stored at once, each meeting at
// both): departments naming the meetings held 分别 are one meeting each, as 分别到办公室、财务科召开… is.
const VISITED = /分别(?:到|去(?!年)|赴|深入|前往|在|于|对|组织|带领|召集|(?:主持|组织)?(?:召开|开展|举办)了?)([^,;。!?]{2,40})|(?:到|去(?!年)|赴|深入|前往|对)([^,;。!?]{2,30}?)分别/;

/**
 * 11月份，分别到宣文部、康复中心召开分管科室…会议: one activity per department visited, each its own record (and day
 * question), never every day given the first department (found by the tester, round 2).
 */
function placesApart(r: ParsedReport, text: string, ctx: ParseContext): ParsedReport[] {
  const m = VISITED.exec(text);
  if (!m) return [r];
  const index = directoryIndex(ctx.directory);
  // 到宣文部、康复中心分别召开… (a helper's own try: one record) names the places before 分别.
  const ids = [...new Set([...(m[1] ?? m[2])!.matchAll(index.surfaces)].map((x) => index.departmentBySurface.get(x[0])?.id).filter((id): id is string => id !== undefined))];
  if (ids.length < 2) return [r];
  // Each record is at its one department: no list of places of the whole (departmentIds) goes with it.
  const { departmentIds: _all, ...one } = r.draft;
  return ids.map((departmentId) => ({ ...r, draft: { ...one, departmentId }, problems: [...r.problems], remarks: [...r.remarks], reasons: [...(r.reasons ?? []), 'items' as const] }));
}

/**
 * `reports` (one per person talked to, all different, the first doer's) each given to the one of `doers` who supervises
 * that person's department; a person whom none or several of them supervise keeps no doer and asks which of them held
 * it (ambiguous_actor among `doers`), never every doer with every person. Undefined for fewer than two people (each
 * doer talked with the one apart) or when a record has no one person.
 */
function bySupervisor(reports: ParsedReport[], doers: string[], ctx: ParseContext): ParsedReport[] | undefined {
  // One person: each doer talked with them apart (何平主任、徐辉副主任分别与孙杰谈心谈话), as read before.
  if (reports.length < 2 || reports.some((r) => r.draft.counterpartIds.length !== 1)) return undefined;
  const holders = reports.map((r) => {
    const person = ctx.directory.person(r.draft.counterpartIds[0]!);
    const dept = person?.departmentId ? ctx.directory.department(person.departmentId) : undefined;
    return doers.filter((id) => dept?.supervisorId === id);
  });
  const names = doers.map((id) => ctx.directory.person(id)?.name ?? id);
  return reports.map((r, i) => {
    if (holders[i]!.length === 1) return { ...withDoer(r, holders[i]![0]!, ctx.senderId), reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const, 'items' as const])] };
    const { actorId: _unsure, ...draft } = r.draft;
    return { ...r, draft, problems: [{ code: 'ambiguous_actor' as const, text: names.join('或'), candidateIds: [...doers] }, ...r.problems], reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])] };
  });
}

/** Talk records keep no words of the message; others keep a short remark, never clause fragments. */
function privateNote(r: ParsedReport): ParsedReport {
  if (r.draft.note === undefined) return r;
  const { note, ...rest } = r.draft;
  // A check's or a 自查's results (checkResultNote, round 44 t46a F3/F5) are kept whole; talks still keep nothing.
  const results = r.draft.type !== undefined && (isCheckType(r.draft.type) || r.draft.type === 'report_self') && isCheckResultNote(note);
  // 专题研究公务接待和公车使用管理 · 对照问题清单开展廉政风险点排查 (t47b F2/F4): a meeting's agenda is kept whole, on a record
  // whose type is asked too (a meeting's, its type still open).
  const agenda = (r.draft.type === undefined || MEETING_TYPES.has(r.draft.type)) && isMeetingAgendaNote(note);
  // 学习省纪委通报的违反中央八项规定精神典型问题 (t52b F9): what a study went through (studiedTopic) is kept whole, however long.
  const topic = r.draft.type?.startsWith('edu_') === true && isStudiedTopicNote(note);
  // 班子成员全部参加 (round 51, fza; t53a F9): a meeting's attendance said as a group is kept (remarkNote drops a bare group).
  const came = r.draft.type !== undefined && MEETING_TYPES.has(r.draft.type) && isMeetingAttendanceNote(note);
  const kept = agenda || topic || came ? note : r.draft.type && !perCounterpart(r.draft.type) ? (results ? note : remarkNote(note)) : undefined;
  return { ...r, draft: kept ? { ...rest, note: kept } : rest };
}

/** 节前廉洁提醒教育 / 提醒会: a 提醒 given as teaching, not by talking to someone. */
const REMINDER_AS_TEACHING = /提醒(?:教育|学习|培训|讲座|会)/;

/**
 * 开展节前廉洁提醒，与何平、徐辉分别谈话: a 提醒 given by talking to people named is a 廉政谈话 with each
 * (廉政提醒 and 提醒谈话 are 廉政谈话 in the duty catalogue), not a 廉政教育 that swallows the talks.
 * Read from the context, so the card says so. `kind` unchanged otherwise.
 */
function remindedByTalking(kind: KindChoice | undefined, text: string, rest: string, ctx: ParseContext): KindChoice | undefined {
  if (kind?.code !== 'edu_integrity' || !/提醒/.test(kind.text) || REMINDER_AS_TEACHING.test(text) || !/谈/.test(rest)) return kind;
  if (parseCounterparts(rest, ctx).counterparts.length === 0) return kind;
  return { code: 'talk_integrity', text: kind.text, remarks: [`「${kind.text}」是与对象谈话，按廉政谈话（提醒谈话）记录`], inferred: true };
}

/** A check of no named kind said done: 检查了, 开展了联合检查, 到办公室检查…, 对财务科抽查. */
/** 近日 · 日前 · 前不久 opening the text: a time gone by, no day (近期 and 最近 may look ahead, so they are not here). */
const RECENTLY = /^[\s\u0000,，]*(?:近日|日前|前不久|前段时间)(?!将|要|拟|计划|准备)/;
/** 开展专项检查 · 进行督查: a check carried out, said without 了 as a news item says it. */
const CHECK_CARRIED_OUT = /(?:开展|进行)[^,;。]{0,10}?(?:检查|督查|抽查|暗访|巡查)/;
/**
 * 来我部检查工作 (round 36 merge: fff's 来 made a leader's visit a check of its own, asked its type with no
 * doer): a visit to look at the work in general is no check; 检查工作纪律 is one, and a dated 检查指导工作 stays asked its type.
 */
const VISIT_ONLY = /(?:检查|督查|检察)工作(?!纪律|作风|落实|情况|台账)/;
/** 检查了 · 抽查过 · 开展了…检查: a check said done in so many words (no 到…检查, which may be ahead). */
// 查看了部门廉政档案 · 查阅了报销台账 (round 41, t40b F10): a department's papers looked through is a check said done (papersLooked).
const CHECK_SAID_DONE = new RegExp(`(?:检查|督查|抽查|暗访|巡查)(?:了|过)|(?:开展|进行)了[^,;。]{0,10}?(?:检查|督查|抽查|暗访|巡查)|${PAPERS_DONE_SOURCE}`);
const CHECK_DONE = new RegExp(`(?:检查|督查|抽查|暗访|巡查)(?:了|过)|(?:开展|进行)了[^,;。]{0,10}?(?:检查|督查|抽查|暗访|巡查)|(?:对|到|去(?!年)|深入|赴|前往|(?<![回过起出])来|莅临)[^,;。]{1,16}?(?:检查|督查|抽查|暗访|巡查)|对[^,;。]{1,24}?(?:进行|开展)了(?:一次|专项)?(?:检查|督查|抽查|巡查)|${PAPERS_DONE_SOURCE}`);

/** 检查办公室 · 抽查财务科、组联部: a check verb whose object is a department of the directory. */
function checkedDepartment(text: string, ctx: ParseContext): boolean {
  const index = directoryIndex(ctx.directory);
  for (const m of text.matchAll(index.surfaces)) {
    if (index.departmentBySurface.has(m[0]) && CHECK_VERB_BEFORE.test(text.slice(0, m.index))) return true;
  }
  return false;
}
const CHECK_VERB_BEFORE = /(?:检查|督查|抽查|巡查)$/;

/** A talk named without its type: 谈话, 谈了谈, 聊了聊, 交流了一下, 沟通思想. */
const UNTYPED_TALK = /谈|聊|交流|沟通/;
/** The same, but not 座谈/洽谈/商谈 (a meeting), which a purpose clause must not turn into a 廉政谈话. */
const PLAIN_TALK = /(?<![座漫洽商会])谈|聊|交流|沟通/;
/** What a talk was for, when it is the 廉政谈话's: a reminder, clean conduct, discipline. */
// 叮嘱他节前不要收受礼品礼金 (round 37, t37a F5's kin: asked its type): gifts taken, 吃请 and the 底线/红线 are clean conduct too.
const INTEGRITY_PURPOSE = /提醒|廉洁|廉政|纪律|警示|遵纪守法|八项规定|违纪|拒腐防变|礼品|礼金|收礼|吃请|宴请|底线|红线/;

/**
 * 今天和杨帆谈话，提醒其廉洁过节 (found by the tester, round 5: asked its type): a talk of no named type with someone
 * whose purpose is a reminder or clean conduct is a 廉政谈话 (提醒谈话 is one in the duty catalogue); read, so confirmed.
 * Undefined when no talk with someone is told, or its purpose names none of these.
 */
function talkByPurpose(rest: string, ctx: ParseContext): KindChoice | undefined {
  const talk = PLAIN_TALK.exec(withoutSymposium(rest));
  const purpose = INTEGRITY_PURPOSE.exec(rest);
  if (!talk || !purpose) return undefined;
  const cp = parseCounterparts(rest, ctx);
  if (cp.counterparts.length === 0 && !cp.problems.some((p) => p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart')) return undefined;
  return { code: 'talk_integrity', text: purpose[0], remarks: [`谈话为「${purpose[0]}」，按廉政谈话记录`], inferred: true };
}

/** `on` is derived from ctx.now once per message by the caller: zone conversion is not cheap. */
/**
 * 参加了张书记与各科室负责人的集体廉政谈话 · 列席了…的谈话: the sender only sat in on someone else's talk;
 * read as that talk (张书记与各科室负责人集体廉政谈话), whose doer and people are the ones named (found by the tester, issue 10).
 */
const SAT_IN_ON_TALK = /(?:参加|列席|旁听|参与)了?([^,;。!?]{1,24}?(?:与|和|同|对)[^,;。!?]{1,24}?)的([^,;。!?]{0,8}?谈话)/;

/**
 * 邀请/请来/特邀 a guest, or a bare 请 followed within its clause by the guest's speaking (请市纪委同志讲了一次 — found by
 * the tester, round 9: recorded as the inviter's own 党课); 申请/请示/请假/提请 are not an invitation.
 */
export const GUEST_INVITED = /邀请|请来|特邀|(?<![申提报])请(?![示假求教])(?=[^,;。!?]{1,16}?(?:讲|授课|宣讲|作报告|作辅导|辅导))/;

/**
 * The clause naming the type and the clauses after it with no day of their own: 11月5日讲了廉政党课，11月20日请市纪委同志讲了
 * 一次 (found in round 10: the secretary's own lecture made the inviter's 廉政教育 by the guest of another day).
 */
function ownClauses(text: string, kindText: string, today: string): string {
  const clauses = text.split(/(?<=[,;。!?])/);
  const at = clauses.findIndex((c) => c.includes(kindText));
  if (at < 0) return text;
  const end = clauses.findIndex((c, i) => i > at && parseDay(arabicizeNumerals(extractTitles(c).rest), today).date !== undefined);
  return clauses.slice(0, end < 0 ? clauses.length : end).join('');
}

export function parseSegment(input: string, ctx: ParseContext, on: ReadingDay, inheritedDay?: string, inheritedActor?: string, visited?: Visited): SegmentParse | null {
  const apart = departmentsApart(input, ctx.directory, ctx.directory.person(ctx.senderId)?.departmentId);
  return apart ? eachDepartment(apart, ctx, on, inheritedDay, inheritedActor) : oneSegment(input, ctx, on, inheritedDay, inheritedActor, visited);
}

/**
 * 财务科、办公室联合召开… · 财务科和组联部分别组织…: every department's reading, for 确认 (found by the tester: only the
 * first department's was stored). Held together (联合), readings that come out the same (one 分管领导 over both) are one.
 */
function eachDepartment(apart: DepartmentsApart, ctx: ParseContext, on: ReadingDay, inheritedDay?: string, inheritedActor?: string): SegmentParse | null {
  const parts = apart.texts.map((t) => oneSegment(t, ctx, on, inheritedDay, inheritedActor));
  if (parts.every((p) => p === null)) return null;
  const day = parts.find((p) => p?.day !== undefined)?.day;
  // Held together (联合/共同/一起): one record at every department that held it, not one per department (round 48, ftd).
  const one = apart.joint ? jointDeedAsOne(parts.map((p) => p?.reports ?? []), ctx.senderId, ctx.directory.person(ctx.senderId)?.departmentId) : undefined;
  if (one) return { reports: one.map((r) => withJointRemark(r, ctx)), ...(day !== undefined ? { day } : {}) };
  const seen = new Set<string>();
  const reports = parts.flatMap((p) => p?.reports ?? []).filter((r) => {
    if (!apart.joint || r.problems.length > 0) return true;
    const { departmentId: _where, ...deed } = r.draft;
    const key = JSON.stringify(deed);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const counted = splitHeadCount(reports);
  return { reports: counted.map((r) => ({ ...r, reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] })), ...(day !== undefined ? { day } : {}) };
}

/** A joint deed's one record at several departments says so on its card (round 48, ftd). */
function withJointRemark(r: ParsedReport, ctx: ParseContext): ParsedReport {
  if (r.draft.departmentIds === undefined) return r;
  const names = r.draft.departmentIds.map((id) => ctx.directory.department(id)?.name ?? id).join('、');
  return { ...r, remarks: [...r.remarks, `联合开展的一项活动，记为一条，部门为${names}`] };
}

/**
 * 财务科、办公室联合开展警示教育，参加20人: the one head count written is for all the departments together, and the
 * year-end account adds head counts up, so copying it onto each department's record would count 20 people twice. Each
 * record keeps the figure only as a short note (各部门共N人), and the card's remark says why.
 */
function splitHeadCount(reports: ParsedReport[]): ParsedReport[] {
  const counted = reports.filter((r) => r.draft.attendees !== undefined);
  if (counted.length < 2) return reports;
  return reports.map((r) => {
    if (r.draft.attendees === undefined) return r;
    const { attendees, ...rest } = r.draft;
    const said = `各部门共${attendees}人`;
    const draft = { ...rest, note: r.draft.note ? `${r.draft.note}；${said}` : said };
    return { ...r, draft, remarks: [...r.remarks, `参加${attendees}人为各部门合计，不计入每个部门的人数，备注「${said}」`] };
  });
}

/**
 * 刘洋也在 · 王强同志也参加了 · 李娟还在场 · 赵磊都在 · 冯雪也来了: a clause that only says someone was there too (部里同志都参加了
 * is the unit's whole staff, unitWholeRoster's, not masked).
 */
const BYSTANDER_CLAUSE = /(?<=^|[\s,;。!?\u0000])[\u4e00-\u9fa5]{2,4}?(?:同志)?(?:(?:也|还)(?:在场|在|参加了|参与了|来了|到了)|都(?:在场|在|来了|到了))(?=$|[\s,;。!?])/g;

/** The posts a bystander's name may carry (冯雪部长也在). */
const POST = '(?:副理事长|理事长|书记|部长|科长|主任|副主任|干事|科员)';
/**
 * 陈静 赵磊也在 · 陈静、赵磊都在 · 陈静和赵磊也来了 (round 51, fza; t53a F2: 陈静 made the study's doer, 赵磊 lost): the
 * directory names listed before the last one of a bystander clause, parted by spaces, 、 or 和, with a post or 同志 each;
 * built once per directory's names. Only names, so 刘芳主持 陈静也在 keeps its chair.
 */
const bystanderLists = perNames((names) => {
  const name = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
  if (name === '') return undefined;
  return new RegExp(`(?<=^|[\\s,;。!?\\u0000])(?:(?:${name})(?:同志|${POST})?(?:\\s+|、|和|及))+(?=[\\u4e00-\\u9fa5]{2,4}?(?:同志|${POST})?(?:(?:也|还)(?:在场|在|参加了|参与了|来了|到了)|都(?:在场|在|来了|到了))(?:$|[\\s,;。!?]))`, 'g');
});

/**
 * `rest` without the clauses that only say someone was there too (BYSTANDER_CLAUSE, and the names listed before its own:
 * bystanderLists), for any deed but a talk or a signing (whose bystanders companionsApart reads): such a person attended,
 * never held it.
 */
function withoutBystanders(rest: string, code: ActivityTypeCode, ctx: ParseContext): string {
  if (isTalkType(code) || code === 'pledge_sign') return rest;
  const list = bystanderLists(directoryNames(ctx.directory));
  return (list ? rest.replace(list, MASK) : rest).replace(BYSTANDER_CLAUSE, MASK);
}

function oneSegment(input: string, ctx: ParseContext, on: ReadingDay, inheritedDay?: string, inheritedActor?: string, visited?: Visited): SegmentParse | null {
  const text = thatDepartment(input.replace(SAT_IN_ON_TALK, '$1$2'), ctx);
  const today = on.today;
  const quoted = extractTitles(text);
  const arabic = arabicizeNumerals(quoted.rest);
  const said = withJoinedDayMasks(parseDay(arabic, today));
  // 11月20日上午…，下午组织…: 下午 is the afternoon of the day already named, not today.
  const day = said.byTimeOfDay && inheritedDay !== undefined ? { rest: said.rest } : said;
  const dates = parseDayList(arabic, today);
  const date = day.date ?? inheritedDay;
  const film = quoted.titles.length === 0 ? extractFilmTitle(day.rest, directoryNames(ctx.directory)) : { titles: [], rest: day.rest };
  const parsedKind = parseKind(film.rest);
  let rest = parsedKind.rest;
  let titles = [...quoted.titles, ...film.titles];
  let bareTitles: string[] = [];
  // 学习了党纪学习教育读本 · 学习了市纪委关于开展节前廉洁提醒的通知 · 学习违反中央八项规定精神典型问题通报 (round 36: the
  // title lost or cut where type words stood inside it): a bare title is read from the clause as written; the type words
  // inside it still type the deed (parsedKind read them), and only those outside it stay in the rest as masks.
  // 学习了 纪律处分条例 然后还看了 警示片 围猎 (round 54, fjb, issue 10: the study untitled, 「处分条例」 in both notes): a
  // document studied without 《》 beside a film named after 警示片 is read too, after the film's title.
  // Only a rule or a code (条例 · 准则) so: it is studied as 廉政教育, a record of its own beside the film's (监察法 was made a
  // second title of the film).
  if (quoted.titles.length === 0 && !(parsedKind.kind && isTalkType(parsedKind.kind.code))) {
    const bare = extractBareTitle(film.rest);
    if (bare.titles.length > 0 && (film.titles.length === 0 || bare.titles.every((t) => /条例|准则/.test(t)))) {
      titles = [...film.titles, ...bare.titles];
      bareTitles = bare.titles;
      rest = parseKind(bare.rest).rest;
    }
  }
  const readKind = remindedByTalking(parsedKind.kind, text, rest, ctx) ?? kindFromTitles(titles, parsedKind.rest) ?? talkByPurpose(rest, ctx);
  // 组织分管部门负责人召开党风廉政建设工作会议 · 组织郑华、冯雪召开… (round 34b, §2b): the heads one supervises gathered make it
  // one's 分管科室会议 (the sender's here; a doer named apart is tried once read, below).
  const kind = readKind ? organisedHeadsMeeting(readKind, text, ctx.senderId, ctx.directory) : undefined;
  // 召开专题会议，传达学习了市纪委全会精神: what a meeting passed on, named without 《》, is no document title of the meeting.
  if (kind && MEETING_TYPES.has(kind.code) && bareTitles.length > 0) titles = titles.filter((t) => !(bareTitles.includes(t) && /精神$/.test(t)));
  const own = day.date ? { day: day.date } : {};
  if (!kind) {
    // 上午和下午分别去办公室、财务科检查 (s28: one check of both, its type asked): each place its own check, as when typed.
    const found = untypedReport(text, rest, titles, date, ctx, on, inheritedActor);
    const untyped = found?.length === 1 && found[0]!.draft.departmentIds !== undefined ? placesApart(found[0]!, text, ctx) : found;
    if (untyped) {
      const dayEach = untypedDayPerPerson(untyped, arabic, ctx, on);
      return { reports: dayEach !== untyped ? dayEach : onEachDay(untyped, dates, on, text, ctx.directory), ...own };
    }
    return day.date ? { reports: [], ...own } : null;
  }
  // A future day or period with nothing said to be done is a plan, not a mistaken report.
  const ahead = day.date !== undefined ? day.date > today : namesComingPeriod(text, today) || (date !== undefined && date > today);
  if (ahead && !claimsDone(text)) return null;
  // @李明 讲了一堂廉政党课: outside a talk a mention names the doer as a name would (a talk's mentions are its counterparts).
  // …庭审，本周二又跟陈副理事长作了汇报 (round 34a, F4): no one of a later clause with its own day did this deed.
  // 科里集体学了下廉政准则 刘洋也在 (t41a F25: 刘洋 made the study's doer): one said to have been there too is no doer.
  const ownRest = withoutBystanders(withoutLaterDayClauses(rest, text, kind.text), kind.code, ctx);
  const who = whoDidIt(kind.code, perCounterpart(kind.code) ? ownRest : mentionsAsNames(ownRest, ctx), ctx, inheritedActor);
  const problems = [...dayProblems(date, today), ...who.problems];
  const othersHeads = who.actor.actorId !== undefined && kind.code === 'meeting_special' ? organisedHeadsMeeting(kind, text, who.actor.actorId, ctx.directory) : kind;
  const base = baseDraft(othersHeads.code, date, on);
  const remarks = day.invalid ? [...kind.remarks, `「${day.invalid}」不是有效日期`] : kind.remarks;
  if (othersHeads.inferred) who.reasons.push('inferred_type');
  if (who.remarks) remarks.push(...who.remarks);
  // 陈志强副理事长到维权部参加部门…学习 (round 37): the card says why the leader named first is not the study's doer.
  const visitor = who.actor.visitorId !== undefined && who.actor.visitorId !== who.actor.actorId ? ctx.directory.person(who.actor.visitorId)?.name : undefined;
  if (visitor) remarks.push(`${visitor}到场参加，不是这次学习的活动人`);
  // 邀请市纪委专家讲授廉政党课: a lecture by a guest is the inviter's 廉政教育, not their own 党课.
  // 应周涛部长邀请…讲了一堂廉政党课: invited, the sender gave it.
  // 市纪委第五监督检查室同志应邀…讲授: an outside body's guest who accepted is a guest too (round 15's kin).
  const guest = (GUEST_INVITED.test(ownClauses(text, kind.text, today)) && !/应[^,;。]{0,12}?邀请?/.test(text)) || /(?:纪委|监委|党校|检查室|监察室|专家|教授)[^,;。!?]{0,8}?应邀/.test(text);
  // …邀请市纪委同志讲授廉政党课，张伟书记主持: the chair named is the 廉政教育's doer, not a lecturer (round 16).
  const chair = who.actor.actorId !== undefined && chairedOnly(text, [ctx.directory.person(who.actor.actorId)?.name ?? '', who.actor.text ?? '']);
  // 我部邀请市纪委王老师讲授廉政党课 (round t24, G): the department (or person) named as inviting is the doer, no lecturer.
  const inviter = who.actor.text !== undefined && who.actor.text !== '' && text.includes(who.actor.text) && GUEST_INVITED.test(text.slice(text.indexOf(who.actor.text) + who.actor.text.length).split(/[,;。!?，；。！？]/)[0]!);
  if (kind.code === 'edu_lecture' && (!who.actor.actorId || chair || inviter) && guest) {
    base.type = 'edu_integrity';
    remarks.push('「邀请…讲授」的党课按廉政教育记录（讲课的不是本单位人员）');
    who.reasons.push('inferred_type');
  }
  const doerName = who.actor.actorId ? ctx.directory.person(who.actor.actorId)?.name ?? who.actor.text : undefined;
  // 王建国副理事长、刘芳副理事长分别…: every doer is named, not only the first.
  const doerNames = doerName ? [doerName, ...(who.actor.coActorIds ?? []).map((id) => (id === ctx.senderId ? '您本人' : ctx.directory.person(id)?.name ?? id))].join('、') : undefined;
  if (doerNames) remarks.push(isTalkType(kind.code) ? `谈话人为${doerNames}（代为上报）` : `按${doerNames}的活动记录（代为上报）`);
  // t45a F6: those who went on the check with its doer are one check, the doer's — named, never dropped without a word.
  // (Set only when the segment was read as a check.)
  // 到财务科检查了…，王建国副理事长陪同 (t45a F6): those gone along in a clause of their own are named too.
  const escorts = isCheckType(kind.code) ? checkEscorts(text, ctx).filter((id) => id !== who.actor.actorId && !(who.actor.actorId === undefined && id === ctx.senderId)) : [];
  const along = [...new Set([...(who.actor.companionIds ?? []), ...escorts])];
  if (along.length > 0) remarks.push(checkCompanionsRemark(along, ctx));
  const training = perCounterpart(kind.code) ? undefined : trainingReport(base, rest, titles, ctx, problems, remarks, who, text);
  // 翻阅了财务科的…责任书落实台账 (t42c F11): a department inside the kind's own words is the place checked.
  const built = training ? placesApart(withAttendingDepartments(reminderMeeting(departmentMeeting(withCheckPlaceInKindWords(training.report, kind.text, ctx.directory), text, ctx), text, ctx), text, ctx), text, ctx) : talkReports(base, rest, ctx, problems, remarks, who, text, visited);
  if (date === undefined && training?.wordsLeft === true && isRemark(text, built, true)) return null;
  // t47b F2/F4: a meeting's agenda (专题研究… · 对照…排查) is its note when no other note was read, or one cut from it
  // (照问题清单… of 对照问题清单…, 传达… of 传达…，部署…).
  const topic = training && (kind.code === 'meeting_special' || kind.code === 'meeting_dept') ? meetingAgendaNote(text, kind.text) : undefined;
  // …开了分管科室会议 部署年底廉政风险防控 李明 孙丽参加 (round 49, fvd; t51a F8: the attendees neither kept nor said): the
  // people named as attending the meeting are kept after its agenda.
  // 主持召开分管科室会议 周涛 吴静都在 · …会议，郑华部长、冯雪部长参加 (round 52, fwa; round 51's left-alones: kept nowhere): the
  // people named as there are kept with no agenda too, their posts left out.
  const attended = training && MEETING_TYPES.has(kind.code) ? namedParticipants(text, directoryNames(ctx.directory), true) : undefined;
  const agenda = topic !== undefined && attended !== undefined && `${topic}；${attended}`.length <= AGENDA_MAX ? `${topic}；${attended}` : topic ?? attended;
  // 查找风险点5个，明确整改措施 (round 49, fvd; t51b F9): a note of one clause of the agenda, however long it runs, gives way to it.
  const run = agenda !== undefined ? meetingAgendaRun(text, kind.text) : undefined;
  const agendaNoted = agenda ? built.map((r) => ((r.draft.note === undefined || agenda.includes(withoutAgendaLabel(r.draft.note)) || run?.includes(r.draft.note) === true) && (r.draft.type === undefined || MEETING_TYPES.has(r.draft.type)) ? { ...r, draft: agendaOverTitle({ ...r.draft, note: agenda }) } : r)) : built;
  // 召开…专题会议 班子成员全部参加 (round 51, fza; t53a F9: dropped without a word): a group said to have attended is kept in
  // the meeting's note (meetingAttendanceNote), after its agenda (a fragment of the same clause, 分管科室负责人全部, gives way to it).
  const groupCame = training && MEETING_TYPES.has(kind.code) ? meetingAttendanceNote(text) : undefined;
  const withGroup = (note: string | undefined, said: string): string => (note === undefined || said.includes(note) ? said : note.includes(said) || `${note}；${said}`.length > NOTE_MAX ? note : `${note}；${said}`);
  const attendanceNoted = groupCame !== undefined ? agendaNoted.map((r) => (r.draft.type !== undefined && MEETING_TYPES.has(r.draft.type) ? { ...r, draft: { ...r.draft, note: withGroup(r.draft.note, groupCame) } } : r)) : agendaNoted;
  // 对残疾儿童康复救助资金使用情况进行了自查 (round 49, fvd; t51a F8: neither kept nor said): a check's subject, read from the
  // words as written (资金使用情况…检查 is a type word once masked), goes before its results in the note.
  // Another remark already read stays as it was.
  const subject = training && isCheckType(kind.code) ? checkSubject(text, [...ctx.directory.org.departments.flatMap((d) => [d.name, ...d.aliases]), ...directoryNames(ctx.directory)]) : undefined;
  // 检查了…台账 already among the results (checkResultNote) is the subject 检查…台账 (round 53, fkd): kept once.
  const withSubject = (note: string | undefined, said: string): string | undefined => (note === undefined ? said : note.replace(/(检查|查看|抽查|核查|查阅)了/g, '$1').includes(said) ? note : isCheckResultNote(note) ? `${said}，${note}`.slice(0, NOTE_MAX) : note);
  const checked = subject !== undefined ? attendanceNoted.map((r) => (r.draft.type !== undefined && isCheckType(r.draft.type) ? { ...r, draft: { ...r.draft, note: withSubject(r.draft.note, subject) } } : r)) : attendanceNoted;
  // 开展廉政教育，学习省纪委通报的典型案例 (t52b F9): a study of no title and no note keeps what it went through as its note.
  const studied = training && kind.code.startsWith('edu_') ? studiedTopic(text) : undefined;
  const reports = studied !== undefined ? checked.map((r) => (r.draft.type?.startsWith('edu_') === true && r.draft.title === undefined && r.draft.note === undefined ? { ...r, draft: { ...r.draft, note: studied } } : r)) : checked;
  const coActors = who.actor.coActorIds ?? [];
  // 张伟书记、王建国副理事长分别与李明、孙丽谈话: as many doers as people talked to, 分别 pairs them in order (found in
  // the final acceptance round: every doer was given every counterpart). With one counterpart each doer talks with it.
  // 王建国副理事长、刘芳副理事长分别与分管科室负责人…: a group word is each doer's own (found by the tester: the first
  // doer's heads were paired out among all of them), so every doer's people are read again from their side.
  // 张书记和刘副理事长分别与分管科室负责人… (round 14): the first doer may supervise none, the group still each one's own.
  // 各部室负责人分别与本部门全体人员签订… from one of those heads (round 37, fjb: each signing asked which head held it): the
  // sender, first of the doers, holds their own group as the others hold theirs.
  const ownGroups = coActors.length > 0 && perCounterpart(kind.code) && [who.actor.actorId ?? ctx.senderId, ...coActors].some((id) => parseCounterparts(who.actor.rest, { ...ctx, senderId: id }).grouped);
  const paired = !ownGroups && coActors.length > 0 && perCounterpart(kind.code) && reports.length === coActors.length + 1 && /分别/.test(text);
  const theirOwn = (id: string) => {
    const asDoer = { ...who, actor: { ...who.actor, actorId: id } };
    return talkReports(base, rest, ctx, problems, [], asDoer, text).map((r) => withDoer(r, id, ctx.senderId));
  };
  // 王建国、陈志强分别与李明、郑华、冯雪… (round 33a: every doer given every person): with 分别 and counts that differ, each
  // talk is its own doer's, read from the directory as for a group's colon list (groupListDoers), or asked between them.
  const apart = !ownGroups && !paired && coActors.length > 0 && perCounterpart(kind.code) && /分别/.test(text) && who.actor.ambiguous === undefined ? bySupervisor(reports, [who.actor.actorId ?? ctx.senderId, ...coActors], ctx) : undefined;
  const byEachDoer = apart
    ? apart
    : ownGroups
    ? [...reports, ...coActors.flatMap(theirOwn)]
    : paired
      ? reports.map((r, i) => (i === 0 ? r : withDoer(r, coActors[i - 1]!, ctx.senderId)))
      : [...reports, ...coActors.flatMap((id) => reports.map((r) => withSupervisedUnitsOfEach(withDoer(r, id, ctx.senderId), text, ctx)))];
  // 吴静、郑华、冯雪三位部长分别报送了本部门自查报告 (round 48 ftf: all three at the sender's 办公室): several doers' papers are
  // each at their own doer's department.
  const byEach = coActors.length > 0 ? papersAtOwnDepartments(byEachDoer, ctx) : byEachDoer;
  // …和王强进行了廉政谈话，提醒李娟注意…: a talk with someone only reminded in a later clause is inferred, so on a card.
  if (perCounterpart(kind.code) && byEach.length > 1) {
    const nameOf = (id: string) => ctx.directory.person(id)?.name ?? '';
    const reminded = byEach.filter((r) => r.draft.counterpartIds.length > 0 && r.draft.counterpartIds.every((id) => remindedApart(text, kind.text, nameOf(id))));
    if (reminded.length > 0 && reminded.length < byEach.length) {
      for (const r of reminded) {
        const names = r.draft.counterpartIds.map(nameOf).join('、');
        r.remarks = [...r.remarks, `与${names}的这一条是从后一句对${names}的提醒推断的另一次谈话；如只是谈话中提到${names}，请点「修改」删去这一条`];
        r.reasons = [...new Set([...(r.reasons ?? []), 'inferred_type' as const])];
      }
    }
  }
  // Two days named in one clause that are no list (11月4日与周涛、11月11日与吴静…) may have been read onto one day: shown for a tap.
  const span = daySpan(arabic);
  if (span === undefined && dates.length < 2 && new Set(arabic.match(/\d{1,2}月\d{1,2}[日号]/g) ?? []).size > 1) for (const r of byEach) r.reasons = [...(r.reasons ?? []), 'items'];
  // 上周一至周三和周涛、吴静谈话: with two or more people, whose day was which is asked, never all on the first (round 25b).
  // 11月3日至5日，分别到财务科、办公室开展作风纪律检查 (t52b F2's kind): separate deeds at several places, likewise.
  const severalPlaces = byEach.length > 1 && RESPECTIVELY.test(arabic) && new Set(byEach.map((r) => r.draft.departmentId)).size === byEach.length && byEach.every((r) => r.draft.departmentId !== undefined);
  const several = (perCounterpart(kind.code) && new Set(byEach.flatMap((r) => r.draft.counterpartIds)).size > 1) || severalPlaces;
  // 上周一至周三，我与李明进行了廉政谈话 (round 51, fze kind 3: stored at once on 上周一): one talk, signing, meeting or lecture
  // is held on one day, so a span of weekdays is shown on the card as a span of dates is; a check or study week keeps its
  // first day as before.
  const oneDayDeed = perCounterpart(kind.code) || ONE_DAY_DEEDS.has(kind.code);
  const ownSpan = span ?? (several || oneDayDeed ? weekdaySpan(arabic) : undefined);
  const spanned = ownSpan === undefined || dates.length >= 2 ? byEach : several ? spanDayAsked(byEach, ownSpan, on.today) : onFirstDayOfSpan(byEach, ownSpan);
  const both = withMeetingThatAnalysed(spanned, kind, findKinds(film.rest), text);
  // 周涛是11月6号，吴静是11月20号: days given person by person are each one's own, read before any list of days.
  // 去了教就部和维权部检查… 教就部是3号 维权部是4号 (round 49, fve kind 3): days given place by place, likewise.
  const dayEach = perCounterpart(kind.code) ? dayPerPerson(both, arabic, ctx, on) : dayPerPlace(both, arabic, ctx, on);
  const spread = dayEach !== both ? dayEach : onEachDay(both, dates, on, text, ctx.directory, titles);
  // t48a F5: those named 同行 are kept on each check's draft too, so the record lists them, not the card alone.
  const withAlong = (r: ParsedReport): ParsedReport => (along.length > 0 && isCheckType(r.draft.type) ? { ...r, draft: { ...r.draft, companionIds: along } } : r);
  return { reports: typePerPerson(typePerDay(spread, dates, film.rest, text), dates, film.rest, text, ctx).map(privateNote).map(withAlong), ...own, ...(who.attended ? { attended: who.attended } : {}), ...(who.actor.withSender && who.actor.actorId ? { withSender: true as const } : {}), ...(who.actor.visitorId ? { subject: who.actor.visitorId } : {}) };
}

/** The departments' names and aliases, then the people's, in directory order: built once per directory (r49 fvg: per segment). */
const unitAndPersonNames = oncePer((directory: ParseContext['directory']): readonly string[] => [...directory.org.departments.flatMap((d) => [d.name, ...d.aliases]), ...directoryNames(directory)]);

/**
 * 专题会议，议题为传达学习… (round 67, ggj): the 为… title reader takes the agenda's words as a title too; the record keeps them
 * once, as its 议题 (the draft unchanged when its title is anything else).
 */
function agendaOverTitle<D extends { note?: string; title?: string }>(draft: D): D {
  if (draft.title === undefined || draft.title !== draft.note) return draft;
  const { title: _same, ...rest } = draft;
  return rest as D;
}
