// 「黄书记是谈话人不是对象」 with no card waiting (round 63, gcb; gbc left it: read as a new talk of today with 黄志刚, its kind
// asked): the member's latest stored record with that person among the people talked to takes them as its doer — on the
// 【请确认修改】 card (原来/改为), nothing changed before 确认. No such record: said so, nothing new recorded.
import type { Activity } from '../../domain/activity.js';
import { counterpartAsDoerWords } from '../../domain/report/counterpartAsDoer.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { mergedChange } from '../mergedChange.js';
import { personInWords } from '../personInWords.js';

type Swap = { kind: 'change'; record: Activity; doer: string } | { kind: 'none'; name: string } | { kind: 'unfit'; text: string };

/**
 * `a` with `doer` (one of its people) as its doer: the rest of its people stay; when the doer was its only one, the one
 * recorded as holding the talk is the one talked to (the roles swapped, as the words say).
 */
export function swappedDoer(a: Activity, doer: string): RecordFields {
  const rest = a.counterpartIds.filter((id) => id !== doer);
  return {
    type: a.type,
    date: a.date,
    actorId: doer,
    counterpartIds: rest.length > 0 ? rest : [a.actorId],
    ...(a.companionIds !== undefined ? { companionIds: a.companionIds.filter((id) => id !== doer) } : {}),
  };
}

function read(ctx: BotContext): Swap | null {
  const words = counterpartAsDoerWords(normalizeText(ctx.text).trim());
  if (words === undefined) return null;
  const doer = personInWords(ctx, words);
  if (doer === undefined || doer === ctx.sender!.id) return null;
  const name = ctx.deps.directory.person(doer)?.name ?? words;
  // The member's own reports only (a receipt they could change); the latest one, as 刚才 would point at.
  const mine = ctx.deps.store.read((db) =>
    db.activities.filter((a) => a.reporter === ctx.update.senderOpenId && !a.deletedAt && a.counterpartIds.includes(doer) && a.actorId !== doer),
  );
  // The newest: the later stored of two made at the same moment (one message's records share their time).
  const latest = mine.reduce<Activity | undefined>((a, b) => (a === undefined || Date.parse(b.createdAt) >= Date.parse(a.createdAt) ? b : a), undefined);
  if (latest === undefined) return { kind: 'none', name };
  // 和黄书记、孙杰进行了廉政谈话 stored as two talks: with 黄志刚 the doer, the talk 「with him」 was never one and 孙杰's is his —
  // more than one record's change, which this card cannot show; said, nothing changed.
  const siblings = ctx.deps.store.read((db) =>
    db.activities.filter((a) => a.id !== latest.id && !a.deletedAt && a.sourceMessageId !== undefined && a.sourceMessageId === latest.sourceMessageId && a.type === latest.type && a.date === latest.date && a.actorId === latest.actorId),
  );
  if (siblings.length > 0) {
    const others = siblings.flatMap((a) => a.counterpartIds).map((id) => ctx.deps.directory.person(id)?.name ?? id);
    return { kind: 'unfit', text: `${latest.date}那条消息里与${name}的谈话旁边还有与${others.join('、')}的，没有改动任何记录：如是${name}和${others[0]}谈的，请说「和${others[0]}那次是${name}谈的不是我」，再撤销与${name}的那条。` };
  }
  return { kind: 'change', record: latest, doer };
}

/** With nothing waiting (a card's own edit is correctWaitingCard's), before storedDoerChange and the report. */
export const storedCounterpartAsDoer = defineIntent<Swap>({
  name: 'stored-counterpart-as-doer',
  match: (ctx) => (ctx.sender && (ctx.dialog === undefined || ctx.dialog.kind === 'change') ? read(ctx) : null),
  async handle(ctx, c) {
    if (c.kind === 'unfit') {
      await ctx.reply(c.text);
      return;
    }
    if (c.kind === 'none') {
      await ctx.reply(`没有找到您报过的、谈话对象是${c.name}的记录，没有改动，也没有新增记录。要报一次${c.name}主持的谈话，请写明日期和对象，如「11月24日${c.name}与孙杰进行了廉政谈话」。`);
      return;
    }
    const a = c.record;
    const name = ctx.deps.directory.person(c.doer)?.name ?? c.doer;
    const change = mergedChange(ctx, a, { kind: 'change' as const, activityId: a.id, what: `活动人改为${name}，${name}不再是谈话对象`, after: swappedDoer(a, c.doer) });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, a, change, ctx.now));
  },
});
