// The people a talk names, found one kind of reference at a time (mention, name, department, 王科长, 班子成员…).
import type { Department, Person } from '../organization.js';
import { ADDRESS_TITLES, departmentEnding, peopleWithTitle, type DirectoryIndex } from './parseDirectoryIndex.js';
import { MASK } from './parseNormalize.js';
import { outsideTitle } from './outsideTitle.js';
import { belongsTo } from './departmentQualifier.js';
import { holdsTitle, titleMisfitOthers } from './titleMisfit.js';
import type { Mention, ReportProblem } from './draft.js';

/** One reference to one or more people, at a span of the text. */
export interface CounterpartItem {
  start: number;
  end: number;
  text: string;
  ids: string[];
  problem?: ReportProblem;
  /** A department named on its own: its head stands in only if nobody else is named. */
  departmentOnly?: Department;
  /** A department's title (办公室副主任): a name right after it is the one it describes. */
  titleIn?: Department;
  /** Expanded from a group word (各科室负责人, 班子成员): the bot confirms before recording. */
  group?: true;
  /** Expanded from 各科室负责人 / 各部室负责人: every department head, which only a 书记, leader or 纪检 talks or signs with. */
  allHeads?: true;
  remark?: string;
  /**
   * 孙丽副科长 · 财务科科长王强 (round 64, gde): the one of the name (`ids`) does not hold the title written beside it, and these
   * others of their department do (titleMisfitOthers); parseCounterparts asks which one unless the item is the doer.
   */
  misfit?: { ids: string[]; holder: string };
}

/** Blank a span keeping positions, so items found by different passes stay comparable. */
export function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + MASK.repeat(end - start) + text.slice(end);
}

/** Resolve a list of candidates to an item: one person, several (ambiguous), or none (unknown). */
export function resolved(start: number, end: number, text: string, candidates: Person[]): CounterpartItem {
  if (candidates.length === 1) return { start, end, text, ids: [candidates[0]!.id] };
  if (candidates.length === 0) return { start, end, text, ids: [], problem: { code: 'unknown_counterpart', text } };
  return { start, end, text, ids: [], problem: { code: 'ambiguous_counterpart', text, candidateIds: candidates.map((p) => p.id) } };
}

export function mentionItems(text: string, mentions: Mention[], index: DirectoryIndex): CounterpartItem[] {
  const items: CounterpartItem[] = [];
  for (const m of text.matchAll(/@_user_\d+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const mention = mentions.find((x) => x.key === m[0]);
    if (!mention) {
      // A placeholder without its mention cannot be resolved; it is not a name either.
      items.push({ start, end, text: m[0], ids: [] });
      continue;
    }
    const byOpenId = mention.openId ? index.directory.byOpenId(mention.openId) : undefined;
    const item = resolved(start, end, mention.name, byOpenId ? [byOpenId] : index.peopleByName.get(mention.name) ?? []);
    items.push(item);
  }
  return items;
}

const TITLE_AFTER_NAME = new RegExp(`^\\s*(?:同志|老师|副?(?:${ADDRESS_TITLES.join('|')}))`);
/** A department alone stands for a counterpart only where one would stand (与财务科, 、财务科), not in 谈了财务报销. */
const COUNTERPART_BEFORE = /^$|[与和跟同对找及、的\u0000,;。!?]$/;
const HEAD_WORDS = /^\s*的?\s*(?:主要负责人|负责人|负责同志|一把手)/;
// 教育就业部新任副部长 · 办公室新提拔的副主任 (round 49, t52b F1: 「教育就业部」 taken alone for its head 郑华, the 副部长
// dropped): a fresh-post or secondment word may stand between the department and the title; group 1 keeps it.
const TITLE_AFTER_DEPT = new RegExp(`^\\s*的?\\s*((?:新任|新提拔|新提任|新晋升?|新到任|刚到任|新上任|刚上任|新调任|新调入|新任命|新入职|新进|挂职)(?:的)?)?\\s*(副)?(${ADDRESS_TITLES.join('|')}|长)`);

/** 财务科科长 is whoever's title says so; 财务科长 and 财务科负责人 fall back to the head. */
function departmentTitle(dept: Department, deputy: boolean, word: string, index: DirectoryIndex): Person[] {
  const people = index.directory.org.people;
  if (word !== '长') {
    const exact = people.filter((p) => p.title.includes(`${dept.name}${deputy ? '副' : ''}${word}`));
    if (exact.length > 0) return deputy ? exact : peopleWithTitle(exact, word, false);
  }
  const inDept = people.filter((p) => p.departmentId === dept.id);
  const titled = word === '长' ? [] : peopleWithTitle(inDept, word, deputy);
  if (titled.length > 0) return titled;
  const head = index.directory.person(dept.headId);
  return !deputy && head ? [head] : [];
}

/** 康复部、教育就业部负责人: departments listed before a title share it. */
function shareTitle(items: CounterpartItem[], text: string, start: number, word: string, find: (d: Department) => Person[]): void {
  let next = start;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (!item.departmentOnly || !/^\s*[、和及与]\s*$/.test(text.slice(item.end, next))) return;
    items[i] = resolved(item.start, item.end, `${item.text}${word.trim()}`, find(item.departmentOnly));
    next = item.start;
  }
}

