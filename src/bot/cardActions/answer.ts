// A one-tap answer on a question card (今天, a candidate's name, 取消): the same path as typing it.
import { z } from 'zod';
import { defineCardAction, toast, withCard } from '../cardAction.js';
import { CANCEL_WORDS, continueDialog } from '../continueDialog.js';
import { card, markdown } from '../../feishu/cards/cardParts.js';
import { dialogKey, findDialog } from '../dialogStore.js';

/** The toast for a tap on a question card when nothing of the member's waits in this chat. */
export const NOTHING_WAITING =
  '这张卡片没有在等您回答：若是您自己的卡片，它已经处理过了（已确认、已取消，或已有更新的上报）；在群里，别人的卡片只有上报人本人可以回答。';

const value = z.object({ action: z.literal('answer'), text: z.string().min(1).max(50) });

export const answerAction = defineCardAction<string>({
  action: 'answer',
  parse: (u) => value.safeParse(u.value).data?.text ?? null,
  async handle(ctx, text) {
    const lookup = findDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.operatorOpenId), ctx.now);
    if (lookup.state === 'expired') return toast('warning', '这个问题已过期（30分钟），请重新发送上报。');
    // Nothing waits for this member in this chat: the card was answered already (a second tap of 确认), or replaced by
    // a newer report, or it is another member's card in a group (dialogs are per member). Not 已过期: a newcomer who
    // tapped twice, or someone else's card, was told so.
    if (lookup.state === 'none') return toast('info', NOTHING_WAITING);
    const out = await continueDialog(ctx.deps, {
      who: { person: ctx.operator, openId: ctx.update.operatorOpenId },
      chatId: ctx.update.chatId,
      dialog: lookup.data,
      text,
      sourceEventId: ctx.update.eventId,
      now: ctx.now,
    });
    if (out.kind === 'card') return withCard(toast('success', '好的'), out.card);
    const said = out.kind === 'text' ? out.text : '好的';
    // The tap ended the dialog (取消, or 修改 of a 确认 card): the card loses its buttons, so it no longer looks open.
    if (findDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.operatorOpenId), ctx.now).state === 'none') {
      return withCard(toast('info', said), card(CANCEL_WORDS.test(text) ? '已取消' : '未记录', 'grey', [markdown(said)]));
    }
    return toast('info', said);
  },
});
