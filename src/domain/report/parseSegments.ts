// Splits one entry of a message (see splitItems) into the clauses that each report one activity.
import { isCheckType } from '../activityTypes.js';
import { urgesEducation } from './exhortation.js';
import { opensLaterDeed } from './laterDeed.js';
import { analysisAtDeptMeeting } from './analysisAtDeptMeeting.js';
import { chooseKind, findKinds } from './parseKind.js';
import { isMoreGeneral, kindsRelated, MEETING_TYPES } from './parseKindPatterns.js';
import { kindsApart } from './checksApart.js';
import { CLAUSE_BREAK } from './parseNormalize.js';
import { CLAUSE_DAY } from './clauseDay.js';
import { DAY_IN_CLAUSE } from './dayWord.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { namesVagueDayOnly } from './vagueDayClause.js';
import { parseDay } from './parseDay.js';
import { extractBareTitle, extractTitles, kindFromTitles } from './parseTraining.js';
import { PURPOSE } from './purposeClause.js';
import { opensWithOwnSubject } from './ownSubject.js';
import { freshTalk } from './freshTalk.js';
import { checkHeldNotVisit, deedAfterUntypedCheck, untypedCheckApart } from './untypedCheckApart.js';
import { placeCheckedApart } from './placeCheckedApart.js';
import { afterwardsOwnSubject } from './afterwardsOwnSubject.js';
import { signingAfterStudy } from './signingAfterStudy.js';
import { laterPartOfDay } from './laterPartOfDay.js';
import { organisedStudyOpening } from './studyAfterTalk.js';
import { ownSentenceAfterOther } from './ownSentenceAfterOther.js';
import { meetingContentClause } from './meetingSentence.js';
import { selfCheckOfCheck } from './selfCheckOfCheck.js';
import { TALK_WITH_GROUP } from './talkWithGroup.js';
import { isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import { TALK_BRIEFED } from './talkBriefing.js';

interface Clause {
  text: string;
  kind?: ActivityTypeCode;
  /** The words that named the type (节前廉洁提醒), when it has one. */
  kindText?: string;
  hasDay: boolean;
  /** The day is named as a day (11月16日, 昨天), not only as a time of day (下午). */
  namesDay?: boolean;
}


/** What a clause does to a title when the title is an activity of its own: 观看《蜕变》, 学习《准则》. */
// 赵敏书记领学了《中国共产党纪律处分条例》，并与王磊进行了廉政谈话 (round 42, t41a F20: the study lost, 赵敏 made someone
// talked to): leading the reading (领学 · 带学 · 导学 · 领读) is studying the title.
const TITLED_DEED = /观看|收看|学习|传达|研读|组织|开展|召开|举办|参观|放映|播放|自学|领学|带学|导学|研学|领读/;

/** 提醒她学习 · 要求大家认真学 · 督促…学习: a study urged on someone, not one held. */
const URGED_STUDY = /(?:提醒|要求|督促|叮嘱|嘱咐|希望|号召|鼓励|引导|让)[^,;。]{0,6}?(?:学习|学)/;

function readClause(text: string, today: string): Clause {
  const { titles, rest } = extractTitles(text);
  if (PURPOSE.test(rest)) return { text, hasDay: parseDay(arabicizeNumerals(rest), today).date !== undefined };
  // …，赵敏书记讲的《以案为鉴 守住底线》: a clause that only names a title (no deed of its own) tells of the activity
  // around it; the words inside the title never make it another activity (found by the tester: a 警示教育 of its own).
  const deedOfItsOwn = TITLED_DEED.test(rest);
  // 昨天部里学习了廉洁自律准则，还和张颖谈心谈话了 (t30g probe): a document studied without 《》 is a deed of its own too;
  // read only as a whole message, the study went into the talk's segment and was lost without a word.
  // 提醒她学习纪律处分条例 · 要求大家认真学习…: a study urged on someone is what a talk said, no deed held.
  // 科里学了廉洁自律准则 (学了, as members type it) studies it as 学习 does.
  const studiedBare = deedOfItsOwn || /学(?:了|过)/.test(rest);
  const bare = titles.length === 0 && studiedBare && !URGED_STUDY.test(rest) ? extractBareTitle(rest) : undefined;
  const choice = chooseKind(findKinds(rest), rest) ?? (bare !== undefined ? kindFromTitles(bare.titles, rest) : deedOfItsOwn ? kindFromTitles(titles, rest) : undefined);
  const day = parseDay(arabicizeNumerals(rest), today);
  // 上周和王磊谈了心，今天再和何平谈了 (round 25b, §9): a vague time is the clause's own, so the next day starts another deed.
  const hasDay = day.date !== undefined || namesVagueDayOnly(text, today);
  const namesDay = day.date !== undefined && !day.byTimeOfDay;
  return choice ? { text, kind: choice.code, kindText: choice.text, hasDay, namesDay } : { text, hasDay, namesDay };
}

/**
 * A clause naming an activity starts a new one when it has its own day or an
 * unrelated type (昨天与李明廉政谈话，今天组织观看警示教育片); a related type
 * without a day is the same activity told twice (开展廉政教育，观看警示教育片).
 * Clauses naming nothing belong to the activity around them.
 */
// 王建国11月3日与李明谈了 刘芳11月6日与周涛谈了 (round 12, voice input): after 了, a space before a new subject and its day
// ends a clause as a comma does.
// 上周三下午科里集体学了下廉政准则 刘洋也在 然后周五我给他讲了讲廉洁风险点 算谈心吧 (t41a F25: one clause, the study lost):
// typed with spaces for commas, a space before 然后/随后/接着/后来/另外, before a day word that opens a deed of the sender's
// or of someone else's (周五我… · 昨天又… · 周五刘洋也谈了), or before a closing verdict (算谈心吧) ends a clause too. A space between names (王强 李娟) never does.
// 先检查了三公经费台账 最后和我、赵磊分别谈了话 (round 55, fhb: the check dropped into the talks) · 最后 opens one as 然后 does.
const SPACED_CLAUSE =
  '(?<=[\\u4e00-\\u9fa5]\\s+)(?=然后|随后|接着|后来|之后|最后(?![一二两三\\d])|另外|此外|(?:(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|昨天|前天|今天|\\d{1,2}月\\d{1,2}[日号])(?:上午|下午|晚上)?(?:我|又|再|还|和|与|跟|给|找|[\\u4e00-\\u9fa5]{2,4}?(?:也|又|还)(?:谈|聊|签|和|与|跟))|(?:也|就)?算(?:是)?[\\u4e00-\\u9fa5]{2,8}?(?:吧|了)\\s*$)';
/**
 * 11月4日报送廉政信息1篇，黄书记带队检查了财务科 (round 55, fhb: the papers made 黄志刚's, the check dropped): a clause opening
 * with a leader who led it (黄书记带队 · 黄志刚书记带领检查组 · 陈副理事长率队), a deed of that leader's, never more words of papers.
 */
const LED_BY = /^[\s\u0000,]*[\u4e00-\u9fa5]{1,3}?(?:同志)?副?(?:书记|理事长|主任|科长|部长)(?:同志)?(?:带队|带领|率队|牵头)/;
/** A clause whose first words are its day (11月4日黄书记… · 昨天… · 上周三…), after a mark or a space. */
const OPENS_DAY = new RegExp(`^[\\s\\u0000]*(?:${CLAUSE_DAY})`);

// 学习了《会计法》并观看了警示片《围猎》 (round 56, fgd; fhb's near-miss: one 警示教育《会计法、围猎》 stored at once): a titled
// study and a film joined by 并 are two deeds, parted before 并 as a comma parts them (titledFilmAfterTitledStudy).
const STUDY_AND_FILM = '(?<=(?:学习了?|学了)《[^》]+》)(?=并(?:组织)?(?:观看|收看)了?[^《,;。]{0,10}(?:《|警示教育片|警示片|教育片|专题片|微电影))';
const AFTER_BREAK = new RegExp(`${STUDY_AND_FILM}|(?<=${CLAUSE_BREAK.source})|(?<=[了过]\\s+)(?=[\\u4e00-\\u9fa5]{2,4}(?:同志)?(?:副?(?:书记|理事长|主任|科长|部长))?\\s*\\d{1,2}月)|${SPACED_CLAUSE}`);

/** 算谈心吧 · 也算是一次谈心了 · 就算谈话了: a clause that only says what the clause before it was. */
const VERDICT = /^[\s\u0000]*(?:这|也|就|应该|应当)?(?:也|就)?算(?:是)?(?:一次|个)?[\u4e00-\u9fa5]{2,6}?(?:了|吧|啦)*[\s\u0000,;。!?]*$/;

/** The agenda of a meeting, told in the clause after it: 专题学习…, 会上传达…, 研究部署…. */
// 召开专题会议，组织学习了…典型案例 (round 11: the study made a second record beside the meeting) is the meeting's agenda too.
// …专题研究…，对节前廉政提醒工作进行部署 (round 12: a 廉政教育 of the sender's beside the meeting): what a meeting arranged is
// its agenda too, however the 部署 is put (对/就X进行部署, 作出安排).
const MEETING_AGENDA =
  /^[\s\u0000]*(?:会上|会议|并|会后)?[\s\u0000]*(?:(?:组织)?(?:专题|集中|认真|深入)?(?:学习|传达|研究|部署|听取|通报|观看|解读|安排|谋划|动员)|(?:对|就)[^,;。!?]{1,30}?(?:进行|作出|做出|作了|做了|予以)?(?:专题)?(?:研究|部署|安排|谋划|动员)(?:部署)?[\s\u0000]*(?:[,;。!?]|$))/;

/** What a clause does when it names no type: 组织学习《…》, 开展…, 召开…. */
// 11月26日到维权部检查 after a typed item (found in round 10: lost, only named as a day left over) is a check of its own.
const UNTYPED_DEED = /组织|开展|召开|举办|学习|观看|检查|督查|抽查|暗访|巡查/;

/** 强调要… / 会议要求… / 他指出…: what was said at the activity told before, never an activity of its own (found by the tester). */
// 大家纷纷表示，要以案为鉴、廉洁齐家 (round 17, K4: a 警示教育 of the sender added, or a 廉政教育 retyped): what those who
// took part said or felt afterwards is their reaction, never a deed, and its type words type nothing.
// 提出整改意见3条 · 提出3条建议 · 指出问题2个 (round 46, t48b F4: a check's result dropped from its note): what was counted out
// to the side checked is the check's result, kept (checkResultNote), not words said.
export const SAID = /^[\s\u0000,]*(?:会议|会上|他|她|并|同时|(?:大家|与会|参会|全体|党员|干部|职工|同志们|学员|参训|听课)[\u4e00-\u9fa5]{0,6}?(?=纷纷|一致|都|也|普遍|深|表示|认为|感到))?[\s\u0000]*(?:纷纷|一致|都|也|普遍)*(?:强调|(?:指出|提出)(?!了?(?:[\d一二两三四五六七八九十]+\s*[条项个处]|[\u4e00-\u9fa5]{0,6}?(?:意见|建议|问题)\s*[\d一二两三四五六七八九十]+\s*[条项个处]))|要求|希望|表示|号召|指示|认为|深受教育|深受触动|感到)/;

/** 参加6人 · 共6人参加 · 应到7人，实到6人 · 参会人数12名: who took part, never part of what was said. */
const HEAD_COUNT = /(?:参加|参会|出席|到会|实到|应到|参训|听课|共计?)[^,;。!?]{0,4}?\d+\s*(?:余|多)?\s*[人名]|\d+\s*(?:余|多)?\s*[人名](?:参加|参会|出席|到会|参训|听课)/;

/** 要求限期整改 · 并要求其立即整改到位: a check's demand that what it found be put right. */
const CHECK_REMEDY = /^[\s\u0000,]*(?:并|同时)?(?:当场)?要求[^,;。!?\u0000]{0,10}?整改/;

/** 他强调， · 会议要求， : a clause of only the verb of saying, whose words follow in the next. */
const BARE_SAID = new RegExp(`${SAID.source}[\\s\\u0000]*[,;]?\\s*$`);
/** What a meeting or a speaker asks of everyone: 要…, 必须…, 务必…. */
const EXHORTING = /^[\s\u0000]*(?:要|必须|务必|应当|切实|进一步|始终|坚决)/;

/** Whether `clause` is the words of a bare 强调/要求 clause just before it (他强调，要坚持以案为鉴): said, never an activity. */
export function saidAfterBareVerb(before: string, clause: string): boolean {
  return BARE_SAID.test(before) && EXHORTING.test(clause);
}

/** 又进行了一次 / 再次开展: the activity before, again. */
// 周二又到教育就业部检查 (found by the tester, round 4: dropped): going again somewhere, or the bare deed again.
// 昨天和陈静谈了心，前天也谈了一次 (round 48, fte: the 前天 talk only named as a day unmatched): 也 right after a day, before
// a talk verb, is the talk again too (我也参加了 · 也都是廉政谈话 say nothing of a deed again).
export const AGAIN = /(?:又|再次|再|(?<=[日号天一二三四五六\u0000][\s\u0000]*)也(?=谈|聊))(?:进行|开展|组织|召开|谈|到|赴|去|前往|深入|对|检查|督查|抽查|巡查|暗访|走访|学习|观看|报送|上报|报了|交了|提交|讲)了?(?:一次|一回|一遍|一篇|一份|一期)?/;

/** 会后 · 随后 · 之后 · 结束后 opening a clause: done after the clause before it, on its day. */
const AFTERWARDS = /^[\s\u0000,]*(?:会后|会议结束后|散会后|随后|之后|此后|结束后|活动结束后)/;

/** 请市纪委同志讲了一次 · 邀请党校老师授课: a guest invited to speak. */
const GUEST_ON_ITS_DAY = /邀请|(?<![申提报])请(?![示假求教])[^,;。!?]{1,16}?(?:讲|授课|宣讲|辅导)/;

/** 都是廉政谈话 / 均为谈心谈话 at the end: the type of every activity before it. */
const SHARED_TYPE = /^\s*(?:以上|上述)?(?:都|均|全|全部)(?:是|为|属于|属)/;
/** A clause that tells of a deed with someone (又和郑华谈了), which a day of its own makes a new activity. */
// 与李明、孙丽谈了 (round 12): several people listed.
const DEED_WITH_SOMEONE = /(?:和|与|跟|同(?![志事学])|找|对)[\u4e00-\u9fa5]{2,4}?(?:[、和及][\u4e00-\u9fa5]{2,4}?){0,4}(?:谈|聊)/;
/** 又和他谈了一次: a talk with someone named before by a pronoun. */
export const TALK_WITH_HIM = /(?:和|与|跟|同|找|对)([他她])(?![们俩人])(?:进行了?)?(?:谈|聊)/;
/** 孙丽科长找我谈话 / 和王强谈了: a talk of no named type, which a typed clause of another kind after it (并签了承诺书) does not absorb. */
// 和郑华、冯雪分别谈了话 (h24): several people listed, and 分别/逐一 before the verb, are the same untyped talk.
// 王副理事长昨天约我谈话，并签了责任书 · 会后她单独留下我谈了谈 (round 37, t37a F15/F10: the talk swallowed by the signing, or
// read as none): called in or kept back by the doer (约我 · 留下我 · 叫我 · 喊我 · 把我…), the sender was talked to as with 找我.
// 王部长 昨天跟我 谈了话,谈完 我签了承诺书 (round 59, fca; fde's left-alone: the talk dropped into the signing): voice input
// leaves a space before the talk's verb, which UNTYPED_TALK reads across.
const CALLED_ME = '(?<!大)(?:约|留下?|叫|喊|把)我(?![们])[\\u4e00-\\u9fa5]{0,4}?';
const UNTYPED_TALK = new RegExp(`(?:(?:和|与|跟|同(?![志事学])|找|对)[\\u4e00-\\u9fa5]{1,6}?(?:[、,和及][\\u4e00-\\u9fa5]{1,6}?){0,5}|${CALLED_ME})\\s?(?:分别|逐一|一一|都)?(?:谈话|谈心|谈了|聊了|聊)`);
/**
 * 与何平、徐辉分别谈话 · 前天和赵磊也谈了 · 昨天吴静也谈了: a talk with people named (several, listed)
 * in a clause of no type. 与孙丽谈话了解情况 is part of a check, not a talk of its own.
 */
const TALK_WITH_PEOPLE = new RegExp(`(?:(?:和|与|跟|同(?![志事学])|找|对)[\\u4e00-\\u9fa5、\\s]{1,16}?|[\\u4e00-\\u9fa5]{2,4}(?:也|又|还)|${CALLED_ME})(?:进行了?|开展了?)?(?:谈话|谈心|谈了|谈过|聊了|聊|谈)`);
/**
 * 11月14日谈了话，也签了承诺书 (round 37, fjb: the talk dropped, the signing kept): a clause that is nothing but a talk of no
 * kind with no one named (谈了话 · 进行了谈话 · 谈了一次话), its day masked. It is a deed of its own, asked its kind and whom.
 */
// 签订了责任书，会后进行了集体谈话 (round 43 fpd, a silent drop: the talk dropped beside the signing): a lead-in of when (会后 · 随后 ·
// 会上 · 签订后) and a 集体/集中/单独 talk say no one more; still a talk of no kind with no one named. A head count after it
// (，8人参加) names no one either: the closing count is left to closingCountKept.
export const NO_ONE_TALK = /^[\s\u0000,]*(?:(?:会后|会上|会前|随后|之后|然后|接着|紧接着|随即|同时|并且?|(?:签订|签约|签字|观看|观影|观|课|党课|学习|会议|活动|检查|散会)?(?:结束)?后)[\s\u0000,]*)?(?:我)?(?:又|也|还)?(?:进行了?|开展了?|组织了?)?(?:一次|一场)?(?:集体|集中|单独)?(?:谈了?(?:一次|一回|一下|个|次)?话|谈过话)(?:了)?(?:[\s\u0000,]*(?:共有?|共计|一共)?\s*\d{1,3}\s*(?:人|名同志|名)(?:参加|参与)?)?[\s\u0000,。]*$/;
const PART_OF_A_CHECK = /了解|询问|核实|听取|调查|座谈|核查/;
/**
 * 两名同志谈了学习体会 · 大家谈了观后感 (round 30, F4 #3: read as a talk of no one, its clause and the 共8人参加 after it
 * cut off the study): speaking of what one learnt at a study is part of it, no talk with someone.
 */
const SPOKE_AT_STUDY = /(?:谈|聊|交流|说)了?[^,;。!?]{0,4}?(?:体会|心得|感受|感想|认识|收获|观后感)/;
function untypedTalk(piece: string, today: string): boolean {
  // Days masked first: 今天又谈了一次 names no one.
  const words = parseDay(arabicizeNumerals(extractTitles(piece).rest), today).rest;
  return TALK_WITH_PEOPLE.test(words) && !PART_OF_A_CHECK.test(words) && !SPOKE_AT_STUDY.test(words);
}

/** Whether `piece` is nothing but a talk of no kind with no one named (NO_ONE_TALK), its day masked. */
function noOneTalk(piece: string, today: string): boolean {
  return NO_ONE_TALK.test(parseDay(arabicizeNumerals(extractTitles(piece).rest), today).rest);
}
/** 也谈了 / 又谈了一次 / 同样谈了: the same kind of talk as the clause before. */
const ALSO = /也|又|还|同样|再|一样/;
/**
 * 另对财务科… · 同日对… · 此外组织… · 对财务科…: a clause that opens with its deed, no subject of its own (我对财务科… ·
 * 另外我们中心报送… have one), so the doer before it goes on.
 */
const SUBJECTLESS_DEED = /^[\s\u0000,。]*(?:另外|此外|另|同日|当天|当日|随后)?[\s\u0000,]*(?:还|也|又|再)?(?:对|到|赴|去|深入|与|和|跟|同|组织|开展|召开|举办|签订|进行|观看|讲授)/;

/** 另组织了… · 另外… · 此外还…: the clause tells another deed (另一方面 · 另行通知 are no deed of their own). */
const ANOTHER = /^[\s\u0000,]*(?:另外|此外|另(?![一行有]))/;
/** 节前廉洁提醒, 与何平、徐辉分别谈话: a 提醒 given by talking to people is that talk (廉政提醒 is a 廉政谈话 in the catalogue). */
const REMINDER = /提醒/;
const REMINDER_AS_TEACHING = /提醒(?:教育|学习|培训|讲座|会)/;
/** 组织部门全体人员开展节前廉洁提醒 · 对全体干部职工进行廉洁提醒: a reminder to a whole group (its words before the 提醒). */
const REMINDED_GROUP = /(?:全体|全员|大家|所有人|干部职工|全科|全室|全部门|全中心|各部室|各科室|部门人员|科室人员|党员)[^,;。!?]{0,12}?提醒/;

/** 学习了《…》 · 集中学习《…》: a study of a document by its title. */
const STUDIED_TITLE = /(?:学习|研读|学)了?[^,;。!?]{0,4}《[^》]+》/;
/** 通报了近期典型案例: a case briefing, a 警示教育 that has no title of its own. */
const CASE_BRIEFING = /通报|案例|案件|剖析|起[^,;。!?]{0,20}问题|典型问题/;

/** A case briefing after a titled study (of no type, or 廉政教育 by its title), or that study after it: each its own teaching. */
function caseBriefingBesideStudy(clause: Clause, current: { parts: string[]; kind?: ActivityTypeCode; kindText?: string }): boolean {
  const briefing = (kind?: ActivityTypeCode, text?: string) => kind === 'edu_warning' && text !== undefined && CASE_BRIEFING.test(text);
  // The study's own type, when it has one, is read from its title (廉洁自律准则 → 廉政教育).
  const study = (kind?: ActivityTypeCode) => kind === undefined || kind === 'edu_integrity';
  if (briefing(clause.kind, clause.kindText)) return study(current.kind) && current.parts.some((p) => STUDIED_TITLE.test(p));
  return study(clause.kind) && STUDIED_TITLE.test(clause.text) && briefing(current.kind, current.kindText);
}

/** 陈志强副理事长与郑华谈话: a clause opening with someone by name and title, who is the subject of what follows. */
const TITLED_SUBJECT = /^[\s\u0000]*[\u4e00-\u9fa5]{2,4}(?:同志)?副?(?:书记|理事长|主任|科长|部长)(?:同志)?[\s\u0000]*(?:与|和|跟|同|找|对)/;

/**
 * …，同日王磊部长与杨帆… · …，王部长同日与我签订… (round 15: the second talk given the first clause's doer, or dropped): a
 * clause on the same day with a subject of its own before 与/和 is an activity of that subject's, even of the same type.
 */
const SAME_DAY_WORD = '(?:同日|当日|当天|同一天|同天)[\\s\\u0000,]*';
const SAME_DAY_NEW_SUBJECT = new RegExp(
  `^[\\s\\u0000,]*(?:${SAME_DAY_WORD}(?![并又也还再与和同跟])[\\u4e00-\\u9fa5]{1,8}?|(?![并又也还再与和同跟])[\\u4e00-\\u9fa5]{1,8}?[\\s\\u0000]*${SAME_DAY_WORD})(?:也|又|还)?(?:与|和|同|跟)`,
);

/**
 * 同日组织… · 当天对财务科… · 同一天召开…: a clause opening with the same day and a deed of its own (a verb of doing, no paper
 * handed in: 同日报送/上报 is the sending of the paper before, one record with it, README l20).
 */
const SAME_DAY_DEED = new RegExp(`^[\\s\\u0000,]*${SAME_DAY_WORD}(?:上午|下午|晚上)?[\\s\\u0000,]*(?:又|还|也|再)?(?:组织|开展|召开|主持|举办|对|到|赴|深入|前往|与|和|跟|同|找|带队|率队|观看|收看|学习|签订|签署|进行|讲授)`);

/**
 * …刘芳副理事长与周涛、吴静谈心谈话各1次；陈志强副理事长与郑华谈话（时间待补）: after a ；, a talk of no type with a subject
 * of its own is another activity, never more people of the talk before (round 14: 刘芳–陈志强 and 刘芳–郑华 on the card).
 */
function newSubjectAfterSemicolon(before: string | undefined, piece: string): boolean {
  return before !== undefined && /;\s*$/.test(before) && TITLED_SUBJECT.test(piece);
}

/**
 * 11月19日, standing alone between two breaks: the day opens the clause after it. Kept with the clause before, a deed
 * of no record (…11月18日到组联部调研;11月19日,与周涛开展廉政谈话) took the talk in with its own day (merge of round 29:
 * the talk stored on 11-18 on the card). Only after a clause with a day of its own: an undated lead (近日，…开展…活动。
 * 11月27日，…参观…) takes the day after it, as before.
 */
const DAY_ALONE = /^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上)?\s*,\s*$/;

