// Messages that mention an activity without reporting one done: questions, plans, queries, commands, denials.

import { hedgedKindChange } from './hedgedKindChange.js';
import { normalizeText } from './parseNormalize.js';
import { storedSidesWords } from './storedSidesWords.js';
import { ORDERED_BY, RECORD_AFTER, undoneAsOrdered } from './orderedUndo.js';
import { storedDoerWords } from './storedDoerWords.js';
import { doerClaimWords } from './doerClaimWords.js';
import { ownDeedClaimWords, personSwapWords } from './looseStoredCorrectionWords.js';
import { pointedSlipWords } from './pointedSlipWords.js';
import { toSimplified } from './toSimplified.js';
import { leftOutMeWords } from './leftOutMeWords.js';
import { saysCountedDeed } from './countedDeedClause.js';
import { splitItems } from './splitItems.js';
import { deedFellThrough } from './deedFellThrough.js';
import { droppedRecordWords } from './namedItemDrop.js';
import { groupLeftOut } from './groupLeftOut.js';
import { storedWithdrawal } from './storedWithdrawal.js';
import { withoutFindings } from './withoutFindings.js';
import { withTypeAskedHedged } from './typeAskedHedged.js';
import { withoutContentWaived } from './contentWaived.js';
import { writeAsked } from '../query/writeAsked.js';

export type NotAReport = 'command' | 'question' | 'plan' | 'denial' | 'query' | 'not_held';

/**
 * 延期了 · 推迟到下周 · 改期 · 取消了 · 没谈成 · 未能召开: the deed named did not take place (found by a newcomer: recorded as
 * done). 推迟到昨天进行了 tells of a deed that did happen, later than planned, and is left to the reader; a bare 取消 is a
 * command of the dialog; 对推迟报送信息的科室进行督查 (推迟 qualifying a noun) says nothing of the deed itself.
 */
const NOT_HELD =
  /(?:延期|推迟|改期|顺延|延后|暂缓|搁置)(?=了|到|至|在|举行|进行|召开|开展|[\s。.!！,;]|$)(?!(?:到|至|在)(?:今天|昨天|前天|上周|本周|这周|\d{1,2}月\d{1,2}[日号])[^,;。!?]{0,12}?(?:进行|开展|召开|举行|组织|完成)了)|(?:取消了|被取消|已取消|临时取消|取消(?:了|掉)?(?:原定|原计划)?)(?=[\s。.!！,;]*$)|没[^,;。!?]{0,2}成|未能(?:如期)?|没能(?:如期)?|没有如期|未如期/;

/**
 * 原定12月3日…的廉政谈话，因王副理事长出差取消了，改到下周再谈 · …因故推迟，具体时间另行通知 · 原计划周四和周涛签责任书，周涛出差了，
 * 改到下周再签 (round 56, fgf, t58b F9: 没看懂, or 'command' for its 取消): a deed called off with why or when next said after
 * it — 取消 · 推迟 before a comma, then 改到 · 再谈 · 另行 — or a planned deed (原定 · 原计划 · 本来约了) put off to another
 * time. 原定周三，改到周二进行了廉政谈话 was held: a deed said done after the new time is not this.
 */
const CALLED_OFF_TOLD =
  /(?:取消|推迟|延期|改期)(?:了|掉)?[\s，,;；。]*(?:改到|改在|改至|改天|改日|改期|另行|另约|待定|待安排|再谈|再签|再开|再组织|再看|再约|再讲|再查|下周再|下次再|等[他她]|具体时间)|(?:推迟|延期)(?=[，；])/;
const PLANNED = /^\s*(?:原定|原计划|原本(?:定|约|计划)?|本来(?:定|约|计划)?)/;
const PUT_OFF_LATER = /改到|改在|改至|改天|改日|改期|另行|另约|推迟|延期|取消|再谈|再签|再开|再组织|再约/;
const DONE_AFTER = /(?:改到|改在|改至|提前到|推迟到|延期到)[^。!?]*?(?:进行|开展|召开|举行|组织|完成|谈|签|开|讲)(?:了|完|的)/;

