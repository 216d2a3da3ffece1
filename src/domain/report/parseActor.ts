// Who did it: the person who held the talk, gave the lecture or chaired the meeting, wherever they stand in the sentence.
import { addressedBefore } from './addressedBefore.js';
import { VAGUE_SPAN } from './vagueSpan.js';
import { departmentsCovered } from './departmentsOfKind.js';
import { unitDeedTogether } from './unitDeedAhead.js';
import { checkingDepartment, checksOthers } from './checkingDepartment.js';
import { beforeSubject } from './beforeSubject.js';
import { qualifiedByDepartment } from './departmentQualifier.js';
import { directoryIndex, type DirectoryIndex } from './parseDirectoryIndex.js';
import { blank, surfaceItems, surnameTitleItems, topRoleItems, type CounterpartItem } from './parseCounterpartItems.js';
import type { ParseContext } from './draft.js';

export interface ActorParse {
  /** Directory id of the doer when the text names one other than the sender. */
  actorId?: string;
  /** A doer was named but matches several people (副理事长主持…): the bot must ask. */
  ambiguous?: { text: string; candidateIds: string[] };
  /** 张伟书记、王建国副理事长分别与李明…: the other doers, each with records of their own. */
  coActorIds?: string[];
  /** The words that named the doer, for the confirmation. */
  text?: string;
  /** The input with the doer's words masked (positions kept). */
  rest: string;
  /**
   * The doer went with the sender, who opens the clause (我和黄书记… · 与黄书记到…检查): the clause's subject is the sender's
   * side, so a later deed told on a day of its own is the sender's again, not the doer's.
   */
  withSender?: true;
  /**
   * 陈志强副理事长到维权部参加部门…专题学习，冯部长主持 (round 37): the one who came to the study only attended it; the study is
   * the chair's (or the department's head's), and the visitor stays the subject of the clauses after (随后与…谈心).
   */
  visitorId?: string;
  /** 与黄书记到组联部检查 (round 37): a senior went with the sender, who led it unsaid: asked between these (the senior first). */
  askedBetween?: string[];
  /**
   * The doer is the one a pledge was handed to (向王副理事长递交了廉洁承诺书, round 37): handed over by the sender (我 or no one
   * named before 向) or by those the clause names before it (两科室负责人 · 李明、孙丽), the ones it was signed with.
   */
  handedFrom?: 'sender' | 'named';
  /**
   * On a check, the others who went on it with the doer (the sender among them when they only came along): one check, the
   * doer's, and these named on the card (t45a F6: 跟孙科长一起去…查了 · 检查人「黄志刚、林晓」 dropped the second without a word).
   */
  companionIds?: string[];
}

/** Before the doer, within its clause: nothing, 由/邀请, or the doer's titles (党组书记、党组成员、副理事长). */
// 会上王建国副理事长与…: when, at the meeting just told, opens the clause (found by the tester, round 4); 市残联机关党委书记赵敏:
// a title may carry the unit's name; 分管财务科的王建国副理事长 (round 16 #35: asked who chaired) a 分管… description;
// 中心何平主任 · 机关纪委黄志刚书记 (round 30a, F2: the sender made the doer) a unit word that is no department's name.
// 向分管领导刘芳副理事长书面报告了… (round 46, t48b F3: 刘芳 made the doer): a title run holding 向/给 names the one
// turned to, never the subject.
// 纪检干事林晓昨天带王部长… (round 54, fjd: asked whose with the sender offered): a 干事's post before the name, as a 部长's.
// The posts before a subject hold no 与/和/及 (round 61, gac; fba's left-alone: 「与党组成员及机关纪委书记黄志刚分别签订…」 made
// 黄志刚 the signer, the posts read back to the clause's start): a name after one is turned to, no subject.
const BEFORE = /(?:^|[,;。!?:])[\s\u0000]*(?:会上|会后|会前|会中|会议期间|会议结束后|随后|之后|同日|当天|当日|同一天|同天)?[\s\u0000,]*(?:由|邀请|请)?[\s\u0000]*(?:分管[\u4e00-\u9fa5、]{1,12}?的)?(?:(?:我们|我|本)?(?:中心|机关纪委|机关党委|纪委|纪检组|单位|部门|科室|部里|科里)[\s\u0000]*)?(?:(?:(?![向给与和同跟对及])[\u4e00-\u9fa5]){0,10}?(?:书记|理事长|主任|科长|部长|成员|委员|领导|局长|主席|干事)[、\s\u0000]*){0,3}$|由[\s\u0000]*$/;
/**
 * 学习后孙科长与王强签订了… · 观看后李主任与胡军… (round 38, t37c F8: 孙丽 made one signed with, the doer asked): the deed before,
 * done, opening the clause (学习后 · 检查结束后) is when, as 会后 is. Only for a clause that tells this segment's own deed (its
 * type, masked, ahead in the clause): 学习后王强与李娟交流了学习体会 makes 王强 no doer of the study before.
 */
const BEFORE_AFTER_DEED = new RegExp(
  BEFORE.source.replace('(?:会上|会后|', '(?:(?:学习|观看|观影|参观|检查|督查|抽查|调研|谈话|谈心|座谈|讲课|授课|党课|活动|培训|会议)(?:结束|完毕)?(?:后|之后|以后)|会上|会后|'),
);
/** The segment's own deed (its type masked) ahead within the clause. */
const OWN_DEED_AHEAD = /^[^,;。!?]*\u0000/;

/** Whether the words before `item` leave it opening its clause (BEFORE), a done deed's 后 before it when its clause tells the deed. */
function opensClause(text: string, item: CounterpartItem, ctx: ParseContext): boolean {
  const before = beforeSubject(text, item.start, directoryIndex(ctx.directory));
  // 向分管领导王建国副理事长汇报了… (t48b F3): the one reported to is addressed, whatever posts stand before the name.
  if (addressedBefore(before)) return false;
  return BEFORE.test(before) || (BEFORE_AFTER_DEED.test(before) && OWN_DEED_AHEAD.test(text.slice(item.end)));
}
/** After the doer: a title or 同志, a masked day, then what a doer does (主持, 主讲, 与…谈, 出席并讲话, 到财务科…). */
/** 在三楼会议室: where it happened may stand between the doer and the deed. */
const PLACE = '(?:(?:在|结合|围绕)[^\\s\\u0000,;。!?与和同跟对]{1,10}?[\\s\\u0000]*)?';
/** 何主任上周和我谈过话了: a time said vaguely (no day, so not masked) may stand between the doer and the deed. */
// 陈志强副理事长11月下旬和冯雪… (round 13: the doer made a counterpart): part of a month (上旬, 月底) is such a time too.
// 周部长10月份跟我谈了心 (round 22, K1: stored as the sender's talk with 周涛): a whole month is such a time too.
const VAGUE_TIME =
  '(?:(?:\\d{1,2}月份?|(?:上|本|这)个?月)?(?:上旬|中旬|下旬|月初|月中|月底|月末|上半月|下半月)|(?:\\d{1,2}月份?|(?:上|本|这)个?月)[初底末]|(?:上|本|这)个?(?:周|星期|礼拜|月)|前几天|前段时间|近日|日前|最近|近期|今年|年初|\\d{1,2}月份?(?!\\d))?';
/** 何平主任代表中心与赵敏书记签订…: on whose behalf the doer acted may stand between the doer and the deed. */
const ON_BEHALF = '(?:代表[^\\s\\u0000,;。!?与和同跟对]{1,8}?[\\s\\u0000]*)?';
/**
 * 孙科长已于上周三和王强… · 王副理事长业已于11月23日与… (round 12: the doer made a counterpart, the sender the doer, saved
 * at once): 已/已经/业已 and 于 before the (masked) day, or 于当日/于会后, are the doer's adverbs, not the deed.
 */
const ALREADY = '(?:(?:早已|早就|已经|业已|已|曾经|曾|均已|都已|也已|早)[\\s\\u0000]*)?(?:[于在](?=[\\s]*\\u0000)[\\s\\u0000]*|于(?:当日|当天|同日|会前|会后|会上)[\\s\\u0000]*(?:上午|下午|晚上)?[\\s\\u0000]*)?';
// 何平主任分三批组织全体职工观看… (round 40, t39a F19's near-miss: asked whose): how it was split stands before the deed.
// 赵敏书记现场讲授了廉政党课 after a visit (round 44, t46b F8: the lecture left the sender's): where it was given, too.
const LEAD_IN = `^(?:同志)?(?:副?(?:书记|理事长|主任|科长|部长|局长|主席))?(?:同志)?(?:一行|等人|等同志)?[\\s\\u0000]*${ALREADY}${VAGUE_TIME}[\\s\\u0000,]*${ON_BEHALF}${PLACE}(?:那天|当天|当日)?(?:就|便)?(?:已经|已)?(?:亲自|专门|现场|当场|带头|先后|分别|逐一|又|也|还|特意|特地|专程|主动|单独|共计|累计|一共|共|多次|分[一二两三四五六七八九十几\\d]+(?:批|轮|组)次?|分批次?|分组){0,2}`;
/**
 * 王建国同志作了发言 · 作了表态发言 · 作交流发言 at a meeting someone else held (issue 10: the card showed the one who spoke as
 * the meeting's doer): speaking there is taking part, so 作 names no doer when what is made is a 发言. A leader's 作动员讲话
 * with no chair named still names the one who held it (corpusUnseenThird). 孙丽科长作了说明 after a check of 财务科 (round 44,
 * t46b F3: given to 孙丽) is the side checked answering, no doer either.
 */
const NO_SPEECH = '(?![^,;。!?\\u0000]{0,6}?(?:发言|体会|表态|感受|感想|心得|认识|收获|观后感|说明|解释))';
/**
 * 王建国副理事长参加活动并为大家讲授廉政党课 (round 40, t39b F4: the 党课 given to the head of the 党支部 that held the day):
 * one who came to it and gave the lecture there (并为/给/向 an audience 讲授 · 并讲授 · 并上了) holds the lecture.
 */
const CAME_AND_LECTURED =
  '(?:参加|参与|出席|来到|到)了?[^,;。!?\\u0000]{0,10}?并(?=(?:为|给|向)[^,;。!?]{1,12}?(?:讲授|主讲|授课|宣讲|讲了|讲|上了?一?[堂次节]|\\u0000)|(?:主持|讲授|主讲|授课|宣讲|作了?(?:专题)?辅导|上了?一?[堂次节]|讲了?(?:一堂|一次)))';