/** A clause of nothing but a head count: 共8人参加 · 8人参加 · 参加人数12人 · 参会15名. */
// 应到28人实到26人 · 实到26人 · 出席26人 · 26名党员参加 (round 33a, A25: after a signing the 26 was lost and 全体参加 stored): the roll
// call's words count heads as 参加 does; those expected (应到) are read beside those present by the training reader.
// 。机关全体干部职工共58人参加会议 (round 36, t36b F7): who they were may open it and what they attended close it.
const COUNT_ONLY = /^[\s\u0000,。]*(?:[\u4e00-\u9fa5、]{2,14}?(?=共|合计|一共|总共))?(?:应到(?:会)?(?:人数)?[:：\s]*\d+\s*[人名][\s,，]*)?(?:共|共计|合计|一共|总共)?(?:有)?(?:实际)?(?:参加|参会|到会|实到|应到|出席)?(?:人数|人员)?(?:为|共)?[:：\s]*\d+\s*(?:余|多)?\s*(?:个)?[人名](?:同志|党员|干部|职工)?(?:参加|参会|参与|到会)?了?(?:本次|此次)?(?:会议|大会|活动|学习|培训)?[\s,;。.!！]*$/;

/** 会后， · 散会后， · 会议结束后，: a clause of nothing but the end of the sitting, which opens the clause after it. */
const AFTERWARDS_ALONE = /^[\s\u0000,]*(?:会后|会议结束后|散会后)[\s\u0000,]*$/;
/** 召开…会议 · 主持召开… · 开了个会 · 开会: a sitting told in the clause. */
const SITTING = /召开|(?:开了一?个?|开)会|主持[^,;。!?]{0,12}?会/;

