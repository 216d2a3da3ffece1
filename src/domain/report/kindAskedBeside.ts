// 「今天和孙丽谈了话，这个算廉政谈话还是谈心谈话？」 (round 48, ftc): a member reporting a deed of no named kind and asking in
// the same message which kind it is. The ？ made the whole message a question (no report: the talk dropped), and without
// the ？ (「…，算廉政谈话还是谈心谈话」) the first kind asked about was taken as the answer. The deed is read, and its kind is
// asked among the kinds the member named.
import type { ActivityTypeCode } from '../activityTypes.js';
import { findKinds } from './parseKind.js';
import type { ParsedReport, ReportProblem } from './draft.js';

/**
 * The closing clause asking which kind the deed is: 这个算廉政谈话还是谈心谈话 · 算廉政谈话吗 · 这算哪一类 · 算什么活动 ·
 * 算不算谈心谈话. Not 应该算是廉政谈话吧: the member says the kind (read as written, on the card).
 */
const KIND_ASKED = /^(?:那|那么|请问)?(?:这个|这次|这种|这样|这|那个|那次|它)?(?:应该|是不是|能不能|能否|能|可以|该)?(?:算不算[^,，。!！?？]{2,14}|算(?:作|是|为)?(?:[^,，。!！?？]{0,14}?(?:吗|么|还是|呢)|哪一?(?:类|种|个)|什么(?:类|活动)?))/;

/** 应该算廉政谈话吧 · 算是谈心谈话吧: the kind said, with a doubt. */
const KIND_SAID = /^(?:这个|这次|这)?(?:应该|可能|大概)?算(?:作|是|为)?[^,，。!！?？]{2,14}?吧$/;

/** Whether `text` closes with a clause asking which kind the deed before it is (这个算廉政谈话还是谈心谈话？). */
export function asksKindBeside(text: string): boolean {
  const clauses = text.split(/(?<=[,，。;；!！?？\n])/).filter((c) => c.trim() !== '');
  return clauses.length >= 2 && KIND_ASKED.test(clauses.at(-1)!.replace(/[,，。;；!！?？\s]+$/, '').trim());
}

/**
 * `read`'s reports of `text` without its closing clause asking which kind the deed is, each untyped record asked its kind
 * among the kinds the question named (all kinds when it named none); undefined when the message closes with no such
 * question, its deed reads as nothing, or every record read already has a kind (the question then is the chat's).
 */
export function withKindAskedBeside(text: string, read: (deed: string) => ParsedReport[] | null): ParsedReport[] | undefined {
  const clauses = text.split(/(?<=[,，。;；!！?？\n])/).filter((c) => c.trim() !== '');
  if (clauses.length < 2) return undefined;
  const asked = clauses.at(-1)!.replace(/[,，。;；!！?？\s]+$/, '').trim();
  // 应该算廉政谈话吧？ : the member says the kind, only unsure; read as written without the ？ (on the card, as without it).
  if (KIND_SAID.test(asked) && /[?？]\s*$/.test(text)) return read(text.replace(/[?？\s]+$/, '')) ?? undefined;
  if (!KIND_ASKED.test(asked)) return undefined;
  const deed = clauses.slice(0, -1).join('').replace(/[,，;；\s]+$/, '');
  const reports = read(deed);
  if (!reports || reports.length === 0 || !reports.some((r) => r.draft.type === undefined)) return undefined;
  const named = [...new Set(findKinds(asked).map((m) => m.code))] as ActivityTypeCode[];
  const among = (p: ReportProblem): ReportProblem => (p.code === 'missing_type' && named.length > 0 ? { ...p, among: named } : p);
  return reports.map((r) => (r.draft.type === undefined ? { ...r, problems: r.problems.map(among) } : r));
}
