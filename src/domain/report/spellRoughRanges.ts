// A rough head count said as two neighbouring numbers (七八个人 · 十一二个人 · 二三十人 · 三五个人 · 8、9个人 · 7-8人 · 七到八人),
// written as one range 「7至8」 before the numerals are made Arabic, so that it is never read as one big number.
// Round 49, fwa (fve probe #8): 「七八个人参加」 was stored at once as 78 people, 「两三个人」 as 23.
import { chineseNumber } from './chineseNumber.js';

/** The people a head count counts: 人 · 名 · 位 · 个人, and 个同志/个党员… (五六个同志参加). */
const PEOPLE = '(?=\\s*(?:个人|人|名|位|个(?:党员|干部|职工|同志|同事)))';
const DIGIT = '一两二三四五六七八九';
/**
 * 七八 · 两三 · 十一二 · 二十七八 · 二三十 · 一百二三十 · 三五 · 一两: a number's leading part (一百, 二十, 十), then two digits,
 * then their unit (十, 百). Not after another numeral (the pair is then a longer number's tail) nor after 周/星期/礼拜
 * (周五六个人参加: Friday, six people).
 */
const SPOKEN_PAIR = new RegExp(
  `(?<![零〇${DIGIT}十百千\\d]|周|星期|礼拜)((?:[${DIGIT}]?[百千])?(?:[${DIGIT}]?十)?)([${DIGIT}])([${DIGIT}])([十百])?${PEOPLE}`,
  'g',
);
/** 七到八人 · 十到十五人 · 7-8人 · 10~15名 · 7至8人: two numbers joined by 到/至/a dash, the second the larger. */
const JOINED_PAIR = new RegExp(
  `(?<![零〇${DIGIT}十百千\\d.．:：/\\-])([零〇${DIGIT}十百]+|\\d{1,4})\\s*(?:到|至|-|－|~|～|—)\\s*([零〇${DIGIT}十百]+|\\d{1,4})${PEOPLE}`,
  'g',
);
/** 8、9个人: two Arabic neighbours listed, one apart (8、10 are two numbers of something else). */
const LISTED_PAIR = new RegExp(`(?<![\\d.．:：/\\-])(\\d{1,3})\\s*、\\s*(\\d{1,3})${PEOPLE}`, 'g');

const digitValue = (c: string): number => chineseNumber(c === '两' ? '二' : c) ?? 0;
const valueOf = (run: string): number | undefined => (/^\d+$/.test(run) ? Number(run) : chineseNumber(run));

/** 七八 (7, 8) · 三五 (3, 5) · 一两 (1, 2) are a rough count; 七九 or 五三 are not said so. */
function spokenNeighbours(first: number, second: number): boolean {
  return second === first + 1 || (first === 3 && second === 5);
}

/**
 * Rewrites every rough head count said as two numbers into 「a至b」 (Arabic, a < b) before its unit; parseAttendance reads
 * 「a至b人」 as approximate. Anything else is left as written.
 */
export function spellRoughRanges(text: string): string {
  text = text.replace(SPOKEN_PAIR, (whole: string, lead: string, d1: string, d2: string, unit: string | undefined) => {
    const first = digitValue(d1);
    const second = digitValue(d2);
    if (!spokenNeighbours(first, second)) return whole;
    // A unit after the pair multiplies it (二三十: 20, 30); one in the lead part is added (十一二: 11, 12).
    if (unit && /十$/.test(lead)) return whole;
    const base = lead === '' ? 0 : chineseNumber(lead);
    if (base === undefined) return whole;
    const scale = unit === '十' ? 10 : unit === '百' ? 100 : 1;
    return `${base + first * scale}至${base + second * scale}`;
  });
  text = text.replace(JOINED_PAIR, (whole: string, a: string, b: string) => {
    const first = valueOf(a);
    const second = valueOf(b);
    return first !== undefined && second !== undefined && first > 0 && first < second ? `${first}至${second}` : whole;
  });
  return text.replace(LISTED_PAIR, (whole: string, a: string, b: string) =>
    Number(b) === Number(a) + 1 ? `${a}至${b}` : whole,
  );
}
