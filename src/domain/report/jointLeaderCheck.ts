// 王芳「12月3日赵敏书记会同黄志刚书记对康复中心开展了作风纪律检查」 (round 63, gcd; t65a F6: asked who led the check, 赵敏
// not among the buttons) · 「赵敏书记与黄志刚书记一道对康复中心…检查」 (黄志刚 dropped without a word): two people named
// around 会同/联合/协同 (or 与/和/同/跟 … 一道/一同/共同) before where a check went. The one the clause opens with led
// it — the subject before 会同 is the doer — and the other went along, as 「X带领Y对…检查」 is read already (a companion on the
// card, never a second check nor the one checked). Written as 带领 for the readers after it.
// Steps aside when either side is no one of the directory (会同财务科… · 会同我…: a department or the sender, read as before),
// when the clause tells no check, when 与/和 joins two people with no 一道/一起/一同/共同 (a joint check, read as before),
// and when the sentence says someone else led (在黄书记带领下，林晓和王芳一起…: both went along).

import type { Person } from '../organization.js';

/** The joining words a pass reads: 会同 · 联合 · 协同 (alone) or 与/和/同/跟 (with an adverb after the second person). */
const JOINER = /会同|联合|协同|与|和|同|跟/g;
/** Joiners that join alone; the others need 一道/一起/一同/共同 after the second person (under someone else's lead both
 * went along: LED_BY). */
const STRONG = new Set(['会同', '联合', '协同']);
/** After the second person: together (group 1) then where or what the check went to. */
const AFTER = /^(?:同志)?(一道|一起|一同|共同)?[\s\u0000,]*(?=对|到|赴|深入|前往|去|来到)/;
/** Someone else leading the sentence's check (在X带领下 · X带队 · 随X): those joined after it went along. */
const LED_BY = /带领下|率领下|带队|率队|领队|随同|陪同|跟随/;
/** Where the sentence holding a position opens: after the last 。 ; or line break before it. */
const SENTENCE_STOP = /[。;\n]/g;
const sentenceStart = (before: string): number => {
  let at = 0;
  for (const m of before.matchAll(SENTENCE_STOP)) at = m.index! + 1;
  return at;
};

/** Spaces at the end of the words before the joiner, and at the start of those after it. */
const TRAILING_SPACE = /[\s\u0000]+$/;
const LEADING_SPACE = /^[\s\u0000]+/;
/** The adverbs of going together, for the cheap gate before any scan. */
const TOGETHER = /一道|一起|一同|共同/;
/** Where the clause after the second person ends. */
const CLAUSE_END = /[,;。!?\n]/;
/** A check told in the clause. */
const CHECK = /检查|督查|抽查|巡查|暗访|督导|查看|核查/;
/** The posts written after a name (赵敏书记 · 王建国副理事长 · 林晓同志). */
const POST_AFTER = /^(?:同志|副?(?:书记|理事长|部长|科长|主任)|干事)?(?:同志)?/;
/** A surname and post (黄书记 · 王副理事长), the second person. Group 1: the surname. */
const SURNAME_POST = /^([\u4e00-\u9fa5])副?(?:书记|理事长|部长|科长|主任)/;
/** A surname and post ending the words before the joiner. Group 1: the surname. */
const SURNAME_POST_END = /([\u4e00-\u9fa5])副?(?:书记|理事长|部长|科长|主任)$/;
/** Where a clause opens: the text's start, a stop, a space or a mask, or the end of a day (12月3日 · 昨天 · 上午). */
const CLAUSE_OPEN = /(?:^|[,;。:!?\s\u0000\d]|[日号天午]|(?:周|星期|礼拜)[一二三四五六日天])$/;

/** A post alone, the whole of the words (机关纪委书记 · 党组书记): written before a name (机关纪委书记黄志刚). */
const POST_WORDS = /^[\u4e00-\u9fa5]{0,6}(?:书记|理事长|部长|科长|主任|干事)$/;

/** Whether the words before a person leave the person opening a clause (a post written before the name allowed). */
function opensClause(opening: string): boolean {
  if (CLAUSE_OPEN.test(opening)) return true;
  for (let k = 2; k <= 8 && k <= opening.length; k++) {
    if (POST_WORDS.test(opening.slice(-k)) && CLAUSE_OPEN.test(opening.slice(0, -k))) return true;
  }
  return false;
}

/** The people the check reader weighs: name and title (赵书记 is 赵敏, 机关党委书记, not 赵磊, a 科员). */
type People = ReadonlyArray<Pick<Person, 'name' | 'title'>>;

/** The one person `surname` and `post` (书记 · 副理事长) name, by the end of their title; undefined when none or several. */
function bySurnamePost(surname: string, post: string, people: People): string | undefined {
  const fits = people.filter((p) => p.name.startsWith(surname) && p.title.endsWith(post));
  return fits.length === 1 ? fits[0]!.name : undefined;
}

