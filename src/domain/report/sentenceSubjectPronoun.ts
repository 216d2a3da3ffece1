// 张书记周四到康复中心调研。⏎他与何平、徐辉分别进行了廉政谈话。 from 王芳 (round 56, fga; t58a F5: both talks given to the
// clerk, on a card): 他 · 她 · 其 · 该同志 opening a sentence, a line or a numbered item stand for the person who was the
// subject of the sentence before it, as they already did after a comma or 。 within one line. The person is written in
// their place before any reader, so each line reads the doer as named. When the sentence before opens on no one person
// (我 · a group · two people · nobody), the pronoun is left as written and the readers after ask who (pronounDoer).
import type { Directory, Person } from '../organization.js';
import { LATER_DAY_SOURCE } from './nextDaySpelled.js';
import { oncePer } from './oncePer.js';
import { ADDRESS_TITLES, directoryIndex, peopleWithTitle } from './parseDirectoryIndex.js';

/** A day or part of a day that may stand before or after a subject (周四 · 11月26日 · 昨天下午 · 当天). */
const DAY = '(?:(?:(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|大?前天|昨天|今天|当天|当日|同日|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])(?:上午|下午|中午|晚上|早上)?|上午|下午|中午|晚上)';
/** A number or bullet opening an item: 1. · 2、 · （3） · ① · 一是 · - . */
const MARKER = '(?:\\d{1,2}[.．、)）]|[（(]\\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨]|[一二三四五六七八九十]是|[-*•·])?';
/** A connective before the pronoun (随后他… · 调研期间，她…). */
// 次日他 · 第二天她 (round 59, fce: after a line break the talk was the sender's, its day the line before's): a day counted
// from the sentence before leads the pronoun as 随后 does; nextDaySpelled then counts it from that sentence's day.
const LATER_DAY_LEAD = new RegExp(LATER_DAY_SOURCE);
const LEAD = `(?:随后|之后|其后|然后|同时|另外|此外|会后|当天|同日|期间|调研期间|在此期间|还有|${LATER_DAY_SOURCE})?`;

/**
 * The pronoun at a sentence's opening: after a sentence end (。；！？ or a new line), an item marker, a connective and a
 * day at most, then 他/她 (not 他们/她们/他人/其他), 其 (not 其他/其中/其余/其后/其间/其它/其实/其次) or 该同志, then the
 * deed: a talk's 与/和/跟/同/对/找/约, a visit, chairing, leading, lecturing, organising, signing, or 分别/先后/又/还/也 before one.
 * Group 1: everything before the pronoun in that sentence; group 2: the pronoun.
 */
const PRONOUN_OPENING = new RegExp(
  `(?<=(?:[。；;！!？?]|\\n)[\\s]*)(${MARKER}[\\s]*${LEAD}[\\s,，]*(?:${DAY}[\\s,，]*)?)(他(?![们俩人])|她(?![们俩人])|其(?![他中余后间它实次])|该同志)(?=[\\s]*(?:${DAY}[\\s]*)?(?:又|还|也|再|分别|先后|逐一|一一|亲自|专门)?[\\s]*(?:与|和|跟|同|对|找|约|到|去|赴|深入|主持|召开|带队|带领|率队|讲|主讲|讲授|组织|开展|签|进行|参加|出席))`,
  'g',
);

/** A person's name (their title or 同志 after it or not), or a surname with a title: group 1 the words. */
const personAt = oncePer((directory: Directory): RegExp => {
  const names = directory.org.people.map((p) => p.name).sort((a, b) => b.length - a.length).join('|');
  const surnames = [...new Set(directory.org.people.map((p) => p.name[0]!))].join('');
  return new RegExp(`^((?:${names})|[${surnames}]副?(?:${ADDRESS_TITLES.join('|')}))`);
});

/** 11.24 · 11．24 opening a sentence, then a space or comma: a day written with a dot. */
const DOTTED_DAY_OPENING = /^[\s]*\d{1,2}[.．]\d{1,2}(?![\d.．月])[\s,，]*/;

/** What a sentence opens with before its subject: an item marker, a connective, a day (compiled once, issue 14). */
const SENTENCE_OPENING = new RegExp(`^[\\s]*${MARKER}[\\s]*${LEAD}[\\s,，]*(?:${DAY}[\\s,，]*)?`);

/**
 * The one person a sentence opens on (after an item marker, a connective and a day at most), when that person then does
 * something (not 和我/与我: a talk with the sender told from their side is read as it stands) and no second person is
 * joined to them (张书记和王副理事长… · 张伟、赵敏…: two people, the pronoun unclear). Undefined otherwise.
 */