// 来康复部检查 (found by the tester, round 6: the sender proposed as doer): coming to the sender's place is going there.
// 刘芳同志查看了部门廉政风险防控台账 (round 41, t40b F10): who looked through the papers or checked is the doer of the check.
/**
 * 张书记、王副理事长分别完成年度述责述廉报告 · 周涛部长、吴静部长分别报送了调研报告 · 郑华、冯雪分别报送廉政信息1篇 (round 48 ftf:
 * asked whose once, or the first one's only): handing a paper in (the type masked a few characters on) after a list of doers
 * is each one's own paper, as 分别向党组报送 was (not 递交/上交: 李明、孙丽向王副理事长递交了廉洁承诺书 are those signed with); so is the paper's masked type right after 分别 (分别报送廉政信息1篇), and one
 * person's own 完成…述责述廉报告 theirs (AFTER).
 */
const PAPER_HANDED = '(?:(?:都|均|已经?|已)?(?:于[\\s\\u0000、]*)?(?:向[\\u4e00-\\u9fa5]{1,6}?)?(?:完成|撰写|提交|报送|上报|(?<![递上])交了)(?=了?[^,;。!?]{0,10}?\\u0000)|(?<=(?:分别|各自|都|均)[\\s]*)\\u0000)';
/**
 * 「组织分管科室学习《廉洁自律准则》，王磊部长与何平主任参加」 (round 53, fkdd; t55a F4: 王磊 read as the study's doer, while
 * 王磊部长和何平主任参加 was the sender's): 与 then another name (and post) and an attending verb lists those who attended.
 */
const LISTED_ATTENDING = '(?![\\s\\u0000]*[\\u4e00-\\u9fa5]{2,3}?(?:同志|副理事长|理事长|书记|副部长|部长|副科长|科长|副主任|主任)?[\\s\\u0000]*(?:等|[两二三四五\\d]{1,2}(?:位|名|人)|都|均|也|一起|一同)?(?:同志)?(?:参加|出席|列席|参会|到会)(?!了?[^,;。!?，；。！？]{0,12}?(?:谈话|谈心|约谈)))';
const AFTER = new RegExp(
  `${LEAD_IN}(?:${CAME_AND_LECTURED}|主持|主讲|讲授|讲了|讲|领学|以|听取(?=了?[^,;。!?]{0,30}?汇报)|带队|带领|带着|带|率队|率|出席|到会|作了?${NO_SPEECH}|上了|授课|宣讲|召集|组织|召开|与${LISTED_ATTENDING}|同|跟|对|找|约谈|深入|到|去(?!年|世)|赴|前往|来到|莅临|来(?![了自的往]|汇报|报告|参加|述职|请示|办事|交|送)|为|给|在|于|向|\\u0000+了|(?:查看|查阅|翻阅|调阅|检查|抽查|督查)了|${PAPER_HANDED})`,
);
/**
 * In a talk (or a 责任书 signed with someone) the doer goes to or turns to the other, or chairs it (张伟书记主持召开集体廉政谈话会):
 * 陈静同志作了表态发言 is the one talked to.
 */
// 张伟书记带队到康复中心…，并与何平谈话: the one who led the visit is the one who talked; so is one 在组联部调研 (issue 10).
// 孙科长业已在上周三约谈了王强 (round 14: the sender's talks with both): 约谈 is the type word, masked with the day, so a
// masked run right after the name (no comma) and before someone else's name is the deed; 把王强叫来谈话 turns to 王强 too.
// 王建国副理事长听取了孙丽的汇报，随后与孙丽、李娟谈话 (round 34b, §1b/§2a: 王建国 made one talked to, the sender the doer):
// the one who heard a report, turning after it to those talked to, holds the talk.
// 前日 黄书记 约谈 何平 (round 16 #27: the sender's talks with both): in a terse line of words between spaces, the masked
// type between two of them is the deed too.
// 赵敏书记带领大家重温入党誓词，随后与王磊签订了…责任书 (round 43: the sender's signings with 赵敏 and 王磊): the one who led the
// group (带领/率领) goes on to the signing after it, as one who 带队 does.
// 刘芳副理事长向周涛进行了廉政提醒谈话 (round 43: the sender's talks with 刘芳 and with 周涛): 向X进行了…谈话 turns to X as 对 does.
const AFTER_IN_TALK = new RegExp(`${LEAD_IN}(?:与|和(?!我们?一起|我们?一同)|同|跟|对|向(?=[^,;。!?]{1,14}?(?:进行|开展|作|做)了?(?:[^,;。!?]{0,10}?谈|[\\s\\u0000]))|找|约谈|约见|约(?=了?[我\\u4e00-\\u9fa5]{1,3}?(?:[和、及\\u0000]|谈|去|到|来|进行|做|作))|叫(?=了?[我\\u4e00-\\u9fa5]{1,3}?(?:[和、及\\u0000]|谈|去|到|来|进行|做|作))|把|(?<![,\\s])\\u0000+了?(?=(?![我来去到在向])[\\u4e00-\\u9fa5]{2}(?![了过]))|(?<=\\s)\\u0000+了?\\s+(?=(?![我来去到在向])[\\u4e00-\\u9fa5]{2}(?![了过]))|深入|到|去(?!年|世)|赴|前往|来到|莅临|来(?![了自的往]|汇报|报告|参加|述职|请示|办事|交|送)|在(?=[^\\s\\u0000,;。!?与和同跟对]{1,10}?(?:开展|进行)?(?:调研|走访|检查指导))|分别|逐一|先后|主持|召集|召开|组织|带队|率队|带领|率领|(?:听取|听了)(?=了?[^,;。!?]{0,30}?汇报[^。!?]*?(?:与|和|同|跟|找)))`);

/**
 * 陈志强副理事长共开展谈心谈话7次 · 王建国副理事长本月开展了3次廉政谈话 (issue 10: 陈志强 made the one talked to, the sender the
 * doer): the subject who 开展/进行 talks (the type masked), no one named, holds them, when nobody in the clause turns to them first.
 */
const HELD_TALKS = new RegExp(`${LEAD_IN}(?:开展|进行)了?(?=[\\s\\u0000]*(?:[\\d一二两三四五六七八九十多几]{1,3}次)?[\\s\\u0000]*\\u0000)`);
/** 与中心副主任徐辉同志开展了… : someone turned to in the clause is the one talked with, never its doer. */
const TURNED_TO_BEFORE = /[与和跟同找对向]/;

const TITLES = '(?:书记|理事长|主任|科长|部长|局长|主席)';

