// A 台账 pasted from Excel (a header row 序号 谈话人 谈话对象 时间 形式, then one row per deed) read as the sentences its rows stand for.
import { activityTypeName } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { objectInContent, participantsOf, wholeOfUnit } from './tableParticipants.js';
import { cellsAlignedOnDay, cellsFoldedBesideDoer, cellsKeepingBlanks, dittoFilled, doerFromAbove } from './blankCellRow.js';
import { foldedMergedRow } from './foldedMergedRow.js';
import { cellsByPosition } from './alignedCells.js';
import { headingDepartment } from './headingDepartment.js';
import { headingBody } from './headingBody.js';
import { checkKindOfContent } from './checkKindOfContent.js';
import { noteCellParts } from './noteCellParts.js';
import { headerKind, PAPER_NOTE } from './headerKind.js';
import { SUM_WORD, TALLY_NOUN } from './totalWords.js';

type Column = 'times' | 'skip' | 'note' | 'doer' | 'counterpart' | 'day' | 'kind' | 'place' | 'inspected' | 'finding' | 'count' | 'participants';

/** 主持/主讲 · 主讲/主持 · 主持（主讲）人: one column for whoever chaired or lectured the row's deed. */
const SHARED_LEAD = /^(?:主持|主讲)(?:人)?\s*(?:[/／、或]|[（(])\s*(?:主持|主讲)(?:人)?[)）]?(?:人)?$/;

/**
 * 主持/谈话人 · 谈话人/主持人 · 主讲/谈话人 · 负责人/谈话人 (round 62, gbh; t65a F1: the header not read, each row the
 * sender's, row 2's doer lost and its 人数 unused): one column for whoever led the row, a talk's 谈话人 or an activity's 主持人.
 */
const LEAD_OR_TALKER = /^(?:(?:主持|主讲|负责|组织)人?\s*[/／、或]\s*谈话人|谈话人?\s*[/／、或]\s*(?:主持|主讲|负责|组织)人?|(?:主持|主讲|负责)\s*[（(]谈话[)）]\s*人|谈话\s*[（(](?:主持|主讲)[)）]\s*人)$/;

/** What each header word holds; a header is a row of these words only. */
const COLUMNS: ReadonlyArray<[RegExp, Column]> = [
  [/^(?:序号|编号|职务|职务职级)$/, 'skip'],
  // 季度 三季度 · 月份 8月 (round 40, t39a F16: the header not read, 备注's 观看《围猎》 left the row untyped): a period
  // column says when the row was planned, the 完成时间 column its day.
  [/^(?:季度|月份|周次)$/, 'skip'],
  // 备注 林晓参加 · 1篇 (round 39, t38b F10): who went along and how many papers are the row's; other notes (计划 · 1人请假 ·
  // 分管领导) say nothing a record holds, and 计划 makes the row a plan as in any cell (see noteOfRow).
  [/^(?:备注|说明|备注栏|备注说明|附注)$/, 'note'],
  [/^(?:谈话人|谈话领导|姓名|责任人|主讲人|授课人|主持人|组织者|组织人|检查人|带队|带队人|带队领导|检查组长|签订人|负责人|经办人)$/, 'doer'],
  // 日期⇥领导⇥签订对象⇥备注 (round 66, gfb; t68b F6: the header not read, the whole table dropped): the leader who signed or
  // lectured; 讲课人 · 宣讲人 · 主讲领导 are a lecture's 主讲人.
  [/^(?:领导|领导姓名|签订领导|责任领导|签字人|签约人|讲课人|宣讲人|主讲领导|授课领导)$/, 'doer'],
  // 主持/主讲 · 主讲（主持）人 (round 41, t40b F7: the header not read, the 参加人员 cell naming the sender dropped and the
  // 人数 column left unmatched): one column for whoever led the row, as 主持人 is.
  [SHARED_LEAD, 'doer'],
  [LEAD_OR_TALKER, 'doer'],
  // 记录人 赵磊 · 填表人 (round 41, t40a F5: the header not read, so 参加人数 4 was lost): who wrote the row down did nothing in it.
  [/^(?:记录人|记录员|填表人|登记人|审核人)$/, 'skip'],
  [/^(?:谈话对象|被谈话人|对象|签订对象)$/, 'counterpart'],
  // 责任书签订对象 · 签约对象 (round 66, gfb; t68b F6): whom a signing was with; headerKind makes the rows signings. (承诺人
  // is left unread: a member's own 承诺书 or one signed with the sender, the table does not say.)
  [/^(?:责任书签订对象|承诺书签订对象|签订人员|被签订人|签约对象)$/, 'counterpart'],
  [/^(?:时间|日期|谈话时间|谈话日期|活动时间|开展时间|签订时间|签订日期|签字日期|检查时间|检查日期|学习时间|学习日期|完成时间|完成日期|授课时间|讲课时间|党课时间)$/, 'day'],
  [/^(?:形式|谈话形式|类型|谈话类型|活动类型|内容|活动内容|谈话内容|类别|活动类别|谈话类别|谈话种类|主题|题目|活动名称|名称|事项|工作事项|活动事项|活动|活动项目|项目|工作内容|具体内容|主要内容|工作项目|党课题目|党课主题|讲课题目|检查内容|检查事项|检查项目|检查重点|检查方式|检查形式|检查方法|学习内容|学习主题|学习形式|教育形式|教育内容|活动形式)$/, 'kind'],
  [/^(?:地点|部门|科室|单位)$/, 'place'],
  // Whom a check visited (round 31, issue 10 H1): a place as 地点 is, but a column that makes the table one of checks.
  // 检查科室 · 被检查部室 · 被查部门 (round 43, t42c F1: the header not read, the whole table dropped) say the same.
  [/^(?:检查对象|检查部门|检查单位|被检查单位|被检查部门|受检单位|受检部门|检查科室|检查部室|被检查科室|被检查部室|被查部门|被查单位|被查科室)$/, 'inspected'],
  // What a check found (检查结果 2人未按时到岗 · 整改情况 已整改): written after the deed under its own header word.
  [/^(?:检查结果|检查情况|发现问题|存在问题|整改情况|整改落实情况)$/, 'finding'],
  // 应到 18 · 实到 16 as columns (round 37, t37b F12: both counts named unmatched, none kept): those present are the count,
  // as 应到20人，实到18人 in prose gives 18; those expected are no figure of the deed.
  [/^(?:人数|参加人数|参会人数|参学人数|参训人数|实到人数|实到|实参加人数|实际参加人数|出席人数)$/, 'count'],
  [/^(?:应到|应到人数|应参加人数|应参会人数|应出席人数)$/, 'skip'],
  // 项目 次数 日期 (round 41, t40b F15: 廉政谈话⇥2⇥11月4日、11月18日 left 「2」 unmatched): how many times, one per day listed.
  [/^(?:次数|开展次数|场次)$/, 'times'],
  // 检查人员 林晓 beside 带队领导 黄志刚 (t39a F22: the header not read, the table 没看懂): those who went along on a check.
  [/^(?:检查人员|检查组成员|参加检查人员|随同人员|陪同人员)$/, 'skip'],
  // 受检科室 · 受检部室 · 被检查对象 (round 43, t44b F5: a 纪检 officer's own check table 没看懂): whom a check visited.
  [/^(?:受检科室|受检部室|受检对象|被检对象|被检查对象)$/, 'inspected'],
  // 参加人员 holds the one talked to (王强) or who took part (全科6人): tableParticipants.ts tells which (round 19).
  [/^(?:参加人员?|参与人员?|参会人员?|参加对象)$/, 'participants'],
];

