// Who a department's 党支部 stands for when no one's title names its 书记: the 支部书记 the message names, else the head of
// the department it is named after (组联部党支部 → 周涛). Found by the tester (round 29a, A5): 周涛's own lecture was asked whose.
import type { ParseContext } from './draft.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/**
 * The directory id standing for the branch `named` (the words that named it, e.g. 组联部党支部) in `rest`: a person named
 * right after 支部书记/党支部书记 in `rest`, else the head of the department named before 党支部; undefined otherwise.
 */
export function branchSecretary(body: string, named: string, rest: string, ctx: ParseContext): string | undefined {
  const people = ctx.directory.org.people;
  const said = /(?:支部|总支)书记[\s\u0000,，]*([\u4e00-\u9fa5]{2,3})/.exec(rest);
  const person = said ? people.find((p) => said[1]!.startsWith(p.name)) : undefined;
  if (person) return person.id;
  const unit = named.replace(/^由/, '').slice(0, named.replace(/^由/, '').length - body.length).replace(/机关$/, '');
  const dept = unit === '' ? undefined : directoryIndex(ctx.directory).departmentBySurface.get(unit);
  return dept ? dept.headId : undefined;
}
