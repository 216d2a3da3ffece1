// 对各部室进行了作风纪律检查: a check of every department of a kind, expanded from the directory and shown for 确认.
import type { Department, Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/** Units under the organisation that stand apart from its own offices (直属单位): 康复中心, 培训站, 托养院. */
const AFFILIATED = /(?:中心|站|院|所|校|馆|基地)$/;

/**
 * What a unit word covers: the affiliated units (直属单位/中心), the 机关's own offices (机关…), or every department
 * (部室/科室/处室/部门/单位). One reading for places and people alike (f18): 各科室负责人 had been every head, 康复中心's
 * included (as the corpus's talks and signings with each head have it), while a check of 各科室 left the centre out.
 */
function coverOf(word: string): (d: Department) => boolean {
  if (/直属|所属|中心/.test(word)) return (d) => AFFILIATED.test(d.name);
  if (/机关/.test(word)) return (d) => !AFFILIATED.test(d.name);
  return () => true;
}

/** The departments a list of unit words covers (科室、中心 · 部室和直属单位), in directory order. */
export function departmentsCovered(words: string, directory: Directory): Department[] {
  // 各科室（中心） · 各科室/中心 (t52b F6): a bracket or a slash lists one more unit word, as 、 does.
  const parts = words.split(/[、和及与/／（）()]|以及/).filter((p) => p.length > 0);
  return directory.org.departments.filter((d) => parts.some((p) => coverOf(p)(d)));
}

const UNIT = '(?:机关)?(?:部室|科室|处室|部门|直属单位|所属单位|单位|中心)';
/** 各部室 · 所有科室 · 各部室和直属单位 · 机关各部门, not followed by 负责人 (a group of people, read elsewhere). */
const OF_KIND = new RegExp(`(?:机关)?(?:各|所有|全部)(${UNIT}(?:[、和及与]|以及)?(?:各)?(?:${UNIT})?)(?![的]?(?:主要)?(?:负责人|负责同志|主任|科长|部长|一把手|人员|同志|干部|职工|党员))`);

/**
 * The departments a check of 各部室/各科室/各直属单位 covers, in directory order, with the words that named them;
 * undefined when no such words are there or they cover no department.
 */
export function departmentsOfKind(text: string, directory: Directory): { ids: string[]; words: string } | undefined {
  const m = OF_KIND.exec(text);
  if (!m) return undefined;
  const ids = departmentsCovered(`${/^机关/.test(m[0]) ? '机关' : ''}${m[1]!}`, directory).map((d) => d.id);
  return ids.length === 0 ? undefined : { ids, words: m[0] };
}

/**
 * A check's report with no department named but 各部室 (or 各科室, 各直属单位…) given every department of that kind, a
 * remark naming them and a reason to confirm. Found last session: 「11月20日对各部室进行了作风纪律检查」 had no place.
 * `checker`: the department that made the check (办公室对各部室…, round 35a F3), left out of the places it covers.
 */
export function withDepartmentsOfKind(report: ParsedReport, text: string, directory: Directory, checker?: string): ParsedReport {
  if (report.draft.departmentId !== undefined) return report;
  const kind = departmentsOfKind(text, directory);
  const ids = kind?.ids.filter((id) => id !== checker) ?? [];
  const found = kind && ids.length > 0 ? { ...kind, ids } : undefined;
  if (!found) return report;
  const names = found.ids.map((id) => directory.department(id)?.name ?? id);
  const remark = `「${found.words}」按${names.join('、')}${names.length > 1 ? `共${names.length}个部门` : ''}记录`;
  const draft = { ...report.draft, departmentId: found.ids[0]!, ...(found.ids.length > 1 ? { departmentIds: found.ids } : {}) };
  return { ...report, draft, remarks: [...report.remarks, remark], reasons: [...(report.reasons ?? []), 'group'] };
}
