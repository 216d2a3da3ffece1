// 王芳 「12月3日，陈志强副理事长到教育就业部、维权部调研，与两位部长签订了廉政承诺书，随后与两个部门全体人员进行了集体廉政谈话。」
// (round 61, gac; t63a F3, wrong on a card): the clauses after the visit are read apart from it, so 两个部门全体人员 and
// 两位部长 pointed back at nothing and both deeds asked 和谁 with the sender offered. The departments the sentence says were
// visited as a list are whom such a count-and-group word means: everyone of them, or their heads — on a card.
import type { ConfirmReason, ParseContext, ParsedReport } from './draft.js';
import { isTalkType } from '../activityTypes.js';
import { visitedDepartmentList } from './parseCounterpartGroups.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** A count of departments (两个 · 2个 · 这两个) or 上述/这些: the departments just listed. */
const UNITS = String.raw`(?:(?:这|该|上述|以上|前述)?(?:\d{1,2}|[两二三四五六七八九十几])个?|上述|以上|前述|这些|各该)(?:科室|部门|部室|处室|单位)(?:的)?`;
/** 两个部门全体人员 · 两个部室全体干部 · 这两个部门的同志 · 上述部门所有人员: everyone of the departments listed. */
const MEMBERS = new RegExp(`${UNITS}(?:全体|所有)?(?:的)?(?:人员|同志|干部|职工|党员|干部职工|工作人员)`, 'g');
/** 两位部长 · 2位负责人 · 两个部门负责人 · 两个科室的主要负责人: the heads of the departments listed. */
const HEADS = new RegExp(`(?:\\d{1,2}|[两二三四五六七八九十])位(?:部长|科长|主任|负责人|部门负责人|科室负责人)|${UNITS}(?:主要)?(?:负责人|部长|科长|主任)`, 'g');
/** The cheap gate: a count or a pointing word before a unit word. */
const GATE = /(?:个|位|上述|以上|前述|这些|各该)/;

/** One count-and-group word of the text: where it stands, what it says, and whether it means the heads. */
interface GroupWord {
  at: number;
  words: string;
  heads: boolean;
}

/**
 * `reports` with each talk or signing that asks whom it was with (missing_counterpart, no one on it) read as one record
 * per person of the group word told for it — everyone of the departments `text` says were visited as a list (到A、B…), or
 * their heads — in text order: the n-th such record takes the n-th group word. Each record is at its person's department,
 * with 'group' among its reasons (so it is shown on a card) and a remark naming whom the word was read as. Unchanged when
 * the text lists no two departments visited, has no such word, or the words and the records waiting do not pair one to
 * one.
 */
export function withVisitedListGroups(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (!GATE.test(text)) return reports;
  const waiting = reports.filter((r) => r.draft.counterpartIds.length === 0 && r.draft.type !== undefined && (isTalkType(r.draft.type) || r.draft.type === 'pledge_sign') && r.problems.some((p) => p.code === 'missing_counterpart'));
  if (waiting.length === 0) return reports;
  const index = directoryIndex(ctx.directory);
  const listed = visitedDepartmentList(text, index);
  if (listed.length < 2) return reports;
  const words: GroupWord[] = [
    ...[...text.matchAll(HEADS)].map((m) => ({ at: m.index, words: m[0], heads: true })),
    ...[...text.matchAll(MEMBERS)].map((m) => ({ at: m.index, words: m[0], heads: false })),
  ]
    .filter((w) => countFits(w.words, listed.length))
    .sort((a, b) => a.at - b.at);
  if (words.length !== waiting.length) return reports;
  const names = listed.map((id) => ctx.directory.department(id)?.name ?? id);
  return reports.flatMap((r) => {
    const k = waiting.indexOf(r);
    if (k < 0) return [r];
    const word = words[k]!;
    const doer = r.draft.actorId ?? ctx.senderId;
    const people = word.heads
      ? listed.flatMap((id) => ctx.directory.department(id)?.headId ?? [])
      : listed.flatMap((id) => {
          // Department by department as listed, each head first (郑华、陈静、冯雪、赵磊).
          const head = ctx.directory.department(id)?.headId;
          const staff = ctx.directory.org.people.filter((p) => p.departmentId === id && p.id !== head).map((p) => p.id);
          return head !== undefined ? [head, ...staff] : staff;
        });
    const ids = people.filter((id) => id !== doer);
    if (ids.length === 0) return [r];
    const said = `「${word.words}」按${ids.map((id) => ctx.directory.person(id)?.name ?? id).join('、')}共${ids.length}人记录`;
    // The departments were used: the leftover note about them no longer holds.
    const remarks = [...r.remarks.filter((x) => !names.some((n) => x.includes(`「${n}」没有对应`))), said];
    const reasons = [...new Set<ConfirmReason>([...(r.reasons ?? []), 'group'])];
    const problems = r.problems.filter((p) => p.code !== 'missing_counterpart');
    return ids.map((id) => {
      const departmentId = ctx.directory.person(id)?.departmentId;
      return { ...r, draft: { ...r.draft, counterpartIds: [id], ...(departmentId ? { departmentId } : {}) }, problems: [...problems], remarks: [...remarks], reasons: [...reasons] };
    });
  });
}

/** Whether the count a group word says (两个 · 2位; none for 上述/这些) is the number of departments listed. */
function countFits(words: string, listed: number): boolean {
  const m = /(\d{1,2}|[两二三四五六七八九十几])[个位]/.exec(words);
  if (!m) return true;
  const n = /\d/.test(m[1]!) ? Number(m[1]) : ({ 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 } as Record<string, number>)[m[1]!];
  return n === undefined || n === listed;
}