/**
 * Whether `piece` (its kind `kind`) tells a talk or a signing with someone after the sitting (opening with 会后, or right
 * after a bare 会后，) that the group before tells, itself no talk or signing: that deed is no part of the sitting.
 */
function talkAfterSitting(piece: string, before: string | undefined, kind: ActivityTypeCode | undefined, current: { parts: string[]; kind?: ActivityTypeCode }, today: string): boolean {
  // 召开党组会议，研究…，会上和班子成员签订了责任书 (round 48, t51a F1: the signing lost to the meeting): a typed talk, signing
  // or lecture done 会上 is a deed of its own beside the meeting held, as one done 会后 is.
  const atSitting = AT_SITTING.test(piece) && kind !== undefined && (isTalkType(kind) || kind === 'pledge_sign' || kind === 'edu_lecture');
  if (!(atSitting || AFTER_SITTING.test(piece) || AFTERWARDS_ALONE.test(before ?? ''))) return false;
  if (current.kind !== undefined && (isTalkType(current.kind) || current.kind === 'pledge_sign')) return false;
  if (!current.parts.some((p) => SITTING.test(p))) return false;
  return kind !== undefined ? isTalkType(kind) || kind === 'pledge_sign' : untypedTalk(piece, today) || UNTYPED_TALK.test(piece);
}
/** 会上 · 会议上 · 会议期间 · 在会上 opening a clause: the deed told was done at the sitting told before. */
const AT_SITTING = /^[\s\u0000,]*(?:在|并在|并于|还在)?(?:会上|会议上|会中|会议中|会议期间|会间)/;
/** 会后 · 散会后 · 会议结束后 opening a clause. */
const AFTER_SITTING = /^[\s\u0000,]*(?:会后|会议结束后|散会后)/;

