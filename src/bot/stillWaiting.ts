// A reply to a message that did not answer the pending question says the question (or card) still waits, or it looks forgotten.
import type { DialogData } from './dialogStore.js';

/** The line to append when a dialog is pending: [] when none is; one Chinese line naming the card or the question. */
export function stillWaiting(dialog: DialogData | undefined): string[] {
  if (!dialog) return [];
  return [dialog.kind === 'confirm' || dialog.kind === 'change' ? '您上一条的确认卡片仍在等您确认（回复「确认」或「取消」）。' : '您上一条上报还没有记录，上面的问题仍在等您回答；回复「取消」可放弃。'];
}
