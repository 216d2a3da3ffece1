// 张书记本月党风廉政工作： · 王部长本周廉政工作： · 李明主任11月工作纪实： (round 2; round 43, t43a F2): a heading naming one
// person names whose the subjectless items under it are. A heading naming its week (本周 · 上周) was read only for its week
// before (t43a F2: 「王部长本周廉政工作：⏎11月24日与我进行了谈心谈话」 asked 和谁 with no doer), so both paths ask here.
import { parseCounterparts } from './parseCounterparts.js';
import type { ParseContext } from './draft.js';

/**
 * The one person (never the sender, never a department's people) a heading line names, whose items follow; undefined when
 * it names none, several, or names them with a problem (an unknown or ambiguous name).
 */
export function headingPerson(line: string, ctx: ParseContext): string | undefined {
  const named = parseCounterparts(line, ctx);
  // 孙科长让我帮她报一下： names the sender too, who is no one whose items these are.
  const others = named.counterparts.filter((c) => c.id !== ctx.senderId);
  return others.length === 1 && named.problems.length === 0 && !named.grouped && others[0]!.departmentId === undefined ? others[0]!.id : undefined;
}

/**
 * 王建国、刘芳两位领导本周廉政工作： · 班子成员本周廉政工作： (round 44 fqc, fixers' left-alones: the items asked 和谁 with no
 * doer, or a talk 与李明 turned round into 李明's with the sender): the people (two or more, never the sender, no department's
 * people) a heading line names, one of whom did each subjectless item under it; undefined when it names fewer, or with a
 * problem.
 */
export function headingPeople(line: string, ctx: ParseContext): string[] | undefined {
  const named = parseCounterparts(line, ctx);
  const others = named.counterparts.filter((c) => c.id !== ctx.senderId);
  return others.length >= 2 && named.problems.length === 0 && others.every((c) => c.departmentId === undefined) ? others.map((c) => c.id) : undefined;
}
