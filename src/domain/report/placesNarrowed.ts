// 部门只有教育就业部，没有维权部 · 去掉维权部 on a 确认 card (round 47, t49b F4 dialog: 「没看懂」, the card kept): the records
// of the card that the words fit, each left at the departments the words keep (departmentsNarrowed).
import type { DepartmentsNarrowed } from './departmentsNarrowed.js';
import type { PendingItem } from './followUp.js';

/** The departments a record is at, in order (departmentIds, else its one departmentId, else none). */
const placesOf = (d: PendingItem['draft']): string[] => d.departmentIds ?? (d.departmentId !== undefined ? [d.departmentId] : []);

/** Which of the card's records `at` (0-based, not talks nor signings: `placed`) the words change, and what each is left at. */
export type NarrowedPlaces =
  /** Each record at `at[i]` put at `to[i]`. */
  | { at: number[]; to: string[][] }
  /** Nothing fits: said, the card unchanged (`text` is the whole message to the member). */
  | { unfit: string }
  /** More than one record fits and none was named: which one is asked. */
  | { which: true };

/**
 * The records of `items` among `at` that `narrowed` changes, and their departments after: 只有X puts a record at X (the one
 * record holding departments, or each named); 去掉Y takes Y off every record named, or the one record holding Y. A change that
 * would leave a record at no department, or a Y no record holds, is refused with why. `named`: the member named the records
 * (第1条…); `placed(i)`: whether record i can be at departments at all (a talk or signing cannot); `name` gives a department's
 * name for what is said.
 */
export function placesNarrowed(items: PendingItem[], at: number[], named: boolean, narrowed: DepartmentsNarrowed, placed: (i: number) => boolean, name: (id: string) => string): NarrowedPlaces {
  const open = at.filter(placed);
  if ('only' in narrowed) {
    // 只有X: the records at departments other than X (or at none, when only one record can be placed).
    const off = open.filter((i) => placesOf(items[i]!.draft).some((id) => !narrowed.only.includes(id)));
    const targets = named ? open : off.length > 0 ? off : open.length === 1 ? open : [];
    if (targets.length === 0) return { unfit: `卡片上的记录已经只在${narrowed.only.map(name).join('、')}，卡片没有改动。` };
    if (targets.length > 1 && !named) return { which: true };
    return { at: targets, to: targets.map(() => [...narrowed.only]) };
  }
  const holding = open.filter((i) => placesOf(items[i]!.draft).some((id) => narrowed.drop.includes(id)));
  const dropped = narrowed.drop.map(name).join('、');
  if (holding.length === 0) return { unfit: `卡片上的记录没有记在${dropped}，卡片没有改动。` };
  if (holding.length > 1 && !named) return { which: true };
  const to = holding.map((i) => placesOf(items[i]!.draft).filter((id) => !narrowed.drop.includes(id)));
  if (to.some((ids) => ids.length === 0)) return { unfit: `去掉${dropped}后这条记录就没有部门了，卡片没有改动；请说是哪个部门，如「部门改为财务科」。` };
  return { at: holding, to };
}