/** A study told (学习了 · 学了 · 组织学习 · 集中学习), its topic after it. */
const STUDIED = /学习了?|学了/;
/** A film watched, opened by what came next: 然后还看了 · 接着观看了 · 随后又看了 · 还看了 · 又观看了. */
const FILM_NEXT = /^[\s\u0000,]*(?:然后|接着|随后|之后|后来|再|并|同时)?\s*(?:还|又|也)?\s*(?:组织)?\s*(?:观看|收看|看)了?/;
/** 先后 · 然后 before a film told after a study (学习了 会计法 然后还看了 警示片 围猎): the film is a deed of its own. */
function filmAfterStudy(piece: string, parts: readonly string[]): boolean {
  if (!(/^[\s\u0000,]*(?:然后|接着|随后|之后|后来|还|又)/.test(piece) || titledFilmAfterTitledStudy(piece, parts)) || !FILM_NEXT.test(piece)) return false;
  return parts.some((p) => STUDIED.test(p)) && !parts.some((p) => /观看|收看|看了|警示/.test(p));
}

/**
 * 组织科室学习了《会计法》，观看了警示片《围猎》 (round 56, fgd; fhb's left-alone: one 警示教育 titled 《会计法、围猎》): a film
 * watched with its own 《title》 (or named a 警示片 · 教育片 · 专题片) right after a study with its own 《title》 is a second deed
 * even with no 然后 between them — a title names one thing, never a film of two, nor a film the study's. Only 观看/收看
 * (看了 alone may be how a study went).
 */