/**
 * A day written in a line (11月3日 · 11-03 · 11.3 · 3日), which a table's title line never holds; a span of months
 * (10-11月廉政工作台账) is none (round 19: that title was read as a line of no deed).
 */
const DAY_IN_TITLE = /\d{1,2}\s*月\s*\d{1,2}|\d{1,2}\s*[-./]\s*\d{1,2}(?![\d月])|\d{1,2}\s*[日号]/;

/** A doer column's header word and the verb that makes its cell the doer of the row's deed. */
const LEADS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:负责人|经办人|组织人|组织者)$/, '组织'],
  [/^主持人$/, '主持'],
  [/^(?:主讲人|授课人|讲课人|宣讲人|主讲领导|授课领导)$/, '主讲'],
  [SHARED_LEAD, '主持'],
  [LEAD_OR_TALKER, '主持'],
  [/^(?:带队|带队人|带队领导|检查组长)$/, '带队'],
];

/**
 * A content column (检查内容 考勤 · 学习内容 《条例》): a cell naming no type is what the deed was about, never dropped.
 * 检查方式 查阅考勤记录 · 现场查看 (round 43, t44b F5: the header not read, the whole check table 没看懂) says how a check
 * looked and at what: its cell is the check's content too, so 考勤记录 decides the kind and 现场查看 leaves it asked.
 */
const CONTENT_HEADER = /内容|主题|题目|事项|项目|重点|名称|检查方式|检查形式|检查方法/;

/**
 * A column holding the whole deed of its row (工作内容 对组联部开展…检查 · 向党组报送…信息): its cell is written as the
 * deed, never as what a deed was about nor as a study's title (round 39, t38b F10: the header was not read at all).
 */
const DEED_HEADER = /^(?:工作内容|具体内容|主要内容|工作项目)$/;

/**
 * The head count a 备注 cell states (应到3人，实到3人 → 3 · 参加12人 → 12), the 实到 figure before any other; '' when none.
 * t39a F4: the 参加人员 names were counted instead (徐辉、孙杰 → 2) or the 党课's 参加12人 dropped.
 */
function headsInNote(cell: string): string {
  return (/实到\s*(\d{1,3})\s*(?:人|名)?/.exec(cell) ?? /(?:参加|参会|出席|到会|共|计)\s*(\d{1,3})\s*(?:人|名)/.exec(cell))?.[1] ?? '';
}

/** A 备注 cell counting the row's papers or times (1篇 · 2份 · 共2次): said right after the deed, as 报送信息1篇 is. */
const COUNT_NOTE = /^共?(\d{1,3})\s*(篇|份|期|次)$/;

/**
 * What a 备注 cell adds to its row's sentence: the papers counted (`count`, glued to the deed), who went along or any other
 * piece (`along`, clauses after it), the one the deed was with (`counterpart`) and the head count (`heads`). Round 49 (fvb,
 * t51b F6): the cell is read piece by piece (noteCellParts) — 对象：王芳 the counterpart, 12人 the count — and a piece no
 * field takes (1人请假 · 会后开展讨论) is written after the deed as prose, never dropped (计划 is read as a plan elsewhere).
 */
