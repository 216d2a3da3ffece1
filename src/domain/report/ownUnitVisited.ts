// 王建国副理事长到科室检查廉政风险防控工作 from 财务科's 孙丽 (round 32a, A26: the check stored with no department): the
// 科室/部里 someone came to, said by a member of it, is the sender's own department, the check's place.
import type { Directory } from '../organization.js';

/** 到科室 · 来科里 · 到我们部门 · 深入本科室: the sender's unit gone to, by a short word (not 各科室, nor 科室人员). */
// 陈副理事长到我部与冯雪部长进行了廉政谈话，并对…进行了检查 (round 41, t40b F4: the check placeless): a visit whose next
// word turns to someone (与/和/找) or supervises (督导) went to the sender's unit as well (来我部召开… is left to
// attendingDepartments, which reads the host from those words).
// 赵敏书记来我们中心检查了工作纪律 from the 中心's 徐辉 (t42c F12: the check placeless): 中心 is the 中心's own short word.
// 赵书记昨天下午来我们部，先查看了廉政学习记录 (t44b F4: the check placeless): 先 · 首先 may open the first step.
const OWN_UNIT_GONE_TO =
  /(?<=(?:到|来到|来|深入)[\s\u0000]*)(?:我们|我|本)?(?:科室|科里|部里|室里|部门|中心|科|部|室)(?=[\s\u0000,，]*(?:先是|首先|先)?(?:检查|督查|调研|指导|走访|暗访|抽查|巡查|开展|进行|了解|查看|察看|座谈|宣讲|讲|调阅|查阅|督导|与|和|同|跟|找))/g;

/** 科/部/室/中心 that the department's name or alias ends with, for 科里/部里/室里 and a bare 科/部/室/中心. */
const unitEnds = (names: readonly string[], word: string): boolean => {
  const unit = /中心|科|部|室/.exec(word.replace(/科室|部门/, ''))?.[0];
  return unit === undefined || names.some((n) => n.endsWith(unit));
};

/**
 * `text` with the sender's own unit, gone to by a short word (到科室检查 · 来部里调研), written as the department's name, so
 * the check or visit is at that department. Left as written for a sender of no department, a leader, or an inspector (whose
 * 到科室 is any office they checked), after 各/全/其他 (到各科室), and when the word does not fit their unit (a 部's 科里).
 */
export function withOwnUnitVisited(text: string, directory: Directory, senderId: string): string {
  const sender = directory.person(senderId);
  if (!sender?.departmentId || sender.roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector')) return text;
  const own = directory.department(sender.departmentId);
  if (!own) return text;
  const names = [own.name, ...own.aliases];
  return text.replace(OWN_UNIT_GONE_TO, (word: string, at: number) => (/各|全|其他|有关|相关/.test(text.slice(Math.max(0, at - 3), at)) || !unitEnds(names, word) ? word : own.name));
}