/** After a name: (title) 对…提出要求 — remarks made to the meeting, no deed of the one who made them. */
const DEMANDS_ONLY = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*对[^,;。!?]{0,20}?(?:提出|提了|提)了?[^,;。!?]{0,8}?要求`);
/** 我科召开科务会 · 部里组织…: the sender's own unit held what the message tells. */
const OWN_UNIT_HELD = /(?:我科|我部|我室|我们(?:科室|部门|中心|科|部|室)|本科室|本部门|科里|部里|室里)[\s\u0000]*(?:于[^,;。]{0,10}?)?(?:召开|组织|举办)/;

/**
 * 我科召开科务会，集中学习…，会上王建国副理事长对年底资金支付工作提出要求 (round 32b, F1: the study given to him): at a meeting
 * the sender's own unit held, one who only 对…提出要求 is heard there, not its doer. `end` is where the name ends in `text`.
 * (机关纪委召开专题会议，…张伟书记对…提出要求 keeps 张伟 as the doer it is read as: no unit of the sender's held it in words.)
 */
function demandsAtOwnMeeting(text: string, end: number, ctx: ParseContext): boolean {
  return DEMANDS_ONLY.test(text.slice(end)) && (OWN_UNIT_HELD.test(text) || ownUnitHeld(text, ctx));
}
/**
 * 中心召开全体职工大会，何平主任传达了警示教育通报，赵敏书记对中心党风廉政建设提出要求 from a 医师 of 康复中心 (round 40, t39b
 * F7: the 警示教育 given to 赵敏): the sender's own unit by its name, or by 中心/部门/科室 when the unit is one, held it too.
 */
function ownUnitHeld(text: string, ctx: ParseContext): boolean {
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  if (!own) return false;
  const words = [own.name, ...own.aliases, ...['中心', '部门', '科室'].filter((w) => w !== '中心' || own.name.endsWith('中心'))];
  return words.some((w) => new RegExp(`(?:^|[\\s\\u0000,;。，；])${w}[\\s\\u0000]*(?:于[^,;。]{0,10}?)?(?:召开|组织|举办)`).test(text));
}
/** 参加了刘芳副理事长讲授的廉政党课: the one whose lecture or meeting it was, seen by a participant. */
// 赵敏书记在中心讲的廉政党课 (found by the tester, round 7: asked who gave it): 讲/上/作 the lecture, perhaps somewhere.
// 参加了黄书记带队开展的专项资金检查 (round 54, fjd: asked whose): 带队开展的 · 牵头组织的 as 带队的.
const ATTRIBUTIVE = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:在[^\\s\\u0000,;。!?的]{1,8}?)?(?:讲授|主讲|主持召开|组织召开|组织开展|主持|组织|召开|(?:带队|率队|牵头)(?:开展|组织|进行)?|举办|讲|上|作)的`);
/** Between two doers listed together: their titles and 、/和. */
const DOER_LIST_GAP = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[、和及\\s\\u0000]+(?:[\\u4e00-\\u9fa5]{0,6}?${TITLES}[、\\s\\u0000]*)?$`);
/** 办公室于…组织, 康复部11月24日，开展…: a department as the subject of the sentence (a day and a comma may stand between). */
// 维权部部务会专题学习… (found by the tester, round 6): the department's own meeting (部务会/科务会/例会) is the department too;
// 财务科连续两天开展… (round 9: recorded at once as the clerk's): how long or how it went may stand before the deed;
// 组联部11月共开展…2次（…） (round 21, K3): so may the month of a summary and its 共.
// 中心分三批组织全体职工观看… (round 40, t39a F19: the clerk's own): so may how it was split (分三批 · 分批 · 分期).
// 周五组联部又组织了警示教育 (round 47, fsd: stored at once as the 分管领导's own): 又/也/还 before the deed keep the department
// its subject. 12月2日财务科报送自查报告1份 from 林晓 (round 48 ftf: the inspector's own, at once, while 财务科报送廉政信息 was
// 孙丽's): a department handing a paper in (报送/提交/完成 a few characters before the masked type) is its subject too.
const DEPARTMENT_SUBJECT = /^(?:(?:[部科室]务会|例会|办公会)(?:议)?[\s\u0000]*(?:会?上)?[\s\u0000,]*(?:专题|集中)?(?:学习|传达|观看|研究|部署|通报|\u0000)|(?:党支部)?[\s\u0000,]*(?:(?:本月|当月|上月|\d{1,2}月份?)内?(?:上旬|中旬|下旬|月初|月中|月底|月末|初|底|末)?[\s\u0000,]*)?(?:共计|累计|一共|共)?(?:于|在)?[\s\u0000,]*(?:上午|下午|晚上|今早|早上)?[\s\u0000,]*(?:连续[一二两三四五几\d]*天|先后|集中|分[一二两三四五六七八九十几\d]+(?:批|期|轮|组)(?:次)?|分批次?|分期|分组)?[\s\u0000,]*(?:又|也|还|再|同样)?(?:组织|召开|开展|举办|集中学习|学习|学了|学(?=[\s\u0000])|观看|传达|向党组|邀请|特邀|请来|请(?![示假求教])|(?:报送|上报|提交|递交|上交|完成)(?=了?[^,;。!?]{0,6}?\u0000)))/;
/** A span of time right after a department standing as the subject (本月 · 这周 · 今年以来 · 11月份内), with its 的. */
const SPAN_AFTER_SUBJECT = new RegExp(`^[\\s\\u0000,]*${VAGUE_SPAN}内?的?`);
/** 部务会专题学习… · 科务会上学习了… · 中心例会学习…, the sender's own unit's meeting named without the unit: its head's. */
// 12月3日科室会议学习了市纪委…的通知 from 胡军 (round 48 ftf: the clerk's own): 科室会议 · 部门会议 name no unit but the
// sender's own (group 1 empty).
const OWN_MEETING = /(?:(部|科|室|中心)(?:务会|例会|办公会)|科室会|部门会)(?:议)?[\s\u0000]*(?:会?上)?[\s\u0000,]*(?:专题|集中)?(?=学习|传达|观看|研究|部署|通报|\u0000)/g;
/** 参加了财务科组织的廉政教育: the department's activity, so its head's. */
// 参加了康复部的警示教育 (round 3): the department's activity, named with 的 alone.
const DEPARTMENT_ORGANISED = /^(?:的)?[\s\u0000]*(?:组织|举办|召开|开展)的|^的[\s]*\u0000/;

/** 陈志强、赵敏两位副理事长分别与… · 二人分别… · 三位班子成员逐一…: how many they are, after the names, is no one more (round 16). */
// 王建国、刘芳两位副理事长提交了述责述廉报告 (round 48 ftf: 刘芳's paper lost): the count may stand before a paper handed in.
const HOW_MANY = `(?:(?:[两二三四五六七八九十\\d]{1,2}(?:位|名|人)(?:副?${TITLES}|班子成员|党组成员|领导|同志)?|[二两三]人)(?=[\\s\\u0000]*(?:分别|各自|逐一|先后|一一|${PAPER_HANDED})))?`;

/** 班子成员王建国、刘芳… · 党组成员刘芳、陈志强…: a group word right before the names, as their title. */
const GROUP_TITLE = /(?:(?:党组|领导)?班子成员|党组成员)[\s\u0000]*$/;

/** After the last of several doers listed together: what they did (分别与李明…, 共同讲授…); attending (出席) makes no doer. */
const AFTER_LIST = new RegExp(
  `^(?:同志)?(?:副?${TITLES})?(?:同志)?${HOW_MANY}[\\s\\u0000]*${VAGUE_TIME}[\\s\\u0000]*(?:都|也)?(?:分别|先后|逐一|各自|共同|一起|一同)?` +
    // 分别于11月12日、11月19日给办公室讲了…: the days (masked) may stand before the deed.
    // 何平主任和赵敏书记一起来中心检查 (round 34c §1.2: stored at once as the sender's check): coming to a place is going
    // there, as in AFTER.
    `(?:[于在][\\s\\u0000、]*)?(?:与|和|同|跟|对|找|主持|主讲|讲授|讲了|讲|带队|带领|率队|为|给|以|作${NO_SPEECH}|授课|宣讲|组织|召开|深入|到|去(?!年|世)|赴|前往|来到|莅临|来(?![了自的往]|汇报|报告|参加|述职|请示|办事|交|送)|${PAPER_HANDED})`,
);

const clauseStart = (text: string, at: number) => Math.max(...[',', ';', '。', '!', '?', ':'].map((c) => text.lastIndexOf(c, at - 1))) + 1;

/** No other person stands between the clause start and `item`: 张伟书记、王建国… makes 张伟 no title of 王建国. */
function firstInClause(item: CounterpartItem, people: CounterpartItem[], text: string): boolean {
  const from = clauseStart(text, item.start);
  // 党组书记张伟 is one person; a title several people hold (副理事长) names nobody in particular.
  return !people.some((p) => p !== item && p.start >= from && p.end <= item.start && p.ids.length === 1 && !item.ids.includes(p.ids[0]!));
}

/** 陪同黄志刚书记开展检查: the one accompanied led it; 配合/协同 X (round 33b, F2: the sender stored as the doer) too. */
const ACCOMPANYING = /(?:陪同|陪着|(?<![在的])陪|跟随|随同|协助|配合|协同)[\s\u0000]*(?:[\u4e00-\u9fa5]{0,6}?(?:书记|理事长|主任|科长|部长))?$/;
/** After X in 「X陪同我到…检查」: X's title, then 陪同/陪着/随同 我 and where the check went (到/去/对…). */
const ESCORTS_ME = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:全程)?(?:陪同|陪着|随同)(?:我|本人)[\\s\\u0000]*(?:一起|一同)?(?:到|去(?!年|世)|赴|前往|深入|对)`);

/** After one of those led: 一起/一同/共同 (等 before it), or 和/与/及/、 and more of them. */
const LED_TOGETHER = new RegExp(`^(?:同志)?(?:副?${TITLES}|干事)?(?:同志)?[\\s\\u0000]*(?:等(?:同志)?)?[\\s\\u0000]*(?:一起|一同|共同|[、和及与])`);
/** The sender among those led: 我们和… · 我和… · 我们一起… · 本人与… . */
const SENDER_LED = /(?:^|[,，\s\u0000])(?:我们|我|本人)[\s\u0000]*(?:和|与|同|跟|一起|一同|共同)/;

/**
 * Those `doer` led on a check 「在X(的)带领下，…」: the people of the sentence after, joined by 和/、 or 一起, and the sender for
 * 我们和…/我和…; empty when the doer is not named so.
 */
function ledUnder(doer: CounterpartItem, people: CounterpartItem[], text: string, ctx: ParseContext): string[] {
  if (!/在[\s\u0000]*$/.test(text.slice(0, doer.start)) || !UNDER_LEAD.test(text.slice(doer.end))) return [];
  const stop = text.slice(doer.end).search(/[;。!?\n]/);
  const end = stop < 0 ? text.length : doer.end + stop;
  const ids = people.filter((p) => p.start > doer.end && p.end <= end && p.ids.length === 1 && p.ids[0] !== doer.ids[0] && LED_TOGETHER.test(text.slice(p.end))).map((p) => p.ids[0]!);
  const mine = SENDER_LED.test(text.slice(doer.end, end)) && doer.ids[0] !== ctx.senderId ? [ctx.senderId] : [];
  return [...new Set([...ids, ...mine])];
}

/** Between X and the doer in 「X陪同Y…」: X's title, 陪同/陪着/随同, the doer's title words. */
const ESCORTS = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:全程)?(?:陪同|陪着|随同)[\\s\\u0000]*[\\u4e00-\\u9fa5]{0,8}?$`);

/** Before an escort, from its clause's start: a day or time at most, then (我)和/与/跟/同 — the sender went with them. */
const WITH_ME_BEFORE = /^[\s\u0000,，]*(?:[^和与跟同我\s\u0000]{0,12}?)?[\s\u0000]*(?:我|本人)?(?:和|与|跟|同)[\s\u0000]*$/;

/** After the doer: title, then 带/带着/带领/率领 and, right after, the one taken along (then where the check went). */
const LEADS_ALONG = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:带着|带领|带|率领)[\\s\\u0000]*$`);

/** The one person `doer` 带 along on a check (林晓带黄书记到… · 李主任带林晓到…), or undefined. */
/** 率领 between the doer and the one taken along: the doer leads, whatever their ranks. */
const LED_BY_SUBJECT = /率领/;

function ledAlong(doer: CounterpartItem, people: CounterpartItem[], text: string): CounterpartItem | undefined {
  const next = people.find((p) => p.start >= doer.end);
  if (!next || next.ids.length !== 1 || next.ids[0] === doer.ids[0] || !LEADS_ALONG.test(text.slice(doer.end, next.start))) return undefined;
  return ledAlongPlace(next, text) ? next : undefined;
}

/**
 * Whether where the check went (到/对/赴…) follows the one taken along (their title or 同志 between). 带林晓查看了康复中心的
 * 报销情况 (round 54, fjd: asked whose): the check itself (its verb, or its masked type) right after them says it as well.
 */
function ledAlongPlace(item: CounterpartItem, text: string): boolean {
  return /^(?:同志)?(?:副?(?:书记|理事长|主任|科长|部长|局长|主席)|干事)?(?:同志)?[\s\u0000]*(?:一起|一同)?(?:到|对|赴|深入|前往|去(?!年|世)|\u0000|(?:检查|抽查|查看|督查|核查|巡查|查)了)/.test(text.slice(item.end));
}

/** 协同 (with no 陪同/配合 of its own) right before `item`: working together with them, not following them. */
const TOGETHER_BEFORE = /(?<![陪配])协同[\s\u0000]*(?:[\u4e00-\u9fa5]{0,6}?(?:书记|理事长|主任|科长|部长))?$/;

/**
 * Whether 协同X names X beside the sender rather than ahead of them: 11月4日协同组联部对财务科开展…检查 from 黄志刚 (round 57,
 * fee; fge's left-alone: stored as 周涛's check, the department's head made its doer) · 协同林晓对… (林晓 made the doer, the
 * 机关纪委书记 her 同行). A department, or someone the sender outranks, is one the sender worked with (a companion:
 * SENDER_TAKES, checkCompanion); 协同黄书记… from 林晓 still follows the senior (round 33b, F2).
 */
function joinedWith(item: CounterpartItem, text: string, ctx: ParseContext): boolean {
  return TOGETHER_BEFORE.test(text.slice(0, item.start)) && (item.departmentOnly !== undefined || outranked(item, ctx));
}

/**
 * Before the one taken along: the sender (我/本人, or no one, the clause opening on its day) and 带/带着/带领 — or 会同/协同
 * (round 55, fhe: 「会同林晓对财务科进行了专项检查」 lost 林晓, the companion named nowhere).
 */
const SENDER_TAKES = /(?:^|[,;。!?:\s\u0000\d月日号天午])(?:我|本人)?[\s\u0000]*(?:带领|带着|带|会同|协同)[\s\u0000]*$/;