/** 财务科负责人 / 财务科副科长 / 财务科 alone (only where a counterpart would stand). */
function addDepartment(items: CounterpartItem[], text: string, start: number, surface: string, dept: Department, index: DirectoryIndex): void {
  const after = text.slice(start + surface.length, start + surface.length + 12);
  const head = HEAD_WORDS.exec(after);
  const titled = head ? null : TITLE_AFTER_DEPT.exec(after);
  if (head || titled) {
    const word = (head ?? titled)![0];
    const find = (d: Department): Person[] =>
      titled ? departmentTitle(d, titled[2] !== undefined, titled[3]!, index) : [index.directory.person(d.headId)].filter((p): p is Person => p !== undefined);
    shareTitle(items, text, start, word, find);
    const end = start + surface.length + word.length;
    // 财务科科长赵大海: a name the directory does not know after the title is asked, the title's holder offered (round 15's
    // kin: recorded at once as a talk with 孙丽).
    const unknown = outsideTitle(text, start, end, index).name;
    if (unknown) {
      const said = text.slice(start, unknown.start + unknown.text.length);
      // 办公室干事刘晓东 (round 55, fhe; fjff: 林晓, the office's 纪检干事, offered for someone else by name): a full name the
      // directory does not know is that person; only a holder of the title with the same surname (a slip of the given name)
      // is offered beside 不在名单里, never one of another surname.
      const candidateIds = find(dept).filter((p) => p.name[0] === unknown.text[0]).map((p) => p.id);
      const problem = candidateIds.length > 0 ? { code: 'ambiguous_counterpart' as const, text: said, candidateIds } : { code: 'unknown_counterpart' as const, text: said };
      items.push({ start, end: start + said.length, text: said, ids: [], problem });
      return;
    }
    // 教育就业部新任部长 (t52b F1): a post just taken up may be someone the directory does not show yet, so its holder there is
    // offered, never taken; no holder (新任副部长 where no one is 副部长) is asked with 不在名单里.
    const holders = find(dept);
    const fresh = titled?.[1] !== undefined && holders.length === 1;
    const item = fresh
      ? { start, end, text: text.slice(start, end), ids: [], problem: { code: 'ambiguous_counterpart' as const, text: text.slice(start, end), candidateIds: [holders[0]!.id] } }
      : resolved(start, end, text.slice(start, end), holders);
    items.push({ ...item, titleIn: dept });
  } else if (COUNTERPART_BEFORE.test(text.slice(0, start).trimEnd().slice(-1)) && !inVisitedList(text.slice(0, start), index)) {
    const head = index.directory.person(dept.headId);
    items.push({ start, end: start + surface.length, text: surface, ids: head ? [head.id] : [], departmentOnly: dept });
  }
}

/** Where a place list starts: 到组联部、康复部 · 赴办公室和财务科 · 对办公室及财务科. */
const PLACE_VERB = /(?:到|赴|去|前往|深入|走进|来到|走访|对)[\s\u0000]*$/;

/**
 * Whether a department written at the end of `before` + joiner is one more place of a list that a visit verb opened
 * (刘芳「上周二、周四分别到组联部和康复部开展了廉政谈话」, found by s28: stored at once as two talks with 吴静, the 和
 * taken for 与). Such a department is where the deed was done, never the one talked with.
 */
function inVisitedList(before: string, index: DirectoryIndex): boolean {
  let rest = before.replace(/[\s\u0000]*[、和及与][\s\u0000]*$/, '');
  if (rest.length === before.length) return false;
  for (;;) {
    const surface = departmentEnding(rest, index);
    if (surface === undefined) return false;
    rest = rest.slice(0, -surface.length);
    if (PLACE_VERB.test(rest)) return true;
    const joined = rest.replace(/[\s\u0000]*[、和及与][\s\u0000]*$/, '');
    if (joined.length === rest.length) return false;
    rest = joined;
  }
}

