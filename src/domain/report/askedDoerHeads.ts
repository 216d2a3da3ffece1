// 李明 (办公室 head)「本月王书记分别与办公室、财务科负责人签订党风廉政建设责任书」 (round 69, gij; t72a F1): the doer 王书记 is
// asked (no 王 holds a 书记 office), but the heads of the units listed were read as the sender's counterparts, the sender
// left out as the doer of his own signing — a card of one signing with 孙丽, the 办公室's silently dropped. A doer asked
// about is someone other than the sender (as parseSegment's byOther says), so a unit's head who is the sender is one of
// those signed or talked with too.
import type { CounterpartParse } from './parseCounterparts.js';
import { parseCounterparts } from './parseCounterparts.js';
import type { ParseContext } from './draft.js';

/** No one's id: the counterparts read as if no one in the directory were the doer. */
const NO_ONE = '\u0000no-one';

/**
 * `cp` (the counterparts of `rest` read with the sender as the doer) with the sender put back where the same words read
 * with no doer hold them — a unit named whose head the sender is (办公室、财务科负责人 from 办公室's head) — when the doer
 * is asked (`doerAsked`), so never the sender by default. `cp` itself otherwise, or when it already has the sender.
 */
export function withSenderAmongHeads(cp: CounterpartParse, rest: string, ctx: ParseContext, doerAsked: boolean): CounterpartParse {
  if (!doerAsked || cp.counterparts.some((c) => c.id === ctx.senderId) || !/负责人|负责同志|主要负责/.test(rest)) return cp;
  // The sender's unit may be named short (康复中心 for 残疾人康复中心): the reading with no doer says whether it is.
  if (!ctx.directory.org.departments.some((d) => d.headId === ctx.senderId)) return cp;
  const asNoOne = parseCounterparts(rest, { ...ctx, senderId: NO_ONE });
  const at = asNoOne.counterparts.findIndex((c) => c.id === ctx.senderId);
  if (at < 0) return cp;
  const before = new Set(asNoOne.counterparts.slice(0, at).map((c) => c.id));
  const insertAt = cp.counterparts.filter((c) => before.has(c.id)).length;
  const counterparts = [...cp.counterparts.slice(0, insertAt), asNoOne.counterparts[at]!, ...cp.counterparts.slice(insertAt)];
  const senderName = ctx.directory.person(ctx.senderId)?.name ?? '';
  const remark = asNoOne.remarks.find((m) => m.endsWith(`按其负责人${senderName}记录`));
  return { ...cp, counterparts, remarks: remark !== undefined && !cp.remarks.includes(remark) ? [...cp.remarks, remark] : cp.remarks };
}