/**
 * Whether the sender is the one who followed `item` (陪同/跟随 X · 跟X去…, t45a F6): the clause names no one else before
 * the verb (何主任陪同赵敏书记来中心 is the host 何平 receiving 赵敏, no one who checked with her).
 */
function senderFollows(item: CounterpartItem, people: CounterpartItem[], text: string, ctx: ParseContext): boolean {
  const before = text.slice(0, item.start);
  // 配合X对本科室… (round 41) receives X's check at the sender's own unit: no one who checked with X. 配合黄书记对康复部、
  // 维权部开展…检查 from 林晓 (t48a F5) checked others' units with him: she went along.
  const assisted = /配合[\s\u0000]*[\u4e00-\u9fa5]{0,6}$/.test(before);
  const follows = (ACCOMPANYING.test(before) && (!assisted || !hostsCheck(text.slice(item.end), ctx))) || (GOING_WITH_BEFORE.test(before) && GOING_WITH_AFTER.test(text.slice(item.end)));
  if (!follows) return false;
  const from = clauseStart(text, item.start);
  return !people.some((p) => p !== item && p.start >= from && p.end <= item.start) && !/在[\s\u0000]*[\u4e00-\u9fa5]{0,8}$/.test(before);
}

/** After 配合X: the sender's own unit named as the place (对本科室 · 对我们科的 · 对科里), so X's check was received there. */
const OWN_UNIT_AFTER = /^[^,;。!?，；。！？\n]{0,16}?(?:本|我们?|咱们?)[\s\u0000]*(?:科室?|部门?|部|单位|中心|处|室)|^[^,;。!?，；。！？\n]{0,16}?(?:科里|部里|中心里|室里)/;

/**
 * Whether the clause after 配合X names where the check was as the sender's own unit: 本科室/我们科 or its name
 * (李娟「配合黄书记对财务科…」 hosted it); a check of others' units (林晓「配合黄书记对康复部…」) was one the sender went on.
 */
function hostsCheck(after: string, ctx: ParseContext): boolean {
  const clause = after.split(/[,;。!?，；。！？\n]/)[0] ?? '';
  if (OWN_UNIT_AFTER.test(clause)) return true;
  const own = ctx.directory.person(ctx.senderId)?.departmentId;
  const unit = own ? ctx.directory.department(own) : undefined;
  return unit !== undefined && [unit.name, ...unit.aliases].some((name) => name !== '' && clause.includes(name));
}

/** 跟黄书记去了一趟维权部: going along with someone titled, they led it. */
// 随黄书记带队对康复中心开展…检查 (round 46, t48b F4's kin: a clerk on the check asked who led it): the one followed who 带队/率队
// (the group itself may be named: 带领检查组 · 率检查组) led it all the more.
const GOING_WITH_BEFORE = /(?:跟着?|随)[\s\u0000]*$/;
// 跟黄书记检查了康复中心专项资金使用情况 · 随黄志刚书记抽查了… (round 54, fjd: asked whose): the check verb right after the one
// followed says it as 去/到 does. Only with what was checked said (round 54, fjdd): 「昨天跟着孙科长检查了办公室」, no kind,
// keeps asking it with no doer taken (b27). Round 55 (fhe): a place checked (办公室 · 财务科 · 康复中心) says it too — 跟着X
// 检查了办公室 is X's check with the sender along, as 跟着X一起检查了办公室 is; its kind is still asked.
const GOING_WITH_AFTER = /^(?:同志)?(?:副?(?:书记|理事长|主任|科长|部长|局长))?(?:同志)?[\s\u0000]*(?:一起|一同)?(?:(?:亲自)?(?:带队|率队|领队|(?:带领|率领|带|率)(?:检查组|督查组|工作组|\u0000+组))(?:一行)?[\s\u0000,]*)?(?:去|到|赴|前往|下|对|\u0000|(?:检查|抽查|查看|督查|核查|巡查|查)了(?=[^,;。!?，；！？\n]*?(?:\u0000|公务卡|报销|三公经费|资金|考勤|到岗|在岗|纪律|作风|公车|公务用车|值班|接待|办公用房|办公室|中心|[^,;。!?，；！？\n\u0000]{1,5}[科部])))/;

/** 党风廉政建设分析研判会 张伟书记主持: a telegraphic line names the chair last. */
const CHAIR_LAST = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:主持|主讲|讲授|带队)[\\s\\u0000]*(?:[,;。!?]|$)`);

/**
 * 述责述廉报告何主任已经交了 · 何主任交了述责述廉报告 · 郑部长今年的调研报告11月28日已经报送: the one who handed it in
 * did it, wherever the paper and the day are named.
 */
const HANDED_IN = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[^,;。!?与和同跟对找我了过]{0,16}?(?:已经|已|都|也)?(?:交了|交过|提交|报送|上报|递交|上交|交(?![流往通换代叉谈心]))`);

const UNDER_LEAD = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?的?(?:带领|带队|组织|主持|率领|领学)下`);
const HEARD = /(?:听了?|听取了?|聆听了?|参加了?|参与了?)[\s\u0000]*$/;
/** 听了张伟书记的廉政党课 · 听张书记党课: whose it was, the masked type right after (的 may be left out). */
const WHOSE = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?的?[\\s]*\u0000`);

/**
 * 昨天向王建国副理事长报送了财务科廉政风险自查情况 (round 54, fjd; t56b: stored as 王建国's 自查 on a card): the leader a
 * paper is sent to (向/给 X 报送/报告/汇报/呈报/报了/提交…) received it and is never its doer; the one who sent it is (the
 * sender, or a subject named before 向). A pledge handed to a leader (handedTo) is read on the talk side, not here.
 */
const SENT_TO_BEFORE = /(?:向|给)[\s\u0000]*(?:分管(?:领导|副理事长)?|[\u4e00-\u9fa5]{0,6}?(?:书记|理事长|领导|纪委|党委|党组))?[\s\u0000]*$/;
/** …，王副理事长作了批示 · 王建国副理事长审阅后 (round 54, fjd): the leader who read the paper sent to them did not write it. */
const READ_PAPER_AFTER = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:对此|当即|随即|也|还)?(?:作了?|做了?|进行了?)?(?:批示|审阅|阅示|圈阅)`);
const SENT_TO_AFTER = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:书面|当面|专题|及时|正式)?(?:报送|报告|汇报|呈报|呈送|上报|报了|报上|提交|递交|送了|送交|送审)`);

function isDoer(item: CounterpartItem, people: CounterpartItem[], text: string, talk: boolean, ctx: ParseContext): boolean {
  if (item.ids.length === 0 && item.problem?.code !== 'ambiguous_counterpart') return false;
  if (!talk && SENT_TO_BEFORE.test(text.slice(0, item.start)) && SENT_TO_AFTER.test(text.slice(item.end))) return false;
  if (!talk && READ_PAPER_AFTER.test(text.slice(item.end)) && people.some((p) => p !== item && p.end <= item.start && p.ids.some((id) => item.ids.includes(id)))) return false;
  if (!talk && HANDED_IN.test(text.slice(item.end)) && firstInClause(item, people, text)) return true;
  if (talk && handedTo(item, text)) return true;
  // 听了张伟书记的廉政党课 · 参加了刘芳副理事长的廉政党课: the one whose lecture or meeting the sender attended.
  if (!talk && HEARD.test(text.slice(0, item.start)) && WHOSE.test(text.slice(item.end))) return true;
  // 康复部全体党员在吴静部长带领下观看了…: the one under whose lead it was done.
  if (/在[\s\u0000]*$/.test(text.slice(0, item.start)) && UNDER_LEAD.test(text.slice(item.end))) return true;
  if (ATTRIBUTIVE.test(text.slice(item.end)) || (ACCOMPANYING.test(text.slice(0, item.start)) && !joinedWith(item, text, ctx)) || CHAIR_LAST.test(text.slice(item.end))) return true;
  // 跟林晓到宣文部开展了…检查 from a 副理事长 (l20): someone the sender outranks went along, like 和 (round 18, J); only a
  // senior or an equal is the one followed.
  if (!talk && GOING_WITH_BEFORE.test(text.slice(0, item.start)) && GOING_WITH_AFTER.test(text.slice(item.end))) return !outranked(item, ctx);
  const heldTalks = talk && HELD_TALKS.test(text.slice(item.end)) && !TURNED_TO_BEFORE.test(text.slice(clauseStart(text, item.start), item.start));
  if (!talk && demandsAtOwnMeeting(text, item.end, ctx)) return false;
  if (talk && talksToSenderBesides(item, text)) return true;
  return opensClause(text, item, ctx) && firstInClause(item, people, text) && (heldTalks || (talk ? AFTER_IN_TALK : AFTER).test(text.slice(item.end)));
}

/** A clause adding another deed, up to its subject: 另外 · 此外 · 除此之外 (a day and 还/又 between at most). */
const BESIDES_OPENS = /(?:^|[,;。!?:])[\s\u0000]*(?:另外|此外|除此之外|除此以外)[\s\u0000,]*(?:还|又|也)?[\s\u0000]*$/;
/** After the subject: title, then 和/与/跟/同/找/约 我 and the talk (谈/聊). */
const TALKS_TO_ME = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:还|又|也)?(?:和|与|跟|同|找|约)了?我(?![们的])[\\s\\u0000]*(?:也|还|又)?(?:进行了?|开展了?)?[^,;。!?]{0,6}?(?:谈|聊)`);

/**
 * …，另外11月24日王建国副理事长和我谈了话 (round 43 left-alone, round 44: read as the sender's talk with 王建国, stored the wrong
 * way round once answered): the subject of a clause added with 另外/此外 who talks to the sender (和我/找我/约我 谈) held the
 * talk, as the same clause alone reads. Only this shape: another deed told after 另外 keeps its own reading.
 */
function talksToSenderBesides(item: CounterpartItem, text: string): boolean {
  return BESIDES_OPENS.test(text.slice(0, item.start)) && TALKS_TO_ME.test(text.slice(item.end));
}

/** 张伟书记、王建国副理事长分别与李明…: people listed first in a clause who then talk with someone. */
function listedDoers(people: CounterpartItem[], text: string, talk = false): CounterpartItem[] | undefined {
  for (const [i, first] of people.entries()) {
    if (first.ids.length !== 1 || !BEFORE.test(text.slice(0, first.start)) || !firstInClause(first, people, text)) continue;
    const chain = [first];
    for (let j = i + 1; j < people.length; j++) {
      const p = people[j]!;
      if (p.ids.length !== 1 || !DOER_LIST_GAP.test(text.slice(chain.at(-1)!.end, p.start))) break;
      chain.push(p);
    }
    if (chain.length < 2 || !AFTER_LIST.test(text.slice(chain.at(-1)!.end))) continue;
    // 王建国副理事长11月20日和李明、孙丽分别谈了心 · 和办公室、财务科的负责人分别谈了心 (round 51, fzbb; from fzf: three talks
    // of 王建国, 李明 and 孙丽, each with no one): in a talk, those after 和 who name no one to talk to after 分别 (the talk's
    // type masked right after it) are the ones talked to, each apart; 张伟、王建国分别谈了心 stays two doers.
    if (talk && /和/.test(text.slice(chain[0]!.end, chain[1]!.start)) && TALKED_TO_EACH.test(text.slice(chain.at(-1)!.end))) return undefined;
    return chain;
  }
  return undefined;
}

/** After the last of 「X和Y、Z」: their title or 的负责人 at most, then 分别/逐一/一一 and the masked talk itself, no one named. */
const TALKED_TO_EACH = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?(?:的?(?:主要)?负责(?:人|同志))?[\\s\\u0000]*(?:分别|逐一|一一)[\\s]*(?:进行了|开展了|进行|开展)?[\\s]*\\u0000`);

