// 撤销 on a receipt: withdraw that record (own records only) and redraw the receipt with it struck out.
import { z } from 'zod';
import { undoActivity } from '../../store/activityLog.js';
import { defineCardAction, toast, withCard } from '../cardAction.js';
import { receiptFor } from '../recordReport.js';
import { refusalText, siblingsOf } from './receiptHelpers.js';

const value = z.object({ action: z.literal('undo'), id: z.string().min(1) });

export const undoAction = defineCardAction<string>({
  action: 'undo',
  parse: (u) => value.safeParse(u.value).data?.id ?? null,
  async handle(ctx, id) {
    const result = await undoActivity(ctx.deps.store, id, ctx.update.operatorOpenId, ctx.now);
    if (!result.ok) return toast('warning', refusalText(result.reason));
    return withCard(toast('success', '已撤销'), receiptFor(ctx.deps, siblingsOf(ctx.deps, result.after), ctx.now));
  },
});
