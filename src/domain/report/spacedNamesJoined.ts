// 「王 建国 昨天开展了廉政谈话」 · 「张　伟书记…」 (t31c): a name pasted from a list padded with spaces (half- or full-width)
// was no name, and the deed became the sender's, recorded at once. The name is written back whole before reading.
import type { Directory } from '../organization.js';
import { oncePer } from './oncePer.js';
import { FOLLOWS_NAME } from './parseCounterpartItems.js';
import { nearNames } from './nearNames.js';

/** The directory's names, built once per directory (issue 14: nothing per message). */
const namesOf = oncePer((directory: Directory): Set<string> => new Set(directory.org.people.map((p) => p.name)));

/**
 * One character parted by one or two spaces from the one or two after it: a name's surname and given name, when together
 * they are a name of the directory. Not after a Chinese character (老李 明天 · 小王 强调 stay as written) but a day's end
 * or a word that turns to someone (昨天张　伟 · 与李　明 · 、王　强), or 我们/咱们 · 上午/下午 · 由/请/让 before it (round 57, fea;
 * t59a F6: 「…和我们周 涛部长进行了谈心谈话」 asked 和谁 while 「刘 芳副理事长」 at the start was read).
 */
const SPLIT = /(?:(?<![\u4e00-\u9fa5])|(?<=[日号天与和跟同找对给为向及、们午由请让]))([\u4e00-\u9fa5])[ \u3000\u00a0]{1,2}(?=([\u4e00-\u9fa5]{1,2}))/g;

/**
 * A table cell of two characters padded to a name's width with one full-width space (李　明 · 张　英 between tabs, runs of
 * spaces, ｜ or a line's ends): 「12月1日⇥李　明⇥张　英⇥廉政谈话」 (round 64, gde) lost 张英, a name the directory does not
 * know, so its sound-alike 张颖 was never offered. Joined when the two make a name near a directory name (nearNames).
 */
const PADDED_CELL = /(?<=^|\t|[ \u3000]{2}|[|｜]\s*)([\u4e00-\u9fa5])\u3000([\u4e00-\u9fa5])(?=$|\t|[ \u3000]{2}|\s*[|｜])/gm;

/**
 * A three-character name with a space after each character (和王 建 国进行了…, voice input; round 64, gde): joined when the
 * three are a directory name and a name may end after them; after a Chinese character only as SPLIT allows.
 */
const EACH_SPACED = /(?:(?<![\u4e00-\u9fa5])|(?<=[日号天与和跟同找对给为向及、们午由请让]))([\u4e00-\u9fa5])[ \u3000\u00a0]{1,2}([\u4e00-\u9fa5])[ \u3000\u00a0]{1,2}([\u4e00-\u9fa5])/g;

/** A word right before a name that turns to someone (与张 英 · 和张 英 · 、张 英). */
const TURNS_TO = /[与和跟同找对及、]/;

/**
 * Whether `next` (the character after a name joined from its parts) may follow a name: none, no Chinese character, one that
 * follows names (FOLLOWS_NAME: 进行 · 谈 · 科长 …) or opens a day (昨天 · 今天 · 前天 · 本周). 「王 强调要…」 (round 64, gde): 调
 * makes 强调 a word, so no 王强 is read there; 「李 明确要求」 likewise.
 */
function endsName(next: string | undefined): boolean {
  return next === undefined || !/[\u4e00-\u9fa5]/.test(next) || FOLLOWS_NAME.test(next) || /[昨今前本这]/.test(next);
}

/**
 * `text` with each directory name written with spaces inside (王 建国 · 张　伟) written whole (王建国 · 张伟); the longest
 * name that fits is taken (王 建国 before 王建). Unchanged when no such name is found.
 */
export function withSpacedNamesJoined(text: string, directory: Directory): string {
  if (!/[ \u3000\u00a0]/.test(text)) return text;
  const names = namesOf(directory);
  const cellsJoined = text.includes('\u3000') ? text.replace(PADDED_CELL, (whole, first: string, second: string) => (nearNames(first + second, '', 0, 0, directory).length > 0 ? first + second : whole)) : text;
  const threeJoined = cellsJoined.replace(EACH_SPACED, (whole, a: string, b: string, c: string, at: number) => (names.has(a + b + c) && endsName(cellsJoined[at + whole.length]) ? a + b + c : whole));
  return threeJoined.replace(SPLIT, (whole, first: string, rest: string, at: number) => {
    // Only the spaces go: what follows is looked at, not taken, so a name after a day (11月25日　张　伟) is still seen.
    for (let k = rest.length; k >= 1; k--) if (names.has(first + rest.slice(0, k)) && endsName(text[at + whole.length + k])) return first;
    // 和张 英进行了谈心谈话 (round 64, gde): a misheard two-character name split by voice input, after a word that turns to
    // someone, is joined so its sound-alike is offered (nearNames), never dropped for 和谁.
    const given = rest[0]!;
    if (at > 0 && TURNS_TO.test(text[at - 1]!) && endsName(text[at + whole.length + 1]) && nearNames(first + given, '', 0, 0, directory).length > 0) return first;
    return whole;
  });
}
