// A one-tap answer on a question or 确认 card (今天, a candidate's name, 确认, 取消): the same path as typing it, for that card.
import { z } from 'zod';
import { defineCardAction, toast, withCard } from '../cardAction.js';
import { CANCEL_WORDS, continueDialog } from '../continueDialog.js';
import { card, markdown } from '../../feishu/cards/cardParts.js';
import { stampCardId } from '../../feishu/cards/stampCardId.js';
import { createButtonMemory } from '../createButtonMemory.js';
import { dialogKey, findCard, findDialog, type DialogLookup } from '../dialogStore.js';

/** The toast for a tap on a question card when nothing of the member's waits in this chat. */
export const NOTHING_WAITING =
  '这张卡片没有在等您回答：若是您自己的卡片，它已经处理过了（已确认、已取消，或已有更新的上报）；在群里，别人的卡片只有上报人本人可以回答。';

/** The toast for a tap on a card of the member's that no longer waits, while others may. */
export const CARD_HANDLED =
  '这张卡片已经处理过了（已确认、已取消，或已被更新的卡片代替），这次没有记录任何内容；在群里，别人的卡片只有上报人本人可以回答。';

const value = z.object({ action: z.literal('answer'), text: z.string().min(1).max(50), card: z.string().min(1).max(64).optional() });

type Tap = { text: string; card?: string };

export const answerAction = defineCardAction<Tap>({
  action: 'answer',
  parse: (u) => {
    const v = value.safeParse(u.value).data;
    return v ? { text: v.text, ...(v.card !== undefined ? { card: v.card } : {}) } : null;
  },
  async handle(ctx, tap) {
    const key = dialogKey(ctx.update.chatId, ctx.update.operatorOpenId);
    const { text } = tap;
    // A card sent before card ids existed acts on whatever waits now, as it always did; one with an id on that card only.
    const lookup: DialogLookup = tap.card !== undefined ? findCard(ctx.deps.store, key, tap.card, ctx.now) : findDialog(ctx.deps.store, key, ctx.now);
    if (lookup.state === 'expired') return toast('warning', tap.card !== undefined ? '这张卡片已过期（30分钟），没有记录任何内容；如仍需记录，请重新发送上报。' : '这个问题已过期（30分钟），请重新发送上报。');
    // Nothing waits for this card: it was answered already (a second tap of 确认), or replaced by a newer card, or it
    // is another member's card in a group (dialogs are per member). Not 已过期: a newcomer who tapped twice, or
    // someone else's card, was told so.
    if (lookup.state === 'none') return toast('info', tap.card !== undefined ? CARD_HANDLED : NOTHING_WAITING);
    const out = await continueDialog(ctx.deps, {
      who: { person: ctx.operator, openId: ctx.update.operatorOpenId },
      chatId: ctx.update.chatId,
      dialog: lookup.data,
      text,
      sourceEventId: ctx.update.eventId,
      now: ctx.now,
    });
    // The card in the answer replaces the tapped one: the tapped card's dialog if it still waits (shown again), else
    // the newest (the next question, or the 确认 card an answer led to).
    const still = lookup.data.cardId !== undefined ? findCard(ctx.deps.store, key, lookup.data.cardId, ctx.now) : { state: 'none' as const };
    const after = still.state === 'active' ? still : findDialog(ctx.deps.store, key, ctx.now);
    const stamped = async (c: object) => {
      if (after.state !== 'active' || after.data.cardId === undefined) return c;
      // The card a tap brings keeps its buttons' labels too, with its dialog (round 66, gfi; t69a F4; round 67, ggd).
      await createButtonMemory(ctx.deps).remember(key, after.data.cardId, c);
      return stampCardId(c, after.data.cardId);
    };
    if (out.kind === 'card') return withCard(toast('success', '好的'), await stamped(out.card));
    const said = out.kind === 'text' ? out.text : '好的';
    // The tap ended the dialog (取消, or 修改 of a 确认 card): the card loses its buttons, so it no longer looks open.
    const ended = lookup.data.cardId !== undefined ? still.state !== 'active' : after.state === 'none';
    if (ended) {
      return withCard(toast('info', said), card(CANCEL_WORDS.test(text) ? '已取消' : '未记录', 'grey', [markdown(said)]));
    }
    return toast('info', said);
  },
});
