// 孙杰「上周五中心支部召开专题会，传达学习市纪委全会精神」 (round 69, gie; issue 10: no body read, who held it asked among the
// 党组's leaders): a branch named by its unit's short word (中心支部 · 中心党支部) or without 党 (康复部支部) is that unit's 党支部,
// written out as 残疾人康复中心党支部 is, so the readers of a unit's branch (bodyAsDoer, meetingBodySaid) read it alike.
import type { Directory } from '../organization.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What may stand before a bare 中心: a clause's start, a day or weekday just said, the verb that held it. */
const BEFORE_CENTRE = '(?<=^|[^\\u4e00-\\u9fa5]|[日号天午末一二三四五六]|召开|主持|组织|由|在|是)';

/** Per directory: the centre a bare 中心 names for each sender's unit (theirs when a 中心, else the only one), and the names. */
const built = new WeakMap<Directory, { names: RegExp | undefined; centres: string[] }>();

function namesOf(directory: Directory): { names: RegExp | undefined; centres: string[] } {
  let got = built.get(directory);
  if (got) return got;
  const surfaces = directory.org.departments.flatMap((d) => [d.name, ...d.aliases]).sort((a, b) => b.length - a.length).map(escape);
  got = {
    names: surfaces.length > 0 ? new RegExp(`(${surfaces.join('|')})(?<!党)支部(?!书记|委员)`, 'g') : undefined,
    centres: directory.org.departments.filter((d) => [d.name, ...d.aliases].some((n) => n.endsWith('中心'))).map((d) => d.name),
  };
  built.set(directory, got);
  return got;
}

/**
 * `text` with a unit's branch written by the unit's full name and 党支部: 中心支部 · 中心党支部 → 残疾人康复中心党支部 (the sender's own
 * 中心, else the directory's only one; 中心组 is no branch), 康复部支部 → 康复部党支部. A branch of no unit (机关第一党支部 ·
 * 我们支部 · 部门支部) and 支部书记 are left as written.
 */
export function withUnitBranchSpelled(text: string, directory: Directory, senderId: string): string {
  if (!text.includes('支部')) return text;
  const { names, centres } = namesOf(directory);
  const own = directory.department(directory.person(senderId)?.departmentId ?? '');
  const centre = own !== undefined && [own.name, ...own.aliases].some((n) => n.endsWith('中心')) ? own.name : centres.length === 1 ? centres[0] : undefined;
  const spelled = names ? text.replace(names, (_w, unit: string) => `${unit}党支部`) : text;
  return centre === undefined ? spelled : spelled.replace(new RegExp(`${BEFORE_CENTRE}中心(?=党支部|党总支|支部)(?:党)?(?=支部|总支)`, 'g'), `${centre}党`);
}