function calledOffTold(text: string): boolean {
  if (DONE_AFTER.test(text)) return false;
  return CALLED_OFF_TOLD.test(text) || (PLANNED.test(text) && PUT_OFF_LATER.test(text));
}

/** Whether `text` says the deed it names did not take place (延期/推迟/改期/取消/没谈成/未能). */
export function saysNotHeld(text: string): boolean {
  return (NOT_HELD.test(text) || calledOffTold(text)) && !/^\s*(?:取消|不用了|算了)[\s。.!！]*$/.test(text);
}

/**
 * What follows 撤销/撤回/作废 when it is a deed of the work, not a record withdrawn: up to 14 characters of the clause
 * (了两个不合规的报销, no record's word among them) and then a thing of the work (事项 · 项目 · 资格 · 处分 · 决定 · 文件 · 资质 ·
 * 备案 · 登记 · 许可 · 合同 · 职务 · 申请 · 补贴 · 款项 · 评优 · 称号 · 荣誉).
 */
const DEED_OBJECT =
  /(?:(?!记录|谈话|谈心|那条|这条|上条|上一条|刚才|党课|教育|会议|检查)[^,，。;；!！?？\n]){0,14}?(?:事项|项目|资格|处分|决定|文件|资质|备案|登记证?|许可|合同|职务|申请|补贴|款项|费用|评优|称号|荣誉|证书|账户|审批)/;
/** 撤销 of a thing of the work (DEED_OBJECT); 已督促撤销 and its like are orderedUndo's (round 61, gad). */
const WORK_UNDO = new RegExp(`(?:撤销|撤回|作废)(?=${DEED_OBJECT.source})`);
/** Whether `text` undoes a thing of the work (撤销了两个不合规的报销事项 · 撤回不合规文件 · 已督促撤销): a deed told, no record withdrawn. */
export function undoesWorkThing(text: string): boolean {
  return WORK_UNDO.test(text) || undoneAsOrdered(text);
}

const COMMAND = /^\s*(?:\/?(?:help|menu|start)|帮助|菜单|你好|您好|谢谢|在吗|hi|hello)\s*[!.。]*\s*$/i;
/** Undo, edit and export are other intents, even when they name a type. */
// 找我谈了话，提醒我廉洁行医 is what a talk was for, not a request to be reminded (found in a helper's own try, round 6).
// 4位领导出席 · 指导出台 (t31c: 11月28日…党组会议…，4位领导出席 was 'command', not a report): 导出 there is no export.
// 今天撤销了两个不合规的报销事项后，和李娟进行了廉政谈话 · 部署撤销不合规项目的整改工作 (round 53, fkbb; issue 10: the whole
// report dropped as a command): 撤销/撤回/作废 whose object is a thing of the work (事项 · 项目 · 资格 · 处分 · 决定 · 文件 …),
// within the clause, is a deed told, never a record withdrawn; a record's words (记录 · 谈话 · 那条) keep the command.
// 取消了两个不合规的报销事项，并和李娟进行了廉政谈话 (round 56, the merge; fgf's left-alone: the whole report dropped) is the same
// deed told with 取消.
const OTHER_INTENT = new RegExp(
  `(?<!${ORDERED_BY})(?:撤销|撤回|作废)(?!${DEED_OBJECT.source})|(?:撤销|撤回|作废)(?=${RECORD_AFTER})|删除|删掉|取消(?!${DEED_OBJECT.source})|改为|改成|修改|更正|(?<![领指督辅引])导出|(?<!(?:谈|聊|交流|沟通)[^。!?]{0,12})提醒我`,
);
/**
 * 第2条谈话人是我 不是何平 · 刚才那条对象是李娟 · 日期错了 是25号 · 谈话人是我，不是何平 (round 50 fxc, t52a F7: with no card
 * waiting, read as a new talk of 何平's, its type and day asked): a record's field said right or owned wrong is a correction of
 * a record, never a report of its own. Only with a record named, the field owned wrong, or the old value denied after it: a
 * report may open 「日期是11月25日，…」.
 */
