// 「第2条是周涛部长和组联部全体人员签的」 after a receipt listing numbered records (round 62, gbb; t64a G8: refused with 同一个人 /
// 「现在没有等待确认的卡片」): record N of the member's latest report takes the doer and the people said — a group word
// expanded from the directory as a report expands it, the doer never among them — on one 【请确认修改】 card: record N changed
// to the first person, one new record for each other one; nothing changes before 确认.
import type { Activity } from '../../domain/activity.js';
import { activityTypeName, isTalkType } from '../../domain/activityTypes.js';
import { numberedSidesWords } from '../../domain/report/numberedSidesWords.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { parseReport } from '../../domain/report/parseReport.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { mergedChange } from '../mergedChange.js';
import { personInWords } from '../personInWords.js';
import { latestReportAsListed } from '../referredRecords.js';

type Sides =
  | { kind: 'change'; record: Activity; n: number; doer: string; people: string[]; type: Activity['type'] }
  | { kind: 'unfit'; text: string };

/** Everyone `people` (组联部全体人员 · 王强、李娟) names as `doer`'s other party, read as a report of that deed reads them. */
function peopleOf(ctx: BotContext, doerWords: string, doer: string, people: string, sign: boolean): string[] {
  const sentence = `今天${doerWords}和${people}${sign ? '签订了廉政承诺书' : '进行了廉政谈话'}`;
  const me = ctx.sender!.id;
  const read = parseReport(sentence, { now: ctx.now, directory: ctx.deps.directory, senderId: me, mentions: [] }) ?? [];
  const ids = read.filter((r) => (r.draft.actorId ?? me) === doer).flatMap((r) => r.draft.counterpartIds);
  return [...new Set(ids)].filter((id) => id !== doer);
}

function read(ctx: BotContext): Sides | null {
  const said = numberedSidesWords(normalizeText(ctx.text));
  if (!said) return null;
  // The latest report as its receipt numbered it (referredRecords' one reading of the latest report).
  const listed = latestReportAsListed(ctx);
  if (listed.length === 0) return null;
  const doer = personInWords(ctx, said.doer);
  if (doer === undefined) return null;
  const people = peopleOf(ctx, said.doer, doer, said.people, said.verb === 'sign');
  if (people.length === 0) return null;
  const record = listed[said.n - 1];
  if (!record) return { kind: 'unfit', text: `您最近一次上报只有 ${listed.length} 项，没有第${said.n}条，没有改动。请在要改的那一项下点「修改」。` };
  if (record.reporter !== ctx.update.senderOpenId) return { kind: 'unfit', text: `第${said.n}条不是您上报的，只能修改自己上报的记录。` };
  if (record.deletedAt) return { kind: 'unfit', text: `第${said.n}条已经撤销了，没有改动。` };
  // 签 makes it a signing; 谈 a talk, of the record's own talk kind (a talk of no talk record is not guessed).
  const type = said.verb === 'sign' ? 'pledge_sign' : isTalkType(record.type) ? record.type : undefined;
  if (type === undefined) return { kind: 'unfit', text: `第${said.n}条是${activityTypeName(record.type)}，不是谈话，没有改动。请在那一项下点「修改」。` };
  const same = record.type === type && record.actorId === doer && people.length === 1 && record.counterpartIds.join() === people[0];
  if (same) return { kind: 'unfit', text: `第${said.n}条已经是这样记的，没有改动，也没有新增记录。` };
  return { kind: 'change', record, n: said.n, doer, people, type };
}

/** With nothing waiting, or a change (joined), before correctLatest and numberedItemChangeReply (「现在没有等待确认的卡片」). */
export const numberedSidesChange = defineIntent<Sides>({
  name: 'numbered-sides-change',
  match: (ctx) => (ctx.sender && (ctx.dialog === undefined || ctx.dialog.kind === 'change') ? read(ctx) : null),
  async handle(ctx, c) {
    if (c.kind === 'unfit') {
      await ctx.reply(c.text);
      return;
    }
    const name = (id: string) => ctx.deps.directory.person(id)?.name ?? id;
    const [first, ...more] = c.people;
    const kind = activityTypeName(c.type);
    const what = `第${c.n}条改为${name(c.doer)}与${c.people.map(name).join('、')}的${kind}${more.length > 0 ? `（第${c.n}条改为与${name(first!)}，其余 ${more.length} 人各新增一条）` : ''}`;
    const change = mergedChange(ctx, c.record, {
      kind: 'change' as const,
      activityId: c.record.id,
      what,
      after: { type: c.type, date: c.record.date, actorId: c.doer, counterpartIds: [first!] },
      ...(more.length > 0 ? { added: more, addedSource: ctx.update.eventId } : {}),
    });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, c.record, change, ctx.now));
  },
});
