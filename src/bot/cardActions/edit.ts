// 修改 on a receipt: the receipt turns into the form, prefilled; saving turns it back.
import { z } from 'zod';
import { shanghaiDate } from '../../domain/shanghai.js';
import { reportFormCard } from '../../feishu/cards/reportFormCard.js';
import { defineCardAction, toast, withCard } from '../cardAction.js';
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
    const counterpartOpenIds = a.counterpartIds.map((pid) => ctx.deps.directory.person(pid)?.openId).filter((x): x is string => !!x);
    const card = reportFormCard({
      activityId: a.id,
      today: shanghaiDate(ctx.now),
      prefill: { type: a.type, date: a.date, counterpartOpenIds, title: a.title, attendees: a.attendees, note: a.note },
    });
    return withCard(toast('info', '修改后点「保存修改」'), card);
  },
});
