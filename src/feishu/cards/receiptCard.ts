// The confirmation of a report: what was recorded, with 撤销 and 修改 per record; after an undo, the same card shows it struck out;
// after a change, it is headed 已修改 and shows the record before → after.
import type { Activity } from '../../domain/activity.js';
import { button, buttonRow, card, markdown } from './cardParts.js';

export interface ReceiptLine {
  activity: Activity;
  /** describeDraft-style text for people. */
  text: string;
}

/** A record just changed (its id) and how it read before the change. */
export interface ChangedLine {
  id: string;
  before: string;
}

/**
 * The receipt of `lines` (headed `heading` when given, for records found rather than just made); with `changed` (the records just changed, and how each read before) it is headed 已修改 and
 * each of those records shows its own before → after (found last session: a confirmed change still said 已记录, as if a
 * new record was made; round 33 r3: 「三条都改成11月20日」 marked only the first record's old day).
 */
export function receiptCard(lines: ReceiptLine[], remarks: string[] = [], changed: readonly ChangedLine[] = [], heading?: string): object {
  const standing = lines.filter((l) => !l.activity.deletedAt);
  const elements: object[] = [];
  lines.forEach((l, i) => {
    const n = lines.length > 1 ? `${i + 1}. ` : '';
    if (l.activity.deletedAt) {
      elements.push(markdown(`${n}~~${l.text}~~ <font color='grey'>已撤销</font>`));
      return;
    }
    const was = changed.find((c) => c.id === l.activity.id);
    elements.push(markdown(was ? `${n}原来：~~${was.before}~~\n改为：${l.text}` : `${n}${l.text}`));
    elements.push(
      buttonRow([
        button('撤销', { action: 'undo', id: l.activity.id }, 'danger'),
        button('修改', { action: 'edit', id: l.activity.id }),
      ]),
    );
  });
  if (remarks.length > 0) elements.push(markdown(`<font color='grey'>${remarks.map((r) => `注：${r}`).join('\n')}</font>`));
  if (standing.length > 0) elements.push(markdown("<font color='grey'>可接着发送签到表或现场照片，作为该记录的证据。</font>"));
  const edited = standing.some((l) => changed.some((c) => c.id === l.activity.id));
  // `heading`: records found, not just made (t48a F3: 「已记录 2 项」 above a list of which one to change read as new records).
  const title = standing.length === 0 ? '已撤销' : edited ? '已修改' : (heading ?? `已记录 ${standing.length} 项`);
  return card(title, standing.length === 0 ? 'grey' : 'green', elements);
}