/** After X in 「X和我一起…」: X's title, then 和我 (一起) and the deed: going to, turning to someone (a talk), or checking. */
const WITH_ME_AFTER = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:和|与|同|跟|带着|带领)我(?![们的])[\\s\\u0000]*(?:一起|一同|共同)?`);
/** Before X in 「我和X一起…」: the sender opening the clause. */
const ME_WITH_BEFORE = /(?:^|[,;。!?:])[\s\u0000]*我[\s\u0000]*(?:和|与|同|跟|陪同|随同)[\s\u0000]*(?:[\u4e00-\u9fa5]{0,10}?(?:书记|理事长|主任|科长|部长)[\s\u0000]*)?$/;
/**
 * Before X in 「11月25日和黄书记一起…」 (round 31g, F5: stored at once as the sender's): a clause with no subject of its own
 * opening, after its day at most, on 和/与/跟/同 and X (unit words such as 机关纪委 before the name allowed). The sender is
 * the one left out, as in 我和X一起; it reads so only with 一起/一同/共同 after X (checked by the caller).
 */
const IMPLIED_ME_WITH_BEFORE =
  /(?:^|[,;。!?:])(?:[\s\u0000\d月日号]|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天末]|[昨今前]天|上午|下午|当天|同日)*(?:和|与|同|跟)[\s\u0000]*[\u4e00-\u9fa5]{0,6}?$/;
/** Where a check went or what it was on, right after the companion: 到组联部 · 去财务科 · 赴… · 对康复部… (not 对接/对照/对话). */
const GOES_TO_PLACE = /^[\s\u0000]*(?:到|去(?!年|世)|赴|前往|深入|来到|来(?=[\u4e00-\u9fa5]{1,8}?(?:检查|督查|抽查|巡查|查))|对(?!接|照|话|标|口|此|于))/;
const ME_WITH_AFTER = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:一起|一同|共同)?`);
/** What follows the pair in a talk (与李明谈话, 找李娟谈了谈) or a check (对财务科进行了检查, 到财务科检查). */
const TALK_DEED = /^[\s\u0000]*(?:与|和|同|跟|找|对|约谈|到|去(?!年|世)|赴|深入|前往)/;

/** 到维权部参加… · 来财务科列席… · 到会指导: going to a place to sit at what was held there (the study's words masked). */
// 到会指导 · 到场 name no place: withoutAttendingLeader reads a 分管领导 who 到会指导 a department's study.
const TO_PLACE_ATTENDED = new RegExp(`${LEAD_IN}(?:到(?![会场])|去(?!年|世)|赴|前往|来到|深入|来(?![会场]))[^,;。!?\\u0000]{1,12}?(?:参加|参与|列席|旁听|观摩|聆听|指导|督导)`);
/** 出席 · 列席 · 到会指导 · 莅临: sitting at it where it was held; 并讲授/主讲 would make it their own lecture. */
const SAT_AT = new RegExp(`${LEAD_IN}(?:出席|列席|旁听|到会指导|到会|莅临指导|莅临|参加)(?!并?(?:主持|讲授|主讲|授课|作辅导|上党课|讲了?(?:一堂|一次)?(?:专题)?(?:廉政)?党课))`);
/**
 * 冯部长主持 · 由冯雪部长主持 · 冯部长主持并讲话 · 王磊部长领学: the one who ran the study, in a clause of their own; 吴静部长主讲 ·
 * 由吴静部长授课 (round 39, t38b F12) gave it, which holds it as much.
 */
const CHAIRED = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:亲自)?(?:主持|领学|主讲|授课)`);

/** Whether `item`, the doer first found for a study, only went to it or sat at it (to a place, or 出席 with a chair named). */
function attendsOnly(item: CounterpartItem, people: CounterpartItem[], text: string, ctx: ParseContext): boolean {
  const after = text.slice(item.end);
  if (TO_PLACE_ATTENDED.test(after)) return true;
  return SAT_AT.test(after) && people.some((i) => i !== item && i.ids.length === 1 && i.ids[0] !== item.ids[0] && chairs(i, text)) && ctx.directory.person(item.ids[0]!) !== undefined;
}

/** Whether `item` is named as the one who chaired (主持/领学), opening its clause (由 allowed) as a doer does. */
function chairs(item: CounterpartItem, text: string): boolean {
  return CHAIRED.test(text.slice(item.end)) && /(?:^|[,;。!?:])[\s\u0000]*(?:会上|会议由|由)?[\s\u0000]*(?:[\u4e00-\u9fa5]{0,10}?(?:书记|理事长|主任|科长|部长)[、\s\u0000]*)?$/.test(text.slice(0, item.start));
}

/**
 * 两科室负责人向王副理事长递交了廉洁承诺书 (round 37, ffg's reading the merge lost: asked whose): the one a pledge is handed to
 * (向/给 X 递交/提交/呈交/上交…, the pledge's words masked after) is on the leader's side of the signing, its doer; those who
 * handed it are the ones signed with.
 */
const HANDED_TO_BEFORE = /(?:向|给|交给)[\s\u0000]*$/;
const HANDED_TO_AFTER = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:郑重|当面|现场|亲手)?(?:递交|提交|呈交|呈送|上交|交)了?[\\s\\u0000]*(?:[^,;。!?\\u0000]{0,6}?)\\u0000`);
/** Before 向 in its clause: the sender (我/本人) or no one, a day and 已/分别 at most. */
const HANDED_BY_SENDER = /^[\s\u0000]*(?:我|本人)?[\s\u0000]*(?:已经|已|也|都|分别)*[\s\u0000]*(?:向|给|交给)[\s\u0000]*$/;

function handedTo(item: CounterpartItem, text: string): boolean {
  return HANDED_TO_BEFORE.test(text.slice(0, item.start)) && HANDED_TO_AFTER.test(text.slice(item.end));
}

/** Who outranks whom when two did it together: the 党组书记, a leader, a head or a 书记, a deputy, a member. */
/** Whether the one person of `item` ranks below the sender. */
const outranked = (item: CounterpartItem, ctx: ParseContext) => item.ids.length === 1 && rank(item.ids[0]!, ctx) < rank(ctx.senderId, ctx);

/** Who outranks whom (higher is higher): the 党组书记, a leader, a head or a 书记, a deputy, a member. */
export function rank(id: string, ctx: ParseContext): number {
  const p = ctx.directory.person(id);
  if (!p) return 0;
  if (p.roles.includes('secretary')) return 5;
  if (p.roles.includes('leader')) return 4;
  if (ctx.directory.headedBy(id).length > 0 || /书记/.test(p.title ?? '')) return 3;
  return /副/.test(p.title ?? '') ? 2 : 1;
}

/**
 * 黄书记和我11月27日对财务科进行了检查 · 张书记和我一起与李明谈话 · 我和王强一起找李娟谈了谈 (found by the tester, round 5:
 * asked who led; and the one named with the sender recorded as talked to): in a talk or a check done by the sender and
 * someone named together, the higher-ranking of the two did it (the one named first when equal) and the other went along,
 * neither of them talked to. Undefined when the text says no such pair.
 */
/** 陪同 · 陪着 · 随同 · 一同陪同 ending a clause after X和我: the two only went along. */
const ALONG_ONLY = /^[\s\u0000]*(?:一起|一同|全程)?(?:陪同|陪着|随同|陪)(?:了|参加|检查)?[\s\u0000]*(?:[,;。!?，；。！？\n]|$)/;

