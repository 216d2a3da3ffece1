// 「签错人了，是李娟」「承诺书那条签错了 应该是李娟」「片名打错了，应该是警钟长鸣2」 (round 68, ghk; t71b: 没看懂, or a NEW
// signing asked its day): a slip owned with any verb is read as the 写错了 it means (slipVerbWords' one list), by correctLatest
// itself — after correctLatest has read the words as sent, so nothing it reads today reads otherwise.
import { slipAsWritten } from '../../domain/report/slipVerbWords.js';
import { toSimplified } from '../../domain/report/toSimplified.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { correctLatest } from './correctLatest.js';

/** The message put in the 写错了 wording, and correctLatest's reading of it. */
interface SlipRead {
  put: string;
  said: unknown;
}

/** `ctx` with the message put as `put` (the lines too: the correction readers read either). */
function withText(ctx: BotContext, put: string): BotContext {
  return { ...ctx, text: put, lines: put };
}

export const slipVerbCorrection = defineIntent<SlipRead>({
  name: 'slip-verb-correction',
  match(ctx) {
    if (!ctx.sender || (ctx.dialog && ctx.dialog.kind !== 'change')) return null;
    // 簽錯人了，是李娟 · 片名打錯了，應該是… : correctLatest reads simplified words only, so the put wording is simplified.
    const simplified = toSimplified(ctx.text);
    const put = slipAsWritten(simplified);
    if (put === simplified) return null;
    const said = correctLatest.match(withText(ctx, put));
    return said === null ? null : { put, said };
  },
  async handle(ctx, { put, said }) {
    await correctLatest.handle(withText(ctx, put), said);
  },
});
