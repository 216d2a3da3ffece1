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
  const trimmed = before.replace(/[\s的]*$/, '');
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
    if (inDept.length === 1) return { ...plain, start, text: said, ids: [inDept[0]!.id] };
    const asked = inDept.length > 1 ? inDept.map((p) => p.id) : [...new Set([...candidateIds, dept.headId])];
    return { ...plain, start, text: said, ids: [], problem: { code: 'ambiguous_counterpart', text: said, candidateIds: asked } };
  });
  return out.filter((i) => !(i.departmentOnly && consumed.some(([s, e]) => i.start >= s && i.end <= e)));
}
