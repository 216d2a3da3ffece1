// 「某领导」 is written by two text passes (groupListDoers: of three or more doers none supervises that person;
// groupSignsWith: a head's 班子成员与我签订) so that the reader asks whose the deed was. Read as a doer unknown, it was asked
// as 「「某领导」是哪一位？」 with no one offered — quoting words the member never wrote. It is asked as whose it was instead,
// the leaders the message names (or every leader and the secretary when it names none) offered.
import type { ParseContext, ParsedReport } from './draft.js';

/** 班子成员与我签订 · 与班子成员签订 (no one before 与): the signing the sender had with a leader not named. */
const SENDER_SIGNED = /(?:班子成员|党组成员)[^，。；,;]{0,4}(?:与|和|同|跟)(?:我|本人)|(?:^|[,，;；。\n:：]|[日号天]|(?:周|星期)[一二三四五六])\s*(?:我|本人)?(?:分别|也|还)?(?:与|和|同|跟)(?:各位|全体)?(?:党组|领导)?(?:班子|党组)成员/;

/** The placeholder the passes write for a leader not known. */
export const PLACEHOLDER_LEADER = '某领导';

/**
 * `reports` with each doer asked as 「某领导」 (ambiguous_actor with that text), where the member did not write 某领导
 * in `text`, asked as 'missing_actor' instead: the candidates are the leaders and secretary named in `text`, or all of
 * them when none is named, the sender's 分管领导 first. A signing the sender had with the leaders' group (班子成员与我签订,
 * a head's 与班子成员签订) is with the sender: its counterpart is set, only the leader asked. Other records, and a 某领导
 * the member wrote, are returned as they are.
 */
export function withPlaceholderLeaderAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (text.includes(PLACEHOLDER_LEADER)) return reports;
  const placeholder = (r: ParsedReport) => r.problems.some((p) => p.code === 'ambiguous_actor' && p.text === PLACEHOLDER_LEADER);
  if (!reports.some(placeholder)) return reports;
  const leaders = ctx.directory.org.people.filter((p) => (p.roles ?? []).some((role) => role === 'leader' || role === 'secretary'));
  const named = leaders.filter((p) => text.includes(p.name));
  // The sender's own 分管领导 first: the likely one when a head signed with 「班子成员」 (round 36).
  const supervisor = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '')?.supervisorId;
  const offered = named.length > 0 ? named : leaders;
  const candidateIds = [...offered.filter((p) => p.id === supervisor), ...offered.filter((p) => p.id !== supervisor)].map((p) => p.id);
  // 「班子成员与我签订」 · 「与班子成员签订」 from a head (groupSignsWith): the sender is the one signed with, never asked.
  const withSender = SENDER_SIGNED.test(text);
  return reports.map((r) => {
    if (!placeholder(r)) return r;
    const others = r.problems.filter((p) => !(p.code === 'ambiguous_actor' && p.text === PLACEHOLDER_LEADER));
    const signedWithSender = withSender && r.draft.type === 'pledge_sign' && r.draft.counterpartIds.length === 0;
    if (!signedWithSender) return { ...r, problems: [{ code: 'missing_actor' as const, candidateIds }, ...others] };
    const draft = { ...r.draft, counterpartIds: [ctx.senderId] };
    return { ...r, draft, problems: [{ code: 'missing_actor' as const, candidateIds }, ...others.filter((p) => p.code !== 'missing_counterpart')] };
  });
}
