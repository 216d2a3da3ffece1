// 「孙丽科长也谈了」「还有孙丽，也谈了」「孙丽也签了」 while a 确认 card waits (round 34b §3a: a new report asking its type):
// one more record like the card's records of that kind, shown again on the card.
import { addedPerson } from '../../domain/report/addedPerson.js';
import { cardPersonAddedWords } from '../../domain/report/cardPersonAddedWords.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { cardAddedPerson, type CardAdded } from '../../domain/report/cardAddedPerson.js';
import { parseCounterparts } from '../../domain/report/parseCounterparts.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { confirmCardFor } from '../settleReport.js';
import { dialogKey } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import type { OutgoingMessage } from '../../feishu/feishuTypes.js';
import { reshownCard } from '../reshownCard.js';
import { withNotice } from '../withNotice.js';

interface Added {
  name: string;
  result: CardAdded;
}

/**
 * A short 「X也谈了/也签了」 naming one person of the directory, while a 确认 card of talks or signings waits: the person
 * added as one more record of the card's kind (the same type, doer and day) and the card shown again; a person already
 * on such a record, or a card of several such kinds, is said with the card unchanged. Words the card has no record for
 * (孙丽昨天也谈了 with the card on another day) are left to the report reader.
 */
export const addPersonToCard = defineIntent<Added>({
  name: 'add-person-to-card',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'confirm') return null;
    // 还有办公室李明主任，漏了 · 对象加上李明 (round 61, gaf): an addition said without 也, the same one more record.
    const plain = cardPersonAddedWords(normalizeText(ctx.text));
    const said = addedPerson(ctx.text, shanghaiDate(ctx.now)) ?? (plain !== undefined ? { name: plain } : undefined);
    if (!said) return null;
    const found = parseCounterparts(said.name, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, mentions: [] });
    if (found.counterparts.length !== 1 || found.problems.length > 0) return null;
    const personId = found.counterparts[0]!.id;
    const verb = /谈/.test(ctx.text) ? 'talk' : /签/.test(ctx.text) ? 'sign' : undefined;
    const departmentId = ctx.deps.directory.person(personId)?.departmentId;
    const result = cardAddedPerson(ctx.dialog.items, {
      personId,
      ...(verb ? { verb } : {}),
      ...(said.date !== undefined ? { date: said.date } : {}),
      ...(departmentId ? { departmentId } : {}),
    });
    return result ? { name: ctx.deps.directory.person(personId)?.name ?? said.name, result } : null;
  },
  async handle(ctx, { name, result }) {
    const d = ctx.dialog as Extract<typeof ctx.dialog, { kind: 'confirm' }>;
    if (result.kind !== 'added') {
      const again: OutgoingMessage = { kind: 'card', card: confirmCardFor(ctx.deps, d.items, d.reasons, d.duplicates, d.remarks, ctx.now, ctx.sender!.id) };
      const said =
        result.kind === 'already'
          ? `「${name}」已在卡片第${result.index + 1}条，卡片没有改动，仍在等您确认。`
          : `卡片上有不止一类谈话或签订（类型、活动人或日期不同），没能确定和「${name}」的是哪一类，卡片没有改动：请把这次活动单独发送一条完整的上报（含日期、类型），或回复「确认」先记录卡片上的内容。`;
      const carried = withNotice(again, [said]);
      if (carried?.kind === 'card') await ctx.replyCard(carried.card);
      else await ctx.reply(said);
      return;
    }
    const turn = { who: { person: ctx.sender!, openId: ctx.update.senderOpenId }, sourceEventId: ctx.update.eventId, sourceMessageId: ctx.update.messageId, now: ctx.now };
    const card = await reshownCard(ctx.deps, turn, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), d, result.items, 'card_edited');
    const carried = withNotice({ kind: 'card', card }, [`已在卡片上加上第${result.index + 1}条：和${name}的，类型、日期和活动人同卡片上的这类记录，请核对后确认。`]);
    await ctx.replyCard(carried?.kind === 'card' ? carried.card : card);
  },
});
