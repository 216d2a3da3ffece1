// Several departments as the subject of one deed (财务科、办公室联合召开… · 财务科和组联部分别组织…): one reading per department.
import type { Directory } from '../organization.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** The readings of `text`, one per department listed as its subject, and whether they held it together. */
export interface DepartmentsApart {
  /** `text` with the list replaced by one department each, in the order written (联合/分别 dropped). */
  texts: string[];
  /** 联合/共同/一起: one activity held together, so records that come out the same are one. */
  joint: boolean;
}

/** Between two departments of one list. */
// 我们跟康复部一起… · 宣文部联合康复中心开展… (round 48, ftd): 跟, and 联合/会同/携手 joining the holders themselves.
const JOINER = /^\s*(?:、|,|和|及|与|同|跟|以及|联合|会同|携手)\s*$/;
/** A joiner that says the departments held it together (宣文部联合康复中心开展…). */
const JOINT_JOINER = /联合|会同|携手/;
/** After the list: what the departments did (联合召开, 分别组织, 于11月3日开展…). */
// 办公室和财务科11月25日联合开展… (found in a helper's own try: recorded at once as the sender's): a day may come first.
const DAY_BETWEEN = '(?:\\s*(?:于|在)?\\s*(?:\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|\\d{1,2}[./]\\d{1,2}|[上本这]周[一二三四五六日天]|周[一二三四五六日天]|今天|昨天|前天|上午|下午|,))*';
// 昨天跟教就部一起看了警示片 (round 48, ftd: filed under 教育就业部 only): the spoken 看 · 参观 · 举行 are deeds too.
const DEED_AFTER = new RegExp(`^${DAY_BETWEEN}\\s*((?:联合|共同|分别|各自|一起|一同|同时)?)${DAY_BETWEEN}\\s*(?:于[^,;。!?]{0,14}?)?\\s*(?:组织|召开|开展|举办|集中学习|学习|观看|收看|进行|签订|举行|参观|看(?!望))`);
/** Before the list: the start of a clause, perhaps a day (11月23日, 上周五, 11月份). */
const OPENING = /(?:^|[,;。!?\n\s]|[日号天]|周[一二三四五六日天]|星期[一二三四五六日天]|月份|上午|下午)$/;

/**
 * 财务科、办公室联合召开党风廉政建设工作会议 (found by the tester: only 财务科's was stored): each department listed as
 * the subject of one deed did it, so the deed is read once per department (its head's, or its 分管领导's meeting).
 * Undefined when `text` names no such list (a list after 与/到/对 is the people or places, not the doers). The sender's own
 * department (`ownDepartmentId`) written 我们部/我部/本部门… in such a list, or left out before 和维权部一起…, is one of them.
 */
export function departmentsApart(given: string, directory: Directory, ownDepartmentId?: string): DepartmentsApart | undefined {
  const index = directoryIndex(directory);
  const text = withOwnDepartmentNamed(given, index, ownDepartmentId);
  const found = [...text.matchAll(index.surfaces)].filter((m) => index.departmentBySurface.has(m[0]));
  for (let i = 0; i < found.length; i++) {
    if (!OPENING.test(text.slice(0, found[i]!.index))) continue;
    let j = i;
    while (j + 1 < found.length && JOINER.test(text.slice(found[j]!.index + found[j]![0].length, found[j + 1]!.index))) j++;
    const run = found.slice(i, j + 1);
    const ids = new Set(run.map((m) => index.departmentBySurface.get(m[0])!.id));
    const heldTogether = run.some((m, k) => k > 0 && JOINT_JOINER.test(text.slice(run[k - 1]!.index + run[k - 1]![0].length, m.index)));
    const end = found[j]!.index + found[j]![0].length;
    const deed = DEED_AFTER.exec(text.slice(end));
    if (ids.size < 2 || !deed) {
      i = j;
      continue;
    }
    const before = text.slice(0, found[i]!.index);
    const after = text.slice(end).replace(/(联合|共同|分别|各自|一起|一同|同时)/, (w, _x, at: number) => (at === deed[0].lastIndexOf(w) ? '' : w));
    const seen = new Set<string>();
    const texts = run.filter((m) => !seen.has(index.departmentBySurface.get(m[0])!.id) && seen.add(index.departmentBySurface.get(m[0])!.id)).map((m) => `${before}${m[0]}${after}`);
    return { texts, joint: heldTogether || /联合|共同|一起|一同/.test(deed[1]!) };
  }
  return undefined;
}

