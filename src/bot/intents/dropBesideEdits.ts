// 「第1条是合计的不用记，黄书记是谈话人不是对象」 while a question waits on a pasted list (round 62, gbc; t64a G3: only the drop was
// applied, the card came back with 黄志刚 still the one talked to, and 确认 stored it). The items numbered leave, the other
// clauses change what is left (cardClauseEdits, the 确认 card's reader), and the rest goes on: its next question, or the 确认
// card with both changes said — never stored at once. On a 确认 card the same message is the card's clause reader's
// (correctWaitingCard): read here first, since the drop readers took the change after the drop for the drop's reason.
import { cardClauseEdits, type ClauseEdited } from '../../domain/report/cardClauseEdits.js';
import { messageEntryItems } from '../../domain/report/messageEntryItems.js';
import { answerAndDrop } from '../../domain/report/answerAndDrop.js';
import { numberedDropClauses } from '../../domain/report/numberedDropClauses.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { reasonsAfterDrop } from '../../domain/report/reasonsAfterDrop.js';
import type { PendingItem } from '../../domain/report/followUp.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { followUpCard } from '../askFollowUp.js';
import type { BotContext } from '../botContext.js';
import { describePending } from '../describeActivity.js';
import { dialogKey, saveDialog } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { settleFromMessage } from '../settleFromMessage.js';
import { withNotice } from '../withNotice.js';
import { clauseContext, correctWaitingCard } from './correctWaitingCard.js';

/** A comma, a full stop or a space (voice input) parts the clauses, as on the card. */
const CLAUSES = /[,;。!?]?\s+|[,;。!?]+/;

/** What was read: the item indexes left out, and the rest of the items as the other clauses changed them. */
interface DropBeside {
  gone: number[];
  edited: Extract<ClauseEdited, { kind: 'changed' | 'ask_days' }>;
}

/** On a question: DropBeside; on a 确认 card: the clause reader's change of the card, handled as correctWaitingCard does. */
type Read = { on: 'question'; read: DropBeside } | { on: 'card'; edited: ClauseEdited };

/** The message's clauses parted into drops by number and the rest (numberedDropClauses). */
function partedText(ctx: BotContext): ReturnType<typeof numberedDropClauses> {
  return numberedDropClauses(normalizeText(ctx.text).trim().split(CLAUSES).map((c) => c.trim()).filter((c) => c !== ''));
}

/** `text` read against the waiting report's `items` (第N条 the message's own entry N when the items carry entries). */
function readDropBeside(ctx: BotContext, items: PendingItem[]): DropBeside | undefined {
  const parted = partedText(ctx);
  if (parted === undefined) return undefined;
  const byEntry = items.every((i) => i.entry !== undefined);
  const gone = [...new Set(parted.numbers.flatMap((n) => (byEntry ? messageEntryItems(items, n) : n <= items.length ? [n - 1] : [])))];
  if (gone.length === 0 || gone.length >= items.length) return undefined;
  const left = items.filter((_, k) => !gone.includes(k));
  const edited = cardClauseEdits(parted.rest.join('，'), left, clauseContext(ctx));
  return edited?.kind === 'changed' || edited?.kind === 'ask_days' ? { gone, edited } : undefined;
}

export const dropBesideEdits = defineIntent<Read>({
  name: 'drop-beside-edits',
  match(ctx) {
    if (!ctx.sender || (ctx.dialog?.kind !== 'report' && ctx.dialog?.kind !== 'confirm')) return null;
    // Gated on a drop clause's own words before the clause reader runs.
    if (!/第|号那条/.test(ctx.text) || !/[,，;；。\s]/.test(ctx.text.trim())) return null;
    if (ctx.dialog.kind === 'confirm') {
      if (partedText(ctx) === undefined) return null;
      const edited = correctWaitingCard.match(ctx) as ClauseEdited | null;
      return edited?.kind === 'changed' || edited?.kind === 'ask_days' ? { on: 'card', edited } : null;
    }
    // 是作风纪律检查，第2条删除 (round 56, fgc): an answer before the drop is answerAndDrop's, which answers the question too.
    if (answerAndDrop(ctx.text) !== undefined) return null;
    const read = readDropBeside(ctx, ctx.dialog.items);
    return read !== undefined ? { on: 'question', read } : null;
  },
  async handle(ctx, found) {
    if (found.on === 'card') return correctWaitingCard.handle(ctx, found.edited);
    const read = found.read;
    const dialog = ctx.dialog as Extract<typeof ctx.dialog, { kind: 'report' }>;
    const today = shanghaiDate(ctx.now);
    const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
    const what = read.gone.map((k) => describePending(ctx.deps.directory, ctx.deps.duties, dialog.items[k]!.draft, today)).join('」「');
    const said = `已按您的回复去掉「${what}」，不记录；并已修改（${read.edited.what}）`;
    const items = read.edited.items;
    const messageIds = [...(dialog.messageIds ?? []), ctx.update.messageId];
    if (items.some((i) => i.problems.length > 0)) {
      await saveDialog(ctx.deps.store, key, { ...dialog, items, remarks: [...dialog.remarks, said], messageIds }, ctx.now);
      const next = { kind: 'card' as const, card: followUpCard(ctx.deps, items, today, dialog.week, dialog.month && !dialog.week ? { month: dialog.month } : undefined) };
      const carried = withNotice(next, [`好的，${said}。`]);
      await ctx.replyCard(carried?.kind === 'card' ? carried.card : next.card);
      return;
    }
    // Never stored at once: what is left was read beside a line the member said was no deed, and changed in words.
    const before = reasonsAfterDrop(dialog.reasons ?? [], dialog.items, dialog.items.filter((_, k) => !read.gone.includes(k)));
    const card = await settleFromMessage(ctx, {
      items,
      remarks: [...dialog.remarks, said],
      reasons: before.includes('card_edited') ? before : [...before, 'card_edited' as const],
      relatedMessageIds: dialog.messageIds ?? [],
      ...(dialog.cardId !== undefined ? { replacing: dialog.cardId } : {}),
    });
    const carried = withNotice({ kind: 'card', card }, [`好的，${said}，请核对后确认。`]);
    await ctx.replyCard(carried?.kind === 'card' ? carried.card : card);
  },
});