const FIELD_CORRECTION = new RegExp(
  '^(?:(?:第(?:[1-9]\\d?|[一二三四五六七八九十])条|刚才(?:那|这)条|上一条)(?:的|记录的)?(?:谈话人|活动人|谈话对象|对象|日期|时间|人数|参加人数|类型|题目|片名|议题)' +
    '|(?:谈话人|活动人|谈话对象|对象|日期|人数|参加人数|类型)(?:写错了|填错了|错了|不对|有误)' +
    '|(?:谈话人|活动人|谈话对象|对象)(?:应该?是|应为|是)[^,，;；。\\s]{1,8}[,，;；\\s]+(?:而)?不是)',
);
/**
 * 刚才那条…日期写错了，是12月4号 · 孙杰那次日期不对 应该是27号: a record pointed at first, its day owned wrong, then the right one
 * (round 60, fbc). A report restated before 刚才报的日期写错了 (round 54, fja) opens with the deed and says no value after: not this.
 */
const POINTED_DAY_WRONG = /^[^,，;；。]{0,20}?(?:那一?条|那一?次|那个|刚才|刚刚|上一条)[^,，;；。]{0,20}?(?:日期|时间)(?:写|填|记|报|弄|搞|打|输)?(?:错了?|不对|有误)[,，;；\s]*(?:应该?是|应为|应当是|是|改成|改为)/;
/** The cheap gate before storedWithdrawal's clause reading: a verb of withdrawal somewhere. */
const WITHDRAW_WORD = /撤销|撤回|删掉|删除|删了|删去|去掉|拿掉|划掉|撤掉|作废/;

/**
 * 11月16日那次廉政教育去掉吧，重复了 · 上周五集体谈话那个 冯雪没参加 把她去掉 · 刚才那条和孙丽的谈话日期写错了，是12月4号 (round 60,
 * fbc; t62a B-F1/B-F6, t62b G6: read as a study done, a talk asked its type, a talk on a day still ahead): the whole message
 * withdraws a stored record or owns its day wrong — about a record made, never a report of its own. Read whole, before its
 * clauses are split (把她去掉 alone is no naming).
 */
