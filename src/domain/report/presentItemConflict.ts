// 「王强只是在场，没和他谈，第3条不对」 on 赵敏's receipt of talks with 李娟, 王强, 孙杰 (round 67, ggd; round 66's leftover): the
// name and the number say two records — 王强's is the 2nd, the 3rd is 孙杰's. The name alone used to decide (王强's talk
// withdrawn, 第3条 never read), so a slip in either withdrew one record silently. When they disagree the bot asks which.

import type { ReportDraft } from './draft.js';
import { recordsNamed } from './recordsNamed.js';
import { normalizeText } from './parseNormalize.js';
import { presentNotTalked } from './presentNotTalked.js';

/** The name and the number of a presence message that point at different records. */
export interface PresentItemConflict {
  /** The name as written (王强 · 孙科长). */
  name: string;
  /** The number said (第3条 → 3, 1-based as the receipt or card shows it). */
  item: number;
  /** The 1-based numbers of the records the name fits (≥ 1 of them; never `item`). */
  named: number[];
}

/**
 * Reads `text` as presentNotTalked does and checks its 第N条 against the `records` (in receipt or card order, 1-based
 * numbers): undefined when the message is no such words, says no number, the name fits no record (left to the readers'
 * own 没有找到), or record N is one the name fits. Otherwise the conflict, for the caller to ask which is meant and leave
 * every record as it is. `nameOf` gives a person's name by id; `today` ('YYYY-MM-DD') reads days in the name's words.
 */
export function presentItemConflict(
  text: string,
  records: readonly { draft: ReportDraft }[],
  nameOf: (id: string) => string | undefined,
  today: string,
): PresentItemConflict | undefined {
  const present = presentNotTalked(normalizeText(text));
  if (present?.item === undefined) return undefined;
  const named = recordsNamed(present.name, records, nameOf, today).map((i) => i + 1);
  if (named.length === 0 || named.includes(present.item)) return undefined;
  return { name: present.name, item: present.item, named };
}
