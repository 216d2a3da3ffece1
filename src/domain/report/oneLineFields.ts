// 2026.11.17｜财务科｜廉政谈话｜谈话人：王建国｜谈话对象：孙丽、王强｜记录人：李娟 · 11.19 下午 廉政党课 主讲人 张伟 题目 以案为鉴
// 听课人数 36 (round 22u C1/E2): a 台账 row typed on one line, its fields joined by ｜, |, ；, commas or spaces. The sentence
// reader took the clerk for the doer and every name for someone talked to, and asked the lecturer 主讲人 named. Such a
// line is rewritten as the sentence it stands for (王建国与孙丽、王强进行了廉政谈话); minutes (主持人 + 内容) only get their
// ｜ made ；, which labelledMinutes reads.
import { isTalkType } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { findKinds } from './parseKind.js';
import { FORM_HEADING } from './formHeading.js';

type Field = 'doer' | 'counterpart' | 'day' | 'kind' | 'title' | 'count' | 'attendees' | 'place' | 'clerk' | 'content';

/** Field labels and what they hold. 主讲/授课/主持 lend the doer their verb. */
const LABELS: ReadonlyArray<[RegExp, Field]> = [
  [/^(?:谈话人|谈话领导|主讲人|主讲|授课人|主持人|组织人|组织者|负责人|带队领导|签订人)$/, 'doer'],
  [/^(?:谈话对象|被谈话人|对象|签订对象)$/, 'counterpart'],
  [/^(?:[\u4e00-\u9fa5]{0,4}(?:时间|日期))$/, 'day'],
  [/^(?:类型|形式|谈话类型|谈话形式|活动类型|活动形式|类别)$/, 'kind'],
  [/^(?:题目|党课题目|课题|讲题|片名|教育片|警示片)$/, 'title'],
  [/^(?:听课人数|参加人数|参训人数|参会人数|人数)$/, 'count'],
  [/^(?:参加人员|参会人员|参训人员|听课人员|出席人员)$/, 'attendees'],
  [/^(?:地点|会议地点|部门|科室|单位)$/, 'place'],
  [/^(?:记录人|记录|记录员|填表人|审核人|整理|经办人|上报人)$/, 'clerk'],
  [/^(?:内容|主要内容|会议内容|议题|主题|活动内容|谈话内容|谈话主题|谈话要点)$/, 'content'],
];

const LABEL_WORDS = '谈话人|谈话领导|主讲人|授课人|主持人|组织人|组织者|负责人|带队领导|签订人|谈话对象|被谈话人|签订对象|谈话时间|谈话日期|时间|日期|类型|谈话类型|活动类型|题目|党课题目|听课人数|参加人数|参训人数|参会人数|人数|参加人员|参会人员|听课人员|地点|记录人|记录|填表人|审核人|内容|会议内容|谈话内容|议题|主题';

/** A label then a space (主讲人 张伟), a name (主讲人张伟) or a number (听课人数30) right after it: given the colon the other fields have. */
const BARE_LABEL = new RegExp(`(^|[\\s｜|；;，,])(${LABEL_WORDS})(?:\\s+|(?=[\\u4e00-\\u9fa5]{2,4}(?:$|[\\s｜|；;，,])|\\d))(?![：:])`, 'g');

/** Where one field ends: ｜ | ； ; ， , a tab, or a space before the next field or cell. */
const BREAK = /\s*[｜|；;，,\t]\s*|\s+/;

const DAY = /^(?:(?:\d{4}[.\-/年])?\d{1,2}[.\-/月]\d{1,2}[日号]?|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]|今天|昨天|前天|上周[一二三四五六日天]|本周[一二三四五六日天]|周[一二三四五六日天])$/;
const TIME_OF_DAY = /^(?:上午|下午|晚上|早上|中午)$/;
/** 三楼会议室 · 中心 · 财务科 · 党支部: where it was, or the unit, which the record does not keep. */
const PLACE = /^[\u4e00-\u9fa5\d]{0,8}(?:会议室|室|楼|厅|基地|礼堂|中心|部|科|办|处|支部|小组)$/;
const COUNT = /^(?:听课|参加|参训|参会|到会|共)?(\d+)人(?:参加)?$/;
/** Who took part, in words: 全体党员参加 · 机关全体干部参加. */
const AUDIENCE = /^[\u4e00-\u9fa5]{0,6}(?:党员|干部|职工|同志|人员)(?:干部)?参加$/;