// 刚才第2条撤了 杨帆那次是王磊谈的不是我 (round 61, gaf: a new talk of 杨帆 and 王磊 asked its kind): a stored record's doer
// changed (storedDoerChange's), no report. 赵书记说…那两份是她…签的 不是我 · 12月3日周涛部长签承诺书那条漏了我 (round 62, gbb):
// claimedDoerChange's and leftOutMeAdd's.
export function changesStoredRecord(text: string): boolean {
  // 集体谈话漏了陈静和赵磊 (round 61, gae): people left out of a stored group, groupLeftOutAdd's.
  // 查的三公经费，算专项资金检查吧 · 11月26日那次检查算专项资金检查吧 (round 62, gbd; t64a G5): a stored record's kind said in
  // loose words (hedgedKindChange, correctLatest's), no report.
  return (
    POINTED_DAY_WRONG.test(text) ||
    (WITHDRAW_WORD.test(text) && storedWithdrawal(text) !== undefined) ||
    groupLeftOut(text) !== undefined ||
    storedDoerWords(text) !== undefined ||
    doerClaimWords(text) !== undefined ||
    leftOutMeWords(text) !== undefined ||
    hedgedKindChange(text) !== undefined ||
    // 12.1那条弄反了 徐辉是谈话人不是对象 对象是何主任 (round 63, gcj; t66a B-F3): a stored talk's sides put right, storedSidesChange's.
    storedSidesWords(normalizeText(text)) !== undefined ||
    // 上午张伟和何平那条 其实是我找他谈的 张书记不在 · 其实是我和郑华签的 不是周涛 (round 64, gdj; t67a P6/P7: a new talk of 张伟's
    // asked its kind): a stored record's doer claimed by the member, or its person swapped — looseStoredCorrection's, no report.
    ownDeedClaimWords(normalizeText(text)) !== undefined ||
    personSwapWords(normalizeText(text)) !== undefined ||
    // 刚才那条记错了，实际是跟赵磊谈的 不是陈静 · 刚才那个会报错了，实际是上周二开的 (round 69, gin; t72b FB1/FB2: a talk with both
    // people asked its kind): a record pointed at, owned wrong, then its right person or day — correctLatest's, no report.
    pointedSlipWords(normalizeText(toSimplified(text))) !== undefined
  );
}
// …算是一次廉政谈话吧 (round 22, K6: 没看懂) · …按谈心谈话记吧 (round 31g): a hedge 「算…吧」 ends a statement, no question.
// …开展了廉政教育 大概是25号吧 · 好像是周三吧 · 差不多二十人吧 (round 49, fvd: not a report): a day or count guessed at, no
// question; saysUnsure keeps it off the at-once path. So is a rough count of two numbers, 一二十人吧 · 七八个人吧 · 7-8人吧
// (round 49, fwa: not a report).
/** A question: a question word, or a question ending (廉政谈话都谈完了吧 · 谈话了没有 · 开了没; found in the chat side, moved here). */
// 跟班子几个人都谈过了，王建国、刘芳是2号… (round 42, t41b F9: answered as a query): 几个人 + 都 counts those it then names.
// 十几个人 · 20几名 (round 45 frf: a rough count, read as a question and the deed dropped) count people.
// 跟我们几个谈了心 · 我们科室几个人 (l20; 科室几号 stays a question) · 部里几个人 · 和分管的几个负责人签了 · 好几位 (round 19 #8: 没看懂): 几 after 们/里/好/a connective/的
// counts, it asks nothing.
// 过了几天又到财务科检查了… · 几天后… · 隔了几天 (round 49, t51a F3's kind b: the whole message dropped as a question): a later
// time whose day is not said, asked by the deed's day question, never a question of the member's (谈过几次了 still asks).
const QUESTION = /[?？]\s*$|怎么|怎样|如何|什么|哪些|哪个|哪里|哪天|是否|能否|能不能|可不可以|可以不|要不要|需不需要|有没有|多少|(?<![前近这们里好和跟与同的室部科十\d])几[个人位名次天号](?![人位名]?(?:同志|领导|干部|负责人)?都)(?<!(?:过了?|隔了?)几天)(?<!几天(?=后|之后|以后))|(?<=[室部科])几[次天号]|谁|吗|(?:呢|(?<!(?:算|记为|记作|按)[^,，。;；]{0,16}|(?:(?:大概|大约|应该|可能|好像|估计|也许|差不多)(?:是|在|有)?(?:(?:[\d一二三四五六七八九十]{1,3}月)?[\d一二三四五六七八九十]{1,3}(?:[日号]|(?:多|来|余)?个?人)|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天])|[\d一二三四五六七八九十]{1,3}(?:多|来|余)个?人|[一二三四五六七八九十百]{0,3}[一两二三四五六七八九]{2}[十百]?个?人|\d+\s*[、至到\-~～]\s*\d+\s*个?人)(?:左右)?)吧|没有?)[\s。.!！~～]*$/;
// 谈了一会儿心 (m25: not a report): 了一会儿 is how long a deed done lasted, not 一会儿 (in a moment), a plan.
// 年底前将完成述责述廉报告 · 计划近期和王强… (t31c: a query, a talk asked its day): 将 + a paper's verb, 计划 + a vague time.
// 12月还将邀请赵敏书记来部里讲廉政党课 · 拟邀请… · 计划邀请… (round 33a, P2: asked its day as a done 廉政教育): a guest invited to come.
// 12月还将带队对分管部门开展一次作风检查 (round 35a, F6: asked its day; an answer would have stored the plan as done): 将 + 带队
// and 还将/也将 + a deed in the clause, nothing said done there, are a plan too. 还将学习材料发给了… tells a deed done.
const PLAN = /(?:[还也仍另]将|将(?=带队|带领|率队|牵头))(?=[^,;。!?了]{0,24}?(?:开展|召开|组织|进行|举办|检查|督查|暗访|调研|走访|谈|签|学习|观看|讲|报送|上报))(?![^,;。!?]*?了)|还要(?:带队|带领|率队|牵头|深入|再)(?![^,;。!?]*?了)|准备|打算|拟于|拟在|拟(?:到|去|赴|前往|深入)|拟开展|拟召开|拟组织|拟对|拟(?:形成|撰写|起草|编写|报送|上报|提交)|拟(?:和|与|跟|同|找|约|邀请|请)|将于|将在|将要|即将|将(?:对|与|和|跟|同|开展|召开|组织|进行|举办|举行|赴|到|深入|签订|分批|陆续|继续|再次?|完成|报送|上报|提交|撰写|形成|起草|编写|讲授|邀请|请|为|给)|(?<!对|(?:部署|安排|明确|提出|研究)了?)下一步(?!工作|的工作)(?![^。；;!?]{0,12}?(?:作了|作出了?|做了|做出了?|进行了|提出了?)(?:部署|安排|要求|动员))|要(?:开展|召开|组织|进行|和|与|跟|对|去|给)|(?:上午|下午|晚上|今晚|今天|明天|这周|本周|周[一二三四五六日]|马上|稍后|过几天|近期)要(?:来|到|赴|去|开|讲|谈|找|签|检查|学习|观看)|将(?:来|去)(?=[^,;。!?]{0,10}?(?:开|讲|谈|检查|督查|调研|组织|召开|进行|学习|签))|(?<!按|按照|根据)计划(?:于|在|到|去|赴|前往|深入|开展|召开|组织|进行|邀请|形成|撰写|起草|报送|上报|提交|下|[\d一二三四五六七八九十]{1,3}月|明天|后天|本周|本月|月底|年底|年内|近期|近日|节前|上旬|中旬|下旬)|待会儿?|(?<![周期拜第了])一会儿?(?![议同场])|稍后|晚点|(?<!按|按照|根据)计划(?:与|和|跟|同|找)(?=[^,;。!?]{1,12}?(?:签|谈|进行|开展|召开))(?![^,;。!?]{0,16}?了)/;
/** A forwarded notice (转发：关于…的通知) and its requirement (要于12月10日前完成…) ask others; they are no deed (round 15). */
const REQUIREMENT = /^\s*转发[:：]|^\s*关于[^,;。!?]{2,40}的通知\s*$|(?:要|须|应|需|务必)于[^,;。!?]{0,14}?(?:前|之前)(?:完成|报送|上报|开展|组织|召开|提交)/;
/** 昨天通知冯雪今天进行廉政谈话: telling someone of a talk is not the talk (a newcomer's finding: recorded as held). */
const NOTICE = /(?:通知|告知|约好|约定|预约)[^,;。!?]{1,12}?(?:谈话|谈心|约谈)/;
/**
 * 今天约了冯雪进行廉政谈话 · 约王强明天谈话: a talk arranged, not held (found in issue 10: recorded as held). 约谈 is a talk
 * itself, 大约/约20人 a count; 约了…谈了 / 进行了 / 已… says it did take place.
 */