function noteOfRow(cell: string, names: (name: string) => boolean): { count: string; along: string; pair?: { doer: string; with: string }; counterpart: string; heads: string } {
  const parts = noteCellParts(cell, names);
  const rest = parts.rest.join('，');
  const taken = { counterpart: parts.counterpart, heads: parts.heads };
  // 吴静与刘洋 beside 签订责任书 (round 40, t39a F16's table: the signing stored with no one): the note names its two sides.
  const pair = PAIR_NOTE.exec(rest);
  if (pair && names(pair[1]!) && pair[2]!.split('、').every((n) => names(n))) return { count: '', along: '', pair: { doer: pair[1]!, with: pair[2]! }, ...taken };
  // 学习《廉洁自律准则》 · 观看《围猎》，2人 (round 40, t39b F8 / t39a F16: the title dropped with the note): a note naming a
  // title says what the row's deed was about; it is written after the deed as a clause, its count with it.
  if (TITLED_NOTE.test(rest)) return { count: '', along: `，${rest.replace(/[。；;]+$/, '')}`, ...taken };
  const counted = COUNT_NOTE.exec(rest);
  if (counted) return { count: `${counted[1]}${counted[2]}`, along: '', ...taken };
  // 应到3人，实到3人 (round 39): those expected are said beside the count, as prose says them.
  if (/^应到\s*\d/.test(rest)) return { count: '', along: '', ...taken };
  return { count: '', along: rest === '' || PLAN_CELL.test(rest) ? '' : `，${rest.replace(/[。；;]+$/, '')}`, ...taken };
}

/** 吴静与刘洋 · 孙丽和王强、李娟: a note naming who did it and with whom. */
const PAIR_NOTE = /^\s*([\u4e00-\u9fa5]{2,3})(?:与|和|同|跟)([\u4e00-\u9fa5]{2,3}(?:、[\u4e00-\u9fa5]{2,3})*)\s*$/;

/** A note holding a title (《…》) with no day of its own: what the row's deed was about. */
const TITLED_NOTE = /《[^》]+》/;

/** A row's cell saying it is still to come (计划 · 待定 · 拟于): the row is a plan, which the parser names and leaves out. */
const PLAN_CELL = /^(?:计划|待定|拟|预计|暂定)/;

/** A cell opening with a day (11月3日 · 11.3 · 3日 · 11-03): a row's first cell, never prose's. */
const DAY_FIRST = /^\s*(?:\d{1,2}\s*[月./-]\s*\d|\d{1,2}\s*[日号])/;

/** 检查情况 · 督查台账 · 作风纪律巡查 · 暗访记录: a title saying its table is one of checks. */
const CHECK_TITLE = /检查|督查|巡查|抽查|暗访|核查/;

/** A totals row (合计 · 小计 · 总计 · 共计): a sum of the rows above, no item of its own. */
const TOTAL_CELL = /^(?:合计|小计|总计|共计)[:：]?$/;
/**
 * 本周⇥⇥⇥2次 · 累计⇥⇥⇥15次 under dated talk rows (round 63, gci; t66a B-F2: each became one more undated talk whose day
 * was asked, and dropping them on the card cancelled the whole message): a row opening with a period's total word and
 * holding a bare count (2次 · 15人次 · 3) and no name but a doer's is a count of the rows above, no deed of its own.
 */
const PERIOD_TOTAL_CELL = new RegExp(`^(?:本周|本月|本季度?|本年度?|全年|共|${SUM_WORD}|${TALLY_NOUN})[:：]?${SUM_WORD}?[:：]?$`);
const BARE_COUNT = /^(?:共|合计)?\d+\s*(?:人次|次|场|人|个|条)?$/;


/** A day cell that says no day (无 · — · / · 空): the row's day is asked, never taken from the row above. */
const NO_DAY = /^(?:无|空|不详|[—–\-－/／、]+)$/;

/** A header of two columns only (时间 被检查单位 · 检查对象 日期): a day and whom a check visited, in either order. */
function checkDayPair(columns: ReadonlyArray<Column | undefined>): boolean {
  return columns.length === 2 && columns.includes('day') && columns.includes('inspected');
}

/**
 * 日期⇥签订对象 · 谈话日期⇥谈话对象 (round 67, ggc; gfb's left-alone: not read): two columns make a header when they are a
 * day and whom a signing or a talk was with (not a bare 对象, which names no deed) — the sender the one who did each row.
 */
function dayCounterpartPair(words: readonly string[]): boolean {
  const columns = words.map(columnOf);
  return columns.length === 2 && columns.includes('day') && words.some((w) => columnOf(w) === 'counterpart' && w !== '对象');
}

function columnOf(word: string): Column | undefined {
  return COLUMNS.find(([re]) => re.test(word))?.[1];
}

/** Excel pastes cells with tabs; typed tables line them up with runs of spaces, or single spaces when no cell has one. */
function cellsOf(line: string, sep: RegExp): string[] {
  return line.trim().split(sep).map((c) => c.trim());
}

/** A cell border copied from a web table: ｜ or |, with the white space around it. */
const PIPE = /[ \t\u3000]*[|｜][ \t\u3000]*/;

/**
 * The cells of a line copied from a web table (｜日期｜检查对象｜ · 11月5日 | 维权部 | 林晓), its outer borders dropped and
 * a blank cell between two borders kept in place; undefined for a line with no border.
 */
function pipedCells(line: string): string[] | undefined {
  if (!/[|｜]/.test(line)) return undefined;
  return line.trim().replace(/^[|｜]|[|｜]$/g, '').split(PIPE).map((c) => c.trim());
}

