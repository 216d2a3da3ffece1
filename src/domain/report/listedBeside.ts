// 这周三办公室财务科集体廉政谈话 李明 孙丽 王强参加 (r47 fse kind 1): the 参加 closing a list of names spaced or parted by
// 、 is said of the whole list, so the last name before it is one of the list, never someone who only sat in.
import type { ParseContext } from './draft.js';
import type { Counterpart } from './parseCounterparts.js';

/** A post written after a name in a list (李明主任 孙丽科长 王强参加). */
const POST = '(?:同志|主任|副主任|科长|副科长|部长|副部长|书记|副理事长|理事长|干事|科员|医师)?';

/** The names of the counterparts other than `id`: those `id` may stand in a list with. */
export function namesBeside(counterparts: Counterpart[], id: string, ctx: ParseContext): string[] {
  return counterparts.filter((c) => c.id !== id).flatMap((c) => ctx.directory.person(c.id)?.name ?? []);
}

/**
 * Whether `before` (the words of a clause before a name) ends with one of `names` and a list's separator (spaces or 、):
 * the name after it is the list's next. 和李明廉政谈话，王强参加 (王强 alone in its clause) is no list.
 */
export function endsListOf(before: string, names: string[]): boolean {
  return names.some((n) => new RegExp(`${n}${POST}(?:[\\s\\u3000]*、[\\s\\u3000]*|[\\s\\u3000]+)$`).test(before));
}

/** A day written right after a name in a list of who-on-which-day (王建国周一 · 刘芳11月3日 · 陈志强上周二). */
const PAIRED_DAY = '(?:(?:这|本|上)?(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号]?|\\d{1,2}[日号]|\\d{1,2}[.．]\\d{1,2}|[昨今前]天)';

/**
 * Whether the name at `at` (`name` long) in `text` heads or stands in a list pairing people with days, each of which is
 * another of `names` (「王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话」, round 54, fjf, t56a F4): the name, a post,
 * a day, then 、/和/及 and one of `names` with its day (王建国周一和刘芳谈了话 is 王建国's talk: no list) — or, read the other way, after one of `names` and its day. Such a list is the
 * one turned to, never the subject of its clause.
 */
export function inNameDayList(text: string, at: number, name: string, names: string[]): boolean {
  // The three patterns are an alternation of every other name, built afresh for each name, and the last was tried at every
  // place of the text before it: a 400-row table asked this of each of its names (r55 fhg). The same answer, cheaper: the
  // first two are built only when what they begin with (no name in it) follows the name, and the third is read backwards
  // from the end (listedAfter). Names with a regexp's special characters change what the patterns read: they take the
  // patterns as before.
  if (hasSpecial(names)) return byPatterns(text, at, name, names);
  const after = text.slice(at + name.length);
  if ((AFTER_DAY_JOINED.test(after) || AFTER_JOINED.test(after)) && byPatterns(text, at, name, names, false)) return true;
  return listedAfter(text.slice(0, at), name, names);
}

/** inNameDayList as the three patterns read it (`third` false: the first two only); exported for its test. */
export function byPatterns(text: string, at: number, name: string, names: string[], third = true): boolean {
  const others = names.filter((n) => n !== name && n.length > 0);
  if (others.length === 0) return false;
  const alt = others.join('|');
  const after = text.slice(at + name.length);
  const before = text.slice(0, at);
  return new RegExp(`^${POST}\\s*${PAIRED_DAY}\\s*(?:、|，|,|和|及)\\s*(?:${alt})${POST}\\s*${PAIRED_DAY}`).test(after)
    || new RegExp(`^${POST}\\s*(?:和|及|、)\\s*(?:${alt})${POST}\\s*${PAIRED_DAY}\\s*(?:[、，,;；。]|$)`).test(after)
    || (third && new RegExp(`(?:${alt})${POST}\\s*${PAIRED_DAY}\\s*(?:、|，|,)\\s*$`).test(before));
}

/** What the first pattern begins with: a post, a day and 、/，/,/和/及 right after the name. */
const AFTER_DAY_JOINED = new RegExp(`^${POST}\\s*${PAIRED_DAY}\\s*(?:、|，|,|和|及)`);
/** What the second begins with: a post and 和/及/、 right after the name. */
const AFTER_JOINED = new RegExp(`^${POST}\\s*(?:和|及|、)`);
const WHOLE_DAY = new RegExp(`^${PAIRED_DAY}$`);
/** The longest PAIRED_DAY: 12月30日. */
const LONGEST_DAY = 6;
const POSTS = POST.slice(3, -2).split('|');
const SEPARATORS = new Set(['、', '，', ',']);

/**
 * Whether `before` ends with one of `names` other than `name`, a post or none, spaces, a day, spaces, 、/，/, and spaces — what the third
 * pattern, `(?:others)POST\s*DAY\s*(?:、|，|,)\s*$`, finds — read from the end: trimEnd drops exactly what `\s` matches,
 * a day ends in no space and is at most LONGEST_DAY long, so every way the pattern can match is tried here.
 */
function listedAfter(before: string, name: string, names: string[]): boolean {
  const t = before.trimEnd();
  if (!SEPARATORS.has(t.slice(-1))) return false;
  const others = names.filter((n) => n !== name && n.length > 0);
  const u = t.slice(0, -1).trimEnd();
  for (let k = 1; k <= Math.min(LONGEST_DAY, u.length); k++) {
    if (!WHOLE_DAY.test(u.slice(-k))) continue;
    const v = u.slice(0, -k);
    for (let e = v.trimEnd().length; e <= v.length; e++) {
      const w = v.slice(0, e);
      if (others.some((n) => w.endsWith(n))) return true;
      for (const p of POSTS) if (w.endsWith(p) && others.some((n) => w.slice(0, -p.length).endsWith(n))) return true;
    }
  }
  return false;
}

/** A regexp's special characters: a name holding one is read by the patterns as what it spells there. */
const SPECIAL = /[\\^$.*+?()[\]{}|]/;
const specialIn = new WeakMap<string[], boolean>();
function hasSpecial(names: string[]): boolean {
  let got = specialIn.get(names);
  if (got === undefined) specialIn.set(names, (got = names.some((n) => SPECIAL.test(n))));
  return got;
}
