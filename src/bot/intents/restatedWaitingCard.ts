// 「不对，12月2号是报送信息2篇…；12月3号是组织部门学习廉洁自律准则，参加3人，漏了」 while a 确认 card waits (round 57, fec; t59a
// F3: a second card beside the first, 「您之前的 1 张卡片仍在等您确认」): the card re-read and shown again in its place.
import { restatedCardItems, type RestatedCard } from '../../domain/report/restatedCardItems.js';
import { cardToldAgain } from '../../domain/report/cardToldAgain.js';
import { confirmCardFor } from '../settleReport.js';
import { defineIntent } from '../intent.js';
import { dialogKey } from '../dialogStore.js';
import { reshownCard } from '../reshownCard.js';
import { withNotice } from '../withNotice.js';
import { reportIn } from './report.js';

/** 12月2日 of 2026-12-02. */
const monthDay = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * A restatement of the waiting card's days (restatedCardItems) replaces that card: the records of the days told again
 * are the new reading's, shown for 确认 with what was done said, and a tap on the old card stores nothing.
 */
export const restatedWaitingCard = defineIntent<RestatedCard>({
  name: 'restated-waiting-card',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'confirm') return null;
    return restatedCardItems(ctx.text, ctx.dialog.items, reportIn(ctx)) ?? null;
  },
  async handle(ctx, c) {
    const d = ctx.dialog as Extract<typeof ctx.dialog, { kind: 'confirm' }>;
    const turn = { who: { person: ctx.sender!, openId: ctx.update.senderOpenId }, sourceEventId: ctx.update.eventId, sourceMessageId: ctx.update.messageId, now: ctx.now };
    // Round 64, gdi (t67a P4): an edit typed on the card is said as a card edit, never as 「消息里有您更正过的内容（不对，是…）」
    // (which quoted the member's edit as if the first message had it).
    const card = await reshownCard(ctx.deps, turn, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), d, c.items, 'card_edited');
    const said = `已按您重新说的内容更新了卡片（${c.days.map(monthDay).join('、')}），原来那张卡片作废，请核对后确认。`;
    const carried = withNotice({ kind: 'card', card }, [said]);
    await ctx.replyCard(carried?.kind === 'card' ? carried.card : card);
  },
});

/**
 * 12月2号是报送信息2篇 on a card that holds those two papers (cardToldAgain; round 58, fdc): said to be on the card already,
 * the card shown again unchanged, never a second card of the same records beside it.
 */
export const toldAgainWaitingCard = defineIntent<number[]>({
  name: 'told-again-waiting-card',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'confirm') return null;
    return cardToldAgain(ctx.text, ctx.dialog.items, reportIn(ctx)) ?? null;
  },
  async handle(ctx, at) {
    const d = ctx.dialog as Extract<typeof ctx.dialog, { kind: 'confirm' }>;
    const card = confirmCardFor(ctx.deps, d.items, d.reasons, d.duplicates, d.remarks, ctx.now, ctx.sender!.id);
    const said = `您说的就是卡片上的第${at.join('、')}条，卡片没有改动，仍在等您确认；如果是另外又做了一次，请说「又…」再报。`;
    const carried = withNotice({ kind: 'card', card }, [said]);
    if (carried?.kind === 'card') await ctx.replyCard(carried.card);
    else await ctx.reply(said);
  },
});
