// 「她」是哪一位？ right after 「孙科长让我报一下：…」 (m25, t24 leftover): the question offered no one but 不在名单里, while the
// one meant is almost always the head the clerk just reported for. The people of the member's last report (stored within
// 30 minutes, or still waiting) are offered as buttons; any other name typed still answers.
import type { PendingItem } from '../domain/report/followUp.js';
import { latestOwnActivity } from '../store/activityLog.js';
import type { BotContext } from './botContext.js';
import { siblingsOf } from './cardActions/receiptHelpers.js';

/** How long after a report its people are still the likely 他/她 of the next message: as long as a question waits. */
const RECENT_MS = 30 * 60 * 1000;
/** At most this many are offered (the card shows six buttons before 不在名单里). */
const MOST = 5;

/**
 * The people of the sender's last report, the ones who did its deeds before those they were done with, the sender
 * left out: from the records it stored within RECENT_MS of `ctx.now` and from the report or card still waiting.
 */
export function recentPeople(ctx: BotContext): string[] {
  const self = ctx.sender?.id;
  const drafts: { actorId?: string; counterpartIds: string[] }[] = [];
  const dialog = ctx.dialog;
  if (dialog && (dialog.kind === 'report' || dialog.kind === 'confirm')) drafts.push(...dialog.items.map((i) => i.draft));
  const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
  if (latest && ctx.now.getTime() - Date.parse(latest.createdAt) <= RECENT_MS) drafts.push(...siblingsOf(ctx.deps, latest).filter((a) => !a.deletedAt));
  const actors = drafts.flatMap((d) => (d.actorId ? [d.actorId] : []));
  const others = drafts.flatMap((d) => d.counterpartIds);
  return [...new Set([...actors, ...others])].filter((id) => id !== self && ctx.deps.directory.person(id) !== undefined).slice(0, MOST);
}

/**
 * `items` with the people of the member's last report offered on each 他/她 question that names no candidates (any
 * person may answer it, so they are `suggestedIds`, never a limit). Unchanged when there is no such question or no one.
 */
export function withRecentPeopleOffered(ctx: BotContext, items: PendingItem[]): PendingItem[] {
  const open = (i: PendingItem) => i.problems.some((p) => p.code === 'ambiguous_actor' && p.candidateIds.length === 0 && /^[他她]$/.test(p.text));
  if (!items.some(open)) return items;
  const people = recentPeople(ctx);
  if (people.length === 0) return items;
  return items.map((i) =>
    open(i) ? { ...i, problems: i.problems.map((p) => (p.code === 'ambiguous_actor' && p.candidateIds.length === 0 ? { ...p, suggestedIds: people } : p)) } : i,
  );
}
