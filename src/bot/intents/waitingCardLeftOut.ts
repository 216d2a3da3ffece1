// 「通报典型问题那项也要记，算张书记的警示教育」 while a 确认 card waits whose note named 「通报了…典型问题」 as matching no record
// (round 58, fdc; t60b F5: 「这条消息没有记录」): the clause the card left out is put on the same card, of the type and doer the
// member names (else the phrase's own kind, and the card's one doer and day), shown again for 确认; when its kind or day
// cannot be told, asked, the card kept.
import { activityTypeName } from '../../domain/activityTypes.js';
import type { PendingItem } from '../../domain/report/followUp.js';
import { confirmedBeforeAsk, leftOutClauseNamed, type LeftOutClauseNamed } from '../../domain/report/leftOutClauseNamed.js';
import { continueDialog } from '../continueDialog.js';
import { settleReport } from '../settleReport.js';
import { parseKind } from '../../domain/report/parseKind.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import type { BotContext } from '../botContext.js';
import { describePending } from '../describeActivity.js';
import { dialogKey } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { personInWords } from '../personInWords.js';
import { reshownCard } from '../reshownCard.js';
import { confirmCardFor } from '../settleReport.js';
import { withNotice } from '../withNotice.js';

/** The one value every item has for `of` (undefined included), or null when they differ. */
function shared<T>(items: PendingItem[], of: (i: PendingItem) => T): T | null {
  const all = [...new Set(items.map(of))];
  return all.length === 1 ? all[0]! : null;
}

/** The item the phrase becomes, or what to ask when its kind, day or doer cannot be told. */
function itemFor(ctx: BotContext, said: LeftOutClauseNamed, items: PendingItem[]): PendingItem | { ask: string } {
  const type = said.type ?? parseKind(said.phrase).kind?.code;
  if (type === undefined) return { ask: `「${said.phrase}」要按哪类活动记？请说「…那项也要记，算警示教育」这样的话，卡片没有改动。` };
  const date = shared(items, (i) => i.draft.date);
  if (date === null || date === undefined) return { ask: `「${said.phrase}」是哪一天的？卡片上的记录不在同一天，请在说要记时带上日期，卡片没有改动。` };
  const named = said.doerWords !== undefined ? personInWords(ctx, said.doerWords) : undefined;
  if (said.doerWords !== undefined && named === undefined) return { ask: `没有在通讯录里找到「${said.doerWords}」，卡片没有改动。` };
  const doer = named ?? shared(items, (i) => i.draft.actorId);
  if (doer === null) return { ask: `「${said.phrase}」是谁组织或主讲的？请说「…那项也要记，算某某的${activityTypeName(type)}」，卡片没有改动。` };
  const actorId = doer === ctx.sender!.id ? undefined : doer;
  const late = items.find((i) => i.draft.date === date)?.draft.late ?? false;
  return { draft: { type, date, counterpartIds: [], late, ...(actorId !== undefined ? { actorId } : {}) }, problems: [] };
}

/** The card's notes with `phrase` taken out of its leftover note (the note gone when it named nothing else). */
function remarksWithout(remarks: string[], phrase: string): string[] {
  return remarks.flatMap((r) => {
    if (!r.includes(`「${phrase}」`) || !/没有对应到任何记录/.test(r)) return [r];
    const left = r.replace(new RegExp(`「${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}」、?`), '').replace(/、(?=没有对应)/, '');
    return /消息里的「/.test(left) ? [left] : [];
  });
}

/** The clause asked for, and whether the member confirmed the card before asking (对 另外…也算一次警示教育吧). */
type LeftOutAsk = LeftOutClauseNamed & { confirmed: boolean };

export const waitingCardLeftOut = defineIntent<LeftOutAsk>({
  name: 'waiting-card-left-out',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'confirm') return null;
    const { rest, confirmed } = confirmedBeforeAsk(ctx.text);
    const said = leftOutClauseNamed(rest, ctx.dialog.remarks);
    return said !== undefined ? { ...said, confirmed } : null;
  },
  async handle(ctx, said) {
    const d = ctx.dialog as Extract<NonNullable<typeof ctx.dialog>, { kind: 'confirm' }>;
    const item = itemFor(ctx, said, d.items);
    // 对 另外会上通报案例那个也算一次警示教育吧 (round 60, fbd; t62b G9: 没看懂): 对 confirms the card as a tap would, and
    // the clause, a kind the member guessed, waits on a card of its own — never stored with the confirmed ones unseen.
    if (said.confirmed && !('ask' in item)) {
      const who = { person: ctx.sender!, openId: ctx.update.senderOpenId };
      const stored = await continueDialog(ctx.deps, { who, chatId: ctx.update.chatId, dialog: { ...d, remarks: remarksWithout(d.remarks, said.phrase) }, text: '确认', sourceEventId: ctx.update.eventId, sourceMessageId: ctx.update.messageId, now: ctx.now });
      if (stored.kind === 'card') await ctx.replyCard(stored.card);
      else if (stored.kind === 'text') await ctx.reply(stored.text);
      const what = describePending(ctx.deps.directory, ctx.deps.duties, item.draft, shanghaiDate(ctx.now), ctx.sender!.id);
      const card = await settleReport(ctx.deps, {
        items: [item],
        remarks: [`按您说的把「${said.phrase}」另记一条（${what}），日期和活动人同刚才确认的记录`],
        reasons: ['inferred_type'],
        who,
        key: dialogKey(ctx.update.chatId, ctx.update.senderOpenId),
        sourceEventId: `${ctx.update.eventId}:left-out`,
        sourceMessageId: ctx.update.messageId,
        now: ctx.now,
      });
      await ctx.replyCard(card);
      return;
    }
    if ('ask' in item) {
      const card = confirmCardFor(ctx.deps, d.items, d.reasons, d.duplicates, d.remarks, ctx.now, ctx.sender!.id);
      const carried = withNotice({ kind: 'card', card }, [item.ask]);
      if (carried?.kind === 'card') await ctx.replyCard(carried.card);
      else await ctx.reply(item.ask);
      return;
    }
    const items = [...d.items, item];
    const turn = { who: { person: ctx.sender!, openId: ctx.update.senderOpenId }, sourceEventId: ctx.update.eventId, sourceMessageId: ctx.update.messageId, now: ctx.now };
    const card = await reshownCard(ctx.deps, turn, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), { ...d, remarks: remarksWithout(d.remarks, said.phrase) }, items, 'card_edited');
    const what = describePending(ctx.deps.directory, ctx.deps.duties, item.draft, shanghaiDate(ctx.now), ctx.sender!.id);
    const carried = withNotice({ kind: 'card', card }, [`已把「${said.phrase}」加为第${items.length}条（${what}），仍未记录，请核对后确认。`]);
    await ctx.replyCard(carried?.kind === 'card' ? carried.card : card);
  },
});