/** Said before a title of a post just taken up, which the directory may not show yet. */
const FRESH_POST = /(?:新任|新提拔|新提任|新晋升?|刚到任|新到任|刚上任|新上任|新调任|新调入|新任命)(?:的)?[\s\u0000]*$/;

/** 新任 · 新提拔 · 挂职 inside a department's title item (教育就业部新任副部长). */
const FRESH_INSIDE = /新任|新提|新晋|到任|上任|新调|新入职|新进|挂职/;

/** 李明, 办公室李明主任: a department just before says which 李明 and belongs to the reference. */
function addPerson(items: CounterpartItem[], text: string, start: number, name: string, index: DirectoryIndex): void {
  let candidates = index.peopleByName.get(name) ?? [];
  let from = start;
  const previous = items[items.length - 1];
  if (previous?.departmentOnly && /^[\s的]*$/.test(text.slice(previous.end, start))) {
    const d = previous.departmentOnly;
    const inDept = candidates.filter((p) => belongsTo(p, d));
    from = previous.start;
    items.pop();
    // 办公室王强同志 (issue #10): a name not of the department said is asked, the department's head offered too.
    if (inDept.length === 0 && candidates.length > 0) {
      const title = TITLE_AFTER_NAME.exec(text.slice(start + name.length, start + name.length + 12));
      const said = text.slice(from, start + name.length + (title ? title[0].length : 0));
      const candidateIds = [...new Set([...candidates.map((p) => p.id), d.headId])];
      items.push({ start: from, end: from + said.length, text: said, ids: [], problem: { code: 'ambiguous_counterpart', text: said, candidateIds } });
      return;
    }
    candidates = inDept;
  } else if (previous?.titleIn && /^[\s的]*$/.test(text.slice(previous.end, start))) {
    // 新任办公室副主任胡军 · 财务科副科长王强 (found by the tester, round 10: asked who the 副主任 was): the title describes the
    // name after it. A new post (新任/新提拔/刚到任) may not be in the directory yet; otherwise the name must be of that department.
    // 教育就业部新任副部长胡军 (t52b F1): the fresh word may stand inside the title's item too.
    const fresh = FRESH_POST.test(text.slice(0, previous.start)) || FRESH_INSIDE.test(previous.text);
    const inDept = candidates.filter((p) => p.departmentId === previous.titleIn!.id || p.title.includes(previous.titleIn!.name));
    if (fresh || inDept.length > 0) {
      if (!fresh) candidates = inDept;
      from = previous.start;
      items.pop();
    }
  }
  const title = TITLE_AFTER_NAME.exec(text.slice(start + name.length, start + name.length + 12));
  const end = start + name.length + (title ? title[0].length : 0);
  const before = from < start ? RANK_AT_END.exec(text.slice(from, start).replace(/[\s的]+$/, '')) : null;
  const written = before?.[0] ?? title?.[0].trim();
  // 和徐辉、孙杰两位副主任 (两位 gone before this reader): a title closing a list that someone listed before (by bare name)
  // holds is the list's, loosely said of all, not a title the last name was misheard by.
  const listed = previous !== undefined && previous.ids.length === 1 && from === start && previous.text === index.directory.person(previous.ids[0]!)?.name && /^\s*[、和及与]\s*$/.test(text.slice(previous.end, start));
  const sharedByList = listed && written !== undefined && holdsTitle(index.directory.person(previous.ids[0]!), written);
  const misfit = candidates.length === 1 && written && !sharedByList ? titleMisfitOthers(candidates[0]!, written, index.directory, text) : [];
  if (misfit.length > 0) {
    items.push({ ...resolved(from, end, text.slice(from, end), candidates), misfit: { ids: misfit.map((p) => p.id), holder: candidates[0]!.id } });
    return;
  }
  // 吴静静 is not 吴静 (a newcomer's finding: recorded as 吴静 without a word): a name with a character more is asked.
  const longer = title ? null : LONGER_NAME.exec(text.slice(end, end + 6));
  const doubled = longer !== null && longer[1] === name.slice(-1);
  // Another character is a longer name only before a plain boundary: 王芳座谈 · 李明约谈 are words of their own.
  if (longer && candidates.length > 0 && (doubled || (!FOLLOWS_NAME.test(longer[1]!) && !/^.谈/.test(text.slice(end, end + 2))))) {
    const said = text.slice(from, end + 1);
    items.push({ start: from, end: end + 1, text: said, ids: [], problem: { code: 'ambiguous_counterpart', text: said, candidateIds: candidates.map((p) => p.id) } });
    return;
  }
  items.push(resolved(from, end, text.slice(from, end), candidates));
}