/**
 * The cells of a tab-separated row whose first cell, the day's, is blank (⇥维权部⇥在岗在位⇥林晓: no day written), that
 * blank kept in place so the row is asked its day; undefined for a row that does not open with a tab, has more cells
 * than the header, or whose first column is not the day (a blank 谈话人 first is cellsKeepingBlanks' since round 56, fge: the name
 * above, as a merged cell).
 */
function leadingBlank(line: string, columns: readonly Column[]): string[] | undefined {
  if (columns[0] !== 'day' || !/^[ \u3000]*\t/.test(line)) return undefined;
  const cells = line.replace(/[\s\u3000]+$/, '').split('\t').map((c) => c.trim());
  return cells.length <= columns.length ? cells : undefined;
}

function separatorOf(header: string): RegExp {
  if (header.includes('\t')) return /\t+/;
  return / {2,}|\u3000+/.test(header.trim()) ? /(?: {2,}|\u3000+)/ : /[ \u3000]+/;
}

/**
 * The separator of one row under a header parted by `sep`: its own when it is parted otherwise (a table pasted in part
 * from Excel and in part typed: a tab header over rows lined up with spaces, or the reverse), else the header's.
 */
function rowSeparator(line: string, sep: RegExp): RegExp {
  if (line.includes('\t')) return /\t+/;
  if (sep.source === '\\t+' || sep.source === PIPE.source) return / {2,}|\u3000+/.test(line.trim()) ? /(?: {2,}|\u3000+)/ : /[ \u3000]+/;
  return sep;
}

/** The one type a title line names (张伟书记廉政谈话情况 · 谈心谈话台账（摘录）), read for rows whose own cells name none. */
function titleKind(titles: string[]): string | undefined {
  const codes = [...new Set(titles.flatMap((t) => findKinds(extractTitles(t).rest).map((k) => k.code)))];
  return codes.length === 1 ? activityTypeName(codes[0]!) : undefined;
}

const namesKind = (cell: string): boolean => cell.includes('《') || findKinds(extractTitles(cell).rest).length > 0;

/** A head-count cell as the clause it stands for: 30 · 30人 · 30人次 → ，30人参加; a cell of no number (待定) kept as written. */
function headCount(count: string): string {
  if (count === '') return '';
  const n = /^(\d+)\s*(?:人次?|名)?$/.exec(count);
  if (n) return `，${n[1]}人参加`;
  // 人数 全体 · 全员 (round 59, fcd; t61b F1): the unit's whole, said as prose says it.
  const whole = wholeOfUnit(count);
  return whole !== undefined ? `，${whole}参加` : `，参加人数${count}`;
}

/**
 * A 次数 cell as the clause it stands for: '' when it counts the days the row lists (2 beside 11月4日、11月18日 · 1 beside
 * one day), else 「，共N次」 so the reader weighs it against the days as it does in prose.
 */
function timesSaid(times: string, day: string): string {
  const n = /^(\d{1,3})\s*次?$/.exec(times);
  if (!n) return times === '' ? '' : `，${times}`;
  const days = day === '' ? 0 : day.split(/[、，,和及]/).filter((d) => d.trim() !== '').length;
  return Number(n[1]) === days ? '' : `，共${n[1]}次`;
}

/** A cell holding a title only: 《警钟长鸣》. */
const BARE_TITLE = /^《[^》]+》$/;

/** A place an education is held at (廉政教育基地 · 警示教育基地 · 展馆): it names where, not which kind. */
const EDUCATION_PLACE = /基地|展馆|教育馆/;

/** Words of an education done (集中学习 · 观看警示片 · 党课 · 宣讲): a row of these is one, its content cell a title. */
const STUDY = /学习|教育|党课|警示|观看|宣讲|讲座|培训|辅导/;

/**
 * The deed a row of education or checks stands for, from its `cells` under the `columns` (`content` marks the 内容/主题
 * columns) and the title line's type `kind`: the cells naming a type or saying how it was held (观看警示片 · 集中学习),
 * then the titles (观看警示片《警钟长鸣》); the title's type goes first when no cell names one (开展廉政教育，集中学习《…》).
 * A content cell naming no type (坚守廉洁底线 · 考勤) is an education's title, and otherwise `about`: what the deed was
 * about, written after it, never dropped (round 31, H1: 集中学习 and 考勤 were dropped, the row read as no deed).
 */
function deedOfRow(cells: string[], columns: Column[], content: boolean[], kind: string | undefined): { what: string; about: string } {
  const filled = cells.map((c, i) => ({ c, i })).filter(({ c, i }) => columns[i] === 'kind' && c !== '');
  const titles = filled.filter(({ c }) => BARE_TITLE.test(c)).map(({ c }) => c);
  const named = filled.filter(({ c }) => !BARE_TITLE.test(c) && namesKind(c)).map(({ c }) => c);
  const ways = filled.filter(({ c, i }) => !BARE_TITLE.test(c) && !namesKind(c) && !content[i]).map(({ c }) => c);
  const plain = filled.filter(({ c, i }) => !BARE_TITLE.test(c) && !namesKind(c) && content[i]).map(({ c }) => c);
  const core = [...named, ...ways].join('，');
  const typed = named.length > 0;
  const education = STUDY.test(core) || findKinds(kind ?? '').some((k) => k.code.startsWith('edu_'));
  // 参观廉政教育基地 under 各部室12月警示教育开展情况 (round 61, gab; t63b: a 廉政教育 of no doer beside the title's 警示教育 rows):
  // a visit to a 教育基地 says where an education was held, not which — the title's education kind still names it.
  const placeOnly = typed && kind !== undefined && findKinds(kind).some((k) => k.code.startsWith('edu_')) && named.every((c) => EDUCATION_PLACE.test(c));
  const heading = (!typed || placeOnly) && kind !== undefined && core !== '' ? `开展${kind}，` : '';
  const bare = !typed && core === '' ? kind ?? '' : '';
  const study = education && titles.length === 0 && plain.length > 0;
  const titled = [...titles, ...(study ? [`《${plain.join('、')}》`] : [])].join('');
  return { what: `${heading}${bare}${core}${titled}`, about: study ? '' : plain.join('、') };
}