// 赵敏书记约我谈话 (round 21u #6): someone who called the sender in held the talk; only with a day still to come
// (约我明天谈话) is it arranged.
const ARRANGED = /(?<![大预制])约(?!谈)(?!(?:了|过)?我(?![们方]))了?[^,;。!?\d]{1,12}?(?:谈话|谈心|谈一谈|谈谈|聊一聊|聊聊)|约了?我[^,;。!?]{0,8}?(?:明天|后天|下周|下个?星期|下个?月|过几天|改天|抽空|有空|方便时)/;
const HELD_AFTER = /谈了|聊了|进行了|开展了|做了|作了|谈完|已经?|完成/;

/** Whether `text` arranges a talk (约…谈话) without saying it took place. */
export function arrangesTalk(text: string): boolean {
  const m = ARRANGED.exec(text);
  return m !== null && !HELD_AFTER.test(text.slice(m.index));
}

const DENIAL = /没有|还没|还未|尚未|未能|未开展|未召开|未进行|未组织|没开|没谈|没去|没能/;
/**
 * A query names a period or progress and claims nothing done (查看了考勤 is an inspection). 现场查看 · 实地查看 (a check
 * table's 检查方式 cell, round 43 t44b F5: the whole table taken for a query) say how a check looked, never ask to see.
 */
