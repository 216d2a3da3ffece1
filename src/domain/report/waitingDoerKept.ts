// 胡军 「王副理事长找周涛谈了廉政谈话」 → 是哪一天？ → 「上周四，还有吴静也谈了」 (round 60, fbe; t62b G1's kind: the 吴静 talk put
// on the card as the clerk's own, 您本人): a deed added beside an answer and naming no doer goes on with the doer of the
// record the question was about, as a clause after 王副理事长… would in one message.
import type { ParsedReport } from './draft.js';

/** The addition says it is the sender's own (我也和… · 本人还…): then it stays the sender's. */
const SAID_OWN = /我|本人/;

/** True when `text` says the deed is the sender's own (我 · 本人), so no other doer is carried over to it. */
export function saysOwnDeed(text: string): boolean {
  return SAID_OWN.test(text);
}

/**
 * `reports` (read from the words added beside an answer, `text`) with every one of no doer of its own given `doerId`, the
 * doer of the waiting record the answer filled, and marked 'third_person' for the card; unchanged when `doerId` is
 * undefined or the sender's (`senderId`), or when `text` says 我/本人. `doerName` names the doer in the record's note.
 */
export function withWaitingDoer(reports: ParsedReport[], doerId: string | undefined, senderId: string, text: string, doerName: string): ParsedReport[] {
  if (doerId === undefined || doerId === senderId || saysOwnDeed(text)) return reports;
  return reports.map((r) =>
    r.draft.actorId !== undefined
      ? r
      : {
          ...r,
          draft: { ...r.draft, actorId: doerId },
          remarks: [...r.remarks, `补充的这一项沿用所问那一条的活动人：${doerName}（代为上报）`],
          reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])],
        },
  );
}
