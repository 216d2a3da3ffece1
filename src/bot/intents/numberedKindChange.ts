// 张伟「第2条不是谈心 算廉政谈话吧」 with no card waiting, two talks stored earlier (round 64, gdb; gci's left-alone: read as two NEW
// talks, one of each kind, each asked its day and whom): record 2 of the member's latest report takes the kind said, on one
// 【请确认修改】 card; nothing changes before 确认. A number beyond the report, a record of another kind than the one denied, or
// no record at all is said, nothing changed.
import type { Activity } from '../../domain/activity.js';
import { activityTypeName, type ActivityTypeCode } from '../../domain/activityTypes.js';
import { numberedKindWords } from '../../domain/report/numberedKindWords.js';
import { latestOwnActivity } from '../../store/activityLog.js';
import type { BotContext } from '../botContext.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { mergedChange } from '../mergedChange.js';

type KindChange = { kind: 'change'; record: Activity; n: number; to: ActivityTypeCode } | { kind: 'unfit'; text: string };

function read(ctx: BotContext): KindChange | null {
  const said = numberedKindWords(ctx.text);
  if (!said) return null;
  const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
  if (!latest) {
    return { kind: 'unfit', text: `您说的「第${said.n}条」没有对应的列表：现在没有等待确认的卡片，也没有您上报过的记录，这条消息没有记录也没有改动任何内容。要补报，请发一句完整的话，如「12月1日与李明进行了${activityTypeName(said.to)}」。` };
  }
  const listed = siblingsOf(ctx.deps, latest).filter((a) => a.reporter === ctx.update.senderOpenId);
  const record = listed[said.n - 1];
  const to = activityTypeName(said.to);
  if (!record) return { kind: 'unfit', text: `您最近一次上报只有 ${listed.length} 条记录，没有第${said.n}条，没有改动。请在要改的那一项下点「修改」，或说「X月X日和某某那条改成${to}」。` };
  if (record.deletedAt) return { kind: 'unfit', text: `第${said.n}条已经撤销了，没有改动。` };
  if (said.from !== undefined && record.type !== said.from) {
    return { kind: 'unfit', text: `您最近一次上报的第${said.n}条记的是${activityTypeName(record.type)}，不是${activityTypeName(said.from)}，没有改动。请说明要改的是哪一条（如「12月4日和王强那条改成${to}」）。` };
  }
  if (record.type === said.to) return { kind: 'unfit', text: `第${said.n}条已经记为${to}，没有改动。` };
  return { kind: 'change', record, n: said.n, to: said.to };
}

/** With nothing waiting (or a change card, joined); before numberedItemChangeReply, which says no list is on the screen. */
export const numberedKindChange = defineIntent<KindChange>({
  name: 'numbered-kind-change',
  match: (ctx) => (ctx.sender && (ctx.dialog === undefined || ctx.dialog.kind === 'change') ? read(ctx) : null),
  async handle(ctx, c) {
    if (c.kind === 'unfit') {
      await ctx.reply(c.text);
      return;
    }
    const change = mergedChange(ctx, c.record, {
      kind: 'change' as const,
      activityId: c.record.id,
      what: `类型改为${activityTypeName(c.to)}`,
      after: { type: c.to, date: c.record.date, actorId: c.record.actorId, counterpartIds: c.record.counterpartIds },
    });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, c.record, change, ctx.now));
  },
});
