// 修改 on a receipt: the receipt turns into the form, prefilled; saving turns it back.
import { z } from 'zod';
import { defineCardAction, toast, withCard } from '../cardAction.js';
import { editForm } from '../editForm.js';
import { refusalText } from './receiptHelpers.js';

const value = z.object({ action: z.literal('edit'), id: z.string().min(1) });

export const editAction = defineCardAction<string>({
  action: 'edit',
  parse: (u) => value.safeParse(u.value).data?.id ?? null,
  async handle(ctx, id) {
    const a = ctx.deps.store.read((db) => db.activities.find((x) => x.id === id));
    if (!a) return toast('warning', refusalText('not_found'));
    if (a.reporter !== ctx.update.operatorOpenId) return toast('warning', refusalText('not_yours'));
    if (a.deletedAt) return toast('warning', refusalText('deleted'));
    const card = editForm(ctx.deps, a, ctx.now);
    return withCard(toast('info', '修改后点「保存修改」'), card);
  },
});
