// Who a 党支部 stands for when no one's title names its 书记: the 支部书记 the message itself names (支部书记周涛讲授…).
// Found by the tester (round 29a, A5): 周涛's own lecture, told as 「支部书记周涛…」, was asked whose, his own name refused.
// The head of the department a branch is named after is no answer (round 11: 办公室党支部 stays asked): a branch may
// span several departments and its 书记 need not be a head.
import type { ParseContext } from './draft.js';

/**
 * The directory id of the person named right after 支部书记/党支部书记/总支书记 in `rest`, or undefined when no one in the
 * directory is named there.
 */
export function branchSecretary(rest: string, ctx: Pick<ParseContext, 'directory'>): string | undefined {
  const said = /(?:支部|总支)书记[\s\u0000,，]*([\u4e00-\u9fa5]{2,3})/.exec(rest);
  return said ? ctx.directory.org.people.find((p) => said[1]!.startsWith(p.name))?.id : undefined;
}
