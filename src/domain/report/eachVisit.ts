// 11月16日到教就部…，18日到维权部…，两次都同时与部门其他同志谈了心 (round 21u #8): a clause said of every visit before it
// was read once, on the last visit's day; the first visit's talk was lost.

/** A clause's own day at its start: 11月16日 · 16日 · 16号 · 周二 · 星期三. */
const OPENING_DAY = /^\s*((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|(?:上|本|这)?(?:周|星期)[一二三四五六日天])/;

/** 两次都 · 三次均 · 每次都 · 这两次也都: the clause speaks of each visit told before it. */
const EACH = /^\s*(?:这|那)?(两|二|三|四|每|几)(?:次|回)(?:都|均|也都|也)\s*/;

/** What was done on each visit besides: a talk (谈了心 · 开展了谈心谈话 · 进行了提醒谈话), never 是…. */
const TALK_ON_EACH = /^(?!是)[^，,；;。]*谈/;

const COUNTS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4 };

/**
 * `text` with a clause said of every dated visit before it in its sentence (两次都…谈了心) written out once per visit,
 * each opening with that visit's day (「11月16日同时…谈了心，18日同时…谈了心」), so each visit gets its own record and
 * nothing is put on the last visit's day alone. Unchanged when the count said does not match the visits before it.
 */
export function withEachVisit(text: string): string {
  return text
    .split(/(?<=[。！!\n])/)
    .map((sentence) => eachVisitInSentence(sentence))
    .join('');
}

function eachVisitInSentence(sentence: string): string {
  const clauses = sentence.split(/(?<=[，,；;])/);
  const at = clauses.findIndex((c) => EACH.test(c));
  if (at < 2) return sentence;
  const days = clauses.slice(0, at).map((c) => OPENING_DAY.exec(c)?.[1]).filter((d): d is string => d !== undefined);
  const said = EACH.exec(clauses[at]!)![1]!;
  // 这三次都是查在岗在位情况 names the kind of the deeds before it (kindSaidOnce); only a talk held on each visit is one more deed.
  if (!TALK_ON_EACH.test(clauses[at]!.replace(EACH, ''))) return sentence;
  const count = COUNTS[said];
  if (days.length < 2 || (count !== undefined && count !== days.length)) return sentence;
  const clause = clauses[at]!;
  const body = clause.replace(EACH, '').replace(/[，,；;。！!\n]+$/, '');
  const ending = clause.slice(clause.replace(/[，,；;。！!\n]+$/, '').length);
  const each = days.map((d) => `${d}${body}`).join('，');
  return [...clauses.slice(0, at), `${each}${ending}`, ...clauses.slice(at + 1)].join('');
}
