// 我代表财务科作了述责述廉报告，王建国副理事长进行了点评 (round 20u L21): asked 「这条述责述廉是谁的？」 with 王建国 first,
// though the sender says they gave it; whoever commented on or chaired the meeting gave no paper.
import type { ActivityTypeCode } from '../activityTypes.js';

/** Papers someone gives or hands in: the one who says 我作了/交了 one is its doer. */
const PAPERS: ReadonlySet<ActivityTypeCode> = new Set(['report_duty', 'report_self', 'report_research', 'report_to_party', 'report_info']);

/** 我作了 · 并提交了 · 本人代表财务科作了 · 我代表部门向党组作了: the sender (or the clause's own subject) gives the paper. */
// 「陈志强副理事长来我部调研，我形成调研报告1篇」 (round 50, fxa: the paper given to 陈志强): 我/本人 形成 · 撰写 · 起草 · 写了 a
// paper is the sender's too (并形成… goes on with the subject before: whoDidIt).
const WROTE = '(?:我|本人)(?:执笔|牵头)?(?:形成|撰写|起草|写)';
const OWN = new RegExp(`(?:并|我|本人)(?:代表[^，。,；;！!]{1,14}?)?(?:向[^，。,；;！!]{1,10}?)?(?:作|做|交|提交|报送|递交|上交|汇报|报告)|${WROTE}`);

/** Whether `text` has the sender say they gave or handed in a paper of `type` themselves. */
export function ownPaperSaid(text: string, type: ActivityTypeCode | undefined): boolean {
  return type !== undefined && PAPERS.has(type) && OWN.test(text);
}

/** 我/本人 (代表…)(向…)作/交/提交…: the sender says they gave or handed the paper in. */
const GAVE = '(?:我|本人)(?:代表[^，。,；;！!]{1,14}?)?(?:向[^，。,；;！!]{1,10}?)?(?:作|做|交|提交|报送|递交|上交)';
/** The rest of the clause after the verb, to its end. */
const CLAUSE_END = '了?[^，。,；;！!]*$';

/** 我/本人 (代表…)(向…)作了… or 我撰写…: the sender's own words that they gave or wrote the paper, in one clause. */
const SELF_CLAUSE = new RegExp(`(?:${GAVE}|${WROTE})${CLAUSE_END}`);

/** The same clause without 形成/撰写/起草/写: the sender says they gave or handed the paper in. */
const GAVE_CLAUSE = new RegExp(`${GAVE}${CLAUSE_END}`);

/** The words naming each kind of paper, to match a 我撰写/我形成 clause to the paper it speaks of. */
const PAPER_WORDS: Partial<Record<ActivityTypeCode, RegExp>> = {
  report_research: /调研/,
  report_info: /信息|简报/,
  report_self: /自查/,
  report_duty: /述责|述廉|述职/,
  report_to_party: /报告/,
};

/**
 * Papers the sender says they gave themselves (我代表财务科作了述责述廉报告) kept the sender's: a leader who 点评/主持
 * the meeting (「张伟书记作了点评」 was read as the doer) gives no paper, and no one is asked whose it was.
 */
export function withOwnPaper<R extends { draft: { type?: ActivityTypeCode; actorId?: string }; problems: { code: string }[]; reasons?: string[]; remarks: string[] }>(
  reports: R[],
  text: string,
): R[] {
  const clauses = text.split(/[，。,；;！!\n]/);
  const selfClauses = clauses.filter((c) => SELF_CLAUSE.test(c));
  if (selfClauses.length === 0) return reports;
  // 「…⏎1.11月24日组织开展…自查；⏎2.11月25日我撰写廉政信息1篇」 (round 37's heading rows; broken by round 50 fxa's 撰写): a
  // paper the sender says they wrote claims only a paper of the kind that clause names, never the heading's 自查 beside it.
  const wroteOnly = selfClauses.every((c) => !GAVE_CLAUSE.test(c));
  const claims = (type: ActivityTypeCode) => !wroteOnly || selfClauses.some((c) => PAPER_WORDS[type]?.test(c) === true);
  // 各部室主要负责人依次作述责述廉报告，我代表财务科作了发言 (l22): papers of several named doers are each one's own; the
  // sender's words only claim a paper no one else was named for.
  const doers = new Set(reports.filter((r) => r.draft.type !== undefined && PAPERS.has(r.draft.type) && r.draft.actorId !== undefined).map((r) => r.draft.actorId));
  return reports.map((r) => {
    if (r.draft.type === undefined || !PAPERS.has(r.draft.type) || !claims(r.draft.type)) return r;
    if (r.draft.actorId === undefined && !r.problems.some((p) => p.code === 'missing_actor')) return r;
    if (r.draft.actorId !== undefined && doers.size > 1) return r;
    const { actorId: _other, ...draft } = r.draft;
    return {
      ...r,
      draft,
      problems: r.problems.filter((p) => p.code !== 'missing_actor' && p.code !== 'ambiguous_actor'),
      reasons: (r.reasons ?? []).filter((x) => x !== 'third_person'),
      remarks: r.remarks.filter((m) => !m.includes('的活动记录') && !m.includes('代为上报')),
    };
  });
}
