// The one person a short phrase of a correction names, the member themself included.
import { parseCounterparts } from '../domain/report/parseCounterparts.js';
import { namesSelfAsDoer } from '../domain/report/selfAsDoerWords.js';
import type { BotContext } from './botContext.js';

/**
 * The directory id of the one person `words` name (王强 · 李娟同志), or undefined when none or several. 「不对，是孙丽」
 * from 孙丽 herself: the sender is no counterpart parseCounterparts reads, but may be the doer (round 29 q); only the bare
 * name or 我/我本人, or words saying the member did it (是我带队去的: namesSelfAsDoer), name them, so a phrase naming others
 * is read as before. Used by the corrections of a waiting card and of a waiting question alike (round 37 fjf:
 * 「第2条活动人是赵敏」 from 赵敏 to a question was 「没有在通讯录里找到「赵敏」」).
 */
export function personInWords(ctx: BotContext, words: string): string | undefined {
  if (/^(?:我|我本人|本人)$/.test(words.trim()) || namesSelfAsDoer(words) || words.trim().replace(/(?:同志|本人)$/, '') === ctx.sender!.name) return ctx.sender!.id;
  const found = parseCounterparts(words, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: [] });
  return found.counterparts.length === 1 && found.problems.length === 0 ? found.counterparts[0]!.id : undefined;
}
