// 「2号那条不用记」 · 「1号的不要了」 · 「二号那个删掉」 on a waiting card numbered 1, 2, … (round 66, gfd; t68b): 2号 is a day
// (12月2日) and also reads as the card's record 2. Round 65 (gec) read it as the day only, so on a card of 12-01 and 12-03 the
// member was told 「卡片上没有2号的记录」 though record 2 was likely meant. Pure: which record the words may mean, and whether
// that must be asked.
import { arabicizeNumerals } from './parseNumerals.js';
import { normalizeText } from './parseNormalize.js';

/** What the words point at on the card: the record of that day (as before), or record N asked about. */
export type NumberOrDay = { kind: 'day'; index: number } | { kind: 'asked'; index: number; day: number };

/** Leaving a record out, said after it (不要 · 不用记 · 删掉 …). */
const OUT_AFTER = '(?:就|也)?(?:不要|不用记|不记|不用|删掉|删除|删去|去掉|不算|别记|撤掉|拿掉|划掉|撤销|撤回)(?:了|吧|掉|啦)*';
/** 2号那条 · 2号的 · 2号那个 · 2号的那条: the day-or-number, then a pointer or 的. */
const POINTED = '(\\d{1,2})号(?:的那一?[条个项次]|那一?[条个项次]|的)(?:记录)?';
const AFTER = new RegExp(`^(?:请|麻烦)?(?:帮我)?(?:把)?${POINTED}${OUT_AFTER}$`);
const FIRST = new RegExp(`^(?:请|麻烦)?(?:帮我)?(?:删掉|删除|去掉|不要|拿掉|撤掉)(?:了)?${POINTED}(?:吧|了)*$`);

/**
 * Which of `items` (the card's records in order; `date` YYYY-MM-DD) 「N号那条不用记」 in `text` points at. `numbers`: the card's
 * shown numbers when they are not 1, 2, … (a list with an unread line shows the member's lines, memberNumbering).
 * A record of day N on the card: that record (`day`, as before). None of day N and a record numbered N: `asked` (the bot asks
 * whether record N is meant). Otherwise — N号 of no record either way, or several of that day — undefined: the older
 * readers answer (卡片上没有2号的记录 · which one).
 */
export function numberOrDayDrop(text: string, items: readonly { draft: { date?: string } }[], numbers?: readonly number[]): NumberOrDay | undefined {
  if (!text.includes('号')) return undefined;
  const t = arabicizeNumerals(normalizeText(text)).trim().replace(/[\s。.!！~～]+$/g, '').replace(/\s+/g, '');
  const m = AFTER.exec(t) ?? FIRST.exec(t);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n < 1 || n > 31) return undefined;
  const ofDay = items.flatMap((it, i) => (it.draft.date !== undefined && Number(it.draft.date.slice(8, 10)) === n ? [i] : []));
  if (ofDay.length === 1) return { kind: 'day', index: ofDay[0]! };
  if (ofDay.length > 1) return undefined;
  const index = numbers !== undefined ? numbers.indexOf(n) : n <= items.length ? n - 1 : -1;
  return index >= 0 ? { kind: 'asked', index, day: n } : undefined;
}

/** A yes to 「是指第2条吗？」: that record leaves the card. 确认 is never it — 确认 stores the card as shown. */
export const ASKED_DROP_YES = /^(?:是|是的|对|对的|嗯|嗯嗯|没错|对头|是这条|就是它|是第\d{1,2}条|是那条)[。.!！]*$/;
/** A no to it: nothing leaves the card. */
export const ASKED_DROP_NO = /^(?:不是|不对|没有|不是的|不是这条|不是第\d{1,2}条|都不是)[。.!！]*$/;
