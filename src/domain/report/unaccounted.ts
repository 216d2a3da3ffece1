// The safety net before a report is recorded at once: every day, person, type word and title the message names is used by some record.
import { checkRank } from './ownCompanion.js';
import { leftoverDayDeed } from './leftoverDayDeed.js';
import { addressedBefore } from './addressedBefore.js';
import { namedAsBystander } from './namedAsBystander.js';
import { organisedHeadDepartments } from './organisedHeadsMeeting.js';
import { lastWeekdayNamed, notLaterWeekday } from './laterWeekday.js';
import { namedAsRoom } from './namedAsRoom.js';
import { relaysWordsOf } from './relayedWords.js';
import { namedAsChecked } from './checkedParty.js';
import { findKinds, type KindMatch } from './parseKind.js';
import { selfCheckMatchOfCheck } from './selfCheckOfCheck.js';
import { occasionOfDeed } from './occasionOfDeed.js';
import { analysisTopicOfDeptMeeting } from './analysisAtDeptMeeting.js';
import { MEETING_TYPES, kindsRelated } from './parseKindPatterns.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { surnameTitleItems } from './parseCounterpartItems.js';
import { groupItems } from './parseCounterpartGroups.js';
import { SAID, saidAfterBareVerb } from './parseSegments.js';
import { purposeEnd } from './purposeClause.js';
import { inTalkTopic } from './talkTopicClause.js';
import { namesDeedTopic } from './deedTopicWord.js';
import { meetingAgendaWord } from './meetingAgendaWord.js';
import { untypedJoinedDeeds } from './untypedJoinedDeeds.js';
import { ALL_LED_CLAUSE } from './ledInTrailer.js';
import { activityTypeName, isCheckType, isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import { endsListOf, inNameDayList } from './listedBeside.js';
import type { ParseContext, ParsedReport } from './draft.js';

/** What kind of word the message named that no record took (the card says the kind, never the words: a talk's words are kept nowhere). */

/** `direction`: a name as a field of a terse talk line from someone who holds no talks (李明 廉政谈话 11.20 from his clerk). */
/** `count`: a bare number beside a training or meeting no record took as its head count (11月5日 廉政教育 15). */
/** `deed`: a check, meeting or study told in a clause with no type word, beside a typed record (untypedJoinedDeeds). */
export type Leftover = 'day' | 'person' | 'type' | 'title' | 'department' | 'direction' | 'count' | 'deed';

/**
 * Days a member writes in a report; a day right after 至/到 ends a range and is no day of its own; a bare weekday
 * (周二, found by the tester: a second check dropped) counts too, unless it only names the weekday of a date (11月20日(周五)).
 * The year said before a day (去年11月20日, round 14: a false 「11月20日」 remark) is part of it.
 */
/** 专题会议 学习… · 专题会，学习了…: a meeting word just before the study it held (round 64, gdh; t67a F4). */
const STUDIED_AT_MEETING = /专题会议?[\s，,]*(?:传达)?$/;
const DAY_WORDS = /(?<![至到~\-—\d])(?:(?:\d{4}年|(?:去|前|今|上一?)年的?)?\d{1,2}月\d{1,2}[日号]|(?:去|前|今|上一?)年的?\d{1,2}\.\d{1,2}(?![\d.])|(?<![\d.])\d{1,2}\.\d{1,2}(?![\d.])|今天|昨天|前天|(?:上上|(?<!上)上|本|(?<![上本这下]|[日号]\s*[(（]?\s*))周[一二三四五六日天])/g;

/** A surname then a title said for a person (赵书记 · 王部长 · 李副主任): one way a counterpart is written without the name; compiled once per surname (a directory has a few hundred at most). */
const titledSurnames = new Map<string, RegExp>();
const TITLED_SURNAME = (surname: string): RegExp => {
  let re = titledSurnames.get(surname);
  if (!re) titledSurnames.set(surname, (re = new RegExp(`${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:副)?(?:书记|理事长|主任|部长|科长|处长|局长)`)));
  return re;
};

/** What introduces the other side of a talk before their name: 与/和/跟/同/对/找/约谈, 对象, or a list (、). */
// 把冯雪叫到… · 提醒了王强… (round 20): the one called in or reminded is the one talked to.
const TURNED_TO = /与|和|跟|同|对|找|约|给|为|对象|、|及|分别|@|把|提醒/;
/** After a name: one of their family, who is no one in the directory. */
/** After a name: its post, then a clause that only says who attended (…及宣文部全体同志参加 · 冯雪部长和…列席). */
const ATTENDED_ONLY = /^[^,;。!?\n，；！？]*?(?:参加|出席|列席|参会)(?:了)?(?:会议|活动)?(?=[,;。!?\n，；！？]|$)/;
const KIN = /^(?:同志)?的?(?:爱人|家属|配偶|妻子|丈夫|家人|父亲|母亲|父母|子女|孩子|儿子|女儿)/;
// 王建国同志作了表态发言 · 刘芳谈了学习体会 at a meeting someone else held (issue 10): one who only spoke there took part.
// 赵敏书记到场听课 · 刘芳副理事长到会指导 at the sender's own lecture (round 38): so did one who came to it.
// 李明 孙丽参加 (t51a F6: 李明 offered as the chair of 王建国's own 分管科室会议): names listed with a space are a list too.
// 陈静等6名同志参加 (round 33b, F7 A22: the head-sender's own 我部组织 asked whose): the first of a head count that took part.
// 陈静 赵磊也在 · 刘洋也来了 (round 51, fza; t53a F2: asked whose the study was, between 陈静 and the head who sent it): one
// said to have been there too took part.
const PARTICIPANT_AFTER = /^(?:(?:同志)?等[\s\u0000]*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[\s\u0000]*(?:名|位|个)?(?:同志|党员|干部|职工|人员|人)?[\s\u0000]*(?:参加|参与|出席|列席|参会|到场|一起|一同|观看|收看)|(?:[\u4e00-\u9fa5、和及与]|[ \u3000](?=[\u4e00-\u9fa5])){0,12}?(?:参加|出席|列席|参与|一起|一同|陪同|在场|旁听|到场|到会|听课|等同志|等人|发言|(?:也|还|都)(?:在|来了|到了)(?=[\s\u0000,;。!?\n，；！？]|$)|(?:谈|交流|分享|畅谈)了?[^,;。!?与和同跟]{0,4}?(?:体会|心得|感受|感想|认识)))/;
// 黄书记带队，王强和我对… · 在黄书记带领下，林晓和王强… (round 38): those named right after the clause of the one who led it went along.
const PARTICIPANT_BEFORE = /(?:带领|率领|带着|和我|我和|与我|我与|陪同|参加人员[:：]?|参会人员[:：]?|(?:带队|率队|领队|牵头|带领下)[,，])[\u4e00-\u9fa5、和及与]{0,12}$/;

/** After a name standing as a field: its title at most, then a separator or the end. */
const TERSE_FIELD_END = /^(?:同志|[\u4e00-\u9fa5]{0,3}?(?:书记|理事长|主任|科长|部长))?(?:[\s,;、。]|$)/;
/** A line of fields, not a sentence: no verb that would make a name its subject (主持, 讲, 组织, 找…). */
const TERSE_LINE = /^[^主讲组召带找对向给为由]*$/;

/**
 * 开展“以案为鉴 守正自律”主题党日活动 (round 41, t41a F3): a slogan in quotes naming a 主题/专题 activity is its theme; its
 * words (以案为鉴) name no type left out.
 */
const QUOTED_THEME = /[“"「][^”"」\n]{1,30}[”"」](?=\s*(?:主题|专题|系列|党日))/g;

/**
 * The kinds of words in `text` (the parts of a message that were read as
 * reports: plan clauses and questions already left out) that none of `reports`
 * accounts for: a past day no record is on, a person of the directory (other than
 * the sender) who is neither a doer nor a counterpart, a type word no record's type
 * is or is related to, a 《》 title no record carries. Empty when everything is used.
 * `today` is YYYY-MM-DD in Shanghai.
 */
export function unaccounted(text: string, reports: ParsedReport[], ctx: ParseContext, today: string): Leftover[] {
  return [...new Set(unaccountedParts(text, reports, ctx, today).map((p) => p.kind))];
}

/** One thing the message named that no record took: its kind, and for a day, type or title the words to name it by. */
export interface LeftoverPart {
  kind: Leftover;
  /** 「11月27日」, 「《监察法》」, 「警示教育」: absent for a person (a name from a talk's words is shown nowhere). */
  words?: string;
  /** For a person: who it may be (directory ids), so the bot can ask whose the record is; never shown as words. */
  ids?: string[];
  /** For a day: the words of the clause it opens (leftoverDayDeed), named on the card with it. */
  deed?: string;
}

/** Right after one taken along: the check verb itself (带林晓查看了 · 带林晓一起检查了), or its masked type. */
const CHECK_VERB_AFTER = /^(?:同志)?(?:干事)?[\s\u0000]*(?:一起|一同)?(?:\u0000|(?:检查|抽查|查看|督查|核查|巡查|查)了)/;

/**
 * As unaccounted, one entry per thing left over, so the card can say WHICH part
 * was not read (「消息里的「11月27日」「《监察法》」没有对应到任何记录」). Days and
 * titles are given as written, a type word by its catalogue wording; people never.
 */
export function unaccountedParts(text: string, reports: ParsedReport[], ctx: ParseContext, today: string): LeftoverPart[] {
  const { titles, rest } = extractTitles(text.replace(QUOTED_THEME, ''));
  const out: LeftoverPart[] = [];
  const arabic = arabicizeNumerals(rest);
  for (const m of arabic.matchAll(DAY_WORDS)) {
    // 上周工作小结：周二…，周四… (round 15: a false 「周二」 remark): a bare weekday after 上周 is in that week, as the parser reads it.
    // 上周五…，周一又… (round 30a): not after the day of last week said before, it is not of last week, as the parser reads it.
    const lastWeek = /^周/.test(m[0]) && /上个?(?:周|星期|礼拜)/.test(arabic.slice(0, m.index)) && !notLaterWeekday(m[0], lastWeekdayNamed(arabic.slice(0, m.index)));
    // 本周工作：1.周一…；2.周三和杨帆… (round 56, fgf, t58a F3: a false 「周三」 remark): a bare weekday after 本周 · 这周, with no
    // other week said between, is in this week, as the parser reads it.
    const weekWords = [...arabic.slice(0, m.index).matchAll(/(上上|上个?|本|这|下个?)(?:周|星期|礼拜)/g)];
    const thisWeek = /^周/.test(m[0]) && !lastWeek && /^[本这]/.test(weekWords.at(-1)?.[1] ?? '');
    const date = parseDay(lastWeek ? `上${m[0]}` : thisWeek ? `本${m[0]}` : m[0], today).date;
    // 时间分别是11月3日、4日 for three people (unpairedDays): the days are named in the remark asking them, not left over.
    const spoken = (d: string) => reports.some((r) => r.remarks.some((k) => k.includes(`${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`)));
    // t48b F3: the words the day opens are named with it, so the card says what was left out, not only when.
    const deed = leftoverDayDeed(arabic, m.index, m.index + m[0].length);
    if (date !== undefined && date <= today && !reports.some((r) => r.draft.date === date) && !spoken(date)) out.push({ kind: 'day', words: m[0], ...(deed !== undefined ? { deed } : {}) });
  }
  // 以上工作均由黄志刚书记负责，林晓同志参与。 (round 38, t38b F8): the one every item is given to (withLeaderInTrailer, after
  // this) and those said to go along are accounted for by the closing clause itself.
  const closing = [...rest.matchAll(ALL_LED_CLAUSE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inClosing = (at: number) => closing.some((c) => at >= c.start && at < c.end);
  // 已当场反馈孙丽科长并要求限期整改 (round 44, t46b F3: 孙丽 offered as who led the check): the side a check was made of.
  const checkTold = reports.some((r) => r.draft.type !== undefined && isCheckType(r.draft.type));
  const checkedSide = (start: number, end: number) => checkTold && namedAsChecked(rest, start, end);
  // 向分管领导刘芳副理事长报告了部门全面从严治党工作情况 (t48b F3: 刘芳 asked as the doer): the leader a 向党组报告 is given
  // to is accounted for by that record (withReportedToNoted names them on the card).
  const reported = reports.some((r) => r.draft.type === 'report_to_party');
  const reportedTo = (at: number) => reported && addressedBefore(rest.slice(Math.max(...[',', ';', '。', '!', '?', '\n'].map((c) => rest.lastIndexOf(c, at - 1))) + 1, at));
  const addressed = new Set<string>();
  // Only the people the text names are weighed (issue 14, r50 fxh: the loop's body, its closures holding `p`, made a scope
  // for each of the directory's 1,000 people on every reading, though a message names a few).
  const named = ctx.directory.org.people.filter((p) => p.id !== ctx.senderId && rest.includes(p.name));
  // 听取了何平主任…的汇报，并与徐辉进行了廉政谈话 (round 34b): beside a talk the one heard may be one talked to, still shown.
  const talkTold = reports.some((r) => r.draft.type !== undefined && isTalkType(r.draft.type));
  for (const p of named) {
    const at = rest.indexOf(p.name);
    if (reports.some((r) => r.draft.actorId === p.id || r.draft.counterpartIds.includes(p.id))) continue;
    // 黄志刚「带林晓查看了康复中心的报销情况」 (round 54, fjd: asked whose): one named in full who went along on a record's check,
    // below the sender, with the check verb right after them (带X查看了 · 带X检查了), is accounted for by it, as one named by
    // surname and title is below. Only then (round 54, fjdd): 「上上周带林晓去康复中心查了考勤，周五」 keeps asking whose.
    if (reports.some((r) => (r.draft.companionIds ?? []).includes(p.id)) && checkRank(p.id, ctx.directory) < checkRank(ctx.senderId, ctx.directory) && CHECK_VERB_AFTER.test(rest.slice(at + p.name.length))) continue;
    // 组织郑华、冯雪召开党风廉政建设工作会议 (round 34b, §2b): the heads gathered to a 分管科室会议 sat in it.
    if (reports.some((r) => r.draft.type === 'meeting_dept' && organisedHeadDepartments(rest, r.draft.actorId ?? ctx.senderId, ctx.directory).some((id) => ctx.directory.department(id)?.headId === p.id))) continue;
    // 王建国或陈志强与周涛谈话 (eitherDoer): each of the two is offered in the question who held it, so neither is left over.
    if (reports.some((r) => r.problems.some((q) => q.code === 'ambiguous_actor' && q.candidateIds.includes(p.id)))) continue;
    // 郑华、冯雪参加 · 我和王芳一起观看 · 带领林晓检查: someone who took part, not a doer or a counterpart.
    // 吴静他们4个人都在 · 参加的有我、黄志刚 · 报给了分管领导陈志强 (round 46 frg K4): present, or handed the paper, is no doer.
    const took = PARTICIPANT_AFTER.test(rest.slice(at + p.name.length)) || PARTICIPANT_BEFORE.test(rest.slice(0, at)) || relaysWordsOf(rest, at, at + p.name.length) || inClosing(at) || checkedSide(at, at + p.name.length) || reportedTo(at) || namedAsBystander(rest, at, at + p.name.length, [p.id], ctx) || (!talkTold && reportHeardFrom(rest, at, at + p.name.length));
    // 应周涛部长邀请: the one who invited is no doer to ask about, though still a name no record took.
    const inviter = /(?:应|受)[\s\u0000]*$/.test(rest.slice(0, at)) && /^[\u4e00-\u9fa5]{0,5}?邀请?/.test(rest.slice(at + p.name.length));
    if (reportedTo(at)) addressed.add(p.id);
    if (!took) out.push(inviter ? { kind: 'person' } : { kind: 'person', ids: [p.id] });
  }
  // 孙科长向党组提交了…: someone named by surname and title (not the sender) who is no doer or counterpart is left over too
  // (found by the tester: recorded at once as the sender's).
  for (const item of surnameTitleItems(rest, directoryIndex(ctx.directory))) {
    const ids = item.ids.length > 0 ? item.ids : item.problem?.code === 'ambiguous_counterpart' ? item.problem.candidateIds : [];
    if (ids.length === 0 || ids.includes(ctx.senderId)) continue;
    // 带林干事到财务科检查了… (round 53, fkf: asked whose, 林干事 left over though on the record as its companion): one who went
    // along on a record's check is accounted for by it — unless they outrank the sender (林晓「带黄书记到维权部…」, round 53
    // fkff): then they may have led it, and who did is still asked (the same rank as namesOwnCompanions).
    if (reports.some((r) => ids.some((id) => r.draft.actorId === id || r.draft.counterpartIds.includes(id) || ((r.draft.companionIds ?? []).includes(id) && checkRank(id, ctx.directory) < checkRank(ctx.senderId, ctx.directory))))) continue;
    // …向王建国副理事长报告了…，王副理事长提出了要求: the leader reported to, named again by surname and title.
    if (ids.every((id) => addressed.has(id))) continue;
    const took = PARTICIPANT_AFTER.test(rest.slice(item.end)) || PARTICIPANT_BEFORE.test(rest.slice(0, item.start)) || relaysWordsOf(rest, item.start, item.end) || checkedSide(item.start, item.end) || reportedTo(item.start) || namedAsBystander(rest, item.start, item.end, ids, ctx);
    if (!took) out.push({ kind: 'person', ids });
  }
  // 各部室主要负责人分别向党组书面报告了… · 班子成员…: a group of the directory no record took any of is left over too
  // (found: the heads' reports were recorded at once as the sender's own).
  // 组织分管部门全体党员观看… (fnc): everyone of the departments is the audience of a teaching, no one left over.
  const pairs = reports.some((r) => r.draft.type !== undefined && (isTalkType(r.draft.type) || r.draft.type === 'pledge_sign'));
  for (const item of groupItems(rest, directoryIndex(ctx.directory), ctx.senderId)) {
    if (item.ids.length === 0 || reports.some((r) => item.ids.some((id) => r.draft.actorId === id || r.draft.counterpartIds.includes(id)))) continue;
    if (!pairs && /全体|所有/.test(item.text) && !/负责|主任|科长|部长|一把手|中层|班子|党组成员/.test(item.text)) continue;
    const took = PARTICIPANT_AFTER.test(rest.slice(item.end)) || PARTICIPANT_BEFORE.test(rest.slice(0, item.start));
    if (!took) out.push({ kind: 'person' });
  }
  const sender = ctx.directory.person(ctx.senderId);
  const holdsTalks = sender !== undefined && (sender.roles.includes('secretary') || sender.roles.includes('leader') || ctx.directory.org.departments.some((d) => d.headId === sender.id));
  // 王建国副理事长听取了我的述职，并与胡军谈心谈话: a name standing as the subject of its clause,
  // recorded as the sender's counterpart, is in a role its place does not support.
  for (const r of reports) {
    if (r.draft.actorId !== undefined) continue;
    for (const id of r.draft.counterpartIds) {
      const fullName = ctx.directory.person(id)?.name;
      if (!fullName) continue;
      // 林晓「11月2日赵书记谈心谈话」 (round 55, fhe's left-alone: stored at once as 林晓's talk with 赵敏, while 「11月2日赵敏谈心
      // 谈话」 was shown for a tap): a counterpart written as surname and title stands where the name would and is weighed alike.
      const titled = rest.includes(fullName) ? undefined : TITLED_SURNAME(fullName[0]!).exec(rest);
      if (!rest.includes(fullName) && !titled) continue;
      const name = titled ? titled[0] : fullName;
      // Where the name first stands, read as below — past mentions that only say they attended (王磊部长及…全体同志参加):
      // t44b F8, 「…参加，会后与王磊进行了廉政谈话」 weighed the attendee and the card said something was left over.
      let at = rest.indexOf(name);
      while (ATTENDED_ONLY.test(rest.slice(at + name.length))) {
        const next = rest.indexOf(name, at + 1);
        if (next < 0) break;
        at = next;
      }
      const clause = rest.slice(Math.max(...[',', ';', '。', '!', '?', ':', '\n'].map((c) => rest.lastIndexOf(c, at - 1))) + 1, at);
      // 王强 廉政谈话 11.26 · 廉政谈话 王强 上周五 (issue 10: the unspecific leftover card): a name standing as a field of a
      // terse line is the one talked with, as the record has it.
      // From someone who holds no talks, 李明 廉政谈话 11.20 may be his talk with them: which way round is left to the tap.
      const field = /(?:^|[\s,;、])$/.test(rest.slice(0, at)) && TERSE_FIELD_END.test(rest.slice(at + name.length)) && TERSE_LINE.test(rest);
      // 集体廉政谈话 李明 孙丽 王强参加 (r47 fse kind 1): the last of a list of those talked to is one of the list, as they are.
      const besides = r.draft.counterpartIds.length > 0 ? reports.flatMap((o) => (o.draft.actorId === undefined ? o.draft.counterpartIds : [])).filter((o) => o !== id).flatMap((o) => ctx.directory.person(o)?.name ?? []) : [];
      // 王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话 (round 54, fjf, t56a F4: the card said something was left over): the
      // head of a list pairing those talked to with days is one of the list too.
      const listed = endsListOf(clause, besides) || inNameDayList(rest, at, name, besides);
      // 刘洋的爱人: the talk was with someone of theirs, not with them.
      if (KIN.test(rest.slice(at + name.length)) || (!TURNED_TO.test(clause) && !field && !listed)) out.push({ kind: 'person' });
      else if (!TURNED_TO.test(clause) && !holdsTalks) out.push({ kind: 'direction' });
    }
  }
  // 节前廉洁提醒，与何平谈话: the 提醒 was given by the talk (parseSegment), so a 廉政谈话 takes the word.
  // 组联部召开专题会议，组织学习了…典型案例, read as a 警示教育: the meeting was the study's occasion, not a record left out.
  const occasion = (k: KindMatch, type: ActivityTypeCode) =>
    MEETING_TYPES.has(k.code) && (type === 'edu_warning' || type === 'edu_integrity') && /^[^。!?\n]{0,40}?(?:学习|观看|通报|传达)/.test(rest.slice(k.end));
  // 部里 开了 专题会议 学习 中央八项规定精神 kept as the 专题会议 (round 64, gdh; t67a F4): the study right after the meeting
  // word is the meeting's content, not a 廉政教育 left out.
  const studiedAt = (k: KindMatch, type: ActivityTypeCode) => type === 'meeting_special' && k.code === 'edu_integrity' && STUDIED_AT_MEETING.test(rest.slice(Math.max(0, k.start - 16), k.start));
  // 召集办公室、财务科负责人召开廉政提醒会 read as that leader's 分管科室会议 (reminderMeeting): the 提醒会 is the meeting.
  const takes = (k: KindMatch, type: ActivityTypeCode) => kindsRelated(k.code, type) || (/提醒/.test(k.text) && (type === 'talk_integrity' || (type === 'meeting_dept' && /提醒(?:教育)?(?:会议|大会|会)$/.test(k.text)))) || occasion(k, type) || studiedAt(k, type);
  // …，强调要以案为鉴: what was said at an activity names no activity (parseSegments drops it from what is read).
  // 他强调，要坚持以案为鉴: the clause after a bare 强调 is what was said too (round 10: a false 「警示教育」 warning).
  const clauseStart = (at: number) => Math.max(...[',', ';', '。', '!', '?', '\n'].map((c) => rest.lastIndexOf(c, at - 1))) + 1;
  const inSaid = (at: number) => {
    const start = clauseStart(at);
    return SAID.test(rest.slice(start, at + 1)) || (start > 0 && saidAfterBareVerb(rest.slice(clauseStart(start - 1), start), rest.slice(start, at + 1)));
  };
  // 专题会议…对下阶段廉政教育进行了部署 · 就开展警示教育作出安排 (round 12): a meeting's agenda names no activity of its own.
  const meeting = reports.some((r) => r.draft.type !== undefined && MEETING_TYPES.has(r.draft.type));
  const inAgenda = (k: KindMatch) => meeting && meetingAgendaWord(rest, k, true);
  const talked = reports.some((r) => r.draft.type !== undefined && isTalkType(r.draft.type));
  const kinds = findKinds(rest);
  for (const k of kinds) {
    // 召开分管科室会议，分析研判…: the analysis was that meeting's topic (analysisAtDeptMeeting.ts), taken by its record.
    if (inSaid(k.start) || inAgenda(k) || (meeting && analysisTopicOfDeptMeeting(rest, k, findKinds(rest)))) continue;
    // …谈心谈话，主要是节前廉洁提醒 (t48a F6): what a recorded talk was about is its topic, no deed left out.
    if (talked && inTalkTopic(rest, k.start)) continue;
    // 开展了专项资金检查，对…进行了自查 (t51a F4): the 自查 is how the recorded check was done, no deed left out.
    if (reports.some((r) => isCheckType(r.draft.type)) && selfCheckMatchOfCheck(rest, k, kinds)) continue;
    // 在分管科室会议上和李明进行了廉政谈话 (t51a F1): the meeting was where the recorded deed was done, no record left out.
    if (occasionOfDeed(k, kinds, rest)) continue;
    // …分管科室会议，传达了全市警示教育大会精神 (t49a O4): a conference's name, a purpose or a meeting's own topic, no deed left out.
    if (namesDeedTopic(rest, k, kinds, (code) => reports.some((r) => r.draft.type !== undefined && kindsRelated(code, r.draft.type)))) continue;
    // A type only guessed from other words (典型案例 → 警示教育) is named back by those words, never by a type word the member
    // never wrote; unnamed, the card said only 「消息里有…类型…没有对应到任何记录」 and not what (round 30g, A22).
    if (!reports.some((r) => r.draft.type !== undefined && takes(k, r.draft.type))) out.push({ kind: 'type', words: k.inferred ? k.text : activityTypeName(k.code) });
  }
  // 召集组联部、康复部全体人员开了…会议 (found by the tester, round 10: recorded at once, 康复部 on no record): a department
  // no record is in, and no one of it took part, is shown for a tap with its name.
  const people = new Set(reports.flatMap((r) => [...(r.draft.actorId ? [r.draft.actorId] : [ctx.senderId]), ...r.draft.counterpartIds]));
  for (const d of ctx.directory.org.departments) {
    const word = [d.name, ...d.aliases].filter((w) => w.length > 1).find((w) => rest.includes(w));
    if (word === undefined || reports.some((r) => r.draft.departmentId === d.id || r.draft.departmentIds?.includes(d.id))) continue;
    if ([...people].some((id) => ctx.directory.person(id)?.departmentId === d.id)) continue;
    // 把冯雪叫到办公室: a room the talk was held in.
    if (namedAsRoom(rest, word)) continue;
    // 和办公室里明 (round 61, gac; t63b F1): the department of a name asked about (是指李明吗？), its person offered, is theirs.
    if (reports.some((r) => r.problems.some((p) => p.code === 'unknown_counterpart' && rest.includes(`${word}${p.text}`) && (p.nearIds ?? []).some((id) => ctx.directory.person(id)?.departmentId === d.id)))) continue;
    // 和财务科科长王强 (round 64, gde): the department of a name asked about for its title (王强 or 孙丽?) is theirs either way.
    if (reports.some((r) => r.problems.some((p) => p.code === 'ambiguous_counterpart' && p.misfitOf !== undefined && p.text.includes(word)))) continue;
    // 对中心财务室进行了检查 (round 42, t41a F9): a room of the 中心 a record is at.
    const centreOf = (id?: string) => /中心/.test(ctx.directory.department(id ?? '')?.name ?? '');
    if (rest.includes(`中心${word}`) && reports.some((r) => centreOf(r.draft.departmentId))) continue;
    // …深入财务科开展节前廉政提醒，办公室主任李明陪同 (round 42, t41a F15): the post of who came along, no place left over.
    if (companionPostOnly(rest, word)) continue;
    // A check names where it went (抽查了财务科考勤) without it being a record's department: not asked about here.
    if (reports.some((r) => isCheckType(r.draft.type))) continue;
    out.push({ kind: 'department', words: word });
  }
  // 2026/11/12 警示教育 《贪毁人生》 20 (round 25 F3: stored at once, the 20 dropped without a word): a number that is no
  // day, time, ordinal or count of things, beside a record that counts people and has no head count, is named for a tap.
  const counted = reports.some((r) => r.draft.attendees === undefined && r.draft.type !== undefined && COUNTS_PEOPLE.test(r.draft.type));
  // 「…；昨天组织开展…自查，参加人数：5。」 beside a study with no count (round 37 fjf, t36b F9b: 「5」 shown on the record and
  // named as matching none): a number a record took as its head count is accounted for, once per record that took it.
  const taken = reports.flatMap((r) => (r.draft.attendees !== undefined ? [String(r.draft.attendees)] : []));
  if (counted) {
    for (const n of bareNumbers(arabic)) {
      const at = taken.indexOf(n);
      if (at >= 0) taken.splice(at, 1);
      else out.push({ kind: 'count', words: n });
    }
  }
  for (const words of untypedJoinedDeeds(text, reports, ctx.directory)) out.push({ kind: 'deed', words });
  const held = new Set(reports.flatMap((r) => r.draft.title?.split('、') ?? []));
  // 议题为传达学习… (round 67, ggj): words a title reader took that a meeting keeps as its 议题 are used, as its note.
  for (const t of titles) if (!held.has(t) && !reports.some((r) => r.draft.title?.includes(t) || r.draft.note === t)) out.push({ kind: 'title', words: `《${t}》` });
  return out;
}

/** Types whose record holds a head count. */
const COUNTS_PEOPLE = /^(?:edu_|meeting_)/;
/** Dates, times and spans written with digits: 2026-11-05 · 2026/11/12 · 11.5 · 9:30 · 11月5日 · 3点. */
const DIGIT_DATES = /\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*[日号]?|\d{1,2}\s*[-./月]\s*\d{1,2}\s*[日号]?|\d{1,2}\s*[:：]\s*\d{2}|\d{4}\s*年|\d{1,2}\s*月(?:份)?/g;
/** A number standing alone: not an ordinal (第3), not a count of things (3次, 2篇, 5个, 8项, 3楼…), not a day or hour. */
const BARE_NUMBER = /(?<![\d第.．])(\d{1,3})(?![\d.．]|\s*(?:次|篇|场|期|轮|份|回|个|项|条|年|月|日|号|点|时|分|秒|%|％|岁|元|万|千|百|届|楼|层|室|批|组|小时|天|周|部|集|页|章|节|种|类|家|处|起|件|人|名|位|[a-zA-Z]))/g;

/** The bare numbers of `arabic` (digits, Chinese numerals already converted), as written, 2–999. */
function bareNumbers(arabic: string): string[] {
  const text = arabic.replace(DIGIT_DATES, ' ').replace(/\u0000/g, ' ');
  return [...text.matchAll(BARE_NUMBER)].map((m) => m[1]!).filter((n) => Number(n) >= 2 && Number(n) <= 999);
}

/**
 * 「消息里的「11月27日」、「《监察法》」没有对应到任何记录，请核对是否漏记」, or undefined when only people (or nothing) were left
 * over. A day's deed words are named after it (t48b F3): 「…没有对应到任何记录（「11月27日」那句：吴静同志向刘芳副理事长汇报了
 * 近期工作），请核对是否漏记」.
 */
export function leftoverRemark(parts: LeftoverPart[]): string | undefined {
  const words = [...new Set(parts.flatMap((p) => (p.words ? [`「${p.words}」`] : [])))];
  const deeds = [...new Set(parts.flatMap((p) => (p.kind === 'day' && p.deed ? [`「${p.words}」那句：${p.deed}`] : [])))];
  const told = deeds.length > 0 ? `（${deeds.join('；')}）` : '';
  return words.length > 0 ? `消息里的${words.join('、')}没有对应到任何记录${told}，请核对是否漏记` : undefined;
}

/**
 * 先听取了王磊部长的工作汇报 · 听取了郑华同志关于…的汇报 (round 58, fdf; t60a F2: the card's 「消息里有日期、人名…没有对应到任何
 * 记录」 named no word, and meant 王磊): one whose report the doer heard only reported, no deed of theirs is left out. `start`
 * and `end` bound the name in `rest`.
 */
function reportHeardFrom(rest: string, start: number, end: number): boolean {
  return /听取(?:了)?[\s\u0000]*$/.test(rest.slice(0, start)) && /^(?:同志|书记|理事长|副理事长|主任|副主任|部长|副部长|科长|副科长)?(?:关于[^,;。!?，；\n]{1,30}?)?的?[^,;。!?，；\n]{0,10}?(?:汇报|述职|报告)/.test(rest.slice(end));
}

/** Whether every mention of department `word` in `rest` is the post of someone who came along (办公室主任李明陪同). */
function companionPostOnly(rest: string, word: string): boolean {
  const all = rest.split(word).length - 1;
  const posts = rest.match(new RegExp(`${word}(?:副)?(?:主任|部长|科长|负责人)[^,;。!?，；！？\\n]{0,8}?(?:全程)?(?:陪同|随同)`, 'g'))?.length ?? 0;
  return all > 0 && posts === all;
}
