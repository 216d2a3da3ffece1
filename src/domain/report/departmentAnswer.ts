// The member's answer to 「「中心康复科室」是哪个部门？」 (ambiguous_department): a department by its name or alias, or by
// the number it was listed under.
import type { Directory } from '../organization.js';
import { normalizeText } from './parseNormalize.js';

/** 2 · 第二个 · 选2 · 是第2个: the number a choice was listed under (group 1, Arabic or Chinese). */
const NUMBERED = /^(?:选|是|就是)?(?:第)?([1-9]|[一二两三四五六七八九])(?:个|项|条|号)?(?:吧|的)?$/;
const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * The department id `answer` names, asked among `candidateIds` (1-based numbers count them): a listed number
 * (2 · 第二个), or the one department whose full name or alias the answer holds (康复部 · 是残疾人康复中心 · 康复中心的) —
 * any department of the `directory`, listed or not: the member knows where they went. Undefined when the answer is
 * neither, or holds the names of two departments.
 */
export function departmentAnswered(answer: string, candidateIds: readonly string[], directory: Directory): string | undefined {
  const t = normalizeText(answer).trim().replace(/[\s。.!！~～]+$/g, '').replace(/\s+/g, '');
  const n = NUMBERED.exec(t);
  if (n) return candidateIds[(CN[n[1]!] ?? Number(n[1])) - 1];
  // 残疾人康复中心 holds 康复中心 (its own alias) but no other department's name: one department, however many surfaces.
  const named = directory.org.departments.filter((d) => [d.name, ...d.aliases].some((s) => s !== '' && t.includes(s)));
  return named.length === 1 ? named[0]!.id : undefined;
}
