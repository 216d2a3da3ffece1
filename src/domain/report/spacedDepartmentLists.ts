// Round 49 (t51a F3): 刘芳「这周三和周涛 吴静分别进行了廉正谈话 周五又和组联部 康复部开了分管科室会议 传达市纪委全会精神」 put
// the 分管科室会议 at 康复部 only (组联部 lost with no word said) and on the first clause's 周三: the space between the two
// departments parted the clause, so 「又和组联部」 stood alone. Voice input and phones put a space where 、 goes; a space
// between two of the directory's departments after 和/与/到/对/在/组织/召集… (or opening a clause) is that 、, in any deed
// (meetings, checks, trainings, talks with their 负责人), as withSpacedClauseOpeners already does for people's names.
import type { Directory } from '../organization.js';
import { longDepartmentAlternation } from './departmentNames.js';
import { oncePer } from './oncePer.js';

/** Words a list of departments follows: the deed's partners, places or those gathered (和组联部 · 到办公室 · 召集教就部). */
const LEAD = '(?:^|[,;。:\\n，；：]|和|与|跟|同|及|到|对|在|去|赴|深入|组织|召集|带领|会同|联合|分别)';

/** A list of departments (two characters or more) then a space before another, compiled once per directory; none without such names. */
const listOf = oncePer((directory: Directory): RegExp | undefined => {
  const names = longDepartmentAlternation(directory);
  if (names === '') return undefined;
  const name = `(?:${names})`;
  return new RegExp(`(${LEAD}${name}(?:、${name})*)[ \\u3000]+(?=${name})`, 'g');
});

/** `text` with the spaces of a list of the directory's departments (names or aliases) written as 、 (和组联部 康复部 → 和组联部、康复部). */
export function withSpacedDepartmentLists(text: string, directory: Directory): string {
  if (!/[\u4e00-\u9fa5][ \u3000]+[\u4e00-\u9fa5]/.test(text)) return text;
  const list = listOf(directory);
  if (list === undefined) return text;
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(list, '$1、');
  }
  return out;
}