function sentenceSubject(sentence: string, directory: Directory): Person | undefined {
  // 11.24 黄书记与孙杰谈话⏎第二天他和郑华… (round 60, fbf): a dotted day opening the sentence is no item marker 「11.」.
  const undotted = sentence.replace(DOTTED_DAY_OPENING, '');
  const opening = SENTENCE_OPENING.exec(undotted)?.[0] ?? '';
  const rest = undotted.slice(opening.length);
  const m = personAt(directory).exec(rest);
  if (!m) return undefined;
  const after = rest.slice(m[1]!.length).replace(/^(?:副?(?:书记|理事长|主任|科长|部长|主席)|同志)+/, '');
  // 张书记和王副理事长… · 张伟、赵敏… · 孙科长和我…: a second person (or the sender) joined to the first.
  if (/^[\s]*(?:、|和|与|跟|同|及|以及)[\s]*(?:我|本人|[\u4e00-\u9fa5]{1,3}?(?:副?(?:书记|理事长|主任|科长|部长)|同志))/.test(after) || /^[\s]*、/.test(after)) return undefined;
  const index = directoryIndex(directory);
  const byName = index.peopleByName.get(m[1]!);
  if (byName) return byName.length === 1 ? byName[0] : undefined;
  const titled = /^(.)(副)?(.+)$/.exec(m[1]!)!;
  const fitting = peopleWithTitle(index.peopleBySurname.get(titled[1]!) ?? [], titled[3]!, titled[2] !== undefined);
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * `text` with each pronoun opening a sentence (see PRONOUN_OPENING) replaced by the name of the one person the sentence
 * just before it opens on, when that is not the sender; `text` itself when there is none or the person is not clear.
 */
export function withSentenceSubjectPronoun(text: string, directory: Directory, senderId: string): string {
  if (!/[他她其]|该同志/.test(text)) return text;
  return text.replace(PRONOUN_OPENING, (whole: string, lead: string, pronoun: string, offset: number) => {
    // 。次日他… within a line is read as it stands (the line's readers count 次日 and carry the subject there).
    if (LATER_DAY_LEAD.test(lead) && !/\n[\s]*$/.test(text.slice(0, offset) + /^[\s]*/.exec(lead)![0])) return whole;
    // The sentence before: from the sentence end before it to the one this pronoun's sentence opens after.
    const upto = text.slice(0, offset).replace(/[\s]*$/, '');
    const body = upto.slice(0, -1);
    const start = Math.max(body.lastIndexOf('。'), body.lastIndexOf('；'), body.lastIndexOf(';'), body.lastIndexOf('\n'), body.lastIndexOf('！'), body.lastIndexOf('？'), body.lastIndexOf('!'), body.lastIndexOf('?'));
    const person = sentenceSubject(body.slice(start + 1), directory);
    if (!person || person.id === senderId) return whole;
    // 她 is never someone configured 男; 他 rules no one out (voice input writes 他 for anyone).
    if (pronoun === '她' && person.gender === '男') return whole;
    return `${lead}${person.name}${dayCarriedToLine(text, offset, whole, lead, body.slice(start + 1))}`;
  });
}

/** An item's number or bullet opening the lead (1. · 2、 · （3） · ① · 一是 · -). */
const ITEM_MARKER = /^[\s]*(?:\d{1,2}[.．、)）]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨]|[一二三四五六七八九十]是|[-*•·])/;

/** The first day word of a sentence (the one a pronoun's line carries on); compiled once, not per call (issue 14). */
const FIRST_DAY = new RegExp(DAY);

/** Any day word at all: a sentence holding one keeps its own day (次日 · 第二天 · 当天 · 11月… · 周四…). */
const ANY_DAY = new RegExp(`${DAY}|次日|第二天|翌日|隔天|\\d{1,2}[.．/]\\d{1,2}|\\d{1,2}月`);

/**
 * 周部长昨天去维权部调研了⏎他和冯雪部长谈了谈心 (round 58, fde; feb's left-alone: the talk's day asked): a pronoun opening
 * a new line, whose sentence says no day, stands for the person and the day of the line before (its first day word), as
 * it already did after a comma or 。 within one line. Returns the day words to write after the name, or '' when the
 * pronoun is not at a line's start, its lead or sentence has a day of its own, or the sentence before has none.
 */
function dayCarriedToLine(text: string, offset: number, whole: string, lead: string, before: string): string {
  // 1.王副理事长11月26日…⏎2.他与孙丽… (round 56's row): a numbered item is a deed of its own, its day asked, not carried.
  if (!/\n[\s]*$/.test(text.slice(0, offset)) || ANY_DAY.test(lead) || ITEM_MARKER.test(lead)) return '';
  const own = /^[^。；;！!？?\n]*/.exec(text.slice(offset + whole.length))![0];
  if (ANY_DAY.test(own)) return '';
  return FIRST_DAY.exec(before)?.[0] ?? '';
}
