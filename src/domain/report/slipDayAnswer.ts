// 「刚才说错了，是前天」「说错了，应该是前天」「等等，搞错了，是11月27号」 typed while 「是哪一天？」 waits (round 28 o,
// issue 10): the owning of a slip and a day is the answer. Read as a message of its own it told of work done on 前天 with
// no kind the bot records (「没有读出…活动」) and the question stayed; its 刚才 must never be read as the day.
import { dayTakenBack } from './correctedDay.js';
import { waitingSlip } from './waitingSlip.js';

/**
 * `text` as 「不对,<day…>」 when it owns a slip (pads, 刚才/那条, 说错了/搞错了/不对…; see waitingSlip) and then says only a
 * day (dayTakenBack: 是前天 · 应该是11月27日 · 前天谈的), else undefined. The result is what the day readers take
 * (readCorrection marks it corrected, so the record goes to the 确认 card); a slip that names a person or kind is not this.
 */
export function slipDayAnswer(text: string, today: string): string | undefined {
  const slip = waitingSlip(text);
  if (slip === undefined) return undefined;
  return dayTakenBack(slip, today) !== undefined ? slip : undefined;
}