/**
 * The message with a pasted table's title and header dropped and each row written as a sentence (11月10日，张伟与王建国
 * 廉政谈话), or undefined when it holds no such table. Only a header with a day column and a doer, counterpart or
 * checked-place column, or a deed column beside a head-count or 参加人员 column, counts: 序号 时间 地点 内容 tables are read
 * as they stand (their rows already read as sentences). Round 16: each row was read as the sender's talk of no type with
 * both names, and the title line as one more talk. `senderId` (a directory id) lets a title naming the sender's own
 * department or body stay as the rows' heading (ownTitle); without it every title is dropped.
 */
export function tableAsSentences(text: string, directory: Directory, senderId?: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const headerWords = (l: string) => pipedCells(l) ?? cellsOf(l, /[\t \u3000]+/);
  const at = lines.findIndex((l) => {
    const words = headerWords(l).filter((w) => w !== '');
    // 时间⇥被检查单位 (round 43, t44b F5): two columns make a header when they are a day and whom a check visited.
    return (words.length >= 3 || checkDayPair(words.map(columnOf)) || dayCounterpartPair(words)) && words.every((w) => columnOf(w) !== undefined);
  });
  if (at < 0) return underAccountTitle(lines, directory);
  const piped = pipedCells(lines[at]!) !== undefined;
  const sep = piped ? PIPE : separatorOf(lines[at]!);
  const heads = (pipedCells(lines[at]!) ?? cellsOf(lines[at]!, sep)).filter((w) => w !== '');
  const columns = heads.map((w) => columnOf(w)!);
  // 负责人 leads the row's deed; 「孙丽观看警示教育片」 reads as the sender's viewing, 「孙丽组织观看…」 as 孙丽's.
  // 主持人/主讲人/组织人 lead it the same way (round 21, K4: the column was read as no one's and each row as the sender's).
  const lead = heads.map((w) => LEADS.find(([re]) => re.test(w))?.[1]).find((v) => v !== undefined);
  const content = heads.map((w, i) => columns[i] === 'kind' && CONTENT_HEADER.test(w) && !DEED_HEADER.test(w));
  const people = directory.hasName;
  // 日期 活动 参加人数 over training rows (round 25 F3: the bare counts 15, 18 dropped without a word): a table of
  // activities with a head-count column is read too, not only one of people (a 参加人员 column is tableAttendees.ts's).
  // 日期 活动内容 参加人员 (round 39, t38b F1: the title 财务科谈话记录 read as one more talk, a study's people a talk's): a
  // 参加人员 column makes a table of activities too, its names the counterparts of a talk or a study's head count.
  // 季度 工作事项 完成时间 备注 (round 40, t39a F16): a 备注 beside the 事项 column makes one too; its row typed by the 事项.
  const ofActivities = columns.includes('kind') && (columns.includes('count') || columns.includes('participants') || columns.includes('note') || columns.includes('times'));
  // The line right above the header, with no day of its own, is the table's title: a heading, no deed. A month in it
  // (廉政谈话登记（11月）) is no day: round 18 read that title as one more talk and asked its day.
  const above = at > 0 && lines[at - 1]!.trim() !== '' && !DAY_IN_TITLE.test(lines[at - 1]!) ? at - 1 : at;
  const titles = lines.slice(above, at);
  // 日期 检查对象 检查内容 (round 31, H1): a table of checks, with or without a 带队 column, was read as no report.
  // 11月检查情况： ⏎ 日期|部门|内容 · 时间⇥科室⇥检查内容 (round 43, t42c F1: the whole table dropped without a word): a
  // department column beside a content column is whom a check visited when the title or a header word says 检查.
  const ofChecks = columns.includes('inspected') || (columns.includes('place') && columns.includes('kind') && (titles.some((t) => CHECK_TITLE.test(t)) || heads.some((w) => /^检查/.test(w))));
  if (!columns.includes('day') || !(columns.includes('doer') || columns.includes('counterpart') || ofActivities || ofChecks)) return undefined;
  // 签订对象 · 签订领导 · 主讲人 (round 66, gfb; t68b F6: a signing table's rows read as talks of no type): a header word of
  // one kind's deed names the rows' kind when the title names none.
  const kind = titleKind(titles) ?? headerKind(heads);
  // 张伟书记廉政谈话情况 over rows with no 谈话人 column: the one person the title names is whose rows these are.
  const titled = directory.org.people.filter((p) => titles.some((t) => t.includes(p.name)));
  const owner = !columns.includes('doer') && titled.length === 1 ? titled[0]!.name : '';
  let doerAbove: string | undefined;
  let cellsAbove: string[] | undefined;
  let placeAbove: string | undefined;
  // The unit a title names, as written there (康复中心), longest name first: whose 全体 a bare signing row is.
  const unitTitled = directory.org.departments
    .flatMap((d) => [d.name, ...d.aliases])
    .sort((a, b) => b.length - a.length)
    .find((n) => titles.some((t) => t.includes(n)));
  const ownUnit = directory.department(directory.person(senderId ?? '')?.departmentId ?? '')?.name;
  const headerLine = lines[at]!;
  const rows = lines.slice(at + 1).map((line) => {
    const rowSep = rowSeparator(line, sep);
    // A space-aligned row under a space-aligned header: an empty cell is a longer run of spaces, placed by where cells start.
    const aligned = !piped && sep.source === rowSep.source && rowSep.source !== '\\t+' ? cellsByPosition(headerLine, line, rowSep) : undefined;
    const kept = pipedCells(line) ?? (rowSep.source === '\\t+' ? cellsKeepingBlanks(line, columns.length) ?? leadingBlank(line, columns) : undefined) ?? aligned ?? cellsAlignedOnDay(cellsOf(line, rowSep), columns) ?? foldedMergedRow(cellsOf(line, rowSep), columns, (c) => DAY_IN_TITLE.test(c)) ?? (rowSep.source === '[ \\u3000]+' ? cellsFoldedBesideDoer(cellsOf(line, rowSep), columns, doerAbove) : undefined);
    // 11月21日⇥〃⇥王强⇥廉政谈话 (round 52, fwf; t54b B-F4: the talk given to the sender, the 谈话人 above lost): a ditto mark
    // (〃 · 同上 · " · ”) in any cell is the cell above it in the same column, as the writer meant.
    const cells = dittoFilled(kept ?? cellsOf(line, rowSep), cellsAbove);
    if (line.trim() !== '') cellsAbove = cells;
    // 合计⇥3 with fewer cells than the header: the sum of the rows above all the same.
    if (TOTAL_CELL.test(cells[0] ?? '')) return '';
    // 累计⇥何平⇥⇥15次: the doer's own running total is one too (only a doer's name may stand beside the count).
    if (PERIOD_TOTAL_CELL.test(cells[0] ?? '') && cells.slice(1).some((c) => BARE_COUNT.test(c)) && cells.every((c, i) => i === 0 || c === '' || BARE_COUNT.test(c) || columns[i] === 'doer')) return '';
    if (line.trim() === '' || cells.length > columns.length || cells.length < columns.indexOf('day') + 1) return line;
    // 共发现问题3个，已督促整改 · 合计检查4次 · 以上共计… under the rows (round 43, t42c F2): one cell opening with no day is
    // the writer's prose after the table — a tally of the rows above, read as prose is (never one more check asked its day).
    const filledCells = cells.filter((c) => c !== '');
    // ⇥⇥孙丽 under 11.20⇥王建国⇥李明 (round 68, ghc: Excel's merged 日期 and 签订人 cells, 孙丽 dropped without a word): a lone
    // cell kept in its place in the 对象 column that names someone of the directory is a row, its doer the one above.
    const lonePerson = kept !== undefined && filledCells.length === 1 && columns[cells.indexOf(filledCells[0]!)] === 'counterpart' && people(filledCells[0]!);
    if (filledCells.length === 1 && columns.length >= 3 && !DAY_FIRST.test(filledCells[0]!) && !lonePerson) return line;
    // 合计 ⇥⇥ 3次: the sum of the rows above, no deed of its own.
    if (cells.some((c) => TOTAL_CELL.test(c))) return '';
    const cell = (c: Column) => cells.filter((_, i) => columns[i] === c && cells[i] !== '').join('、');
    // 廉政谈话（对象：张颖）: the note names the one talked to, the rest is the deed.
    const contents = cells.map((c, i) => (columns[i] === 'kind' ? objectInContent(c) : { deed: c, counterpart: '' }));
    const deed = contents.filter((c, i) => columns[i] === 'kind' && namesKind(c.deed)).map((c) => c.deed).join('，');
    // 主讲人⇥对象 宣文部全体党员 (round 66, gfb): a lecture's 对象 is its audience, no one talked with.
    const lectureRow = deed === '' && kind === headerKind(heads) && kind === '廉政党课';
    const talk = (columns.includes('counterpart') && !lectureRow) || findKinds(extractTitles(deed || kind || '').rest).some((k) => k.code.startsWith('talk_'));
    // 形式 个别谈话 / 面对面 is how, not what: the title's type then; a talk column with neither is a talk of no type, asked.
    // Any other row (an education's, a check's) is written from all its 形式/内容 cells: see deedOfRow.
    // 检查内容 专项资金使用 · 考勤 (round 43, t42c F2: each row asked its type, or given a title's 督查 as 作风 whatever it
    // looked at): what a check row looked at decides its kind as it does in prose; a content deciding none keeps the
    // title's kind, or is asked.
    const looked = contents.filter((c, i) => content[i] && c.deed !== '' && !namesKind(c.deed)).map((c) => c.deed).join('、');
    const rowKind = (ofChecks && !talk ? checkKindOfContent(looked) : undefined) ?? kind;
    // 备注 承诺书 beside a signing (round 66, gfb; t68b F6: read as a third record, a signing with no one): the paper signed.
    const paper = deed === '' && (kind === undefined || /签/.test(kind)) ? PAPER_NOTE.exec(cell('note')) : null;
    const signedPaper = paper ? `签订${paper[1]}` : undefined;
    const { what, about } = talk ? { what: deed || signedPaper || kind || (columns.includes('counterpart') ? '谈话' : ''), about: '' } : deedOfRow(contents.map((c) => c.deed), columns, content, rowKind);
    // 发现问题 无 (t39a F22: the record's note became 「发现问题」): an empty cell said as 无 is no finding; 未发现问题 is written.
    const findings = cells.map((c, i) => (columns[i] === 'finding' && c !== '' && !/^(?:无|[—–\-－/／]+)$/.test(c) ? `，${heads[i]}：${c}` : '')).join('');
    const aboutText = `${about === '' ? '' : `，内容：${about}`}${findings}`;
    const note = noteOfRow(paper ? '' : cell('note'), people);
    const own = cell('doer') || (talk || /签/.test(deed || signedPaper || kind || '') ? (note.pair?.doer ?? '') : '');
    // A blank 谈话人 with no name above is written with no doer; blankDoerAsked.ts asks whose it is, or shows it on a card.
    const doer = (kept && columns.includes('doer') ? doerFromAbove(own, doerAbove) : own) || owner;
    if (own !== '') doerAbove = own;
    const joined = cell('participants');
    const written = [doer, ...contents.filter((_, i) => columns[i] === 'kind').map((c) => c.deed)].join(' ');
    const taking = joined ? participantsOf(joined, deed || kind || '', directory, written) : { counterpart: '', count: '' };
    const said = [cell('counterpart'), ...contents.map((c) => c.counterpart), taking.counterpart, note.counterpart].filter((c) => c !== '').join('、');
    const named = said === '' && note.pair !== undefined && own === note.pair.doer ? note.pair.with : said;
    // 周涛⇥组联部全体 beside 警示教育 (round 62, gbh; t65a F1: 「周涛与组联部全体警示教育」 kept no one): a unit's whole in
    // the 对象 column of an activity that is no talk and no signing is whom the doer organised it for, as 组织…全体人员 reads.
    const talkNamed = findKinds(extractTitles(deed || kind || '').rest).some((k) => k.code.startsWith('talk_'));
    const whole = !talkNamed && (deed !== '' || lectureRow) && doer !== '' && !/签|谈/.test(deed) ? WHOLE_OF_UNIT.exec(named) : null;
    const wholeUnit = whole !== null && whole[1] !== undefined && departmentNames(directory).includes(whole[1]) ? `${whole[1]}全体人员` : '';
    const counterpart = wholeUnit === '' ? named : '';
    // 11月11日⇥⇥观看警示片 under 组联部 (round 43, t43a F5: the second row stored with no department while the first had
    // one): Excel's merged 部门 cell pastes its name on the first row only, so a blank one in a row whose cells kept their
    // places is the department above, as a blank 谈话人 is the name above (doerFromAbove).
    const placeOwn = cell('place') || cell('inspected');
    const place = kept ? doerFromAbove(placeOwn, placeAbove) ?? '' : placeOwn;
    if (placeOwn !== '') placeAbove = placeOwn;
    const count = cell('count') || note.heads || (TITLED_NOTE.test(cell('note')) ? '' : headsInNote(cell('note'))) || taking.count;
    // 待定 in the day column or 计划 in any cell: a plan, written as one (计划11月19日…) so the parser names it as not
    // recorded; a day cell left blank or 无/— is no day, and the row is asked its own (never given the row above's).
    // (待定 in a head-count column is a number not known yet, no plan.)
    const plan = cells.some((c, i) => columns[i] !== 'count' && PLAN_CELL.test(c));
    // A check row is written as the deed it was (到维权部进行了作风纪律检查): with no day of its own, a bare 「在…检查」
    // followed by its content reads as no deed. A row whose type no cell and no title names (检查内容 考勤 names what was
    // looked at, not the type) is a check whose type is asked, never no report.
    const done = ofChecks && !/^(?:开展|进行|组织|对|到|赴|深入)/.test(what) ? (what ? `开展${what}` : `${plan ? '开展' : '进行了'}检查`) : what;
    // 主讲 before a bare 党课 reads as no one's lecture (何平主讲党课《…》 asked whose): 讲授 is what a lecturer does too.
    const verb = lead === '主讲' && /^(?:廉政)?党课/.test(done) ? '讲授' : lead;
    const organised = wholeUnit !== '' ? `组织${wholeUnit}` : verb !== undefined && doer !== '' && counterpart === '' && done !== '' && !/^(?:组织|主持|讲授|主讲|带队|开展)/.test(done) ? verb : '';
    const dayCell = cell('day');
    // 1⇥3月12日⇥签订承诺书⇥12 under 康复中心2026年廉政活动一览 (round 42, t41a F28: the sender's own pledge with no one, the 12
    // lost): a bare signing row of no one, under a title naming the unit, is the unit's 全体 signing, as 全体职工签订… reads.
    // With no unit in the title, a head count above one (签订承诺书⇥12) says as much of the sender's own unit.
    // 签订责任书⇥全体 (round 59, fcd; t61b F1) says the same as a count above one.
    const unit = unitTitled ?? (Number(count) > 1 || taking.whole !== undefined ? ownUnit : undefined);
    const unitSigning = doer === '' && counterpart === '' && unit !== undefined && BARE_SIGNING_ROW.test(done) ? `${unit}全体职工` : '';
    const day = NO_DAY.test(dayCell) || PLAN_CELL.test(dayCell) ? '' : dayCell;
    // 「计划黄志刚带队…」 with no day reads as a deed done whose day is asked; 「下一步，计划…」 as the plan it is.
    const opening = plan ? (day ? `计划${day}` : '下一步，计划') : day ? `${day}，` : '';
    // 日期⇥科室⇥活动⇥参加人数 ⏎ 12月3日⇥财务科⇥警示教育⇥4 from a clerk of 办公室 (round 47, fsf: 「在财务科警示教育」, the
    // clerk's own): a department in the row of a deed no one is named doing or had with is the department that held it,
    // its subject (财务科警示教育 is its head's, as in prose); a place that is no department (会议室) stays where it was.
    const heldByPlace = !ofChecks && !talk && doer === '' && counterpart === '' && departmentNames(directory).includes(place);
    const at = place ? (heldByPlace ? place : `${ofChecks ? '到' : '在'}${place}`) : '';
    // A plan is written as one clause (a clause after it would be read as a deed done): the card names the row as a plan.
    if (plan) return `${opening}${doer}${organised}${at}${counterpart ? `与${counterpart}` : ''}${done.replace(/，/g, '')}。`;
    // 组织签订… keeps 组织 first (组织康复中心全体职工签订…: the organiser's signing with each of them).
    const signed = unitSigning !== '' && /^组织/.test(done) ? `组织${unitSigning}${done.slice(2)}` : `${unitSigning}${done}`;
    return `${opening}${doer}${organised}${at}${counterpart ? `与${counterpart}` : ''}${signed}${note.count}${timesSaid(cell('times'), day)}${aboutText}${headCount(count)}${count === '' && unitSigning === '' && taking.whole ? `，${taking.whole}参加` : ''}${note.along}。`;
  });
  return [...lines.slice(0, above), ...ownTitle(titles, directory, senderId), ...rows].join('\n');
}