/** A rank ending a department's title before a name (财务科科长|王强): the words titleMisfitOthers weighs. */
const RANK_AT_END = /副?(?:主任|科长|部长|处长|局长|站长|院长|所长|组长)$/;

/** One more character after a full name, then where a name ends (进行/谈/签/、): 吴静静进行, 孙丽丽、. */
const LONGER_NAME = /^([\u4e00-\u9fa5])(?=进行|谈|开展|签|同志|[、,，;；。\s\u0000]|$)/;
/**
 * Characters that follow a name as words of their own: 吴静在谈, 李明等, 王强一起, 孙丽说; 和杨帆补谈了一次心 · 补签 (t30f
 * §1.12: asked 「杨帆补」是哪一位) is a make-up, not a longer name. 黄志刚率检查组… · 黄志刚带检查组… (round 46, t48b F4: the
 * leader of a check read as 「黄志刚率」, asked who led it) lead the group.
 */
export const FOLLOWS_NAME = /[以座约面交同等在到进谈签主部科书理副局处们说讲聊一两二三分共及和与的对就开作交个了也都还又再先后是为给把被从向跟去来老总于上下中时日月年号次啊呀吧呢嘛补率带]/;

/** Full names and departments, with the titles around them (办公室李明主任, 财务科负责人). */
export function surfaceItems(text: string, index: DirectoryIndex): CounterpartItem[] {
  const items: CounterpartItem[] = [];
  for (const m of text.matchAll(index.surfaces)) {
    const dept = index.departmentBySurface.get(m[0]);
    if (dept) addDepartment(items, text, m.index, m[0], dept, index);
    else addPerson(items, text, m.index, m[0], index);
  }
  return items;
}

/**
 * Another body right before a surname and title (区纪委 · 市纪委第二监督检查室 · 区财政局 · 街道办 · 社区): its people are not the
 * directory's. 市残联 is left out: it may be the organisation itself (市残联张书记).
 */
export const OUTSIDE_BODY = /(?:[区市县省](?:纪委|监委|纪委监委|委|政府|[\u4e00-\u9fa5]{1,4}局)|街道(?:办事处|办)?|乡镇?|社区)(?:[\u4e00-\u9fa5]{0,8}?(?:室|处|科|局|组))?的?[\s]*$/;

/** 王科长, 张书记, 王副科长: people of that surname whose title holds the word. */
export function surnameTitleItems(text: string, index: DirectoryIndex): CounterpartItem[] {
  const items: CounterpartItem[] = [];
  for (const m of text.matchAll(index.surnameTitle)) {
    const people = index.peopleBySurname.get(m[1]!) ?? [];
    // 和区纪委王科长 (round 61, gac): a 科长 of another body is no one of the directory; asked who, never 王强 unasked.
    const outside = OUTSIDE_BODY.test(text.slice(Math.max(0, m.index - 12), m.index));
    items.push(resolved(m.index, m.index + m[0].length, m[0], outside ? [] : peopleWithTitle(people, m[3]!, m[2] !== undefined)));
  }
  return items;
}

/** 老王, 小李: everyone of that surname, so usually a question back. */
export function familiarItems(text: string, index: DirectoryIndex): CounterpartItem[] {
  const items: CounterpartItem[] = [];
  for (const m of text.matchAll(index.familiar)) {
    const all = index.peopleBySurname.get(m[1]!) ?? [];
    const end = m.index + m[0].length;
    if (all.length < 2) {
      items.push(resolved(m.index, end, m[0], all));
      continue;
    }
    // 新来的办公室科员小刘 (round 55, fha; t57b F9: 刘芳, a 副理事长, and 刘洋 of 康复部 offered): the words said with the name
    // narrow whom to offer.
    // None fitting is someone the directory does not hold; one left is offered among all as before (never stored unasked,
    // the sender dropped from them later), several only those.
    const fit = familiarFit(all, m[0], text.slice(Math.max(0, m.index - 12), m.index));
    items.push(fit.length === 0 ? { start: m.index, end, text: m[0], ids: [], problem: { code: 'unknown_counterpart', text: m[0] } } : resolved(m.index, end, m[0], fit.length === 1 ? all : fit));
  }
  return items;
}

