// 「同一天」「也是那天」「当天」「一样」 to the second of two 「是哪一天？」 (t47b F8: 「没能把这条回复读成下面问题的答案」, while
// 「也是11月24日」 worked): the day the report already has — the one just answered — is the answer, spelled out for the day
// readers. With records of different days in the report, which one is meant is not said, and nothing is read.
import type { PendingItem } from './followUp.js';

/** 同一天 · 同日 · 当天 · 那天 · 一样 · 同上, maybe after 也是/都是/就是/还是 and before 的/吧/谈的/开的. */
const SAME_DAY_ONLY = /^[\s,，]*(?:也是|也|都是|就是|还是|是|和上面|跟上面|跟前面|和前面|与上面|与前面|跟那个|和那个)?[\s,，]*(?:同一天|同一日|同日|同天|当天|当日|那天|那一天|那日|一样的?|同上|同一时间|同时)[\s,，]*(?:的|吧|呀|啊|哈|进行的|开的|谈的|做的|签的|举行的)?[\s。.!！~～]*$/;

/**
 * 「M月D日」 for `text` when it says only 「the same day」 and the records of the report (`items`) that have a day all have
 * one and the same; else undefined.
 */
export function sameDayAnswer(items: readonly PendingItem[], text: string): string | undefined {
  if (!SAME_DAY_ONLY.test(text)) return undefined;
  const days = new Set(items.map((i) => i.draft.date).filter((d): d is string => d !== undefined));
  if (days.size !== 1) return undefined;
  const [day] = [...days];
  return `${day!.slice(0, 4)}年${Number(day!.slice(5, 7))}月${Number(day!.slice(8, 10))}日`;
}