const QUERY = /完成情况|完成得|进度|统计|查询|(?<!现场|实地)查看|查一下|还差|还缺|待办|我的任务|任务清单/;

/**
 * 会议要求，各部室要… · 张伟书记强调… · 会上指出… · 会上，张伟强调… (round 64, gdd: a 党组会议 item dropped whole for its
 * 「会上，张伟强调，要对照问题逐项整改」): a sentence of a news item telling what a meeting asked for.
 */
const TOLD = /^[\s,]*(?:(?:会议|会上|本次会议|此次会议|会议上)(?=[\s,]*(?:要求|强调|指出|提出|希望|表示|[\u4e00-\u9fa5]{2,8}?(?:书记|理事长|主任|部长|科长|同志)?(?:在讲话中)?(?:要求|强调|指出|提出|希望))))?[\s,]*(?:他|她|[\u4e00-\u9fa5]{2,8}?(?:书记|理事长|主任|部长|科长|同志)|[\u4e00-\u9fa5]{2,3}(?=(?:在讲话中)?(?:要求|强调|指出)))?(?:在讲话中|在会上)?[\s,]*(?:要求|强调|指出|提出|希望|表示)/;

/**
 * `text` without the sentences telling what a meeting asked for, when another sentence tells what was done
 * (…推进会。会议要求，各部室要对照…梳理任务完成情况，确保年底前…: found by the tester, round 6, taken for a plan and a
 * query because of 要对照, 完成情况 and 年底前, which the meeting asked of others).
 */
function withoutToldSentences(text: string): string {
  const sentences = text.split(/(?<=[。!！;；\n])/);
  if (sentences.length < 2) return text;
  const kept = sentences.filter((s) => !TOLD.test(s));
  return kept.length > 0 && kept.length < sentences.length ? kept.join('') : text;
}

/**
 * Why `text` (one line or a whole message) is no report of a deed done, or undefined when it may be one.
 * Sentences telling what a meeting asked for are not judged: they plan, ask and deny nothing of the sender's.
 */
export function notAReport(text: string): NotAReport | undefined {
  // 11月份纪委工作：\n1.…检查\n2.…检查\n3.12月上旬拟开展…督查 (found by the tester, round 6: the whole list taken for a plan,
  // every done item lost): a message of several lines is no report only when none of its lines may be one.
  // The entries as a report reads them: lines, or numbered items folded onto one line (the chat folds line breaks).
  const lines = splitItems(text).map((item) => item.text).filter((l) => l.trim() !== '');
  if (lines.length > 1) {
    const each = lines.map(notAReportLine);
    return each.every((why) => why !== undefined) ? each[0] : undefined;
  }
  return notAReportLine(text);
}

