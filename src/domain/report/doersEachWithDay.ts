// 「张伟书记于11月24日、王建国副理事长于11月25日、刘芳副理事长于11月26日，分别到分管部门讲授了廉政党课」 · 「11月24日张伟书记、
// 11月25日王建国副理事长…分别讲授了廉政党课」: a list of doers, each with their own day, before the one deed each did.
import { DAY_WORD } from './dayWord.js';

/** A day as a list item writes it: 11月24日 · 昨天 · 上周三 (DAY_WORD), or 25日/25号 of the month said before it. */
const DAY = new RegExp(`(?:${DAY_WORD.source})|\\d{1,2}[日号]`);
/** A post written before or after a name (党组书记张伟 · 张伟书记 · 刘芳同志). */
const POST = '(?:党组)?(?:副?(?:书记|理事长|主任|科长|部长))?(?:同志)?';
/** Doer then day (张伟书记于11月24日), or day then doer (11月24日张伟书记 · 11月24日由张伟书记). */
const DOER_DAY = new RegExp(`^(${POST}[\\u4e00-\\u9fa5]{2,4}?${POST})\\s*于?\\s*(${DAY.source})$`);
const DAY_DOER = new RegExp(`^(${DAY.source})\\s*[,，]?\\s*由?\\s*(${POST}[\\u4e00-\\u9fa5]{2,4}?${POST})$`);
/** A doer of the list written without a day (张伟书记于11月24日、王建国副理事长、刘芳副理事长于11月26日). */
const DOER_ONLY = new RegExp(`^(${POST}[\\u4e00-\\u9fa5]{2,4}?${POST})$`);
/** 分别 (or 各自) after the list, and what each did. */
const EACH = /^[\s,，]*(?:分别|各自)/;
/** A talk or signing: 分别谈话 with no 与/和 names nobody, and a bare name list before it may as well be those talked to. */
const WITH_SOMEONE = /谈|签|约|聊/;
const NAMES_PARTNER = /与|和|同|跟|向|对|为|给/;

/**
 * `text` with each sentence of that shape written as one sentence per doer, each opening with its own day
 * (「11月24日,张伟书记到分管部门讲授了廉政党课。11月25日,王建国副理事长…」), the words before the list kept before the first.
 * A doer written without a day gets a sentence with none, so its day is asked; unchanged when a piece names no one of
 * the directory, or fewer than two pieces have their day.
 * Found in round 34a (F7): only the first doer was read, or every lecture was put on the first day. `names`: the
 * directory's people's names.
 */
export function withDoersEachWithDay(text: string, names: readonly string[]): string {
  if (!/分别|各自/.test(text)) return text;
  return text.replace(/[^。;；!?\n]+[。;；!?]?/g, (sentence) => spelled(sentence, names) ?? sentence);
}

function spelled(sentence: string, names: readonly string[]): string | undefined {
  const at = sentence.search(/分别|各自/);
  const head = sentence.slice(0, at).replace(/[\s,，]+$/, '');
  const comma = Math.max(head.lastIndexOf(','), head.lastIndexOf('，'));
  const prefix = head.slice(0, comma + 1);
  const pieces = head.slice(comma + 1).split('、').map((p) => p.trim());
  if (pieces.length < 2) return undefined;
  const end = /[。;；!?]$/.exec(sentence)?.[0] ?? '';
  const deed = sentence.slice(at).replace(EACH, '').replace(/[。;；!?]$/, '');
  if (deed.trim() === '' || (WITH_SOMEONE.test(deed) && !NAMES_PARTNER.test(deed))) return undefined;
  const pairs: Array<{ day?: string; doer: string }> = [];
  let month: string | undefined;
  for (const piece of pieces) {
    const m = DOER_DAY.exec(piece);
    const n = m ? undefined : DAY_DOER.exec(piece);
    const doer = m?.[1] ?? n?.[2] ?? DOER_ONLY.exec(piece)?.[1];
    let day = m?.[2] ?? n?.[1];
    if (doer === undefined || !names.some((name) => doer.includes(name))) return undefined;
    // A doer whose day is not said is written on a sentence of its own with none: its day is asked, never the next one's.
    if (day === undefined) {
      pairs.push({ doer });
      continue;
    }
    // 11月24日、…于25日: a day without its month is in the month of the day before it.
    if (/^\d{1,2}[日号]$/.test(day)) {
      if (month === undefined) return undefined;
      day = `${month}${day}`;
    }
    month = /^(\d{1,2}月)/.exec(day)?.[1] ?? month;
    pairs.push({ day, doer });
  }
  // Two days at least: a list of doers before one day (张伟、王建国于11月24日分别…) is another shape, read as it was.
  if (pairs.filter((p) => p.day !== undefined).length < 2) return undefined;
  // With a doer of no day, each on a line of its own: a sentence of no day on the line of another of the same deed is
  // read as going on about it, and that doer was lost.
  const apart = pairs.some((p) => p.day === undefined) ? '。\n' : '。';
  return `${prefix}${pairs.map((p) => (p.day === undefined ? `${p.doer}${deed}` : `${p.day},${p.doer}${deed}`)).join(apart)}${end || '。'}`;
}
