// 日期⇥签订对象 · 日期⇥谈话对象 (round 67, ggc): a pasted table of two columns names no one who signed or talked; its rows are
// read as the sender's (tableRows' dayCounterpartPair), and that is said on the card — a clerk pasting the head's 台账 would
// otherwise be stored as the one who signed with every row's person.
import type { ParsedReport } from './draft.js';

/** A header of a day column and a column of whom a signing or talk was with, in either order, tab- or space-parted. */
const TWO_COLUMN_HEADER = /^\s*(?:(?:时间|日期|谈话时间|谈话日期|签订时间|签订日期|签字日期)[\t \u3000]+(?:谈话对象|被谈话人|签订对象|责任书签订对象|承诺书签订对象|签订人员|被签订人|签约对象)|(?:谈话对象|被谈话人|签订对象|责任书签订对象|承诺书签订对象|签订人员|被签订人|签约对象)[\t \u3000]+(?:时间|日期|谈话时间|谈话日期|签订时间|签订日期|签字日期))\s*$/;

/**
 * `reports` read from `text` (the message as sent) with every record of the sender's own (no actorId) from a two-column
 * table of 日期 and 签订对象/谈话对象 given the 'blank_doer' reason and one remark on the first of them, so the card asks
 * the member to check that they were the one; `reports` itself for any other text. Null stays null.
 */
export function withNoDoerColumnNoted(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  if (reports === null) return null;
  const header = text.split(/\r?\n/).find((l) => l.trim() !== '');
  if (header === undefined || !TWO_COLUMN_HEADER.test(header)) return reports;
  const own = reports.filter((r) => r.draft.actorId === undefined);
  if (own.length === 0) return reports;
  const signs = own.every((r) => r.draft.type === 'pledge_sign');
  const remark = `表格里没有${signs ? '签订人' : '谈话人'}一栏，按您本人${signs ? '签订' : '谈话'}记录；如不是您，请点「修改」改活动人`;
  return reports.map((r) =>
    r.draft.actorId !== undefined ? r : { ...r, ...(r === own[0] && !r.remarks.includes(remark) ? { remarks: [...r.remarks, remark] } : {}), reasons: [...new Set([...(r.reasons ?? []), 'blank_doer' as const])] },
  );
}
