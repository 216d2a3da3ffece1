// 「刚才说错了，是和冯雪谈的」「刚才那条不对，应该是孙丽」「等等，说错了，是和李明」 typed while 「是哪一天？」 waits
// (round 27d F1/F3): a slip owned on the report being asked about. Its 刚才 is when the member spoke, not when the deed
// was done: read as a day it answered the question with today and the new person was dropped (stored wrong); with
// 等等 before it the correction was not seen at all and the question came back unchanged.
import { normalizeText } from './parseNormalize.js';

/** Sounds and pads before the owning that say nothing of the record: 等等 · 哦 · 不好意思 · 抱歉. */
const PADS = /^(?:(?:等等|等一下|等下|稍等|哦|噢|喔|啊|呃|额|嗯|哎呀|哎|唉|诶|欸|不好意思|抱歉|对不起|sorry)[,;。!\s]*)+/i;

/** What the slip is about: 刚才 · 刚刚 · 刚才那条 · 刚才的 · 我刚才说的 · 上面那条 (the report the question is about). */
const POINTER = /^(?:我)?(?:刚才|刚刚|上面|前面)?(?:那条|那个|这条|说的|发的|报的|写的|填的|的)?(?:那条)?[,;\s]*/;

/** The owning: 说错了 · 搞错了 · 搞混了 · 写错了 · 不对 · 错了 · 有误 (doubled: 不对不对). */
const OWNING = /^(?:(?:(?:我)?(?:说|搞|弄|写|记|报|填|打|讲|发|看)(?:错|混)了?|不对|错了|有误)[,;。!\s]*)+/;

/**
 * `text` read as 「不对,<what follows>」 when it opens by owning a slip (pads, a pointer such as 刚才那条, then 说错了/不对/
 * 错了…) and says something after it; undefined otherwise (「不是张颖，是王磊」 has no owning and stays as written). The
 * result is normalised (half-width marks) and is what the correction readers (cardCorrection) take; the caller reads
 * a day in it, never in the pointer (刚才 is no day here).
 */
export function waitingSlip(text: string): string | undefined {
  let t = normalizeText(text).trim();
  t = t.replace(PADS, '');
  const pointer = POINTER.exec(t)?.[0] ?? '';
  const owned = OWNING.exec(t.slice(pointer.length));
  if (!owned) return undefined;
  const rest = t.slice(pointer.length + owned[0].length).trim();
  return rest === '' ? undefined : `不对,${rest}`;
}

/** 刚才/刚刚 beside words that own a slip anywhere (刚才那个人不对 · 刚才名字打错了): the moment the member spoke. */
const SPOKEN_JUST_NOW = /刚才|刚刚/;
const SLIP_ANYWHERE = /不对|错了|有误|(?:错|混)了|改成|改为|更正/;

/**
 * Whether `text` says 刚才/刚刚 beside the words of a correction: its 刚才 is when the member spoke, so it must never be
 * read as the day of a deed (the answer to 「是哪一天？」) even when the correction itself is not understood.
 */
export function slipSaidJustNow(text: string): boolean {
  const t = normalizeText(text);
  return SPOKEN_JUST_NOW.test(t) && SLIP_ANYWHERE.test(t);
}
