// An intent for words that describe something that counts toward no duty (a reminder passed on, a notice sent, a self-study):
// said plainly why nothing was recorded, never 没看懂 and never stored as an activity.
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';
import { reportIn } from './report.js';

/**
 * The intent `name` that answers `reply` (plus any question still waiting) when `said(text)` holds and the report reading
 * finds nothing to record in the message; nothing is stored. The text's own test runs first, the report's reading after
 * it (both pure, the reading kept per message): most messages (我的任务, completion questions) are none of these, and
 * reading them as a report was ~40 % of their cost (issue 14, r47).
 */
export function notRecordedReply(name: string, said: (text: string) => boolean, reply: string) {
  return defineIntent<true>({
    name,
    match: (ctx) => (ctx.sender && said(ctx.text) && (reportIn(ctx) ?? []).length === 0 ? true : null),
    async handle(ctx) {
      await ctx.reply([reply, ...stillWaiting(ctx.dialog)].join('\n'));
    },
  });
}
