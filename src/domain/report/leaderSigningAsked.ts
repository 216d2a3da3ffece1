// 王建国：11月28日签订了责任书 (round 52, fwcc; left by fwf): a 签订责任书 with nobody, stored at once as the leader's own.
// A leader's (or the secretary's) 党风廉政建设责任书 duty counts the people signed with (duties.yaml pledge-sign: per
// subordinate), so a signing of theirs naming no one is asked 和谁, as a talk naming no one is — never stored with nobody,
// which counts for no one. The people the duty lists are offered as buttons: a leader's supervised heads, the
// secretary's leaders. Only a 责任书 (责任状) is asked: a 承诺书 is a pledge one makes oneself (个人廉洁承诺书 · 家庭助廉承诺书),
// as are a 个人/本人/我的 paper; a head's or a member's signing keeps today's reading (their own pledge to the leader above).
import type { Directory } from '../organization.js';

/** The paper signed between levels: 党风廉政建设责任书 · 目标责任书 · 责任状. */
const BETWEEN_LEVELS = /责任书|责任状/;
/** 个人廉洁承诺书 · 本人的承诺书 · 自己的责任书 · 我的承诺书 · 家庭助廉承诺书: the signer's own paper. */
const OWN_PAPER = /家庭助廉|个人[^,;。!?，；！？]{0,8}?(?:承诺书|责任书)|(?:自己的|本人的?|我的)[^,;。!?，；！？签]{0,8}?(?:承诺书|责任书)/;

/**
 * The people a signing by `signerId` naming no one is asked about (person ids, the order the buttons show them), or
 * undefined when the signer's duty counts no one (a head, a member), `rest` (the segment's words) names no 责任书, or
 * says the paper is the signer's own. For a leader: the heads of the departments they supervise; for the secretary: the leaders.
 */
export function leaderSigningAsked(signerId: string, rest: string, directory: Directory): string[] | undefined {
  const signer = directory.person(signerId);
  if (signer === undefined || !BETWEEN_LEVELS.test(rest) || OWN_PAPER.test(rest)) return undefined;
  if (signer.roles.includes('secretary')) return directory.withRole('leader').map((p) => p.id).filter((id) => id !== signerId);
  if (!signer.roles.includes('leader')) return undefined;
  return directory
    .supervisedBy(signerId)
    .map((d) => d.headId)
    .filter((id): id is string => id !== undefined && id !== '' && id !== signerId);
}