function titledFilmAfterTitledStudy(piece: string, parts: readonly string[]): boolean {
  return /^[\s\u0000,]*(?:并|同时)?\s*(?:组织)?\s*(?:观看|收看)了?(?:[^《,，;；。]{0,10}《[^》]+》|[^《,，;；。]{0,6}(?:警示教育片|警示片|教育片|专题片|微电影))/.test(piece) && parts.some((p) => /(?:学习了?|学了)[^《,，;；。]{0,6}《[^》]+》/.test(p));
}

/**
 * Whether `part` (a clause) is nothing but the kind word `kindText` (警示教育 · 二、警示教育 · 2.谈心谈话：), an item's or a
 * list's heading of that kind.
 */
function bareKindHeading(part: string, kindText: string | undefined): boolean {
  if (kindText === undefined) return false;
  const bare = part.replace(/^[\s\u0000]*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．)）]|[（(][一二三四五六七八九十\d]+[)）])?/, '').replace(/[\s\u0000,，;；:：。、]+/g, '');
  return bare === kindText;
}

/** A group that is a talk or a signing (typed, or an untyped talk with someone): it keeps no head count. */
function withSomeone(group: { parts: string[]; kind?: ActivityTypeCode }, today: string): boolean {
  if (group.kind !== undefined) return isTalkType(group.kind) || group.kind === 'pledge_sign';
  return group.parts.some((p) => untypedTalk(p, today));
}