/** 组联部全体 · 组联部全体人员 · 全体党员 (round 62, gbh; t65a F1): a 对象 cell naming a unit's whole, the unit in group 1. */
const WHOLE_OF_UNIT = /^([\u4e00-\u9fa5]{2,6}?)?(?:全体(?:人员|党员|干部|干部职工|职工|同志)?|全员)$/;

/** 签订承诺书 · 组织签订廉洁从业承诺书 · 签署责任书: a row's deed that is a signing with no one named (个人… is one's own). */
const BARE_SIGNING_ROW = /^(?:组织|集中|统一)?(?:签订|签署|签了)(?![^，,与和同跟找]*?个人)[^，,与和同跟找]{0,16}?(?:承诺书|责任书|责任状)/;

/**
 * The table's title kept as a heading (a colon after it) when it names the department or body whose rows these are for
 * the sender (办公室11月党风廉政建设台账 · 财务科11月廉政工作完成情况 from a clerk of it: headingDepartment, headingBody), so
 * a row naming no doer (报送廉政信息1篇 · 开展专项资金使用情况自查) is the department's, its head's on a card, as under any
 * such heading (round 39, t38b F1/F5: the title was dropped with the header and those rows stayed the clerk's own).
 * Any other title is dropped as before: it names no deed.
 */