function withTheSender(people: CounterpartItem[], text: string, ctx: ParseContext, talk: boolean, check: boolean): ActorParse | undefined {
  if (!talk && !check) return undefined;
  for (const item of people) {
    if (item.ids.length !== 1 || item.ids[0] === ctx.senderId) continue;
    const after = text.slice(item.end);
    const first = WITH_ME_AFTER.exec(after);
    const before = text.slice(0, item.start);
    const second = first ? null : ME_WITH_BEFORE.test(before) ? ME_WITH_AFTER.exec(after) : null;
    // 11月25日和黄书记一起对…: the sender left unsaid; only with 一起, as 和黄书记对… may name a place or one talked to.
    const impliedPair = first || second || !IMPLIED_ME_WITH_BEFORE.test(before) ? null : ME_WITH_AFTER.exec(after);
    // 周二与黄书记到组联部检查了… (round 37, t36c F1: in a list item the check stored as the sender's, 黄志刚 dropped): on a
    // check, someone who outranks the sender going with them to the place (到/去/赴/对…) went along without 一起 too — a check
    // has no one it is done 与 — but who led it is not said (round 18, J: 「是谁带队检查的？」), so it is asked between the two
    // wherever the clause stands (alone, in a list, a ；-entry); the one below the sender or an equal is left as before.
    // 跟黄书记到…检查 (l20) is following the one who led it: isDoer reads that.
    const seniorAlong = check && impliedPair !== null && !/跟着?[\s\u0000]*[\u4e00-\u9fa5]{0,6}?$/.test(before) && rank(item.ids[0]!, ctx) > rank(ctx.senderId, ctx) && GOES_TO_PLACE.test(after.slice(impliedPair[0].length));
    const implied = impliedPair && (/一起|一同|共同/.test(impliedPair[0]) || seniorAlong) ? impliedPair : null;
    const pair = first ?? second ?? implied;
    if (!pair || !(first ? opensClause(text, item, ctx) && firstInClause(item, people, text) : true)) continue;
    const end = item.end + pair[0].length;
    if (!(check ? /\S/.test(text.slice(end)) : TALK_DEED.test(text.slice(end)))) continue;
    // …来科里检查了专项资金使用情况，孙科长和我陪同 (round 41, t40b F20a: 孙丽 the doer): X和我 who only went along (陪同 ·
    // 陪着 · 随同, ending the clause) is neither the doer nor anyone checked or talked to; the one they went with is.
    if (ALONG_ONLY.test(text.slice(end))) continue;
    // 我与王强和李娟谈心谈话 (round 31, found by the coordinator: 王强 taken for one who came along, dropped without a word,
    // stored at once): 与/跟/同 after 我, then a name joined by 和/、/及 to the next, with no 一起, is a list of people
    // talked to. 我和王强与李娟谈 and 我与王强一起找李娟谈 keep the pair.
    if (second && !/一起|一同|共同/.test(pair[0]) && /我[\s\u0000]*(?:与|跟|同)[^我]*$/.test(text.slice(0, item.start)) && /^[\s\u0000]*(?:和|、|及)/.test(text.slice(end))) continue;
    // Both the pair's words and the sender's 我 are masked: neither is anyone talked to.
    const me = first ? -1 : implied ? before.search(/(?:和|与|同|跟)[\s\u0000]*[\u4e00-\u9fa5]{0,6}?$/) : text.lastIndexOf('我', item.start);
    const rest = blank(text, me >= 0 ? me : item.start, end);
    const other = item.ids[0]!;
    // 黄书记带队，我和王强对办公室…进行了专项检查 (round 38, t37c F3: 王强 the doer): a leader the sentence names as leading it
    // (X带队， · 由X带队， · 在X带领下， · X牵头，) led the sender and their companions, whoever of those two ranks higher.
    const leader = leaderNamed(people, text, Math.min(me >= 0 ? me : item.start, item.start), end, [other, ctx.senderId]);
    // t45a F6: on a check, whoever of the pair did not lead went along, named on the card (the talk's pair is jointDoers').
    const along = (ids: string[]) => (check && !talk ? { companionIds: ids } : {});
    if (leader) return { actorId: leader.ids[0]!, text: leader.text, rest: blank(rest, leader.start, leader.end), ...(first === null ? { withSender: true as const } : {}), ...along([other, ctx.senderId]) };
    if (implied && !/一起|一同|共同/.test(implied[0])) return { rest, askedBetween: [other, ctx.senderId], withSender: true };
    const theirs = rank(other, ctx) > rank(ctx.senderId, ctx) || (first !== null && rank(other, ctx) === rank(ctx.senderId, ctx));
    // 周二与黄书记到组联部检查…；周三与刘洋谈心 (round 37): the sender opened the clause, so their side goes on after it.
    const mine = first === null ? ({ withSender: true } as const) : {};
    return theirs ? { actorId: other, text: item.text, rest, ...mine, ...along([ctx.senderId]) } : { rest, ...along([other]) };
  }
  return undefined;
}

