// 孙杰 「12.1那条弄反了 徐辉是谈话人不是对象 对象是何主任」 · 「不对，12月1日那条廉政谈话，活动人是徐辉，对象是何平」 with the
// 12-01 talk 何平→徐辉 stored as his report (round 63, gcj; t66a B-F3: a new talk of 孙杰's with both as counterparts, or a
// card of two new talks): the member's own stored talk or signing the naming words point at (referredRecords) takes the
// sides said — swapped, or the doer and the other party by role — on one 【请确认修改】 card; nothing new is recorded.
import type { Activity } from '../../domain/activity.js';
import { isTalkType } from '../../domain/activityTypes.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { storedSidesWords } from '../../domain/report/storedSidesWords.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { mergedChange } from '../mergedChange.js';
import { personInWords } from '../personInWords.js';
import { referredRecords } from '../referredRecords.js';

type Sides = { kind: 'change'; record: Activity; after: RecordFields; what: string } | { kind: 'unfit'; text: string };

function read(ctx: BotContext): Sides | null {
  const said = storedSidesWords(normalizeText(ctx.text));
  if (!said) return null;
  const doer = said.doer !== undefined ? personInWords(ctx, said.doer) : undefined;
  const other = said.other !== undefined ? personInWords(ctx, said.other) : undefined;
  if ((said.doer !== undefined && doer === undefined) || (said.other !== undefined && other === undefined)) return null;
  const openId = ctx.update.senderOpenId;
  const found = referredRecords(ctx, { words: said.about }).filter((a) => a.reporter === openId && (isTalkType(a.type) || a.type === 'pledge_sign') && a.counterpartIds.length === 1);
  // The sides said must be the record's two people (徐辉 and 何平 of 何平→徐辉): another record is not this one.
  const fits = found.filter((a) => {
    const sides = [a.actorId, a.counterpartIds[0]!];
    return (doer === undefined || sides.includes(doer)) && (other === undefined || sides.includes(other));
  });
  if (fits.length !== 1) return null;
  const a = fits[0]!;
  const now = [a.actorId, a.counterpartIds[0]!] as const;
  const newDoer = doer ?? (other !== undefined ? now.find((id) => id !== other)! : now[1]);
  const newOther = other ?? now.find((id) => id !== newDoer) ?? now[0];
  if (newDoer === newOther) return null;
  const name = (id: string) => ctx.deps.directory.person(id)?.name ?? id;
  if (newDoer === a.actorId && newOther === a.counterpartIds[0]) {
    return { kind: 'unfit', text: `您说的这条记录活动人已经是${name(newDoer)}，对象是${name(newOther)}，没有改动，也没有新增记录。` };
  }
  const after: RecordFields = { type: a.type, date: a.date, actorId: newDoer, counterpartIds: [newOther] };
  return { kind: 'change', record: a, after, what: `活动人改为${name(newDoer)}，对象改为${name(newOther)}` };
}

/** With nothing waiting, or a change (joined), before claimedDoerChange and the report. */
export const storedSidesChange = defineIntent<Sides>({
  name: 'stored-sides-change',
  match: (ctx) => (ctx.sender && (ctx.dialog === undefined || ctx.dialog.kind === 'change') ? read(ctx) : null),
  async handle(ctx, c) {
    if (c.kind === 'unfit') {
      await ctx.reply(c.text);
      return;
    }
    const change = mergedChange(ctx, c.record, { kind: 'change' as const, activityId: c.record.id, what: c.what, after: c.after });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, c.record, change, ctx.now));
  },
});
