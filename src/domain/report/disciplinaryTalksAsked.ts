// 黄志刚「11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话」 (round 59, fcb; fdb's finding: two 廉政谈话 stored at once):
// the message's one talk kind (提醒谈话, a 廉政谈话) was given to every person talked with, so the 函询 of 王强 was stored as the
// duty's talk. 「对王强进行了函询谈话」 alone is asked its type (disciplinaryTalk: 诫勉 · 函询 · 工作谈话 · 批评教育 are no duty
// talk); a clause of a longer message is read the same, whichever path (a second clause, a list item, a 分别 clause) the
// parser took.
import { isTalkType } from '../activityTypes.js';
import { DISCIPLINARY } from './disciplinaryTalk.js';
import { findKinds } from './parseKind.js';
import { parseCounterparts } from './parseCounterparts.js';
import type { ParseContext, ParsedReport } from './draft.js';

/** The clauses of a message (after normalizeText: ASCII marks; a voice-input space parts them too), a bracket's words kept with the name before them. */
const CLAUSE = /[^,;。!?:\n\s]+/g;
/** The end of a sentence: a clause with no person may speak of the one before it only inside its sentence. */
const SENTENCE_END = /[。;!?\n]/;
/** 分别 · 先后 · 依次: the people of the clause are paired in order with its kinds. */
const RESPECTIVE = /分别|依次|各自/;
/** The kind words of a talk in order, the disciplinary ones too (a duty kind or 诫勉/函询/工作谈话/批评教育). */
const TALK_WORD = /(?:任前廉政|廉政提醒|廉政|廉洁|提醒|谈心|警示|诫勉|函询|工作)谈话|谈心|诫勉|函询|批评教育/g;
/** 被函询 · 被诫勉过: the person underwent one before, told as background, not a talk held now. */
const PASSIVE = /被[^,;。]{0,4}?(?:函询|诫勉)/;
/** The generic 约谈, which names no kind of its own (disciplinaryTalk's GENERIC). */
const GENERIC = /^约谈$/;

/** Whether `clause` names a kind of duty talk (廉政谈话 · 提醒谈话 · 谈心谈话…), the bare 约谈 aside. */
function namesDutyTalk(clause: string): boolean {
  return findKinds(clause).some((k) => isTalkType(k.code) && !GENERIC.test(k.text));
}

/**
 * The people (directory ids) of `text` whose talk a clause calls disciplinary. A clause naming people and a disciplinary
 * word: all of them, unless it also names a duty kind; then, with 分别 and as many kind words as people, those paired with
 * a disciplinary word in order; otherwise all of them (which kind was whose is unsure, so each is asked) — but one person
 * given both (对徐辉进行了提醒函询) keeps the reading the parser gave, the duty kind on its card. A clause with the
 * disciplinary word and no one (约谈了王强,就…进行了函询) speaks of the people of the clause before it in its sentence when that
 * clause names no duty kind.
 */
export function disciplinaryTalkPeople(text: string, ctx: ParseContext): Set<string> {
  const asked = new Set<string>();
  if (!DISCIPLINARY.test(text)) return asked;
  const who = { ...ctx, senderId: '' };
  let before: { ids: string[]; duty: boolean } | undefined;
  for (const m of text.matchAll(CLAUSE)) {
    const clause = m[0];
    const opensSentence = m.index === 0 || SENTENCE_END.test(text[m.index - 1]!);
    if (opensSentence) before = undefined;
    const ids = /[\u4e00-\u9fa5]{2}/.test(clause) ? parseCounterparts(clause, who).counterparts.map((c) => c.id) : [];
    const duty = namesDutyTalk(clause);
    // 王强此前被函询过 (a clause of what was done to them before, beside the talk told): no talk of this message's.
    if (DISCIPLINARY.test(clause) && !PASSIVE.test(clause)) {
      if (ids.length === 0) {
        if (before !== undefined && !before.duty) for (const id of before.ids) asked.add(id);
      } else if (!duty) {
        for (const id of ids) asked.add(id);
      } else if (ids.length > 1) {
        const words = [...clause.matchAll(TALK_WORD)].map((w) => w[0]);
        if (RESPECTIVE.test(clause) && words.length === ids.length) {
          ids.forEach((id, i) => {
            if (DISCIPLINARY.test(words[i]!)) asked.add(id);
          });
        } else {
          for (const id of ids) asked.add(id);
        }
      }
    }
    if (ids.length > 0) before = { ids, duty };
  }
  return asked;
}

/**
 * `read` with each talk (廉政谈话 or 谈心谈话) with someone a clause of `text` calls disciplinary (disciplinaryTalkPeople)
 * made the talk of no type, asked as 「对王强进行了函询谈话」 alone is (type and department dropped, missing_type). `text`: the
 * message after normalizeText. Records of other types, and talks already untyped, are left as they are. Pure.
 */
export function withDisciplinaryTalksAsked(read: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (!DISCIPLINARY.test(text)) return read;
  const asked = disciplinaryTalkPeople(text, ctx);
  if (asked.size === 0) return read;
  const out = read.map((r) => {
    if (!r.draft.counterpartIds.some((id) => asked.has(id))) return r;
    // 对王强进行了诫勉谈话 alone (round 61, gad): already untyped, its question says what the word is.
    if (r.draft.type === undefined) return withWordSaid(r, disciplinaryWordOf(text, r.draft.counterpartIds.filter((id) => asked.has(id)), ctx));
    if (!isTalkType(r.draft.type)) return r;
    const { type: _type, departmentId: _department, departmentIds: _departments, ...draft } = r.draft;
    const word = disciplinaryWordOf(text, r.draft.counterpartIds.filter((id) => asked.has(id)), ctx);
    return { ...r, draft, problems: [...r.problems.filter((p) => p.code !== 'missing_type'), { code: 'missing_type' as const, ...(word ? { disciplinary: word } : {}) }] };
  });
  // Nothing changed is the very list read (callers and tests compare by identity to know a pass did nothing).
  return out.every((r, i) => r === read[i]) ? read : out;
}

/** `r` with its type question (missing_type, no `among`) told the disciplinary `word`; `r` when there is none. */
function withWordSaid(r: ParsedReport, word: string | undefined): ParsedReport {
  if (word === undefined || !r.problems.some((p) => p.code === 'missing_type' && p.among === undefined)) return r;
  return { ...r, problems: r.problems.map((p) => (p.code === 'missing_type' && p.among === undefined ? { ...p, disciplinary: word } : p)) };
}

/** 函询 · 诫勉 · 工作谈话 · 批评教育, as the member wrote it (函询谈话 is 函询). */
const DISCIPLINARY_WORD = /函询|诫勉|工作谈话|批评教育/g;

/**
 * The disciplinary word `text` says of the people `ids` (round 61, gad): the first such word at or after the first of
 * their names (对王强开展了函询), else the message's first; undefined when there is none.
 */
function disciplinaryWordOf(text: string, ids: readonly string[], ctx: ParseContext): string | undefined {
  const at = Math.min(...ids.map((id) => text.indexOf(ctx.directory.person(id)?.name ?? '\u0000')).filter((i) => i >= 0));
  const words = [...text.matchAll(DISCIPLINARY_WORD)];
  return (words.find((w) => Number.isFinite(at) && w.index >= at) ?? words[0])?.[0];
}