/** The sender's own department as written in a list of departments: 我们部 · 我部 · 我们科室 · 本部门 · 部里 · 科里. */
// 本部 · 本科 · 本室 (round 49, t52b F3) are the sender's unit said short, as 本部门 is.
const OWN = '(?:我们|我)(?:部门|科室|中心|部|科|室)|本(?:部门|科室|中心|部|科|室)|部里|科里';
const OWN_JOINED = new RegExp(`(${OWN})(?=\\s*(?:、|和|及|与|同|跟)\\s*)`, 'g');
/**
 * 我们和康复部一起学习了… (round 48, ftd: filed under 康复部 only): a bare 我们 before another department and 一起/联合/共同/一同
 * is the sender's department; without those words 我们 may be the people, not the department, and is left.
 */
const WE_JOINED = /我们(?=\s*(?:和|与|同|跟)\s*[^,;。!?\s]{2,8}?(?:一起|联合|共同|一同))/g;
/**
 * 三、11月26日，中心与康复部联合召开廉政风险排查会 (round 49, t52b F3: filed at 康复部 only, 何平's 康复中心 lost): a bare unit
 * word opening a clause before another department and a joiner is the sender's own unit — 中心 only for a sender of a 中心,
 * 部门/科室 for anyone's. Group 1 the clause opening, group 2 the word.
 */
const BARE_OWN_JOINED = /(^|[,;。!?\n\s、：:]|[日号天]|周[一二三四五六日天]|上午|下午)(中心|部门|科室)(?=\s*(?:、|和|及|与|同|跟)\s*)/g;
/** 前天和维权部一起开展了… · 11月25日与财务科联合…: the sender's department left out before 和 at the clause's start. */
const WITH_AT_START = /(^|[,;。!?\n\s]|[日号天]|周[一二三四五六日天]|上午|下午)(和|与|同|跟)(?=([^,;。!?\s]{2,8}?)(?:一起|联合|共同|一同))/g;

/**
 * 前天我们部和维权部一起开展了…自查 (round 36, t36b F8(b): filed under 维权部 only, the sender's own department lost): `text`
 * with 我们部 before another department written as the sender's department's name, and 和维权部一起 opening a clause with it
 * put before 和, so the list reads as two departments. Unchanged without an own department or such a list.
 */
function withOwnDepartmentNamed(text: string, index: ReturnType<typeof directoryIndex>, ownDepartmentId: string | undefined): string {
  if (ownDepartmentId === undefined) return text;
  const own = [...index.departmentBySurface.entries()].find(([, d]) => d.id === ownDepartmentId)?.[1];
  if (!own) return text;
  const otherFollows = (after: string) => {
    const first = after.replace(/^\s*(?:、|和|及|与|同|跟)\s*/, '').matchAll(index.surfaces).next().value;
    return first !== undefined && first.index === 0 && index.departmentBySurface.get(first[0])?.id !== ownDepartmentId && index.departmentBySurface.has(first[0]);
  };
  let out = text.replace(OWN_JOINED, (m, _w: string, at: number, whole: string) => (otherFollows(whole.slice(at + m.length)) ? own.name : m));
  // 上周三我们教就部和维权部一起开展了… from 陈静 (round 51, fza; t53a F2: read as the clerk's own, 我们 standing before the
  // department's own name): 我们 before the sender's department's name in such a list is that department, the name alone.
  const surfaces = [...index.departmentBySurface.entries()].filter(([, d]) => d.id === ownDepartmentId).map(([n]) => n).sort((a, b) => b.length - a.length);
  const weNamed = new RegExp(`(?:我们|咱们)\\s*(?=(?:${surfaces.join('|')})\\s*(?:、|和|及|与|同|跟))`, 'g');
  out = out.replace(weNamed, (m, at: number, whole: string) => {
    const name = surfaces.find((n) => whole.startsWith(n, at + m.length))!;
    return otherFollows(whole.slice(at + m.length + name.length)) ? '' : m;
  });
  out = out.replace(BARE_OWN_JOINED, (m, lead: string, word: string, at: number, whole: string) =>
    (word !== '中心' || own.name.endsWith('中心')) && otherFollows(whole.slice(at + m.length)) ? `${lead}${own.name}` : m,
  );
  out = out.replace(WE_JOINED, (m, at: number, whole: string) => (otherFollows(whole.slice(at + m.length)) ? own.name : m));
  out = out.replace(WITH_AT_START, (m, lead: string, joiner: string, _words: string, at: number, whole: string) =>
    otherFollows(whole.slice(at + m.length)) ? `${lead}${own.name}${joiner}` : m,
  );
  return out;
}