function ownTitle(titles: readonly string[], directory: Directory, senderId: string | undefined): string[] {
  if (senderId === undefined || titles.length !== 1) return [];
  const title = titles[0]!.trim().replace(/[：:]$/, '');
  // 财务科谈话记录 · 组联部谈话登记 name a deed: kept, they would read as one more talk (with the head) of no day; the rows
  // of a study or a talk name their own kind, and a study's doer is the head's by the collective rule anyway.
  if (namesKind(title) || /谈|学习|教育|检查|督查|签订|会议|党课|自查/.test(title)) return [];
  const whose = headingDepartment(title, directory, senderId) ?? headingBody(title, directory, senderId);
  return whose === undefined ? [] : [`${title}：`];
}

/** 组联部廉政谈话台账 · 张伟书记廉政谈话情况 · …台账（摘录）: the title of an account, over its rows. */
const ACCOUNT_TITLE = /(?:台账|台帐|情况|统计表?|汇总表?|一览表?|登记表?)(?:\s*[（(]摘录[)）])?\s*$/;

/**
 * An account's title line over dated rows, made a heading (a colon after it) so it gives its type to the rows and is no
 * deed itself; and rows written 「1 刘芳 周涛 11月9日 个别谈话」 under a title naming 刘芳, read as 刘芳's talk with 周涛.
 * Round 16: the title became a talk asked its day, and each row the sender's talk with both names.
 */
