// 该科 / 该部 / 该中心: the department just named, written out so its people (该科副科长) resolve.
import { directoryIndex } from './parseDirectoryIndex.js';
import type { ParseContext } from './draft.js';

/** Not 应该/活该 (应该科学安排…). */
const THAT = /(?<![应活])该(科室|部门|中心|科|部|室)/g;

/**
 * `text` with each 该科/该部/该室/该中心 replaced by the name of the department named last before it that fits the word
 * (财务科科长昨日与该科副科长… → …与财务科副科长…; round 16: asked 和谁 though 王强 is the only one). Left as written when
 * no department before it fits.
 */
export function thatDepartment(text: string, ctx: ParseContext): string {
  if (!text.includes('该')) return text;
  const index = directoryIndex(ctx.directory);
  return text.replace(THAT, (word, unit: string, at: number) => {
    const before = [...text.slice(0, at).matchAll(index.surfaces)].map((m) => index.departmentBySurface.get(m[0])).filter((d) => d !== undefined);
    const fits = before.filter((d) => unit === '科室' || unit === '部门' || [d.name, ...d.aliases].some((n) => n.endsWith(unit)));
    return fits.at(-1)?.name ?? word;
  });
}
