// 保存修改 on the 修改 form of a waiting 确认 card: the card's records changed as the form says, and the card shown again
// for 确认 in the form's place (never stored here: issue 10, a change is never recorded without a look).
import { z } from 'zod';
import { shanghaiDate } from '../../domain/shanghai.js';
import { stampCardId, WAITING_FORM } from '../../feishu/cards/stampCardId.js';
import { defineCardAction, toast, withCard } from '../cardAction.js';
import { dialogKey, findCard, findDialog } from '../dialogStore.js';
import { reshownCard } from '../reshownCard.js';
import { waitingFormChange } from '../waitingFormChange.js';
import { withNotice } from '../withNotice.js';
import { CARD_HANDLED } from './answer.js';

const value = z.object({ action: z.literal(WAITING_FORM), card: z.string().min(1).max(64), records: z.number().int().min(1).max(1000).optional() });

export const waitingFormSubmit = defineCardAction<{ card: string; records?: number; form: Record<string, unknown> }>({
  action: WAITING_FORM,
  parse(u) {
    const v = value.safeParse(u.value);
    return v.success && u.formValue ? { card: v.data.card, ...(v.data.records !== undefined ? { records: v.data.records } : {}), form: u.formValue } : null;
  },
  async handle(ctx, { card, records, form }) {
    const key = dialogKey(ctx.update.chatId, ctx.update.operatorOpenId);
    const lookup = findCard(ctx.deps.store, key, card, ctx.now);
    if (lookup.state === 'expired') return toast('warning', '这张卡片已过期（30分钟），没有记录任何内容；如仍需记录，请重新发送上报。');
    if (lookup.state === 'none' || lookup.data.kind !== 'confirm') return toast('info', CARD_HANDLED);
    const d = lookup.data;
    const reading = waitingFormChange(ctx.deps, d.items, d.remarks, form, ctx.operator, shanghaiDate(ctx.now), records ?? d.items.length);
    // The form stays as the member filled it, and the card waits as it was: only the toast says what to put right.
    if (!reading.ok) return toast('error', reading.error);
    if (!reading.changed) return toast('info', '表单没有改动，卡片仍在等您确认：请点「不修改，直接确认」或「取消」。');
    const turn = { who: { person: ctx.operator, openId: ctx.update.operatorOpenId }, sourceEventId: ctx.update.eventId, now: ctx.now };
    const shown = await reshownCard(ctx.deps, turn, key, { ...d, remarks: reading.remarks }, reading.items, 'card_edited');
    const after = findDialog(ctx.deps.store, key, ctx.now);
    const stamped = after.state === 'active' && after.data.cardId !== undefined ? stampCardId(shown, after.data.cardId) : shown;
    const said = `已按表单修改：${reading.said.join('；')}。以下是确认后要记录的全部内容，仍未记录，请核对后确认。`;
    const out = withNotice({ kind: 'card', card: stamped }, [said]);
    return withCard(toast('success', '已修改，请核对后确认'), out?.kind === 'card' ? out.card : stamped);
  },
});