function underAccountTitle(lines: string[], directory: Directory): string | undefined {
  const [title, ...rest] = lines;
  const body = rest.filter((l) => l.trim() !== '');
  if (title === undefined || /\d|[:：]/.test(title) || !ACCOUNT_TITLE.test(title) || findKinds(extractTitles(title).rest).length === 0) return undefined;
  if (body.length === 0 || !body.every((l) => /\d/.test(l))) return undefined;
  const titled = directory.org.people.filter((p) => title.includes(p.name));
  const names = directory.hasName;
  const owner = titled.length === 1 ? titled[0]!.name : undefined;
  const rows = rest.map((line) => {
    const cells = line.trim().split(/[\t \u3000]+/);
    if (/^\d{1,2}$/.test(cells[0] ?? '')) cells.shift();
    const [doer, other, day, ...how] = cells;
    if (owner === undefined || doer !== owner || !names(other ?? '') || !/\d/.test(day ?? '')) return line;
    const deed = how.filter(namesKind).join('，');
    return `${day}，${doer}与${other}${deed || '谈话'}。`;
  });
  return [`${title.trimEnd()}：`, ...rows].join('\n');
}

/** Every name and alias of the directory's departments (财务科 · 财务室 · 康复中心…). */
function departmentNames(directory: Directory): string[] {
  return directory.org.departments.flatMap((d) => [d.name, ...d.aliases]);
}

