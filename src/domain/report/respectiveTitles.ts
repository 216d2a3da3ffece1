// 刘芳、陈志强分别为分管部门党员讲授廉政党课。刘芳以《守住初心 廉洁用权》为题，陈志强以《严以律己 清白做事》为题 · 王建国、
// 赵敏分别讲了廉政党课，题目分别是《廉洁用权》《清白做人》 (round 29b, K5): each lecture showed both titles joined
// (《守住初心 廉洁用权、严以律己 清白做事》) on the card. One title per doer: the one written after that doer's name, else
// the titles in the order the doers were named.
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/**
 * `reports` with a title joined from several 《》 titles (A、B) given one each to records of as many different doers,
 * when every part is written in 《》 in `text`; `reports` unchanged otherwise. A title goes to the doer whose name is the
 * last one written before it in the same sentence; when that does not give each doer one title, the titles go in the
 * order the doers are first named. Other fields are untouched.
 */
export function withRespectiveTitles(reports: ParsedReport[], text: string, directory: Directory, senderId: string): ParsedReport[] {
  const joined = reports[0]?.draft.title;
  if (reports.length < 2 || joined === undefined || !joined.includes('、')) return reports;
  if (!reports.every((r) => r.draft.title === joined)) return reports;
  const parts = joined.split('、');
  if (parts.length !== reports.length || !parts.every((p) => text.includes(`《${p}》`))) return reports;
  const doers = reports.map((r) => r.draft.actorId ?? senderId);
  if (new Set(doers).size !== doers.length) return reports;
  const nameOf = (id: string) => directory.person(id)?.name ?? '';
  // The doer named last before each title, in the same sentence.
  const byName = parts.map((p) => {
    const at = text.indexOf(`《${p}》`);
    const sentence = text.slice(0, at).split(/[。；;\n]/).pop() ?? '';
    let best: { id: string; pos: number } | undefined;
    for (const id of doers) {
      const pos = sentence.lastIndexOf(nameOf(id));
      if (nameOf(id) !== '' && pos >= 0 && (best === undefined || pos > best.pos)) best = { id, pos };
    }
    return best?.id;
  });
  const assigned = new Map<string, string>();
  if (byName.every((id) => id !== undefined) && new Set(byName).size === parts.length) {
    parts.forEach((p, i) => assigned.set(byName[i]!, p));
  } else {
    const order = [...doers].sort((a, b) => firstAt(text, nameOf(a)) - firstAt(text, nameOf(b)));
    if (order.some((id) => firstAt(text, nameOf(id)) === Infinity)) return reports;
    order.forEach((id, i) => assigned.set(id, parts[i]!));
  }
  return reports.map((r, i) => ({ ...r, draft: { ...r.draft, title: assigned.get(doers[i]!)! } }));
}

/** Where `name` is first written in `text`, or Infinity when it is not. */
function firstAt(text: string, name: string): number {
  const at = name === '' ? -1 : text.indexOf(name);
  return at < 0 ? Infinity : at;
}
