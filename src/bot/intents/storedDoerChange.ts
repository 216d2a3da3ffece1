// 林晓 「杨帆那次是王磊谈的不是我」 · 「刚才第2条撤了 杨帆那次是王磊谈的不是我」 with her talk with 杨帆 stored as her own (round
// 61, gaf; t63a/t63b Part B: 没看懂, or a new talk of 杨帆 and 王磊 asked its kind): the member's stored record that the words
// name, whose doer she is, takes the doer said — on the 【请确认修改】 card (原来/改为), the record kept. A 第2条撤了 before it
// withdraws nothing: said so, with how to withdraw if that was meant.
import type { Activity } from '../../domain/activity.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { storedDoerWords } from '../../domain/report/storedDoerWords.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { saveFound } from '../foundRecords.js';
import { defineIntent } from '../intent.js';
import { mergedChange } from '../mergedChange.js';
import { personInWords } from '../personInWords.js';
import { recentRecordsNamed } from '../recentRecordsNamed.js';
import { receiptFor } from '../recordReport.js';

type DoerChange =
  | { kind: 'change'; records: Activity[]; doer: string; lead?: string; present?: true }
  | { kind: 'unfit'; text: string };

function read(ctx: BotContext): DoerChange | null {
  const said = storedDoerWords(normalizeText(ctx.text));
  if (!said) return null;
  const doer = personInWords(ctx, said.doer);
  if (doer === undefined || doer === ctx.sender!.id) return null;
  // 杨帆那次 as the member's records name it (和杨帆 · 杨帆那次 · 上周五和孙杰).
  const words = /^(?:和|跟|与|同)/.test(said.about) ? said.about : `${said.about}那次`;
  const named = recentRecordsNamed(ctx, words);
  if (named.length === 0) return null;
  const name = ctx.deps.directory.person(doer)?.name ?? said.doer;
  // 不是我: only the records the member is the doer of move; one already of the doer said is said so.
  const mine = named.filter((a) => a.actorId === ctx.sender!.id && !a.counterpartIds.every((id) => id === doer));
  if (mine.length === 0) {
    const already = named.some((a) => a.actorId === doer);
    return { kind: 'unfit', text: already ? `您「${said.about}」的记录活动人已经是${name}，没有改动，也没有新增记录。` : `您「${said.about}」的记录活动人不是您本人，没有改动，也没有新增记录。要改，请在那条回执上点「修改」。` };
  }
  return { kind: 'change', records: mine, doer, ...(said.lead !== undefined ? { lead: said.lead } : {}), ...(said.present ? { present: true as const } : {}) };
}

/** `a` with `doer` as its doer, no longer one of its counterparts or companions. */
function withDoer(a: Activity, doer: string): RecordFields {
  return {
    type: a.type,
    date: a.date,
    actorId: doer,
    counterpartIds: a.counterpartIds.filter((id) => id !== doer),
    ...(a.companionIds !== undefined ? { companionIds: a.companionIds.filter((id) => id !== doer) } : {}),
  };
}

/** With nothing waiting, or a change (joined), before correctLatest (which read the words as no change) and the report. */
export const storedDoerChange = defineIntent<DoerChange>({
  name: 'stored-doer-change',
  match: (ctx) => (ctx.sender && (ctx.dialog === undefined || ctx.dialog.kind === 'change') ? read(ctx) : null),
  async handle(ctx, c) {
    if (c.kind === 'unfit') {
      await ctx.reply(c.text);
      return;
    }
    const name = ctx.deps.directory.person(c.doer)?.name ?? c.doer;
    if (c.lead !== undefined) ctx.notice(`「${c.lead}」：没有撤销任何记录，按您说的只改这一条的活动人；如确实要撤销，请先处理下面的卡片，再回复「撤销${c.lead.replace(/^(第.+?条).*$/, '$1')}」。`);
    if (c.records.length > 1) {
      ctx.notice(`找到 ${c.records.length} 条记录，要把哪一条的活动人改为${name}？请在那一条下点「修改」；还没有改动任何记录。`);
      await saveFound(ctx, c.records);
      await ctx.replyCard(receiptFor(ctx.deps, c.records, ctx.now, [], [], `找到 ${c.records.length} 条记录`));
      return;
    }
    const a = c.records[0]!;
    // 我只是在场 (round 62, gbj; t65a B-F1): said back, as the ledger keeps no one present at a talk.
    const present = c.present ? '（您只是在场，不记为谈话人）' : '';
    const change = mergedChange(ctx, a, { kind: 'change' as const, activityId: a.id, what: `活动人改为${name}${present}`, after: withDoer(a, c.doer) });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, a, change, ctx.now));
  },
});
