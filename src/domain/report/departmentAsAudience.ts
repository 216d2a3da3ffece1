// 宣文部全体党员观看… · 教育就业部党员干部集中学习… sent by a member: the department's study, so its head's, never the member's.
import { directoryIndex } from './parseDirectoryIndex.js';
import type { ParseContext } from './draft.js';

/** Everyone of the department (全体党员, 党员干部, 所有同志…), perhaps counted, then what they did (the type may be masked). */
const AUDIENCE_THEN_DEED =
  /^[\s\u0000]*(?:的)?[\s\u0000]*(?:(?:全体|所有|全部)(?:在职)?(?:党员干部|党员同志|党员|干部职工|干部|同志|人员|职工)?|党员干部)(?:及家属)?[\s\u0000]*(?:共?[\d几十余多]+人)?[\s\u0000,]*(?:集中|一起|共同|统一|分批)?[\s\u0000]*(?:观看|收看|学习|参观|聆听|听取|接受|赴|到|前往|\u0000)/;

/** Before the department, within its clause: nothing but a day (masked), a time of day or 近日. */
const OPENS_CLAUSE = /^[\s\u0000]*(?:近日|日前|近期|本月|上月)?[\s\u0000]*(?:上午|下午|晚上)?[\s\u0000]*$/;

/**
 * The head of the department that stands as the subject of an education whose audience is all its people
 * (11月27日宣文部全体党员观看廉政微电影…, round 20u P01: stored at once as the 科员 sender's). `rest` has the day, type
 * and titles masked. Undefined when the shape is not there, or the sender may well have held it themself: its head, a
 * leader or the secretary. A deputy head's is the head's too, on the card (round 36: it was the deputy's own, at once, while
 * 科室集中学习 from the same deputy went to the head).
 */
export function departmentAsAudience(rest: string, ctx: ParseContext): { id: string; start: number; end: number } | undefined {
  const sender = ctx.directory.person(ctx.senderId);
  // A deputy head (副科长, 副主任) is one of the department's members here (round 36, ffc: one rule for deputies).
  if (!sender || sender.roles.some((r) => r === 'secretary' || r === 'leader')) return undefined;
  const index = directoryIndex(ctx.directory);
  for (const m of rest.matchAll(index.surfaces)) {
    const dept = index.departmentBySurface.get(m[0]);
    if (!dept || !dept.headId) continue;
    const before = rest.slice(0, m.index);
    const clause = before.slice(Math.max(...[',', ';', '。', '!', '?', ':', '\n', '，', '；'].map((c) => before.lastIndexOf(c))) + 1);
    if (!OPENS_CLAUSE.test(clause) || !AUDIENCE_THEN_DEED.test(rest.slice(m.index + m[0].length))) continue;
    return dept.headId === ctx.senderId ? undefined : { id: dept.headId, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
