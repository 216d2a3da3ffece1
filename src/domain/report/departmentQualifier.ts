// A department named right before a person (宣文部王部长, 办公室王强同志) says whose they are; it is nobody of its own.
import type { Department, Person } from '../organization.js';
import type { CounterpartItem } from './parseCounterpartItems.js';
import type { DirectoryIndex } from './parseDirectoryIndex.js';

/** Whether `person` heads or works in `dept` (a title that names it counts: 宣文部部长). */
export function belongsTo(person: Person, dept: Department): boolean {
  return person.departmentId === dept.id || dept.headId === person.id || person.title.includes(dept.name);
}

/** The longest department name or alias `before` ends with (a 的 between allowed), and where it starts. */
function departmentBefore(before: string, index: DirectoryIndex): { dept: Department; start: number } | undefined {
  // 办公室科员小刘 · 康复部新来的小刘 (round 55, fha; t57b F9): a post or 新来的 between the department and the name.
  const trimmed = before.replace(/[\s的]*$/, '').replace(/(?:的)?(?:新来的|刚来的)?(?:科员|干事|医师|同事|干部|工作人员|职工|实习生)?(?:小|老)?$/, (w) => (/^[小老]$/.test(w) ? w : '')).replace(/[\s的]*$/, '');
  let found: { dept: Department; start: number } | undefined;
  let longest = 0;
  for (const [surface, dept] of index.departmentBySurface) {
    if (surface.length > longest && trimmed.endsWith(surface)) {
      longest = surface.length;
      found = { dept, start: trimmed.length - surface.length };
    }
  }
  // 分管康复部的刘芳副理事长: a leader described by the department they look after, not one of its people.
  if (found && /(?:分管|主管|协管|联系|负责)$/.test(trimmed.slice(0, found.start))) return undefined;
  return found;
}

/**
 * Person references with the department standing right before them taken as their qualifier (issue #10): among the
 * people the reference could mean, those of that department; when none is, the reference is ambiguous (the bot asks,
 * offering the people named and the department's head) instead of 组联部王部长 silently becoming 王磊 of 宣文部 and 组联部
 * its head 周涛 as a second counterpart. The department's words join the reference, and a department item standing for
 * its head there is dropped. A place one goes to (到财务科与孙丽…) has a word between and is left alone.
 */
export function qualifiedByDepartment(items: CounterpartItem[], text: string, index: DirectoryIndex): CounterpartItem[] {
  const consumed: Array<[number, number]> = [];
  const out = items.map((item): CounterpartItem => {
    if (item.departmentOnly || item.group || item.titleIn) return item;
    const candidateIds = item.ids.length > 0 ? item.ids : item.problem?.code === 'ambiguous_counterpart' ? item.problem.candidateIds : [];
    if (candidateIds.length === 0) return item;
    const found = departmentBefore(text.slice(0, item.start), index);
    if (!found) return item;
    const { dept, start } = found;
    consumed.push([start, item.start]);
    const said = text.slice(start, item.end);
    const people = candidateIds.map((id) => index.directory.person(id)).filter((p): p is Person => p !== undefined);
    const inDept = people.filter((p) => belongsTo(p, dept));
    const { problem: _dropped, ...plain } = item;
    // 新来的办公室科员小X · 办公室新来的小X (round 55, fha): someone new may be no one of the directory yet; the one who fits
    // is offered, never stored unasked.
    const fresh = /^[小老]/.test(item.text) && /新来|刚来|实习/.test(text.slice(Math.max(0, start - 4), item.start));
    if (inDept.length === 1 && fresh) return { ...plain, start, text: said, ids: [], problem: { code: 'ambiguous_counterpart', text: item.text, candidateIds: [inDept[0]!.id] } };
    if (inDept.length === 1) return { ...plain, start, text: said, ids: [inDept[0]!.id] };
    // 办公室科员小刘 with no 刘 in 办公室 (round 55, fha): a 小X/老X is no head to offer; asked who it is, anyone may be meant.
    if (inDept.length === 0 && /^[小老]/.test(item.text)) return { ...plain, start, text: said, ids: [], problem: { code: 'unknown_counterpart', text: item.text } };
    const asked = inDept.length > 1 ? inDept.map((p) => p.id) : [...new Set([...candidateIds, dept.headId])];
    return { ...plain, start, text: said, ids: [], problem: { code: 'ambiguous_counterpart', text: said, candidateIds: asked } };
  });
  return out.filter((i) => !(i.departmentOnly && consumed.some(([s, e]) => i.start >= s && i.end <= e)));
}