/** A post written before a familiar name (办公室科员小刘 · 康复部的小刘 · 医师小孙). */
const POST_BEFORE = /(科员|干事|医师|干部|同事|同志|工作人员|职工|实习生)$/;

/**
 * Of `people` (a surname's), those `said` (小刘 · 老王) with the words just `before` it may mean: a 小X is no leader nor
 * the secretary; a post said (科员 · 医师) keeps those whose title holds it (干部/同事/同志/职工 say none).
 */
function familiarFit(people: Person[], said: string, before: string): Person[] {
  let fit = said.startsWith('小') ? people.filter((p) => !p.roles.includes('leader') && !p.roles.includes('secretary')) : people;
  const trimmed = before.replace(/(?:新来的|刚来的|的)$/, '');
  const post = POST_BEFORE.exec(trimmed)?.[1];
  if (post && /科员|干事|医师/.test(post)) fit = fit.filter((p) => p.title.includes(post));
  // The department said before it (办公室科员小刘) is read after, with the other names (qualifiedByDepartment).
  return fit;
}

/** The rest of a list of titles after a title, up to the name they describe: 、理事长 (党组书记、理事长张伟) · 、党组成员. */
const TITLES_BEFORE_NAME = /^(?:[、\s\u0000]*(?:党组书记|党组成员|机关党委书记|书记|副理事长|理事长))*[\s\u0000]*/;

/** 书记 / 党组书记 / 理事长 alone mean the secretary; 副理事长 alone is one of the leaders. */
export function topRoleItems(text: string, index: DirectoryIndex): CounterpartItem[] {
  const items: CounterpartItem[] = [];
  for (const m of text.matchAll(/(?<![委支总副])(?:党组书记|书记|副理事长|理事长)/g)) {
    const end = m.index + m[0].length;
    const outsider = outsideTitle(text, m.index, end, index);
    if (outsider.name) items.push({ start: outsider.name.start, end: outsider.name.start + outsider.name.text.length, text: outsider.name.text, ids: [], problem: { code: 'unknown_counterpart', text: outsider.name.text } });
    if (outsider.outside) continue;
    // 中心党支部书记何平为…讲授 (round 31g, F3: the lecture given to 赵敏, 何平 lost): a title right before a directory name
    // is that person's (党组书记张伟 is 张伟 by the name), never a second person standing before them in the clause; so is
    // each title of a list before the name when the name is who the title means (党组书记、理事长张伟; 书记、王建国 is two).
    const people = m[0] === '副理事长'
      ? index.directory.org.people.filter((p) => p.title.includes('副理事长'))
      : [index.directory.secretary()].filter((p): p is Person => p !== undefined);
    const listed = end + (TITLES_BEFORE_NAME.exec(text.slice(end))?.[0].length ?? 0);
    const holder = index.directory.org.people.find((p) => text.startsWith(p.name, listed));
    if (holder && (listed === end || people.includes(holder))) continue;
    items.push(resolved(m.index, end, m[0], people));
  }
  // 机关纪委书记与王磊谈话 · 机关党委书记主持… (round 32b, F6: stored at once as the clerk's own talk): an office of a
  // 机关 body names the one person whose directory title holds it; one no title holds, or one of another body (市纪委书记),
  // names nobody here.
  for (const m of text.matchAll(BODY_OFFICE)) {
    const end = m.index + m[0].length;
    const outsider = outsideTitle(text, m.index, end, index);
    if (outsider.name) items.push({ start: outsider.name.start, end: outsider.name.start + outsider.name.text.length, text: outsider.name.text, ids: [], problem: { code: 'unknown_counterpart', text: outsider.name.text } });
    if (outsider.outside) continue;
    const listed = end + (TITLES_BEFORE_NAME.exec(text.slice(end))?.[0].length ?? 0);
    if (index.directory.org.people.some((p) => text.startsWith(p.name, listed))) continue;
    const office = m[0].replace(/^机关/, '');
    const holders = index.directory.org.people.filter((p) => p.title.split(/[、，,\s]/).some((t) => t.endsWith(office)));
    if (holders.length > 0) items.push(resolved(m.index, end, m[0], holders));
  }
  return items;
}

/** 机关纪委书记 · 机关党委书记 · 纪委书记 · 党委书记: a 机关 body's office, not another body's (市纪委书记 · 区委书记). */
const BODY_OFFICE = /(?<![市区县省镇乡街委])(?:机关)?(?:党委|纪委)书记/g;