interface Record {
  doer?: string;
  verb: string;
  counterparts: string[];
  day: string;
  kind?: string;
  title?: string;
  count?: string;
  attendees?: string;
  minutes: boolean;
  heading?: string;
  content?: string;
  titleOpen?: boolean;
}

const VERBS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:主讲人|主讲|授课人)$/, '讲授'],
  [/^主持人$/, '主持'],
  [/^(?:组织人|组织者|负责人)$/, '组织'],
  [/^带队领导$/, '带队开展'],
];

/** One cell with no label: a day, a time of day, a place or department, a type (11月19日廉政党课), a head count. */
function bareCell(cell: string, rec: Record, directory: Directory): boolean {
  if (DAY.test(cell)) return !rec.day && ((rec.day = cell), true);
  // 廉政谈话登记表 · 谈心谈话记录: the form's heading names the kind where no cell does.
  if (FORM_HEADING.test(cell) && rec.heading === undefined) return (rec.heading = cell.replace(FORM_HEADING, '')), true;
  if (TIME_OF_DAY.test(cell) || PLACE.test(cell) || directoryIndex(directory).departmentBySurface.has(cell)) return true;
  // 全体党员参加 · 部门全体干部参加: who took part, said as the sentence would say it.
  if (AUDIENCE.test(cell)) return (rec.attendees ??= cell.replace(/参加$/, '')), true;
  const count = COUNT.exec(cell);
  if (count) return (rec.count = count[1]!), true;
  const dayThen = /^((?:\d{4}[.\-/年])?\d{1,2}[.\-/月]\d{1,2}[日号]?)(.+)$/.exec(cell);
  const kind = dayThen && !rec.day ? dayThen[2]! : cell;
  if (kind.length > 14 || findKinds(kind).length === 0 || rec.kind !== undefined) return false;
  if (dayThen && !rec.day) rec.day = dayThen[1]!;
  rec.kind = kind;
  return true;
}

