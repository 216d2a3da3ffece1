// 11月12日与刘洋分别进行了廉政谈话、谈心谈话各一次 · 与胡军廉政谈话、谈心谈话各1次（均为11月19日） · 与刘洋先后进行了廉政
// 谈话和谈心谈话 (round 41, t40b F6/F9): two talk kinds listed for the same people are two talks, one of each kind. Read as
// one deed, the first kind was kept and the second named unmatched (or, with a bracketed day after it, dropped silently).
import { namesKey } from './directoryNames.js';
import { alternation } from './parseDirectoryIndex.js';

/** A talk kind as written: the longer spellings first, so 廉政提醒谈话 is not read as 廉政 + 提醒谈话. */
const KIND = '(?:任前廉政谈话|廉政提醒谈话|廉政谈话|廉洁谈话|谈心谈话|提醒谈话|诫勉谈话|警示谈话|廉政约谈|任前谈话|谈心)';
/** How two kinds are joined in the list. */
const JOIN = '(?:、|和|及|与|以及)';
/** 各一次 · 各1次 · 各1人次 after the list: one of each. */
const EACH = '(?:各(?:[一1]|两|2)?(?:人次|次)?)';

const patterns = new Map<string, RegExp>();

/**
 * The list's pattern for these names, built once per set of names (issue 14, r47: built for every message with a 谈, the
 * directory's 1,000 names sorted, escaped and compiled each time). Global, used only by `replace`, which starts from 0.
 */
function listPattern(names: readonly string[]): RegExp {
  const key = namesKey(names);
  const hit = patterns.get(key);
  if (hit) return hit;
  // A few sets at most (a reloaded config, a day's directory for a leaver): never grows with the messages.
  if (patterns.size >= 16) patterns.clear();
  const person = `(?:${alternation(names)}|[\\u4e00-\\u9fa5]副?(?:书记|理事长|主任|部长|科长))`;
  const made = new RegExp(
    `(与|和|跟|同)([^,;。:!?()与和跟]{0,16}?${person}[^,;。:!?()与和跟谈]{0,16}?)(分别|先后|各|都|均)?` +
      `(进行了|开展了|进行|开展|做了|作了|谈了)?(${KIND})${JOIN}(?:进行了|开展了)?(${KIND})(${EACH})?(\\([^()]{1,20}\\))?(?=[,;。!?\\s]|$)`,
    'g',
  );
  patterns.set(key, made);
  return made;
}

/**
 * `text` (after normalizeText: ASCII punctuation) with each 「与/和/跟/同 PEOPLE [分别/先后] [进行了/开展了] K1、K2 [各N次]
 * [(day)]」 written as two clauses, 「与PEOPLE进行了K1[N次][(day)],与PEOPLE进行了K2[N次][(day)]」, which the reader takes
 * as one talk of each kind with the same people on the same day. PEOPLE must name someone in `names` (or a surname with a
 * title). Left unchanged: one kind written twice (廉政谈话、廉政谈话), a list followed by its own count (廉政谈话、谈心谈话12人次,
 * a total over both), several people and no 各 (分别 pairs each person with one kind; without it the kind is asked), two
 * days or more before it in the sentence (they pair with the kinds), and 廉政谈话(谈心谈话) / 廉政谈话暨谈心谈话 (one talk
 * called two ways). Pure; never throws.
 */
export function withTwoTalkKindsApart(text: string, names: readonly string[]): string {
  if (!/谈/.test(text) || names.length === 0) return text;
  return text.replace(listPattern(names), (whole, verb: string, people: string, adverb: string | undefined, doing: string | undefined, k1: string, k2: string, each: string | undefined, bracket: string | undefined, offset: number, all: string) => {
    if (k1 === k2) return whole;
    // 与王强、李娟进行了廉政谈话和谈心谈话 · 分别与王强、李娟进行了…: each person may have had one kind (分别 pairs them in
    // order, without it the kind is asked); only 各 says each had both.
    if (each === undefined && /[、和及]/.test(people)) return whole;
    // 11月24号和11月26号，分别与赵磊谈心谈话、廉政谈话各一次: two days before pair with the two kinds, as read before.
    const sentence = all.slice(0, offset).split(/[。;!?\n]/).at(-1) ?? '';
    if ((sentence.match(/\d{1,2}[日号]|[今昨前]天|周[一二三四五六日天]/g) ?? []).length >= 2) return whole;
    const count = each === undefined ? '' : each.slice(1) === '' ? '' : /^\d|^[一两]/.test(each.slice(1)) ? each.slice(1) : `1${each.slice(1)}`;
    const doVerb = doing ?? '';
    const tail = `${count}${bracket ?? ''}`;
    return `${verb}${people}${doVerb}${k1}${tail},${verb}${people}${doVerb}${k2}${tail}`;
  });
}