function notAReportLine(text: string): NotAReport | undefined {
  // 谈了什么就不写了 (round 68, ghm): the content waived is no question of its own.
  const line = withoutContentWaived(withoutToldSentences(text));
  // 约谈的谈话内容用不用写 · 廉政谈话需要填哪几项 (round 68, ghm): a question about what a report holds, no deed of that kind.
  if (writeAsked(line) !== undefined) return 'question';
  // 今天和何平廉政谈话，他请假了改天再谈 (round 25b, §8): the deed fell through for the reason told after it.
  if (saysNotHeld(line) || deedFellThrough(line)) return 'not_held';
  // 孙丽的廉政谈话不用记 · 和王强那条不算 · 刚才那条警示教育不用记了 (round 33c: asked its day, or stored as a new 警示教育):
  // a record named to be left out is about records made, never one of its own.
  if (COMMAND.test(line) || OTHER_INTENT.test(line) || FIELD_CORRECTION.test(line.trim()) || droppedRecordWords(line) !== undefined) return 'command';
  // …检查了上班纪律，没有发现什么问题 (round 48, fte: dropped): a finding of none neither asks nor denies.
  // …张颖和我两个人 这个算廉政教育吗 (round 48, fte: answered in chat as a completion query, the study dropped): the kind
  // asked of the deed before it is that deed's, proposed; no question of its own.
  const told = withoutFindings(withTypeAskedHedged(line));
  if (QUESTION.test(told) && !countsThoseNamed(line) && !countsListed(line)) return 'question';
  if (PLAN.test(line) || REQUIREMENT.test(line) || NOTICE.test(line) || arrangesTalk(line)) return 'plan';
  // 王建国副理事长11月9日与李明、孙丽分别谈话；赵敏书记尚未开展 (round 20u, found by d20: the whole line read as a denial,
  // then as a completion query for its 统计): a clause with its own day and deed is a report whatever the others deny.
  if (hasDatedDeedClause(told)) return undefined;
  if (DENIAL.test(told)) return 'denial';
  // …；与张颖同志开展谈心谈话一次；完成…数据统计。 (round 32a, F4: the talk dropped as a question): a deed counted done is told.
  if (QUERY.test(line) && !/了/.test(line) && !saysCountedDeed(line)) return 'query';
  return undefined;
}

/** 王建国、刘芳是2号 · 李明是11月5日: people told with their days. */
const PEOPLE_DAYS = /[\u4e00-\u9fa5]{2,4}(?:[、和及][\u4e00-\u9fa5]{2,4})*(?:都|均)?是\s*(?:\d{1,2}月)?\d{1,2}[日号]/;

/**
 * 跟班子几个人谈过了，王建国、刘芳是2号，陈志强、赵敏是3号 (round 42, t41b F9's kin): a 几 that is the line's only question word,
 * the people then told with their days, counts those it names — no question.
 */
function countsThoseNamed(line: string): boolean {
  return PEOPLE_DAYS.test(line) && !QUESTION.test(line.replace(/几(?=[个人位名])/g, '两'));
}

/** 王建国、刘芳、陈志强、赵敏几位班子成员 · 李明、孙丽几位同志: a 几 counting the names listed right before it. */
const LISTED_FEW = /[\u4e00-\u9fa5]{2,4}(?:、[\u4e00-\u9fa5]{2,4})+等?几(?=[位个名](?:同志|领导|班子成员|党组成员|负责人|部长|科长|主任|干部|人)?)/g;

/**
 * 昨天和王建国、刘芳、陈志强、赵敏几位班子成员逐一进行了廉政谈话 (round 43, t45a F1: 「这个问题我还回答不了」, eight deeds lost): a
 * 几 after a list of names counts them, and is the line's only question word, in a deed told done (了).
 */
function countsListed(line: string): boolean {
  return /了/.test(line) && new RegExp(LISTED_FEW.source).test(line) && !QUESTION.test(line.replace(LISTED_FEW, (m) => `${m.slice(0, -1)}两`));
}

const CLAUSE_DAY = /\d{1,2}月\d{1,2}[日号]|\d{1,2}[.\/-]\d{1,2}(?!\d)|今天|昨天|前天|(?:上|本|这)周[一二三四五六日天]/;
const CLAUSE_DEED = /谈话|谈心|签订|签署|检查|督查|学习|观看|召开|讲授|主讲|报送|了/;