/** 张伟书记 · 刘芳副理事长 · 周涛（组联部部长）: the name without the title or note written after it. */
const bareName = (value: string): string => value.replace(/[（(].*$/, '').replace(/(?:同志|党组书记|书记|副?理事长|副?主任|副?科长|副?部长|干事|科员|医师)$/, '').trim();

/** The names of a value (孙丽、王强 · 孙丽 王强), all in the directory, or undefined. */
function namesOf(value: string, names: (name: string) => boolean): string[] | undefined {
  const list = value.split(/[、，,和及\s]+/).filter((n) => n !== '').map(bareName);
  return list.length > 0 && list.every((n) => names(n)) ? list : undefined;
}

/** The record a line of fields stands for, or undefined when the line is no such row (any cell left unread). */
function readFields(line: string, directory: Directory): Record | undefined {
  const names = directory.hasName;
  const cells = line.replace(BARE_LABEL, '$1$2：').split(BREAK).filter((c) => c !== '');
  const rec: Record = { verb: '', counterparts: [], day: '', minutes: false };
  let labelled = 0;
  let last: Field | undefined;
  for (const cell of cells) {
    const m = /^([\u4e00-\u9fa5]{1,6})[：:](.*)$/.exec(cell);
    const field = m ? LABELS.find(([re]) => re.test(m[1]!))?.[1] : undefined;
    if (!m) {
      // 谈话对象：孙丽 王强: a second name after a list of people is one more of them.
      // 题目：廉洁行医 守护初心: a title's words after a space are more of it.
      if (last === 'counterpart' && names(cell)) rec.counterparts.push(cell);
      else if (last === 'title' && rec.titleOpen === true && !AUDIENCE.test(cell) && !PLACE.test(cell) && !DAY.test(cell) && !COUNT.test(cell) && findKinds(cell).length === 0) rec.title += ` ${cell}`;
      else if (!bareCell(cell, rec, directory)) return undefined;
      continue;
    }
    if (field === undefined) return undefined;
    labelled++;
    last = field;
    const value = m[2]!.trim();
    if (field === 'doer') {
      if (!names(bareName(value)) || rec.doer !== undefined) return undefined;
      rec.doer = bareName(value);
      rec.verb = VERBS.find(([re]) => re.test(m[1]!))?.[1] ?? '';
    } else if (field === 'counterpart') {
      const people = namesOf(value, names);
      if (people === undefined) return undefined;
      rec.counterparts.push(...people);
    } else if (field === 'day') rec.day ||= value;
    else if (field === 'kind') rec.kind ??= value;
    else if (field === 'title' && rec.title === undefined) {
      rec.title = value.replace(/^《|》$/g, '');
      // 《…》 closes the title; unquoted words may go on after a space.
      rec.titleOpen = !/^《.*》$/.test(value);
    }
    else if (field === 'count') rec.count ??= /\d+/.exec(value)?.[0];
    else if (field === 'attendees') rec.attendees ??= value;
    else if (field === 'content') (rec.minutes = true), (rec.content ??= value);
  }
  if (labelled < 2 || (rec.doer === undefined && rec.counterparts.length === 0)) return undefined;
  return rec;
}

/** The sentence a record stands for: 2026.11.17，王建国与孙丽、王强进行了廉政谈话 · 11.19，张伟讲授廉政党课《…》，参加36人. */
function sentenceOf(rec: Record): string | undefined {
  // The type a field or cell names; else what 内容 or the form's heading says, where it names one.
  // With people talked to (or signed with) only a talk or a signing fits: 谈话内容：节前廉政提醒 is what was said, not a
  // 廉政教育; with none of those the type is asked.
  const fits = (k: string | undefined) => k !== undefined && findKinds(k).some((m) => rec.counterparts.length === 0 || isTalkType(m.code) || m.code === 'pledge_sign');
  const kind = [rec.kind, rec.content, rec.heading].find(fits) ?? (rec.counterparts.length > 0 ? '谈话' : rec.kind ?? rec.content ?? '');
  if (kind === '') return undefined;
  const deed = rec.counterparts.length > 0 ? `与${rec.counterparts.join('、')}进行了${kind}` : `${rec.verb}${kind}`;
  const title = rec.title ? `《${rec.title}》` : '';
  const count = rec.count ? `，参加${rec.count}人` : '';
  const attendees = rec.attendees && !rec.count ? `，${rec.attendees}参加` : '';
  return `${rec.day ? `${rec.day}，` : ''}${rec.doer ?? ''}${deed}${title}${count}${attendees}`;
}

/**
 * `text` with each line that is one row of labelled fields (谈话人：… 谈话对象：… or 主讲人 … 题目 …) rewritten as the sentence
 * it stands for, the doer the one the 谈话人/主讲人/主持人 field names and a 记录人 no one; minutes with a 主持人 and a 内容 only
 * get ｜ between fields made ；. Lines that are no such row are unchanged.
 */
export function withOneLineFields(text: string, directory: Directory): string {
  return text
    .split('\n')
    .map((line) => {
      if (!/[：:]|(?:主讲人|谈话人|谈话对象|主持人)\s/.test(line)) return line;
      // 1. 11月3日｜谈话人：… : a list's number stays in front of the sentence.
      const [number] = /^\s*(?:\d{1,2}\s*[.、．)）](?!\d)|[①-⑩]|[一二三四五六七八九十]、)?\s*/.exec(line)!;
      const rec = readFields(line.slice(number.length).trim(), directory);
      if (rec === undefined) return line;
      if (rec.minutes && rec.counterparts.length === 0 && rec.verb === '主持') return line.replace(/\s*[｜|]\s*/g, '；');
      // No type anywhere and no one talked to: nothing to say the deed with, so the line is read as written.
      const sentence = sentenceOf(rec);
      return sentence === undefined ? line : `${number.trim()}${sentence}`;
    })
    .join('\n');
}