/** The person `words` end with (name and post, or surname and post) and where that person's words open, or undefined. */
function personEnding(words: string, people: People): { person: string; at: number } | undefined {
  const bare = words.replace(POST_AFTER_END, '');
  const named = people.find((p) => bare.endsWith(p.name))?.name;
  if (named !== undefined) return { person: named, at: bare.length - named.length };
  const titled = SURNAME_POST_END.exec(words);
  const person = titled === null ? undefined : bySurnamePost(titled[1]!, titled[0].slice(1), people);
  return person !== undefined ? { person, at: titled!.index } : undefined;
}
/** The posts after a name, at the end of the words before the joiner. */
const POST_AFTER_END = /(?:同志|副?(?:书记|理事长|部长|科长|主任)|干事)?(?:同志)?$/;

/** The person `words` open with (a post before the name allowed) and how long their words are, or undefined. */
function personOpening(words: string, people: People): { person: string; length: number } | undefined {
  for (let pre = 0; pre <= 8 && pre < words.length; pre++) {
    if (pre > 0 && !POST_WORDS.test(words.slice(0, pre))) continue;
    const rest = words.slice(pre);
    const named = people.find((p) => rest.startsWith(p.name))?.name;
    if (named !== undefined) return { person: named, length: pre + named.length + POST_AFTER.exec(rest.slice(named.length))![0].length };
    const titled = SURNAME_POST.exec(rest);
    const person = titled === null ? undefined : bySurnamePost(titled[1]!, titled[0].slice(1), people);
    if (person !== undefined) return { person, length: pre + titled![0].length };
  }
  return undefined;
}

/** The units (办公室 · 办公室、财务科) `words` open with, longest names first, as one 「person」 of their words; or undefined. */
function unitsOpening(words: string, units: readonly string[]): { person: string; length: number } | undefined {
  let length = 0;
  for (;;) {
    const rest = words.slice(length);
    const unit = units.filter((u) => rest.startsWith(u)).sort((a, b) => b.length - a.length)[0];
    if (unit === undefined) break;
    length += unit.length;
    if (!UNIT_JOIN.test(words.slice(length, length + 1)) || !units.some((u) => words.startsWith(u, length + 1))) break;
    length += 1;
  }
  return length > 0 ? { person: words.slice(0, length), length } : undefined;
}
/** Between two units of a list. */
const UNIT_JOIN = /^[、和及与]$/;

/**
 * `text` (after normalizeText: ASCII stops) with each 「X会同Y对…检查」 (X and Y people of `people`, by name or surname and
 * post, a post before the name allowed; 联合/协同 alike, 与/和/同/跟 with 一道/一起/一同/共同 after Y; none when the sentence
 * says someone else led, 在…带领下) written 「X带领Y对…检查」:
 * X, opening the clause, led the check and Y went along. Y may be units of `units` (department names and aliases, 、-listed)
 * after 会同 · 联合 · 协同 (赵敏书记会同办公室对…). Unchanged when no such clause is found.
 */
export function withJointLeaderCheck(text: string, people: People, units: readonly string[] = []): string {
  if (!CHECK.test(text) || !(text.includes('会同') || text.includes('联合') || text.includes('协同') || TOGETHER.test(text))) return text;
  let out = text;
  for (const m of text.matchAll(JOINER)) {
    const at = m.index! + (out.length - text.length);
    // 赵敏书记 会同 黄志刚书记 对… (voice input: spaces for commas): the spaces around the joiner are no words.
    const before = out.slice(0, at).replace(TRAILING_SPACE, '');
    const leader = personEnding(before, people);
    if (leader === undefined) continue;
    if (!opensClause(before.slice(0, leader.at))) continue;
    const after = out.slice(at + m[0].length).replace(LEADING_SPACE, '');
    // 赵敏书记会同办公室对康复中心…检查 (round 64; gcd's left-alone, asked who led): a unit joined by 会同 · 联合 · 协同
    // went along as one led (率领办公室), neither the place checked nor people along.
    const other = personOpening(after, people) ?? (STRONG.has(m[0]) ? unitsOpening(after, units) : undefined);
    if (other === undefined || other.person === leader.person) continue;
    const tail = AFTER.exec(after.slice(other.length));
    if (tail === null || (!STRONG.has(m[0]) && tail[1] === undefined)) continue;
    // 在黄书记带领下，林晓和王芳一起到财务科检查 (t45a F6): both went along on another's check, neither led it.
    if (LED_BY.test(before.slice(sentenceStart(before)))) continue;
    const clause = after.slice(other.length + tail[0].length).split(CLAUSE_END)[0]!;
    if (!CHECK.test(clause)) continue;
    // Y by name alone: the companion readers read 带领黄志刚, not 带领机关纪委书记黄志刚.
    // X by name as well (黄书记 → 黄志刚): the actor readers weigh a bare 书记 among three who go by it.
    // 会同 · 联合 · 协同 name the lead in their subject whoever joins (黄书记会同赵书记…: 黄志刚's check though 赵敏 ranks
    // higher, round 64): written 率领, which the actor reader never asks about; 与…一道 stays 带领 (asked when the one
    // joined ranks higher, as 林晓带黄书记… is).
    const verb = STRONG.has(m[0]) ? '率领' : '带领';
    out = `${before.slice(0, leader.at)}${leader.person}${verb}${other.person}${after.slice(other.length + tail[0].length)}`;
  }
  return out;
}
