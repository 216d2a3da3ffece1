// 赵敏「今天和王磊谈心 我只是在场」 (round 64, gda; gcc's left-alone): who held the talk was asked 「这条谈心谈话是谁的？…是您本人
// 的请回复您的姓名」 — generic, and offering the member the very answer they had just ruled out. The question now names what
// is missing: 「这次谈心是谁和王磊谈的？」, the leaders the directory suggests as buttons (senderOnlyPresent's doersOffered).
import type { ActivityTypeCode } from '../domain/activityTypes.js';
import type { ReportDraft } from '../domain/report/draft.js';
import type { BotDeps } from './botDeps.js';

/** How a member says the kind in a question: 谈心 · 廉政谈话. */
const SPOKEN: Partial<Record<ActivityTypeCode, string>> = { talk_heart: '谈心', talk_integrity: '廉政谈话' };

/**
 * The question 「这次谈心是谁和王磊、李明谈的？请点选，或回复姓名（记在其名下，您为上报人）。」 for a talk (谈心 · 廉政谈话) whose
 * people are known and whose doer is asked among `candidateIds` that leave out the member `senderId` (who said they were
 * only there) — 「这次谈心是谁和谁谈的？…」 when the two asked between are the record's two people (talkPairAsked); undefined for any other record or when the member is among those offered (the generic question stands).
 */
export function talkWhoHeld(deps: Pick<BotDeps, 'directory'>, draft: ReportDraft, candidateIds: readonly string[], senderId: string | undefined): string | undefined {
  const kind = draft.type === undefined ? undefined : SPOKEN[draft.type];
  if (kind === undefined || draft.counterpartIds.length === 0 || senderId === undefined || candidateIds.includes(senderId)) return undefined;
  // 周涛和王磊今天谈了谈心 (round 65, geb): the two written are the ones asked between; the other is whom it was held with.
  if (candidateIds.length === 2 && draft.counterpartIds.length === 2 && candidateIds.every((id) => draft.counterpartIds.includes(id))) {
    const [a, b] = candidateIds.map((id) => deps.directory.person(id)?.name ?? id);
    return `这次${kind}是谁和谁谈的？消息里只写了「${a}和${b}」。请点选谈话人（另一位记为谈话对象），或回复姓名（记在其名下，您为上报人）。`;
  }
  const names = draft.counterpartIds.map((id) => deps.directory.person(id)?.name ?? id).join('、');
  const tap = candidateIds.length > 0 ? '请点选，或回复姓名' : '请回复姓名';
  return `这次${kind}是谁和${names}谈的？${tap}（记在其名下，您为上报人）。`;
}
