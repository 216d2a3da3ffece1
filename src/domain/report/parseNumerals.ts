// Chinese numerals (二十三, 十一, 二〇二六) to Arabic, only where they count days, months or people.

import { chineseNumber } from './chineseNumber.js';
import { spellRoughRanges } from './spellRoughRanges.js';

/**
 * Converted only before a unit of date or head count, so that 三个以案, 一堂党课
 * and 周一 keep their characters. 三个人都参加了 (t40b F20b: the 3 lost) counts the people as 三个人参加 does.
 * 二十来个人 · 十几个人 · 二十几名 · 十个人看了 (round 45 frf: a member's count typed on a phone, lost) are counts too.
 * 三十五个人左右 (round 50, fxe kind 1: the count lost to the note) is one, approximate, as 35个人左右 is; so is 一共四个人 before
 * a spaced clause (…一共四个人 片名忘了, fxe kind 3: voice input's space for the comma, the 4 lost).
 */
const NUMERAL_RUN = /[廿卅卌]?[零〇一二两三四五六七八九十百千]*(?<=[零〇一二两三四五六七八九十百千廿卅卌])(?=\s*(?:年|月|日|号|天以?前|余?人|余?名|多名|多人|位|(?:余|多|来|几)个?人|(?:来|几)名|几位|个人(?=(?:左右|上下)?(?:(?:都|均|全|全都|也|一起)?(?:参加|参会|出席|到会|参与|参训|看了|观看|收看|学习|听了)|\s*(?:$|[,，。;；!！?？\n])|[ \t]+(?=[\u4e00-\u9fa5])))))/g;

/** 参加人数二十 · 人数：十 · 参加人员：十二 (round 25b §12: lost): a numeral right after a count's label counts people. */
const LABELLED_RUN = /(?<=(?:人数|人员)(?:为|是|共|共计)?[:：\s]*)[零〇一二两三四五六七八九十百]+(?=\s*(?:人|名|位)?(?:$|[,，。;；、\s)）]))/g;

/** The text with counts, days and years in Chinese numerals written in Arabic (a rough 七八个人 as 7至8个人 first). */
export function arabicizeNumerals(text: string): string {
  text = spellRoughRanges(text);
  text = text.replace(LABELLED_RUN, (run: string) => String(chineseNumber(run) ?? run));
  return text.replace(NUMERAL_RUN, (run: string, offset: number) => {
    // 周一 is a weekday, never a count. 周五六个人参加 (round 50, fxe, r49's left-alone: the 6 lost): the weekday's one
    // digit, then the count after it.
    if (/(?:周|星期|礼拜)$/.test(text.slice(Math.max(0, offset - 2), offset))) {
      const count = run.length > 1 && /^[一二三四五六日天]/.test(run) ? chineseNumber(run.slice(1)) : undefined;
      return count === undefined ? run : `${run[0]}${count}`;
    }
    // Only a year spelt digit by digit (二〇二六年): 一年来 is not a date.
    if (/^\s*年/.test(text.slice(offset + run.length)) && !/^[零〇一二三四五六七八九]{4}$/.test(run)) return run;
    // 就我一个人 at a clause's end is alone, not a head count; 五个人 there is (round 29b: 学了准则 五个人 lost its 5).
    if (run === '一' && /^个人/.test(text.slice(offset + run.length))) return run;
    const n = chineseNumber(run);
    return n === undefined ? run : String(n);
  });
}
