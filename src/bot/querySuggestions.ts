// For a question with words the bot could not place ("宣传科…"): the nearest questions it can answer, to offer as buttons.
import type { Duty } from '../domain/duty.js';
import type { Directory } from '../domain/organization.js';
import { parseQuery, type ParsedQuery } from '../domain/query/parseQuery.js';
import { canView, reachDuring } from '../domain/completion/visibility.js';

const MAX_SUGGESTIONS = 4;
/** One shared character alone (a surname, 科) is too weak a hint. */
const MIN_SCORE = 2;
/** At most this share of the question's characters may be cut for the 「without the word」 suggestion. */
const MAX_CUT_SHARE = 0.4;

function bigrams(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2));
  return out;
}

/** Shared pairs of characters weigh double shared characters: 宣传科 is nearer 宣传文化部 than 科室. */
function similarity(a: string, b: string): number {
  const pairs = bigrams(b);
  const chars = new Set(b);
  let score = 0;
  for (const p of bigrams(a)) if (pairs.has(p)) score += 2;
  for (const c of new Set(a)) if (chars.has(c)) score += 1;
  return score;
}

interface Candidate {
  /** What to put in the question instead of the unplaced word. */
  name: string;
  /** The words it is known by (a department's aliases). */
  words: string[];
}

/**
 * Only what the viewer may ask about for the period asked is offered (reachDuring, as canView
 * judges it): no names from outside their reach.
 */
function candidates(directory: Directory, duties: readonly Duty[], viewerId: string, span: { start: string; end: string }): Candidate[] {
  const reach = reachDuring(directory, viewerId, span);
  const departments = directory.org.departments.filter((d) => reach.everything || reach.departments.has(d.id));
  const people = directory.org.people.filter((p) => reach.everything || reach.people.has(p.id));
  return [
    ...departments.map((d) => ({ name: d.name, words: [d.name, ...d.aliases] })),
    ...people.map((p) => ({ name: p.name, words: [p.name] })),
    ...duties.filter((d) => d.enabled).map((d) => ({ name: d.name, words: [d.name] })),
  ];
}

/** The names nearest an unplaced word, best first, at most three. */
function nearest(word: string, pool: readonly Candidate[]): { c: Candidate; score: number }[] {
  return pool
    .map((c) => ({ c, score: Math.max(...c.words.map((w) => similarity(word, w))) }))
    .filter((x) => x.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
}

/**
 * Whether some unplaced word is near a name the viewer may ask about (宣传科 → 宣传文化部). When none is
 * (「廉政谈话的内容要写吗」: 内容要写), the message is no completion question gone slightly wrong, and
 * suggesting it without the word offers nonsense (「廉政谈话的吗」).
 */
export function nearAName(q: ParsedQuery, ctx: { directory: Directory; duties: readonly Duty[]; senderId: string }): boolean {
  const pool = candidates(ctx.directory, ctx.duties, ctx.senderId, q.view);
  return (q.unplaced ?? []).some((w) => w.includes('（') || nearest(w, pool).length > 0);
}

function answerable(text: string, ctx: Parameters<typeof parseQuery>[1]): boolean {
  const q = parseQuery(text, ctx);
  if (!q || (q.unplaced && q.unplaced.length > 0)) return false;
  return q.scope.kind === 'all' || q.scope.kind === 'duty' || canView(ctx.directory, ctx.senderId, q.scope, q.view).allowed;
}

/**
 * Questions the bot can answer for this viewer: the asked one with each unplaced word
 * swapped for its nearest name, then the question without it, then the viewer's own.
 */
export function suggestQuestions(
  text: string,
  q: ParsedQuery,
  ctx: { directory: Directory; duties: readonly Duty[]; senderId: string; now: Date },
): string[] {
  const words = (q.unplaced ?? []).filter((w) => !w.includes('（'));
  const pool = candidates(ctx.directory, ctx.duties, ctx.senderId, q.view);
  const out: string[] = [];
  const offer = (question: string) => {
    if (out.length < MAX_SUGGESTIONS && !out.includes(question) && answerable(question, ctx)) out.push(question);
  };
  for (const word of words) {
    for (const { c } of nearest(word, pool)) offer(text.includes(word) ? text.replace(word, c.name) : `${c.name}${q.view.label}完成情况`);
  }
  // The question without the unplaced words only when they were a small part of it: with most of it cut
  // (「请问参加市里组织的廉政知识测试算不算廉政教育？需要上报吗？」, round 20u) what is left is nonsense
  // (「请问里组织的廉政教育？报吗？」) that still parses.
  let without = text;
  for (const word of words) without = without.split(word).join('');
  const cut = words.reduce((n, w) => n + w.length, 0);
  if (cut <= MAX_CUT_SHARE * text.replace(/\s+/g, '').length) offer(without);
  offer('我的完成情况');
  offer('我的任务');
  return out;
}
