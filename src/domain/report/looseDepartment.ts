// 何平: 「11月11日、11月25日分别对中心康复科室开展作风纪律检查」 (round 31g, A19: both checks stored at once with no
// department, so the 台账 cannot say where). A department written loosely, with its unit's prefix (中心/机关/本会) or with
// 科室/部室 for its own ending (宣文科室 for 宣文部), is no surface of the directory. When its stem fits one department
// the check or meeting takes it, on a card that says so; when it fits several, which one is asked (ambiguous_department);
// when it fits none, the card says no department was recorded, never stored at once without one.
import type { Department, Directory } from '../organization.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { oncePer } from './oncePer.js';

/** The kinds held at a department, whose place the 台账 lists. */
const PLACED = new Set<string>(['inspect_style', 'inspect_funds', 'pledge_check', 'meeting_dept', 'meeting_special']);

/**
 * 对中心康复科室 · 到机关宣文科室 · 深入康复部室: group 1 the words as written, group 2 the stem (康复, 宣文). Only after a
 * verb of going or checking, so 科室 in 分管科室/各科室 (read elsewhere) is not taken.
 */
const LOOSE = /(?:对|到|赴|去|深入|走访)((?:中心|机关|本会|我会|本单位)?([\u4e00-\u9fa5]{2,4}?)(?:科室|部室))/g;

/** Stems that name departments in general or several (各, 分管, 相关…), not one. */
const GENERIC = /各|分管|相关|有关|其他|其余|所有|全部|全体|主要|个别|部分|业务|职能|[两几二三四五六七八九十]/;

/** The ending a department's name or alias has (财务科 → 财务, 康复中心 → 康复). */
const UNIT_ENDING = /(?:部|科|室|中心)$/;

/** Each stem of the directory's department names and aliases and the departments it fits, built once per directory. */
const stems = oncePer((directory: Directory): Map<string, Department[]> => {
  const map = new Map<string, Department[]>();
  for (const d of directory.org.departments) {
    for (const surface of [d.name, ...d.aliases]) {
      const stem = surface.replace(UNIT_ENDING, '');
      const list = map.get(stem) ?? [];
      if (!list.includes(d)) list.push(d);
      map.set(stem, list);
    }
  }
  return map;
});

/** The departments whose name or alias less its ending (部/科/室/中心) is `stem` (康复 → 康复部, 残疾人康复中心's 康复中心). */
export function looseStemFits(stem: string, directory: Directory): readonly Department[] {
  return stems(directory).get(stem) ?? [];
}

/**
 * `reports` with each check or meeting of no department, in a message naming one loosely (中心康复科室, 宣文科室), given
 * the one department that stem fits (remark 「宣文科室」按宣文部记录, shown for a tap); when it fits several, asked which
 * (problem ambiguous_department listing them); when it fits none, shown for a tap with a remark saying so. Unchanged
 * when no record lacks its place or the message names no such words.
 */
export function withLooseDepartment(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const placeless = (r: ParsedReport) => r.draft.type !== undefined && PLACED.has(r.draft.type) && r.draft.departmentId === undefined && (r.draft.departmentIds ?? []).length === 0;
  if (!reports.some(placeless)) return reports;
  const loose = [...text.matchAll(LOOSE)].filter((m) => !GENERIC.test(m[2]!));
  if (loose.length !== 1) return reports;
  const [, words, stem] = loose[0]!;
  const fits = looseStemFits(stem!, ctx.directory);
  const first = reports.findIndex(placeless);
  return reports.map((r, i) => {
    if (!placeless(r)) return r;
    if (fits.length === 1) {
      return {
        ...r,
        draft: { ...r.draft, departmentId: fits[0]!.id },
        remarks: i === first ? [...r.remarks, `「${words}」按${fits[0]!.name}记录`] : r.remarks,
        reasons: [...new Set([...(r.reasons ?? []), 'items' as const])],
      };
    }
    // Several fit (中心康复科室: 康复部 or 残疾人康复中心): asked, one question for every record of those words (round 33c:
    // named on the card only, and 确认 stored the check with no department).
    if (fits.length > 1) {
      return { ...r, problems: [...r.problems, { code: 'ambiguous_department' as const, text: words!, candidateIds: fits.map((d) => d.id) }] };
    }
    return {
      ...r,
      remarks: i === first ? [...r.remarks, `「${words}」没有对应到一个部门，通讯录里没有这个部门，暂未记部门；请点「修改」补上部门`] : r.remarks,
      reasons: [...new Set([...(r.reasons ?? []), 'leftover' as const])],
    };
  });
}
