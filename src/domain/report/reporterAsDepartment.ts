// 刘芳「上周五听取了康复部吴静部长党风廉政建设工作情况汇报」 (round 47, fsd: a 专题会议 of 吴静's on the card): the one named
// after 听取 is the one who reported, not who held the hearing; the hearing is a meeting of the leader who heard it, and
// the reporter only says whose unit reported. So the reporter is written as their department (听取了康复部…汇报), and
// 听取了周涛部长关于组联部…的汇报 as 听取了组联部…的汇报, for the meeting reader to see the department alone.
import type { Directory } from '../organization.js';
import { oncePer } from './oncePer.js';
import { guardedAlternation } from './guardedAlternation.js';

/** A title after the reporter's name. */
const TITLE = '(?:副?(?:主任|部长|科长|书记|理事长))?(?:同志)?';
/** The duty's own work, which the report must be on (a plain 工作汇报 is no duty's). */
const DUTY_TOPIC = /党风廉政|全面从严治党|从严治党|廉政建设|一岗双责/;

/** 听取了 (department)? NAME title? 关于? — groups: 1 the words up to the name, 2 a department before it, 3 the name, 4 the rest up to 汇报. */
const hearing = oncePer((directory: Directory): RegExp => {
  const units = directory.org.departments.flatMap((d) => [d.name, ...d.aliases]);
  const names = directory.org.people.map((p) => p.name);
  return new RegExp(`(听取了?)((?:${guardedAlternation(units)})?)(${guardedAlternation(names)})${TITLE}(?:关于)?([^,，;；。!！?？\\n]{0,30}?汇报)`, 'g');
});

/**
 * `text` with the reporter named after 听取 in a hearing of the duty's own work (听取了康复部吴静部长党风廉政建设工作情况汇报)
 * written as their department (听取了康复部党风廉政建设工作情况汇报); `text` itself otherwise, and when the reporter has no
 * department (a leader).
 */
export function withReporterAsDepartment(text: string, directory: Directory): string {
  if (!text.includes('听取')) return text;
  return text.replace(hearing(directory), (whole: string, verb: string, unit: string, name: string, rest: string) => {
    if (!DUTY_TOPIC.test(rest)) return whole;
    const dept = directory.department(directory.org.people.find((p) => p.name === name)?.departmentId ?? '');
    if (!dept) return whole;
    // 关于组联部…的汇报: the department named after the reporter is already there.
    const named = [dept.name, ...dept.aliases].some((n) => rest.includes(n));
    return `${verb}${unit !== '' || named ? unit : dept.name}${rest}`;
  });
}