export function splitActivities(line: string, today: string, checkedBefore = false): string[] {
  const split = line.split(AFTER_BREAK);
  const pieces = split.reduceRight<string[]>((after, piece, i) => (DAY_ALONE.test(piece) && after.length > 0 && DAY_IN_CLAUSE.test(split[i - 1] ?? '') ? [piece + after[0], ...after.slice(1)] : [piece, ...after]), []);
  if (pieces.length === 1) return pieces;
  const groups: Array<{ parts: string[]; kind?: ActivityTypeCode; kindText?: string; hasDay: boolean; deed: boolean }> = [];
  let shared: string | undefined;
  let saying = false;
  for (const [i, piece] of pieces.entries()) {
    const clause = readClause(piece, today);
    if (i === pieces.length - 1 && i > 1 && clause.kind && !clause.hasDay && SHARED_TYPE.test(piece)) {
      shared = piece;
      break;
    }
    const current = groups[groups.length - 1];
    const deed = DEED_WITH_SOMEONE.test(piece);
    // 二、警示教育，11月5日组织观看警示片《围猎》 (round 56, fgd; fhb's left-alone: an untitled 警示教育 beside the titled one, two
    // records of one film): a bare kind word heading the clause after it, of that kind, is its heading, not a deed apart.
    if (current !== undefined && current.parts.length === 1 && current.kind !== undefined && clause.kind === current.kind && bareKindHeading(current.parts[0]!, current.kindText)) {
      current.parts.push(piece);
      current.hasDay ||= clause.hasDay;
      current.deed ||= deed;
      continue;
    }
    // 召开…会议，专题学习“…”建设方案: what a meeting did is that meeting, not an activity of its own.
    const meetingAgenda = current?.kind !== undefined && MEETING_TYPES.has(current.kind) && !clause.hasDay && (MEETING_AGENDA.test(piece) || analysisAtDeptMeeting(current.kind, piece));
    // …，强调要以案为鉴、警钟长鸣: what was said at the activity is part of it, whatever type its words name.
    // …，强调要深化以案促改，筑牢…防线: the clauses after 强调 with no day, type or deed of their own are still what was said.
    // …，要求大家做到警钟长鸣。参加6人。: a head count after what was said is the activity's again (round 10: the 6 was lost).
    const counted = HEAD_COUNT.test(arabicizeNumerals(piece));
    // 他强调，要坚持以案为鉴、以案促改: after a bare 强调 clause, one opening with 要/必须 is what was said, whatever type it names
    // (round 10: a 「警示教育」 said to be left unrecorded on a 党课's card).
    const exhorted: boolean = saying && saidAfterBareVerb(pieces[i - 1] ?? '', piece);
    // …，提醒其加强对部门人员的廉洁教育 (round 34a, F5): an education urged on someone is said, never held, beside a real one too.
    // 会议强调…。会后，张书记与班子成员… (round 37): a bare 会后， ends what was said; the deed after it is told again.
    // …发现2个问题已当场反馈何平主任，要求限期整改 (round 57, fef; t59a F5: the remedy dropped as words said): after a check,
    // 要求…整改 is what the checker demanded of the side checked, its result, kept for the check's note (checkResultNote).
    const remedy = current?.kind !== undefined && isCheckType(current.kind) && CHECK_REMEDY.test(piece);
    const said: boolean = current !== undefined && !clause.hasDay && !remedy && (((SAID.test(piece) || urgesEducation(piece)) && !counted) || exhorted || (saying && clause.kind === undefined && !DEED_WITH_SOMEONE.test(piece) && !counted && !AFTERWARDS_ALONE.test(piece)));
    saying = said;
    // Dropped from what is read: its words (以案为鉴) must not type the activity, nor be kept as a note.
    if (said) continue;
    // 组织学习《准则》，会后与胡军谈了心，共8人参加 (round 30, F4 #3's kin: the 8 went to the talk, which keeps no count,
    // and was lost): a clause of nothing but a head count after a talk is the count of the last activity before it that has one.
    // 。会后，张书记与各部室主要负责人进行了集体廉政谈话，共8人参加。 (round 37, t37a F1: the 8 put on the meeting before): a
    // talk with a group counts that group's people; the count is the talk's, never moved to the meeting.
    if (current !== undefined && COUNT_ONLY.test(arabicizeNumerals(piece)) && withSomeone(current, today) && !current.parts.some((p) => TALK_WITH_GROUP.test(p))) {
      const counting = [...groups].reverse().find((g) => !withSomeone(g, today));
      if (counting) {
        counting.parts.push(piece);
        continue;
      }
    }
    // …会议…。会议传达了…精神，对年底廉洁风险进行了排查 (round 37, t36c F7: a 自查总结 of the chair beside the meeting): what
    // a sentence whose subject is the meeting went through is that meeting's content, never a deed of its own.
    if (groups.some((g) => g.kind !== undefined && MEETING_TYPES.has(g.kind)) && meetingContentClause(pieces.slice(0, i), piece, clause.kind, clause.hasDay)) {
      // Kept with the meeting when it is the group read last, so the card says the 排查 was read as the meeting's
      // (「…」按…会议记录（未按自查总结）); after a teaching held at the meeting it is only left out.
      if (current?.kind !== undefined && MEETING_TYPES.has(current.kind)) current.parts.push(piece);
      continue;
    }
    // 开展了专项资金检查，对…资金使用情况进行了自查 (round 48, t51a F4: a 自查总结 beside the check): the 自查 tells how the
    // check was done; it joins the check, no paper of its own.
    if (current !== undefined && !said && selfCheckOfCheck(piece, clause.kind, clause.hasDay, current.kind)) {
      current.parts.push(piece);
      continue;
    }
    // 黄志刚与各部室主要负责人开展了节前集体廉政谈话，通报了近期查处的…典型案例，各部室主要负责人共8人参加 (round 42, t42b
    // F7: a 警示教育 of the clerk who sent it, with the talk's 8): what a talk briefed, in a clause of no subject or day of its
    // own, is that talk's content, never a teaching apart, as a meeting's 通报 is the meeting's.
    if (current?.kind !== undefined && isTalkType(current.kind) && clause.kind === 'edu_warning' && !clause.hasDay && TALK_BRIEFED.test(piece)) continue;
    // 针对廉政谈话中发现的问题，…开展了自查: what follows a purpose clause is the activity it was for, never apart from it.
    const afterPurpose = current !== undefined && current.parts.every((p) => PURPOSE.test(extractTitles(p).rest));
    // …会上集中学习了《廉洁自律准则》，并通报了近期典型案例 (round 14: one 警示教育 with the study's title): a titled study and a
    // case briefing are two teachings, the title the study's.
    const briefingApart = current !== undefined && !afterPurpose && !clause.hasDay && caseBriefingBesideStudy(clause, current);
    // …对组联部开展了作风检查。对财务科开展了作风检查 (issue 10, u1: 财务科 lost at once): a check of a place of its own is another check.
    const anotherPlace = current !== undefined && !clause.hasDay && placeCheckedApart(piece, clause.kind, current.kind, current.parts);
    // 组织党组理论学习中心组学习。另组织了警示教育 (issue 10, u1: the study lost at once): 另/另外/此外 opening a typed
    // clause says it is another deed, never more words of the one before (which, untyped, is then asked its type).
    const anotherDeed = current !== undefined && clause.kind !== undefined && (ANOTHER.test(piece) || (current.kind !== undefined && opensLaterDeed(piece)));
    // 召开党组会议，会后张书记与各部室主要负责人进行了集体廉政谈话 (round 37, t37a F1's kin: the talk swallowed by a meeting
    // of no type): a talk or signing with someone told after the sitting (会后 · 散会后 · 会议结束后) is a deed of its own.
    const afterSitting = current !== undefined && !said && talkAfterSitting(piece, pieces[i - 1], clause.kind, current, today);
    const starts =
      current === undefined ||
      afterSitting ||
      (!afterPurpose && (!said &&
      (clause.kind !== undefined && current.kind !== undefined && !meetingAgenda && (clause.hasDay || kindsApart({ code: clause.kind, text: clause.kindText }, { code: current.kind, text: current.kindText }))) ||
      (clause.kind === undefined && current.kind === undefined && clause.hasDay && current.hasDay && deed && current.deed) ||
      // 昨天组织学习1次，今天1次 (s28: one untyped study): an untyped deed on a day of its own after another is a second one.
      (clause.kind === undefined && current.kind === undefined && clause.namesDay === true && current.hasDay && UNTYPED_DEED.test(piece) && current.parts.some((p) => UNTYPED_DEED.test(p))) ||
      // 上周和冯雪谈了，周四又和他谈了一次 (issue 10: one talk recorded): 又 on a day of its own is a second talk, whatever day the first had.
      (clause.kind === undefined && current.kind === undefined && clause.namesDay === true && (current.deed || current.parts.some((p) => untypedTalk(p, today))) && /又|再次/.test(piece) && (deed || TALK_WITH_HIM.test(piece))) ||
      // 11月15日陪同…检查，11月16日和陈静谈心: a typed clause with its own day never joins an untyped one with another day.
      (clause.kind !== undefined && current.kind === undefined && clause.namesDay === true && current.hasDay) ||
      // 康复部11月25日开展自查，11月27日组织学习《监察法》: a deed on a day of its own is another activity, even untyped.
      (clause.kind === undefined && clause.namesDay === true && current.kind !== undefined && current.hasDay && UNTYPED_DEED.test(piece)) ||
      // 周涛部长传达了市纪委全会精神。会后，刘副理事长与周涛部长签订了责任书 (round 32a): the study is asked its type, never lost.
      (clause.kind !== undefined && current.kind === undefined && afterwardsOwnSubject(piece, current.parts)) ||
      // 组织全科人员学习了《会计法》，并逐一签订了承诺书 (round 32a): the study is asked its type, the signing read on its own.
      (clause.kind === 'pledge_sign' && current.kind === undefined && signingAfterStudy(piece, current.parts)) ||
      // 孙丽科长找我谈话，并签了承诺书: the talk is asked its type, the 承诺书 is recorded; neither is lost.
      // 11月14日谈了话，也签了承诺书 (round 37, fjb: the talk lost): a talk of no kind with no one named is a deed of its own too.
      (clause.kind !== undefined && current.kind === undefined && !isTalkType(clause.kind) && current.parts.some((p) => UNTYPED_TALK.test(p) || noOneTalk(p, today))) ||
      // 今天组织观看《蜕变》，与徐辉谈心谈话: a study of no named type is no part of the talk after it; it is asked its type.
      (clause.kind !== undefined && current.kind === undefined && isTalkType(clause.kind) && current.parts.some((p) => /《[^》]+》/.test(p) && /观看|学习|收看|传达|领学|带学|导学|研学|领读/.test(p))) ||
      briefingApart ||
      // 昨天和王芳谈了话，然后又和胡军谈心谈话 (round 52, fwdd; left by fwb: both stored at once as 谈心谈话): a typed talk with
      // someone of its own after an untyped talk with someone named is another talk; its type never types the one before,
      // which keeps its type asked. Not 都是/均为 (和王芳、胡军谈了话，都是谈心谈话), which says the type of both.
      (clause.kind !== undefined && current.kind === undefined && isTalkType(clause.kind) && current.parts.some((p) => untypedTalk(p, today) && /(?:与|和|跟|同|找)[\u4e00-\u9fa5]{2}/.test(p)) && /(?:与|和|跟|同|找)[\u4e00-\u9fa5]{2}/.test(piece) && !/都|均|也是|一样|同样|分别/.test(piece)) ||
      // 上午和王强谈了话，下午组织科室学习了《会计法》 · 先…，后… (round 38, fke: the study dropped into the talk): a later
      // part of the day opening a clause that does something is another deed of that day, whatever either's type.
      laterPartOfDay(piece, current.parts) ||
      // 学习了 会计法 然后还看了 警示片 围猎 (round 55, fhb, issue 10: the study dropped into the film): a film watched after a
      // study of no named type, told as what came next (然后 · 接着 · 随后 · 还 · 又), is a deed of its own; the study is asked
      // its type, never lost.
      (clause.kind === 'edu_warning' && current.kind === undefined && filmAfterStudy(piece, current.parts)) ||
      // 昨天和王强谈了话，还组织科室学习了《会计法》 (round 38, fke: the study dropped into the talk): a titled study organised
      // after a talk or a signing is a deed of its own, asked its type when its title names none.
      (clause.kind === undefined && withSomeone(current, today) && organisedStudyOpening(piece)) ||
      // …廉政谈话，下午到财务科检查了报销制度执行情况 (round 31g, A21): a check held is no part of a talk or a teaching.
      (clause.kind === undefined && untypedCheckApart(piece, current.kind, (clause.namesDay === true && OPENS_DAY.test(piece)) || LED_BY.test(piece))) ||
      // 周四到康复部检查，还和吴静部长谈了一次心 (round 33b, F4): the check is asked its type, never lost to the talk.
      (current.kind === undefined && deedAfterUntypedCheck(clause.kind, current.parts, groups.slice(0, -1), checkedBefore)) ||
      // 赵书记到中心检查医德医风建设情况，还专门找徐辉副主任谈了话，嘱咐他… (round 36, t36b F11): an untyped talk after a check
      // held is a deed of its own too; the check is asked its type, the talk typed by its own words.
      (current.kind === undefined && clause.kind === undefined && untypedTalk(piece, today) && checkHeldNotVisit(current.parts)) ||
      // …对组联部开展了作风检查。对财务科开展了作风检查 (issue 10, u1: 财务科 lost at once): a check of a place of its own is another check.
      anotherPlace ||
      // 组织党组理论学习中心组学习。另组织了警示教育 (issue 10, u1: the study lost at once): 另/另外/此外 opening a typed
      // clause says it is another deed, never more words of the one before (which, untyped, is then asked its type).
      anotherDeed ||
      (clause.kind !== undefined && current.kind !== undefined && SAME_DAY_NEW_SUBJECT.test(piece)) ||
      // 12月1日向党组书面报告了…。同日组织中层干部开展廉政风险点排查 (round 37, t36c F11: one 自查总结, the report to the 党组
      // merged away): 同日 opening a deed of another kind is another deed on that day, even of a related kind. Not a teaching
      // after 廉政教育 (…开展廉政教育活动，当天组织观看了警示教育片): the film says what that education was, one record as before.
      (clause.kind !== undefined && current.kind !== undefined && clause.kind !== current.kind && !meetingAgenda && SAME_DAY_DEED.test(piece) && !(current.kind === 'edu_integrity' && isMoreGeneral(current.kind, clause.kind))) ||
      // 张伟与赵敏谈话；刘芳与周涛谈心谈话 (round 16: all three 张伟's): a talk or signing with a subject of its own is that subject's.
      (clause.kind !== undefined && (isTalkType(clause.kind) || clause.kind === 'pledge_sign') && current.parts.some((p) => /(?:与|和|跟|同|找)[\u4e00-\u9fa5]{2}/.test(p)) && opensWithOwnSubject(piece)) ||
      // …，11月20日又进行了一次: the same activity again, on a day of its own.
      (clause.kind === undefined && clause.namesDay === true && current.hasDay && AGAIN.test(piece)) ||
      // 11月23日召开…会议，会后与王磊谈心谈话，11月27日又到康复中心… (round 30g, A20: the talks put on 11-27): a 会后/随后
      // clause has the day of the clause before it, so a later clause naming its own day never lends it that day.
      (clause.namesDay === true && !current.hasDay && groups.length > 1 && AFTERWARDS.test(current.parts[0]!)) ||
      // …党课，11月20日请市纪委同志讲了一次: a guest's lecture on a day of its own is another activity (round 10).
      (clause.kind === undefined && clause.namesDay === true && current.kind !== undefined && current.hasDay && GUEST_ON_ITS_DAY.test(piece))));
    // 昨天和陈静谈心谈话了，前天和赵磊也谈了: a talk on a day of its own is another activity, never on the day before it.
    // 组织观看《蜕变》，与郑华谈话: a talk with people named is no part of a study or a meeting (it is asked its type);
    // a 提醒 given by talking to them is that talk (parseSegment reads it as a 廉政谈话).
    // 组织部门全体人员开展节前廉洁提醒，并与陈静单独谈话 (round 36, t36a F4: the reminder swallowed as the talk's purpose): a
    // reminder given to a whole group is a teaching of its own, so a talk with someone after it is another deed.
    const reminderTalk = current?.kindText !== undefined && REMINDER.test(current.kindText) && !current.parts.some((p) => REMINDER_AS_TEACHING.test(p) || REMINDED_GROUP.test(p));
    const newTalk =
      !said &&
      current?.kind !== undefined &&
      clause.kind === undefined &&
      // 签订了责任书，会后进行了集体谈话 (round 43 fpd, a silent drop: the talk dropped into the signing): a talk of no kind with no one
      // named, after a deed of another type, is a talk of its own (asked its kind and whom), as before one it already is.
      (untypedTalk(piece, today) || TALK_WITH_HIM.test(piece) || (!isTalkType(current.kind) && noOneTalk(piece, today))) &&
      // 上周和孙丽、李明分别谈了心，周五又找她谈了一次 (issue 10: all on 周五): 又 on a day of its own is another talk.
      ((clause.namesDay === true && (current.hasDay || /又|再次/.test(piece))) || (!isTalkType(current.kind) && !reminderTalk) || newSubjectAfterSemicolon(pieces[i - 1], piece) || opensWithOwnSubject(piece) ||
        // …廉政谈话，另外和李娟谈了话 (round 30, F4): a talk in words of its own is another talk, asked its kind.
        // Only after a talk with someone named: 来我部开展廉政谈话，与吴静部长谈话 says whom that talk was with.
        (isTalkType(current.kind) && !reminderTalk && current.parts.some((p) => /(?:与|和|跟|同|找)[\u4e00-\u9fa5]{2}/.test(p)) && freshTalk(piece, current.parts.join(''))));
    // 月初和王磊签了责任书，今天和何平签了 (round 25b, §9): a bare 签了 on a day of its own after a signing is another signing,
    // on its own day, never on the day of the one before.
    const newSigning =
      !said && !newTalk && current?.kind === 'pledge_sign' && current.kindText !== undefined && clause.kind === undefined && clause.namesDay === true && current.hasDay && /(?:和|与|跟|同)[\u4e00-\u9fa5]{2,4}?(?:也|都)?签/.test(piece);
    // …会上王建国副理事长…提出要求。下午，我分别与王强、李娟进行了廉政谈话 (round 32b, F1): a typed sentence of the sender's own
    // (我/本人 its subject) is an activity apart, with the time word opening it; never one with the sentence before.
    const ownSentence = !said && !newSigning && !newTalk && current !== undefined && clause.kind !== undefined ? ownSentenceAfterOther(pieces.slice(0, i), piece, isTalkType(clause.kind) || clause.kind === 'pledge_sign') : undefined;
    // 上周三科里学了下廉政准则，周五我给刘洋讲了讲廉洁风险点，算谈心吧 (t41a F25: the study given 我给刘洋讲了讲 and asked whose,
    // the talk left with no one): a bare verdict clause (算谈心吧 · 也算是谈心了) types the untyped clause just before it, which
    // then leaves the deed it had joined.
    const judged = !said && current !== undefined && current.kind !== undefined && clause.kind !== undefined && clause.kind !== current.kind && current.parts.length > 1 && VERDICT.test(piece) && readClause(current.parts.at(-1)!, today).kind === undefined;
    if (judged) {
      const last = current!.parts.pop()!;
      groups.push({ parts: [last, piece], kind: clause.kind!, kindText: clause.kindText!, hasDay: readClause(last, today).hasDay, deed: DEED_WITH_SOMEONE.test(last) });
    } else if (ownSentence !== undefined && current!.parts.length > ownSentence) {
      const opening = current!.parts.splice(current!.parts.length - ownSentence, ownSentence);
      groups.push({ parts: [...opening, piece], kind: clause.kind!, kindText: clause.kindText!, hasDay: clause.hasDay, deed });
    } else if (newSigning) groups.push({ parts: [piece, current.kindText!], kind: current.kind!, kindText: current.kindText!, hasDay: clause.hasDay, deed });
    else if (newTalk) {
      // 也谈了 after a typed talk: the same type (shown for a tap with the rest); otherwise the type is asked.
      // Not a talk told in words of its own (另外…谈了话, 又…聊了聊: freshTalk), whose kind is asked.
      const carried = isTalkType(current.kind!) && ALSO.test(extractTitles(piece).rest) && !freshTalk(piece, current.parts.join('')) && current.kindText !== undefined;
      groups.push({ parts: carried ? [piece, current.kindText!] : [piece], ...(carried ? { kind: current.kind!, kindText: current.kindText! } : {}), hasDay: clause.hasDay, deed });
    } else if (starts && (briefingApart || ((anotherPlace || anotherDeed) && SUBJECTLESS_DEED.test(piece))) && !/^[\s\u0000]*(?:并|还|又|同时)/.test(piece)) {
      // The other teaching of the same meeting, another place checked, another deed (另…): 并 lets it keep the doer of the
      // clause before (whoDidIt's subjectless clause); 黄志刚书记对组联部…，另对财务科… is 黄志刚's twice, never the sender's.
      groups.push({ parts: [`并${piece}`], ...(clause.kind ? { kind: clause.kind, kindText: clause.kindText! } : {}), hasDay: clause.hasDay, deed });
    } else if (afterSitting) {
      // The bare 会后， before it goes with the deed it opens.
      const opening = AFTERWARDS_ALONE.test(current!.parts.at(-1) ?? '') && current!.parts.length > 1 ? current!.parts.splice(-1, 1) : [];
      groups.push({ parts: [...opening, piece], ...(clause.kind ? { kind: clause.kind, kindText: clause.kindText! } : {}), hasDay: clause.hasDay, deed });
    } else if (starts) groups.push({ parts: [piece], ...(clause.kind ? { kind: clause.kind, kindText: clause.kindText! } : {}), hasDay: clause.hasDay, deed });
    else {
      current.parts.push(piece);
      if (current.kind === undefined && clause.kind !== undefined) {
        current.kind = clause.kind;
        current.kindText = clause.kindText!;
      }
      current.hasDay ||= clause.hasDay;
      current.deed ||= deed;
    }
  }
  if (shared !== undefined) {
    const tail = shared;
    // 先检查了三公经费台账，最后和我、赵磊分别谈了话，都是廉政谈话 (round 55, fhb, t57a F1: the check became a talk with no
    // one): a closing type of another kind is never a check's held by its own verb; that check keeps its reading (asked its
    // type, as it is without the closing), and the type goes to the talks.
    const sharedKind = readClause(tail, today).kind;
    const ownCheck = (g: (typeof groups)[number]) => sharedKind !== undefined && !sharedKind.startsWith('inspect_') && checkHeldNotVisit(g.parts) && !withSomeone(g, today);
    for (const g of groups) if (g.kind === undefined && !ownCheck(g)) g.parts.push(tail);
    if (groups.every((g) => g.kind !== undefined)) groups[groups.length - 1]!.parts.push(tail);
  }
  return groups.map((g) => g.parts.join(''));
}
