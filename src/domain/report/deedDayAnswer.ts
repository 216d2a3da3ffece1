// 「11月20日自查的，11月25日报送的」 to 「是哪一天进行的？」 on the 自查 of a four-item list (t46b F4, round 44: read as a
// new report, the three complete records waiting beside it abandoned): an answer that carries days and says again the
// deed each belongs to (自查的 · 报送的 · 谈心是18号 · 学习是5号 · 20号，报告25号才报上去) answers the question; the day beside
// the asked deed's own word is its day.
import type { ActivityTypeCode } from '../activityTypes.js';
import { findKinds } from './parseKind.js';
import { parseDay } from './parseDay.js';
import { MASK } from './parseNormalize.js';
import type { PendingItem } from './followUp.js';

/** The questions a day answers (as continueDialog's DAY_ASKED). */
const DAY_ASKED: ReadonlySet<string> = new Set(['missing_date', 'future_date', 'weekday_conflict']);

/** Verbs and nouns people use for a deed in a short answer, and the types each may stand for. */
const DEED_WORDS: readonly { re: RegExp; types: readonly ActivityTypeCode[] }[] = [
  { re: /谈心|谈话|谈|聊/g, types: ['talk_integrity', 'talk_heart'] },
  { re: /党课|讲课|上课|讲/g, types: ['edu_lecture'] },
  { re: /学习|教育|观看|看片|学|看/g, types: ['edu_integrity', 'edu_warning'] },
  { re: /开会|会议|会/g, types: ['meeting_special', 'meeting_dept', 'review_analysis'] },
  { re: /自查/g, types: ['report_self'] },
  { re: /检查|督查|暗访|查/g, types: ['inspect_style', 'inspect_funds', 'pledge_check'] },
  { re: /报送|上报|报告|报|交|提交|述廉|述职/g, types: ['report_info', 'report_duty', 'report_to_party', 'report_research'] },
  { re: /签订|签/g, types: ['pledge_sign'] },
];

/** What an answer clause may hold beside its day and its deed word: 是 · 那天 · 做的 · 才报上去 · 给机关纪委 · 大概. */
const FILLER = /(?:给|向|到|交给|报给)?(?:机关纪委|市纪委|纪委|党组|上级)|是|在|于|那天|当天|那一天|做|进行|开展|组织|搞|弄|办|完成|形成|写|才|就|都|也|大概|应该|差不多|开始|结束|上去|上来|过|的|了|吧|呢|啊|那次|那个|这个|[。.!！\s]/g;

export type DeedDayAnswer = DeedDay | { other: string };

export interface DeedDay {
  /** The words of the day that answers the question (as written, for the day readers and the report's month frame). */
  day: string;
  /** The other clauses, each a day of a deed no waiting item is: said on the card, never silently dropped. */
  besides: string[];
  /** Other items waiting for a day that a clause names by their deed (谈心是18号，报送是25号): the day each takes. */
  filled: { index: number; date: string }[];
}

/**
 * The day an answer of several 「day + deed」 clauses gives the asked item (of its type), or undefined when the answer
 * is not of that shape (any clause holding a person, a title, a number or other words is a report of its own) or does
 * not point at one clause: the clause naming the asked type itself (findKinds) wins, then one with a deed word that may
 * stand for it, then the one clause naming no deed beside others naming another deed (20号，报告25号才报上去 → 20号).
 * Only while a day is asked of an item whose type is known (`items`: the waiting report, its first open item asked);
 * clauses naming another item still waiting for its day date it (`filled`), the rest are `besides`.
 */
export function deedDayAnswer(items: readonly PendingItem[], text: string, today: string): DeedDayAnswer | undefined {
  const item = items.find((i) => i.problems.length > 0);
  if (!item || !DAY_ASKED.has(item.problems[0]!.code)) return undefined;
  const read = dayOfDeed(text, item.draft.type, today);
  if (!read || 'other' in read) return read;
  // 谈心是18号，报送是25号 with the 报送 also waiting for its day: that clause is the 报送's day, never said unused.
  const asked = items.indexOf(item);
  const filled: { index: number; date: string }[] = [];
  const besides = read.clauses.filter((c) => {
    const open = (i: number) => i !== asked && items[i]!.draft.date === undefined && items[i]!.draft.type !== undefined;
    const exact = items.flatMap((it, i) => (open(i) && c.exact.has(it.draft.type!) ? [i] : []));
    const fits = exact.length > 0 ? exact : items.flatMap((it, i) => (open(i) && c.family.has(it.draft.type!) ? [i] : []));
    if (fits.length === 0 || fits.some((i) => filled.some((f) => f.index === i))) return true;
    filled.push(...fits.map((index) => ({ index, date: c.date })));
    return false;
  });
  return { day: read.day, besides: besides.map((c) => c.clause), filled };
}

/** A clause beside the answer's own: its words, its day, the types it names (exact) or may stand for (family). */
interface Beside {
  clause: string;
  date: string;
  exact: Set<ActivityTypeCode>;
  family: Set<ActivityTypeCode>;
}

/**
 * The answer's clauses read: each must be a day, its deed words and filler only. The chosen clause's day, and the other
 * clauses; `other` when every clause names another deed than `asked`.
 */
function dayOfDeed(text: string, asked: ActivityTypeCode | undefined, today: string): { day: string; clauses: Beside[] } | { other: string } | undefined {
  if (asked === undefined) return undefined;
  const clauses = text.split(/[，,；;、\n]+/).map((c) => c.trim()).filter((c) => c.length > 0);
  if (clauses.length === 0 || clauses.length > 4) return undefined;
  const read: (Beside & { day: string; score: number })[] = [];
  for (const clause of clauses) {
    const day = parseDay(clause, today);
    if (!day.date || !day.text) return undefined;
    let rest = day.rest;
    const kinds = findKinds(rest);
    for (const k of [...kinds].reverse()) rest = rest.slice(0, k.start) + MASK + rest.slice(k.end);
    // 3: the asked type named · 2: a deed word that may be it · 0: no deed said · -1: another deed only.
    let fits = false;
    let other = kinds.some((k) => k.code !== asked);
    const family = new Set<ActivityTypeCode>();
    for (const word of DEED_WORDS) {
      rest = rest.replace(word.re, () => {
        if (word.types.includes(asked)) fits = true;
        else other = true;
        word.types.forEach((t) => family.add(t));
        return MASK;
      });
    }
    const score = kinds.some((k) => k.code === asked) ? 3 : fits ? 2 : other ? -1 : 0;
    if (rest.replace(FILLER, '').replace(new RegExp(MASK, 'g'), '').length > 0) return undefined;
    read.push({ clause, day: day.text, date: day.date, score, exact: new Set(kinds.map((k) => k.code)), family });
  }
  // Only other deeds named — 「学习是5号」 to the 自查's day: no day for the asked item, said so (never taken as its day).
  const best = Math.max(...read.map((r) => r.score));
  if (best < 0) return { other: clauses.join('，') };
  const top = read.filter((r) => r.score === best);
  if (top.length !== 1) return undefined;
  // A bare day alone (20号) or days without deed words are the day readers' own (several days, a span): not this.
  if (read.every((r) => r.score === 0)) return undefined;
  const chosen = top[0]!;
  return { day: chosen.day, clauses: read.filter((r) => r !== chosen) };
}
