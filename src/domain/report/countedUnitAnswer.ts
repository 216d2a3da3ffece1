// t49b F5: 「中心各岗位人员，共12人」 to 「和谁签订的？」 of 何平's 承诺书 was not taken (「没能把这条回复读成…答案」) and the
// signing could not be recorded at all. The group word now names the unit's staff (parseCounterpartGroups), and a count
// said beside it makes the signing the unit's, as the same words in the message do (countedUnitSigning).
import type { ParseContext } from './draft.js';
import { countedUnitSigning } from './countedUnitSigning.js';
import { parseCounterparts } from './parseCounterparts.js';
import type { PendingItem } from './followUp.js';
import { parseAttendance } from './parseTraining.js';
import { signedCopies } from './signedCopies.js';

/**
 * The one record of the unit, and its note, for `pairs` (a signing's records after `answer` named its people) when the
 * answer also says how many signed (共12人 · 12份) and that is more than the pairs (countedUnitSigning); else undefined.
 */
export function countedUnitAnswer(pairs: readonly PendingItem[], answer: string, ctx: ParseContext): { item: PendingItem; remark: string } | undefined {
  const people = parseAttendance(answer).attendees;
  const copies = people === undefined ? signedCopies(answer) : undefined;
  const count = people ?? copies;
  if (count === undefined) return undefined;
  // 「徐辉、孙杰，共2人」 names people one by one: only a group word (中心各岗位人员) is the unit's staff told as one.
  const signer = pairs[0]?.draft.actorId;
  const grouped = parseCounterparts(answer, signer !== undefined ? { ...ctx, senderId: signer } : ctx).grouped;
  const unit = countedUnitSigning(pairs.map((p) => ({ ...p, remarks: [] })), count, `${count}${copies !== undefined ? '份' : '人'}`, '', ctx, grouped);
  if (unit === undefined) return undefined;
  const { remarks, reasons: _reasons, ...item } = unit;
  return { item, remark: remarks.at(-1)! };
}
