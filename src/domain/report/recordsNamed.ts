// 王强 · 谈心 · 11月4日 · 孙丽的廉政谈话: which waiting records the words a member named one by fit (round 29 q). Shared by
// the readers that leave a record out, keep one, or weigh a name against a 第N条 (namedItemDrop, presentItemConflict, …).
import { ACTIVITY_TYPES } from '../activityTypes.js';
import type { ReportDraft } from './draft.js';
import { parseDay } from './parseDay.js';

/**
 * The indexes (0-based, card order) of the `items` that `said` names by a person in them (王强 · 李娟), their kind
 * (谈心 · 警示教育) or their day (11月4日 · 4号, read against `today`), or two of these joined by 的 (孙丽的廉政谈话:
 * records both name); [] when none does.
 */
export function recordsNamed(said: string, items: readonly { draft: ReportDraft }[], nameOf: (id: string) => string | undefined, today: string): number[] {
  // 孙丽的廉政谈话 · 11月4日的谈心: two things said of one record, and it is the record both name.
  const of = /^(.+?)的(.+)$/.exec(said);
  if (of) {
    const second = recordsNamed(of[2]!, items, nameOf, today);
    return recordsNamed(of[1]!.replace(/^(?:和|与|跟|同|对)/, ''), items, nameOf, today).filter((i) => second.includes(i));
  }
  const day = parseDay(said, today).date;
  return items.flatMap((item, i) => (fitsRecord(item.draft, said, day, nameOf) ? [i] : []));
}

function fitsRecord(d: ReportDraft, said: string, day: string | undefined, nameOf: (id: string) => string | undefined): boolean {
  if (day !== undefined) return d.date === day;
  const people = [d.actorId, ...d.counterpartIds].flatMap((id) => (id ? [nameOf(id)] : [])).filter((n): n is string => n !== undefined);
  if (people.some((n) => said.includes(n) || (said.length >= 2 && n.length === 3 && said === n.slice(1)))) return true;
  const kind = ACTIVITY_TYPES.find((k) => k.code === d.type);
  if (!kind) return false;
  return [kind.name, ...kind.aliases].some((w) => w.includes(said) || said.includes(w));
}