/** One of the line's clauses (split at ；。) names a day and a deed and denies nothing, the line having several. */
function hasDatedDeedClause(line: string): boolean {
  const clauses = line.split(/[；;。]/).filter((c) => c.trim() !== '');
  return clauses.length > 1 && clauses.some((c) => CLAUSE_DAY.test(c) && CLAUSE_DEED.test(c) && !DENIAL.test(c) && !QUERY_OR_QUESTION.test(c));
}

/** A clause that asks (谁/吗/？) or queries (完成情况/进度) is no deed of its own. */
const QUERY_OR_QUESTION = new RegExp(`${QUESTION.source}|完成情况|进度|还差|还缺`);

/** Words that say something was done, for texts that name no day; going somewhere to check (来康复部检查…, round 6) too. */
// 日前，…赴市廉政教育基地接受警示教育 (t39a F31: 没看懂, though with a day it was read): receiving an education is one held.
// 11月 向党组书面报告上半年…廉政风险情况 (round 50, fxd, t52b F4: 「没有读出可记录的活动」, alone a completion query): a
// report made to someone (向党组书面报告 · 给赵书记汇报) is the deed itself, its 情况 what was reported.
export const REPORTED_TO = /(?:向|给)[^,;。!?\n]{1,10}?(?:书面|口头|专题)?(?:报告|汇报)(?![会人])/;
// 上周我部形成调研报告1篇 · 本科室撰写自查报告1份 (round 50 fyd, fxa's left-alone: dropped as no deed without an exact day,
// read with one): a paper said written (形成 · 撰写 · 起草) is the deed itself.
const PAPER_WRITTEN = /(?:形成|撰写|起草|写成|写出)[^,;。!?\n]{0,8}?(?:报告|信息|简报|专报)/;
// 按照要求，上报廉政信息3篇 (round 52, fwcc: dropped as talk about the duty, while 报送/提交 were read): a paper sent up by any
// verb of sending (上报 · 上交 · 递交 · 呈报 · 报出) is the deed itself.
const PAPER_SENT = /(?:上报|上交|递交|呈报|报出)[^,;。!?\n]{0,12}?(?:信息|篇|份|材料|报告|简报|专报)/;
const DEED = new RegExp(`${PAPER_WRITTEN.source}|${PAPER_SENT.source}|了|已经?|完成|开展|组织|召开|进行|举办|举行|观看|学习|签订|签署|报送|提交|主讲|讲授|接受[^,;。!?]{0,6}?(?:教育|培训)|(?:到|来|去(?!年)|赴|深入|前往|莅临)[^,;。!?]{1,10}?(?:检查|督查|暗访|调研)|${REPORTED_TO.source}`);

export function describesDeed(text: string): boolean {
  return DEED.test(text);
}

/** A period still to come, named without a day: 下周开展廉政谈话, 月底前开展一次检查 are plans. */
const COMING_PERIOD = /下周|下个?星期|下个?礼拜|下个?月|下季度|明年|(?:本月|这个?月|月|本周|这周|年|季度)底前|(?:年|季度|月)末前|近期将|近日将/;

/**
 * Whether `text` names a period still to come without a day. 下半年 is this year's second half: still to come only before
 * July (`today`, YYYY-MM-DD in Asia/Shanghai; without it, always) — 「上半年报送廉政信息3篇，下半年4篇」 sent in December (t39a
 * F3) was called a plan.
 */
export function namesComingPeriod(text: string, today?: string): boolean {
  return COMING_PERIOD.test(text) || (/下半年/.test(text) && (today === undefined || Number(today.slice(5, 7)) <= 6));
}

/** Said of a day in the future, only 了/已/完成 make it a (mistaken) report rather than a plan. */
export function claimsDone(text: string): boolean {
  return /了|已经?|完成|结束/.test(text);
}
