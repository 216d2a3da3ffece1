// A one-tap answer on a question card (今天, a candidate's name, 取消): the same path as typing it.
import { z } from 'zod';
import { defineCardAction, toast, withCard } from '../cardAction.js';
import { continueDialog } from '../continueDialog.js';
import { dialogKey, findDialog } from '../dialogStore.js';

const value = z.object({ action: z.literal('answer'), text: z.string().min(1).max(50) });

export const answerAction = defineCardAction<string>({
  action: 'answer',
  parse: (u) => value.safeParse(u.value).data?.text ?? null,
  async handle(ctx, text) {
    const lookup = findDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.operatorOpenId), ctx.now);
    if (lookup.state !== 'active') return toast('warning', '这个问题已过期（30分钟），请重新发送上报。');
    const out = await continueDialog(ctx.deps, {
      who: { person: ctx.operator, openId: ctx.update.operatorOpenId },
      chatId: ctx.update.chatId,
      dialog: lookup.data,
      text,
      sourceEventId: ctx.update.eventId,
      now: ctx.now,
    });
    if (out.kind === 'card') return withCard(toast('success', '好的'), out.card);
    return toast('info', out.kind === 'text' ? out.text : '好的');
  },
});
