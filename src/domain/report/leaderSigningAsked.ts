// 王建国：11月28日签订了责任书 (round 52, fwcc; left by fwf): a 签订责任书 with nobody, stored at once as the leader's own.
// A leader's (or the secretary's) 党风廉政建设责任书 duty counts the people signed with (duties.yaml pledge-sign: per
// subordinate), so a signing of theirs naming no one is asked 和谁, as a talk naming no one is — never stored with nobody,
// which counts for no one. The people the duty lists are offered as buttons: a leader's supervised heads, the
// secretary's leaders. Only a 责任书 (责任状) is asked: a 承诺书 is a pledge one makes oneself (个人廉洁承诺书 · 家庭助廉承诺书),
// as are a 个人/本人/我的 paper.
// Round 53 (fkf): 孙丽（科室负责人）：11月28日签订了责任书 was stored at once with nobody. A department head's 责任书 is
// signed with someone too — upward with her 分管领导, or downward with her own staff — so it is asked 和谁 as well, the
// 分管领导 first and then the department's other people offered from the directory; a member's 责任书 likewise, their
// department's head offered (their own 承诺书 keeps today's reading).
import type { Directory } from '../organization.js';

/** The paper signed between levels: 党风廉政建设责任书 · 目标责任书 · 责任状. */
const BETWEEN_LEVELS = /责任书|责任状/;
/** 个人廉洁承诺书 · 本人的承诺书 · 自己的责任书 · 我的承诺书 · 家庭助廉承诺书: the signer's own paper. */
const OWN_PAPER = /家庭助廉|个人[^,;。!?，；！？]{0,8}?(?:承诺书|责任书)|(?:自己的|本人的?|我的)[^,;。!?，；！？签]{0,8}?(?:承诺书|责任书)/;

/**
 * The people a signing by `signerId` naming no one is asked about (person ids, the order the buttons show them), or
 * undefined when the signer is no one the directory places, `rest` (the segment's words) names no 责任书, or
 * says the paper is the signer's own. For a leader: the heads of the departments they supervise; for the secretary: the leaders;
 * for a department head (round 53): the department's 分管领导, then everyone else of the department; for a member: the
 * head of their department.
 */
export function leaderSigningAsked(signerId: string, rest: string, directory: Directory): string[] | undefined {
  const signer = directory.person(signerId);
  if (signer === undefined || !BETWEEN_LEVELS.test(rest) || OWN_PAPER.test(rest)) return undefined;
  if (signer.roles.includes('secretary')) return directory.withRole('leader').map((p) => p.id).filter((id) => id !== signerId);
  if (!signer.roles.includes('leader')) {
    const headed = directory.headedBy(signerId);
    // A member's 责任书 (李娟：11月28日签订了责任书) is signed with their department's head, who is offered.
    const own = signer.departmentId !== undefined ? directory.department(signer.departmentId) : undefined;
    if (headed.length === 0 && own?.headId) return own.headId !== signerId ? [own.headId] : undefined;
    if (headed.length !== 1) return undefined;
    const unit = headed[0]!;
    const staff = directory.org.people.filter((p) => p.departmentId === unit.id && p.id !== signerId).map((p) => p.id);
    return [...(unit.supervisorId && unit.supervisorId !== signerId ? [unit.supervisorId] : []), ...staff];
  }
  return directory
    .supervisedBy(signerId)
    .map((d) => d.headId)
    .filter((id): id is string => id !== undefined && id !== '' && id !== signerId);
}
