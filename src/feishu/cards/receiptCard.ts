// The confirmation of a report: what was recorded, with 撤销 and 修改 per record; after an undo, the same card shows it struck out.
import type { Activity } from '../../domain/activity.js';
import { button, buttonRow, card, markdown } from './cardParts.js';

export interface ReceiptLine {
  activity: Activity;
  /** describeDraft-style text for people. */
  text: string;
}

export function receiptCard(lines: ReceiptLine[], remarks: string[] = []): object {
  const standing = lines.filter((l) => !l.activity.deletedAt);
  const elements: object[] = [];
  lines.forEach((l, i) => {
    const n = lines.length > 1 ? `${i + 1}. ` : '';
    if (l.activity.deletedAt) {
      elements.push(markdown(`${n}~~${l.text}~~ <font color='grey'>已撤销</font>`));
      return;
    }
    elements.push(markdown(`${n}${l.text}`));
    elements.push(
      buttonRow([
        button('撤销', { action: 'undo', id: l.activity.id }, 'danger'),
        button('修改', { action: 'edit', id: l.activity.id }),
      ]),
    );
  });
  if (remarks.length > 0) elements.push(markdown(`<font color='grey'>${remarks.map((r) => `注：${r}`).join('\n')}</font>`));
  if (standing.length > 0) elements.push(markdown("<font color='grey'>可接着发送签到表或现场照片，作为该记录的证据。</font>"));
  const title = standing.length === 0 ? '已撤销' : `已记录 ${standing.length} 项`;
  return card(title, standing.length === 0 ? 'grey' : 'green', elements);
}