/** After a leader opening a clause of their own: the title, then 带队/率队/领队 (牵头 is read as 带队 before) and the clause's end. */
const LEADS_CLAUSE = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:亲自)?(?:带队|率队|领队)[\\s\\u0000]*(?:[,:]|(?=对|到|去(?!年|世)|赴|前往|深入))`);
/** Before a leader: the clause opening, its day and 由 at most (由黄书记带队，…). */
const LEADER_OPENS = /(?:^|[,;。!?:])[\s\u0000]*(?:由|经)?[\s\u0000]*$/;

/**
 * The person the sentence of the pair 我和Y (from `pairStart` to `pairEnd`) names as leading it — 黄书记带队，我和王强对… ·
 * 由黄书记带队，… · 在黄书记(的)带领下，… · 我和王强在黄书记带领下对… — other than those in the pair (`pairIds`); undefined when
 * none does. The leader stands before the pair in its sentence, or right after it 在…带领下.
 */
/** Between a pair (我和林晓) and the one they went with: 陪同 · 陪着 · 随同 · 跟随 (一起/全程 before it). */
const ESCORTED_BY_PAIR = /^[\s\u0000]*(?:一起|一同|共同|全程)?[\s\u0000]*(?:陪同|陪着|随同|跟随)[\s\u0000]*$/;

function leaderNamed(people: CounterpartItem[], text: string, pairStart: number, pairEnd: number, pairIds: string[]): CounterpartItem | undefined {
  const sentence = Math.max(...[';', '。', '!', '?', '\n'].map((c) => text.lastIndexOf(c, pairStart - 1))) + 1;
  return people.find((p) => {
    if (p.ids.length !== 1 || pairIds.includes(p.ids[0]!) || p.start < sentence) return false;
    const before = text.slice(sentence, p.start);
    const after = text.slice(p.end);
    const under = /在[\s\u0000]*$/.test(before) && UNDER_LEAD.test(after);
    if (p.end <= pairStart) return under || (LEADER_OPENS.test(before) && LEADS_CLAUSE.test(after));
    // 我和王强在黄书记带领下对…: the lead said right after the pair, in its clause.
    // 我和林晓陪同黄书记检查了… (round 61, gad; t63b: the check the sender's, 黄志刚 lost): the one the pair escorted led it.
    if (p.start >= pairEnd && ESCORTED_BY_PAIR.test(text.slice(pairEnd, p.start))) return true;
    return p.start >= pairEnd && under && /^[\s\u0000]*(?:一起|一同|共同)?[\s\u0000]*在[\s\u0000]*$/.test(text.slice(pairEnd, p.start));
  });
}

/** 班子成员分别与分管科室负责人…: the leaders as a group, standing as the subject of their clause, each a doer. */
const GROUP_DOERS = new RegExp(
  // 会上班子成员还与分管科室负责人签订了… (round 33c): a word placing it at the meeting just told may stand before the group.
  '(?:^|[,;。!?:])[\\s\\u0000]*(?:会上|会后|会议上|会议期间|会前|随后|同时|此外|另外)?[\\s\\u0000]*((?:各位|全体|各)?(?:党组|领导)?班子成员|(?:各位|全体|各)?党组成员|(?:各|全体|所有)(?:科室|部门|部室|处室|直属单位|所属单位|中心)(?:的)?(?:主要)?(?:负责人|负责同志)|中层正职)' +
    `(?:同志)?[\\s\\u0000]*${VAGUE_TIME}[\\s\\u0000]*` +
    // \u0000: the type itself, masked (分别向党组书面报告了…); 各部室负责人分别报送了述责述廉报告 (round 48 ftf: the sender's own)
    // hands a paper in.
    '(?=(?:分别|各自|先后|逐一|一一|逐级)(?:与|和|同|跟|对|找|为|给|讲授|主讲|主持|带队|到|深入|向|\\u0000|报送|提交|上报|递交|完成)|(?:都|也|均)?(?:向|报送|提交|上报|递交|签订|讲授|主讲|主持|带队)' +
    // 各部室负责人逐级签订了… (round 37, fjb: every head made one signed with by the sender) are the doers too.
    // 当天，各班子成员还与分管科室负责人签订了… (round 33c, A25: the leaders read as the ones signed, the sender as the signer):
    // without 分别, turning to the heads they supervise still makes the leaders the doers — no one else has 分管 heads.
    '|(?:还|也|都|均|又|同时|已|亦)*(?:与|和|同|跟)(?:其|各自|自己)?(?:的)?分管)',
);
/** 各科室负责人 / 中层正职 as doers: the heads of the departments. */
const HEADS_AS_GROUP = /负责人|负责同志|中层正职/;

/** The leaders a group of doers (班子成员) covers, in directory order, with the group's words masked. */
function groupDoers(text: string, ctx: ParseContext): ActorParse | undefined {
  const m = GROUP_DOERS.exec(text);
  if (!m) return undefined;
  const d = ctx.directory;
  // 各科室负责人 as doers: the heads of the departments the unit words cover (one reading with checks of 各科室, f18).
  const covered = /^中层/.test(m[1]!) ? d.org.departments : departmentsCovered(m[1]!, d);
  const ids = HEADS_AS_GROUP.test(m[1]!) ? [...new Set(covered.map((x) => x.headId))] : d.withRole('leader').map((p) => p.id);
  if (ids.length === 0) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  const [first, ...others] = ids;
  return { actorId: first!, coActorIds: others, text: m[1]!, rest: blank(text, start, start + m[1]!.length) };
}

/** Where a sentence ends, or a clause opens on the same day (，同日… · ，当天…), which tells a deed of its own. */
const SENTENCE_END = /[;。!?]|,(?=[\s\u0000]*(?:同日|当日|当天|同一天|同天))/g;

/**
 * The doer of a talk among those found (in order): the first, unless a later sentence (after 。；!?) has a doer of its own —
 * 赵敏带队去基地参观。同日，何平主任与徐辉进行了谈心谈话 (round 30a, F2: 赵敏's talk) is 何平's, the sentence before telling
 * no talk.
 */
function lastSentenceDoer(doers: CounterpartItem[], text: string): CounterpartItem | undefined {
  const first = doers[0];
  if (first === undefined) return undefined;
  const sentenceOf = (i: CounterpartItem) => (text.slice(0, i.start).match(SENTENCE_END) ?? []).length;
  const later = doers.filter((d) => sentenceOf(d) > sentenceOf(first));
  return later.length > 0 ? later.find((d) => sentenceOf(d) === sentenceOf(later.at(-1)!)) : first;
}

/** Drops references inside longer ones (书记 inside 张伟书记). */
function outermost(items: CounterpartItem[]): CounterpartItem[] {
  return items.filter((i) => !items.some((o) => o !== i && o.start <= i.start && o.end >= i.end && o.end - o.start > i.end - i.start));
}

/** 部里组织学习…, 科里召开…: the sender's own department as the subject, named without its name. */
const OWN_DEPARTMENT = /(?:我们|我)?(?:部里|科里|室里|中心里|部门里|本部门|本科室|本部|本科|我部|我科|我室|科室|部门|中心)|我们(?:科|部|室)/g;

/** 全科人员观看… / 全室同志学习…: the sender's whole department as the subject. */
// 全科集中学习廉政知识 (round 35a F2: the clerk's own, at once): the deed may be the masked type, 学习 being part of it.
const WHOLE_DEPARTMENT = /(?:全科|全室|全部门|全中心|全部里)(?:人员|同志|干部|党员|职工)?[\s\u0000]*(?:集中|一起|共同)?(?=观看|收看|学习|参加|开展|\u0000)/;

/** Before a department standing as the subject: nothing, or 近日/据悉 (a day not named, which is asked). */
// 11月24日、25日财务科… (round 9): the rest of a list of days (、25日) may stand there too; 11月上旬中心开展… (round 15:
// the day asked and the answer stored as the sender's) a part of a month, which is asked.
// 11月17日至19日 组联部 廉政学习 (round 16's 11.17-19 kin): the rest of a span of days may stand there too.
// 另外我们中心… (round 17, K5): a word joining the clause to the one before opens it too.
// 【通知回执】办公室已于…完成述责述廉报告 (round 47, fsf): a bracketed tag before the department opens no other subject.
/** A span of time alone opening the clause (上周 · 本月 · 上个月 · 这周): no subject of its own before the unit. */
const SPAN_OPENING = new RegExp(`^[\\s\\u0000]*${VAGUE_SPAN}[\\s\\u0000,，]*$`);
const CLAUSE_OPENING = /^[\s\u0000]*(?:【[^】]{1,12}】[\s\u0000]*)?(?:另外|此外|还有|同时)?[\s\u0000]*(?:据悉|近日|日前|近期|本月|上月|\d{1,2}月份?)?(?:上旬|中旬|下旬|月初|月中|月底|月末|初|底|末)?[\s\u0000]*(?:(?:至|到|—|–|~|-)[\s\u0000]+)?(?:、[\s]*(?:(?:\d{1,2}月)?\d{1,2}[日号]|\u0000+)[\s\u0000]*)*$/;

/** A department as the organiser of what a participant reports: its head did it. */
function organisingDepartment(text: string, ctx: ParseContext, check: boolean): { id: string; start: number; end: number } | undefined {
  // 办公室对财务科考勤进行了检查 from its clerk (round 35a F3: his own check, at once): the department checking is the
  // subject, so its head did it; before a check a department is otherwise what was checked.
  const checker = check ? checkingDepartment(text, ctx) : undefined;
  const head = checker ? ctx.directory.department(checker.departmentId)?.headId : undefined;
  if (checker && head) return { id: head, start: checker.start, end: checker.end };
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  for (const m of own ? text.matchAll(OWN_DEPARTMENT) : []) {
    // 中心/部里/科里 name the sender's unit only when it is one (a 财务科 clerk's 中心 is someone else's).
    const unit = /中心|部|科|室/.exec(m[0].replace(/部门|科室/, ''))?.[0];
    if (unit && ![own!.name, ...(own!.aliases ?? [])].some((n) => n.includes(unit))) continue;
    const after = text.slice(m.index + m[0].length);
    // 我们科今天学习了廉政知识: 我们科 before the (masked) deed is the subject too.
    // 部里今天上午学习了党纪条例 (found by the tester, round 8: recorded at once as the clerk's): 部里/科里/中心 right before
    // the masked deed (a day, a time of day between) is the subject too.
    // 我们中心11月份报送信息2篇（11月6日、11月20日） (round 17, K5: the sender's own): a month left unmasked, its days
    // listed after the count, stands there as a day does.
    // 11月24日部门自查完成 from a 科员 (t30f §1.6: stored at once as the clerk's 自查): a bare 部门/科室 right before the
    // masked deed is the sender's unit as its subject too, so its head's, on the card; 科室廉政风险自查 names what it looked at
    // between them.
    const bare = /^(?:本)?(?:部门|科室)$/.test(m[0]) && /^(?:廉政|廉洁)?风险点?\u0000/.test(after);
    // 部门集中学习廉政知识 (round 35a F2: the clerk's own, at once): how they did it together may stand before the deed.
    // 中心集中学习… from a member of the 中心 too (中心组 is no unit's deed: 组 is no manner word).
    const unitWord = /^我们/.test(m[0]) || /里$/.test(m[0]) || /^(?:本)?(?:部门|科室)$/.test(m[0]);
    // 四是上周五中心报送廉政信息1篇 from the 中心's deputy (round 38, t37c F5: the sender's own paper on the card): 中心 ·
    // 我科 · 本部 right before the masked deed name the unit as its subject as 我们中心 does.
    const ownName = /^(?:我|本)?中心$|^(?:我|本)(?:部|科|室)$/.test(m[0]);
    // 我们中心本月11月20日报送… · 我科这周共… (round 44, t46b F2's kind): a span of time and 共/已 may stand between too.
    // 上周我部报送调研报告1篇 · 这周我部形成了一篇调研报告 · 我部撰写廉政信息1篇 (round 51 fzc): 报送 · 上报 · 提交 left unmasked
    // before the paper are the unit's handing it in too, and a count or 廉政 may stand between the verb and the paper.
    // 我部形成调研报告1篇 · 本科室撰写自查报告1份 from a clerk (round 50 fyd, fxa's left-alone: the clerk's own at once,
    // while 我部报送 was the head's on the card): the unit's paper said written is its own as one handed in is.
    const ours = ((unitWord || ownName) && /^[\s\u0000]*(?:\d{1,2}月份?)?(?:上午|下午|晚上|今早|早上)?[\s\u0000]*(?:共计|累计|一共|共|已经|已|先后)?于?[\s\u0000]*(?:(?:形成|撰写|起草|报送|上报|提交)了?[\s\u0000]*(?:[一1两二三]\s*[篇份])?(?:廉政|廉洁)?)?了?[\s\u0000]*\u0000/.test(after.replace(SPAN_AFTER_SUBJECT, ''))) || ((unitWord || m[0] === '中心') && unitDeedTogether(after)) || bare;
    // 上周我部形成调研报告1篇 · 本月本部门撰写… from a clerk (round 51 fzc, fyd's left-alone: the clerk's own, while 近期我部…
    // was the head's): a span of time (上周 · 本月 · 上个月) before the unit breaks no subject, as one after it does not.
    const opening = text.slice(clauseStart(text, m.index), m.index);
    const subject = (DEPARTMENT_SUBJECT.test(after) || ours) && (CLAUSE_OPENING.test(opening) || (ours && SPAN_OPENING.test(opening)));
    // 参加了中心组织的廉政教育: the sender took part in their own unit's activity.
    // 11月13日我参加了部门集中学习 (round 35a F2's near-miss: its type asked, then the sender's own): attending the department's
    // study done together, its type not yet said, is attending the head's, as 参加了部门集中学习廉政知识 already is.
    const attendedTogether = unitWord && /^[\s\u0000]*(?:集中|统一|专题)[\s\u0000]*(?:学习|观看|\u0000)/.test(after);
    const participant = (DEPARTMENT_ORGANISED.test(after) || attendedTogether) && /参加|参与|听取|聆听/.test(text.slice(clauseStart(text, m.index), m.index));
    if (subject || participant) return { id: own!.headId, start: m.index, end: m.index + m[0].length };
  }
  for (const m of own ? text.matchAll(OWN_MEETING) : []) {
    if (m[1] !== undefined && ![own!.name, ...(own!.aliases ?? [])].some((n) => n.includes(m[1]!))) continue;
    if (CLAUSE_OPENING.test(text.slice(clauseStart(text, m.index), m.index))) return { id: own!.headId, start: m.index, end: m.index + m[0].length };
  }
  // 全科人员观看警示教育片, sent by a member: the whole department took part, so it was its head's activity.
  const whole = own ? WHOLE_DEPARTMENT.exec(text) : null;
  if (whole && /^[\s\u0000]*$/.test(text.slice(clauseStart(text, whole.index), whole.index))) return { id: own!.headId, start: whole.index, end: whole.index + whole[0].length };
  const index = directoryIndex(ctx.directory);
  for (const m of text.matchAll(index.surfaces)) {
    const dept = index.departmentBySurface.get(m[0]);
    if (!dept) continue;
    const after = text.slice(m.index + m[0].length);
    const participant = DEPARTMENT_ORGANISED.test(after) && /参加|参与|听取|聆听|学习了/.test(text.slice(0, m.index));
    // 办公室于11月20日组织…, sent by a clerk: the department did it, so its head.
    // 11月份财务科向党组书面报告了…: the department right before the (masked) deed is its subject; before a check it is
    // what was checked (11月18日 财务科专项资金使用情况检查 = 检查财务科…, found by the tester: given to 孙丽).
    // 财务科11月份的信息11月18日已经报送了 (round 17, K7: read as the clerk's own): the department's paper named with 的
    // (a month between) before the masked deed is its too.
    // 维权部集中学习廉政知识 (round 35a F2): so may how its people did it together (集中, 开会).
    // 办公室本月报送廉政信息3篇 · 财务科本周开展了…自查 from a clerk (round 44, t46b F2: the clerk's own papers): a span of
    // time (本月 · 这周 · 今年 · 11月) between the department and the deed breaks no subject.
    // 办公室已于12月2日完成述责述廉报告 from a clerk (round 47, fsf: the clerk's own 述责述廉, at once): 已于 before the day
    // breaks no subject either.
    const deed = after.replace(SPAN_AFTER_SUBJECT, '');
    const adjacent = !check && (/^[\s\u0000]*(?:(?:\d{1,2}月份?)?的)?[\s\u0000]*(?:共计|累计|一共|共|已经|已|先后)?于?[\s\u0000]*\u0000/.test(deed) || unitDeedTogether(deed));
    // 上周三我们教就部和维权部一起开展了廉政教育 from 陈静, a 教就部 科员 (round 51, fza; t53a F2: the clerk's own, on the card):
    // 我们 before the sender's own department's name opens the clause as 我们部 does (OWN_DEPARTMENT), so its head's.
    const opening = text.slice(clauseStart(text, m.index), m.index);
    const opens = CLAUSE_OPENING.test(opening) || (dept.id === own?.id && CLAUSE_OPENING.test(opening.replace(/(?:我们|咱们|我)[\s\u0000]*$/, '')));
    const subject = (DEPARTMENT_SUBJECT.test(after) || DEPARTMENT_SUBJECT.test(deed) || adjacent) && opens;
    // 王建国｜1. 11月20日 办公室 开展作风纪律检查 (round 51, fzbb): the department a column of a checker's line is the place
    // checked (checkingDepartment), not its head's deed.
    if (subject && check && /\s$/.test(opening) && /^\s/.test(after) && checksOthers(ctx)) continue;
    if (participant || subject) return { id: dept.headId, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * The doer of the activity in `text` (day, type and titles already masked),
 * when the sender reports someone else's: 党组书记张伟为全体党员讲授…,
 * 刘芳副理事长昨天主持召开…, 张伟书记到财务科与孙丽…谈话, 会议由张伟书记主持,
 * 陈志强副理事长出席并讲话. The sender naming themself is no third person. `talk`:
 * the activity is done with someone (a talk, a 责任书), so only turning to them makes a doer.
 * `check`: the activity is a check (作风纪律检查, 专项资金检查), so a department named right before it is what was checked.
 */
export function parseActor(text: string, ctx: ParseContext, talk = false, check = false, study = false): ActorParse {
  const index = directoryIndex(ctx.directory);
  const people = outermost(
    qualifiedByDepartment([...surfaceItems(text, index), ...surnameTitleItems(text, index)], text, index)
      .concat(topRoleItems(text, index))
      .filter((i) => !i.departmentOnly),
  ).sort((a, b) => a.start - b.start);
  // 班子成员分别与分管科室负责人签订…: every leader is a doer, each with their own people (found by the tester: given to the sender).
  const group = groupDoers(text, ctx);
  if (group) return group;
  const listed = listedDoers(people, text, talk);
  if (listed) {
    let rest = text;
    for (const p of listed) rest = blank(rest, p.start, p.end);
    // 班子成员王建国、刘芳分别… · 陈志强、赵敏两位副理事长分别…: the group word before the names and the count after them say who
    // the doers are; neither is more people signed or talked with (round 16: leaders with each other, the sender's signings).
    const titled = GROUP_TITLE.exec(text.slice(0, listed[0]!.start));
    if (titled) rest = blank(rest, titled.index, titled.index + titled[0].length);
    const last = listed.at(-1)!.end;
    const counted = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?(${HOW_MANY})`).exec(text.slice(last));
    if (counted?.[1]) rest = blank(rest, last + counted[0].length - counted[1].length, last + counted[0].length);
    // 黄书记和林晓去维权部查了工作纪律 (round 13: one check recorded twice): a check not said to be led by them all
    // (李明主任、黄志刚书记带队 is two leaders' each) is the one highest-ranking person's; the others went along.
    // 黄书记带队，林晓和王强对财务科… (round 38): a leader the sentence names as leading it led those listed after.
    const leader = leaderNamed(people, text, listed[0]!.start, listed.at(-1)!.end, listed.map((p) => p.ids[0]!));
    // t45a F6: on a check, those the leader led are named as gone along.
    const ledIds = check && !talk ? { companionIds: listed.map((p) => p.ids[0]!).filter((id) => id !== leader?.ids[0]) } : {};
    if (leader) return leader.ids[0] === ctx.senderId ? { rest: blank(rest, leader.start, leader.end), ...ledIds } : { actorId: leader.ids[0]!, text: leader.text, rest: blank(rest, leader.start, leader.end), ...ledIds };
    const ranks = listed.map((p) => rank(p.ids[0]!, ctx));
    const top = Math.max(...ranks);
    const co = new RegExp(`^(?:同志)?(?:副?${TITLES})?(?:同志)?[\\s\\u0000]*(?:共同|一起|一同)?(?:带队|率队|带领)`).test(text.slice(listed.at(-1)!.end));
    // 检查人「林晓、胡军」 (t45a F6, round 44: two checks of one visit): of equals the one named first led, as namedCheckers reads.
    if (check && !co) {
      const lead = listed[ranks.indexOf(top)]!;
      const along = { companionIds: listed.filter((p) => p !== lead).map((p) => p.ids[0]!) };
      return lead.ids[0] === ctx.senderId ? { rest, ...along } : { actorId: lead.ids[0]!, text: lead.text, rest, ...along };
    }
    // Several doers: the first carries the records, the others get copies (the sender among them is the sender).
    const [first, ...others] = listed.map((p) => p.ids[0]!);
    return { actorId: first!, coActorIds: others, text: listed.map((p) => p.text).join('、'), rest };
  }
  const along = withTheSender(people, text, ctx, talk, check);
  if (along) return along;
  // 11月25日林晓陪同我到宣文部检查了… (t45a F6, round 44: 林晓 dropped without a word): the one who accompanied the sender on a
  // check went along; the check is the sender's.
  const escort = check && !talk ? people.find((p) => p.ids.length === 1 && p.ids[0] !== ctx.senderId && ESCORTS_ME.test(text.slice(p.end))) : undefined;
  if (escort) return { rest: blank(text, escort.start, escort.end), companionIds: [escort.ids[0]!] };
  const first = talk ? lastSentenceDoer(people.filter((i) => isDoer(i, people, text, talk, ctx)), text) : people.find((i) => isDoer(i, people, text, talk, ctx));
  // 陈志强副理事长到维权部参加部门…学习，冯部长主持 (round 37, t36c F12: the study given to 陈志强): who went to a study or sat at
  // it did not hold it (k22); the one who chaired it in a clause of their own did, or else the department gone to (attendedStudy).
  const visitor = study && first?.ids.length === 1 && first.ids[0] !== ctx.senderId && attendsOnly(first, people, text, ctx) ? first : undefined;
  const chair = visitor ? people.find((i) => i !== visitor && i.ids.length === 1 && !i.ids.includes(visitor.ids[0]!) && chairs(i, text)) : undefined;
  const doer = visitor ? chair : first;
  if (visitor && chair) {
    const rest = blank(text, chair.start, chair.end);
    return chair.ids[0] === ctx.senderId ? { rest, visitorId: visitor.ids[0]! } : { actorId: chair.ids[0]!, text: chair.text, rest, visitorId: visitor.ids[0]! };
  }
  if (visitor) return { rest: text, visitorId: visitor.ids[0]! };
  if (!doer) {
    const dept = organisingDepartment(text, ctx, check);
    // 11月27日带林晓到宣文部开展了…检查 · 我带领林晓… (t45a F6, round 44): the one the sender took along is named on the card.
    const taken = check && !talk ? people.find((p) => p.ids.length === 1 && p.ids[0] !== ctx.senderId && SENDER_TAKES.test(text.slice(0, p.start)) && ledAlongPlace(p, text)) : undefined;
    if (!dept || dept.id === ctx.senderId) return taken ? { rest: text, companionIds: [taken.ids[0]!] } : { rest: text };
    return { actorId: dept.id, text: text.slice(dept.start, dept.end), rest: text };
  }
  // The sentences before the talk's own (赵敏带队去基地参观。) name no one talked with either.
  const told = talk ? Math.max(0, ...[...text.slice(0, doer.start).matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)) : 0;
  const rest = blank(told > 0 && people.some((p) => p.end <= told && p.ids.length > 0) ? blank(text, 0, told) : text, doer.start, doer.end);
  if (doer.ids.length === 1) {
    // 我向王副理事长递交了廉洁承诺书 · 两科室负责人向王副理事长递交了… (round 37): who handed it over is the other party.
    const handed = talk && handedTo(doer, text) ? { handedFrom: HANDED_BY_SENDER.test(text.slice(clauseStart(text, doer.start), doer.start)) ? ('sender' as const) : ('named' as const) } : {};
    // 林晓带黄书记到办公室检查了考勤 (t45a left-alone, round 44: from 胡军 stored as 林晓's, 黄志刚 dropped): a checker who 带
    // someone above them may have guided their superior there, or the two are written the wrong way round: whose check it
    // was is asked between them, the superior first. One below the doer (李主任带林晓…) went along, named on the card.
    const ledOne = check && !talk ? ledAlong(doer, people, text) : undefined;
    // 率领 is written only by one who leads (and by withJointLeaderCheck for 「X会同Y对…检查」, round 64: the subject of
    // 会同 leads whoever joins, 黄书记会同赵书记 is 黄志刚's check): no guiding of a superior there, nothing to ask.
    if (ledOne && rank(ledOne.ids[0]!, ctx) > rank(doer.ids[0]!, ctx) && !LED_BY_SUBJECT.test(text.slice(doer.end, ledOne.start))) return { rest: blank(rest, ledOne.start, ledOne.end), askedBetween: [ledOne.ids[0]!, doer.ids[0]!] };
    // 陪同黄志刚书记开展…检查 · 跟黄书记去维权部查了… (t45a F6): the sender who followed the doer on a check went along.
    // 何主任陪同赵敏书记来中心检查了考勤 (t45a F6): the one named escorting the doer went along too.
    const escort = check && !talk ? people.find((p) => p.ids.length === 1 && p.ids[0] !== doer.ids[0] && p.end <= doer.start && p.start >= clauseStart(text, doer.start) && ESCORTS.test(text.slice(p.end, doer.start))) : undefined;
    // 在黄书记的带领下，我们和林晓一起对财务科…进行了检查 (t45a F6): those the leader led went along.
    const led = check && !talk && !ledOne && !escort ? ledUnder(doer, people, text, ctx) : [];
    // 黄书记带我到办公室检查了考勤 · 林晓带我对维权部… (the doer as written, round 43 fpe): the sender taken along is named.
    const tookMe = check && !talk && doer.ids[0] !== ctx.senderId && new RegExp(`^(?:同志)?(?:副?${TITLES}|干事)?(?:同志)?[\\s\\u0000]*带(?:着|领)?我(?![们的])`).test(text.slice(doer.end));
    // 参加了黄书记带队的康复部作风纪律检查 (round 52, fwbb: 黄志刚's check, 林晓 no companion): the sender who joined the check
    // the doer led went along, as 黄书记带我… says; one of the unit checked (李娟「…黄书记带队的财务科…检查」) received it.
    const joinedLed =
      check && !talk && doer.ids[0] !== ctx.senderId && /(?:参加|参与|加入|随同)了?(?:由)?[\s\u0000]*$/.test(text.slice(clauseStart(text, doer.start), doer.start)) &&
      new RegExp(`^(?:同志)?(?:副?${TITLES}|干事)?(?:同志)?[\\s\\u0000]*(?:带队|率队|牵头|带领)(?:开展|组织)?的`).test(text.slice(doer.end)) &&
      !hostsCheck(text.slice(doer.end), ctx);
    // 和林晓陪同黄书记检查了… (round 61, gad; t63b: the sender, who went too, lost): 和/与/跟/同 opening the clause before the
    // escort (no subject of its own, or 我) makes the sender one of those who went along.
    const escortWithMe = escort !== undefined && doer.ids[0] !== ctx.senderId && WITH_ME_BEFORE.test(text.slice(clauseStart(text, escort.start), escort.start));
    const followed = check && !talk && doer.ids[0] !== ctx.senderId && (tookMe || joinedLed || senderFollows(doer, people, text, ctx)) ? { companionIds: [ctx.senderId] } : ledOne ? { companionIds: [ledOne.ids[0]!] } : escort ? { companionIds: escortWithMe ? [ctx.senderId, escort.ids[0]!] : [escort.ids[0]!] } : led.length > 0 ? { companionIds: led } : {};
    return doer.ids[0] === ctx.senderId ? { rest, ...followed } : { actorId: doer.ids[0]!, text: doer.text, rest, ...handed, ...followed };
  }
  const candidateIds = doer.problem?.code === 'ambiguous_counterpart' ? doer.problem.candidateIds : [];
  if (candidateIds.includes(ctx.senderId)) return { rest };
  return { ambiguous: { text: doer.text, candidateIds }, text: doer.text, rest };
}
