// 组织分管部门负责人召开党风廉政建设工作会议 · 组织郑华、冯雪召开… (round 34b, §2b: typed 专题会议, the second even asked whose):
// the people a 分管领导 gathers to hold a meeting are its participants, and the heads of what they supervise make it their
// 分管科室会议.
import type { Directory } from '../organization.js';
import type { KindChoice } from './parseKind.js';

/** 组织 ‹who› 召开/开/举行 …会: who is between 组织 and the verb (no clause break). */
// 召集分管的两个部门负责人开了个廉政工作会 (round 60, fbf; t62b F3: asked who chaired): 召集 gathers them as 组织 does, and the
// one who gathered them chaired it.
const ORGANISED_TO_MEET = /(?:组织|召集)([^,;。!?\n\u0000]{2,24}?)(?:一起)?(?:召开|开了|开|举行|举办)[^,;。!?\n]{0,24}?会/;
/** 分管部门负责人 · 分管的科室负责同志 · 分管部室主要负责人 · 分管科室部长: the heads of the departments one supervises. */
// 分管的两个部门负责人 · 分管的两位部长 (round 60, fbf): a count of them may stand in the words, as parseCounterpartGroups reads.
const SUPERVISED_HEADS = /^(?:其|各)?分管(?:的)?(?:(?:\d+|[两二三四五六七八九十几])(?:个|位|名))?(?:部门|科室|部室|处室|单位)?(?:的)?(?:主要)?(?:负责人|负责同志|部长|科长|主任|同志)?(?:等)?$/;
/** The words of a meeting that is no 分管科室会议 whoever sits in it: 专题会议, 党组会, 分析研判. */
const OTHER_MEETING = /专题|党组|研判|扩大/;

/**
 * `kind` retyped 分管科室会议 when `text` (the segment, days masked) says the doer gathered (组织 … 召开) the heads of the
 * departments they supervise — in words (分管部门负责人) or by the names of heads of departments `doerId` supervises, all of
 * them — to a meeting typed 专题会议 only by its topic (党风廉政建设工作会议); `kind` unchanged otherwise (a 专题会议 or
 * 党组会 named as such, other people gathered, a doer who supervises nothing). The retyping is inferred (shown for 确认).
 */
export function organisedHeadsMeeting(kind: KindChoice, text: string, doerId: string, directory: Directory): KindChoice {
  if (kind.code !== 'meeting_special' || OTHER_MEETING.test(kind.text)) return kind;
  const m = ORGANISED_TO_MEET.exec(text);
  if (!m) return kind;
  if (directory.supervisedBy(doerId).length === 0) return kind;
  const retyped = SUPERVISED_HEADS.test(m[1]!) || organisedHeadDepartments(text, doerId, directory).length > 0;
  return retyped ? { ...kind, code: 'meeting_dept', inferred: true, remarks: retypedRemarks(kind) } : kind;
}

/**
 * `kind`'s remarks with the one saying how its words were typed (「廉政工作会」按专题会议记录) saying the 分管科室会议 it is now and why
 * (round 60, fbf: the card said 专题会议 of a record typed 分管科室会议).
 */
function retypedRemarks(kind: KindChoice): string[] {
  const typed = `「${kind.text}」按`;
  return kind.remarks.map((m) => (m.startsWith(typed) ? `${typed}分管科室党风廉政建设工作会议记录（参会的是分管部门负责人）` : m));
}

/** After the last name: how many they are and their title (两位科长 · 2名部长). */
const COUNT_AND_TITLE = /(?:[两二三四五六\d](?:位|名))?(?:副?(?:部长|科长|主任|负责人))?(?:同志)?$/;

/**
 * The departments (ids, in the order named) whose heads `text` names as gathered to a meeting (组织郑华、冯雪召开…), when every
 * one named heads a department `doerId` supervises; [] otherwise (someone else among them, no names, no such words).
 */
export function organisedHeadDepartments(text: string, doerId: string, directory: Directory): string[] {
  const m = ORGANISED_TO_MEET.exec(text);
  if (!m) return [];
  const byHead = new Map(directory.supervisedBy(doerId).flatMap((d) => {
    const name = directory.person(d.headId)?.name;
    return name === undefined ? [] : [[name, d.id] as const];
  }));
  const names = m[1]!.split(/[、,，和及与]/).map((n) => n.replace(COUNT_AND_TITLE, '')).filter((n) => n.length > 0);
  const ids = names.map((n) => byHead.get(n));
  return ids.length > 0 && ids.every((id) => id !== undefined) ? [...new Set(ids as string[])] : [];
}
