// 「不用再记，是改原来那条的人数」 on 「已有一条相同记录，仍要再记一条吗？」 (round 67, gga; t69b Part B: 「这条消息没有记录」 and the
// card again): the message was a correction of the stored record, not another deed. The waiting card ends, nothing new is
// recorded, and what it said differently (人数 · 题目 · 部门 · 议题, or only the field the member names) is offered as the
// change of that stored record on 【请确认修改】 — never changed before 确认.
import type { Activity } from '../../domain/activity.js';
import type { ReportDraft } from '../../domain/report/draft.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { clearDialog, dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { describeActivity } from '../recordReport.js';
import { sameDeedRecord } from '../sameDeedRecord.js';

/** 是改原来那条的人数 · 是要改之前那条 · 不是再记，是改原来的 · 改一下已经记的那条: the stored record's change meant. */
const CHANGE_MEANT = /(?:是|要|想|就是)?(?:要)?(?:改|更正|修改)(?:一下)?(?:原来|之前|原先|已有|已经记|已记|上次|前面)(?:的|报的|记的)?(?:那条|那个|那次|记录|那一条)?(?:的)?(人数|参加人数|题目|片名|部门|议题)?/;

/** The departments of a draft or a record, in order. */
const departmentsOf = (x: Pick<ReportDraft, 'departmentId' | 'departmentIds'>): string[] => x.departmentIds ?? (x.departmentId !== undefined ? [x.departmentId] : []);

/**
 * The fields a draft may say differently of its stored record: the word naming it, what the card says, and the change it
 * makes to `after` (none when the draft says nothing new of it).
 */
type Field = { word: RegExp; label: string; changed: (d: ReportDraft, a: Activity) => Partial<RecordFields> | undefined };
const FIELDS: Field[] = [
  { word: /人数/, label: '参加人数', changed: (d, a) => (d.attendees !== undefined && d.attendees !== a.attendees ? { attendees: d.attendees } : undefined) },
  { word: /题目|片名/, label: '题目', changed: (d, a) => (d.title !== undefined && d.title !== '' && d.title !== a.title ? { title: d.title } : undefined) },
  {
    word: /部门/,
    label: '部门',
    changed: (d, a) => (departmentsOf(d).length > 0 && departmentsOf(d).join() !== departmentsOf(a).join() ? { departmentIds: departmentsOf(d) } : undefined),
  },
  { word: /议题/, label: '议题', changed: (d, a) => (d.note !== undefined && d.note !== '' && d.note !== a.note ? { note: d.note } : undefined) },
];

type Meant = { record: Activity; after: RecordFields; what: string[] } | { record: Activity; none: true } | { other: Activity } | { missing: true };

export const duplicateMeantChange = defineIntent<Meant>({
  name: 'duplicate-meant-change',
  match(ctx) {
    const d = ctx.dialog;
    if (!ctx.sender || d?.kind !== 'confirm' || d.items.length !== 1 || !d.duplicates.includes(0)) return null;
    const m = CHANGE_MEANT.exec(ctx.text.trim());
    if (!m) return null;
    const draft = d.items[0]!.draft;
    const stored = sameDeedRecord(ctx.deps, draft, ctx.sender.id);
    if (!stored) return { missing: true };
    if (stored.reporter !== ctx.update.senderOpenId) return { other: stored };
    let after: RecordFields = { type: stored.type, date: stored.date, actorId: stored.actorId, counterpartIds: stored.counterpartIds };
    // The field named (是改原来那条的人数) alone; none named, every field the message said differently.
    const fields = m[1] !== undefined ? FIELDS.filter((f) => f.word.test(m[1]!)) : FIELDS;
    const what: string[] = [];
    for (const f of fields) {
      const put = f.changed(draft, stored);
      if (put === undefined) continue;
      after = { ...after, ...put };
      what.push(f.label);
    }
    return what.length > 0 ? { record: stored, after, what } : { record: stored, none: true };
  },
  async handle(ctx, c) {
    const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
    if ('missing' in c) {
      await ctx.reply('没有找到已有的那条相同记录（可能已撤销），没有改动；下面的卡片仍在等您：要记这一条请回复「再记一条」，不记请回复「不用再记」。');
      return;
    }
    if ('other' in c) {
      const by = ctx.deps.directory.byOpenId(c.other.reporter)?.name ?? '其他同志';
      await ctx.reply(`已有的那条（${describeActivity(ctx.deps, c.other, ctx.now)}）是${by}上报的，只能由上报人修改，没有改动；下面的卡片仍在等您：不记请回复「不用再记」。`);
      return;
    }
    await clearDialog(ctx.deps.store, key, ctx.dialog?.cardId);
    if ('none' in c) {
      await ctx.reply(`好的，没有再记。原来那条（${describeActivity(ctx.deps, c.record, ctx.now)}）和您这次说的一样，没有可改的，记录保持不变。要改别的，请说「人数改成…」「题目改成…」。`);
      return;
    }
    ctx.notice('好的，没有再记，改原来那条：');
    const change = { kind: 'change' as const, activityId: c.record.id, what: `${c.what.join('、')}按这次说的改`, after: c.after };
    await saveDialog(ctx.deps.store, key, change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, c.record, change, ctx.now));
  },
});
