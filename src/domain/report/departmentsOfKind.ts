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
 * 中心各科室 · 部里各科室 · 本部各科室 · 我们中心的各科室 · 康复部各科室 (round 65, geh; t68a F2: 「何平主任会同办公室对中心各科室开展
 * 作风纪律专项检查」 was a check of all 8 departments, 办公室 too): 各科室 after a unit is that unit's own sections. The
 * directory lists no sections under a department, so the unit itself is the one checked: 中心 the one 中心 the directory has
 * (the sender's if theirs is one), 部里/本部/科里/我们… the sender's department, a department's name that department.
 */
const OWN_UNIT_WORD = /(?:本|我们|我|咱们)?(?:中心|部里|部门里|科里|本部|本科|本室)$/;
/** What may stand between the unit and 各科室: 中心的各科室 · 部门内各科室 · 我们中心自己的各科室. */
const BETWEEN = /(?:的|内|内部)?(?:自己的)?$/;

function sectionsOf(before: string, directory: Directory, ownId: string | undefined): { unit: Department; said: string } | undefined {
  const core = before.replace(BETWEEN, '');
  const between = before.slice(core.length);
  // 机关和中心各科室 · 办公室、中心各科室: a list of units, not one unit's sections.
  const word = OWN_UNIT_WORD.exec(core);
  if (word) {
    if (/[、和及与]$/.test(core.slice(0, word.index))) return undefined;
    const said = `${word[0]}${between}`;
    const own = ownId === undefined ? undefined : directory.department(ownId);
    if (/中心$/.test(word[0])) {
      if (own && /中心$/.test(own.name)) return { unit: own, said };
      const centres = directory.org.departments.filter((d) => /中心$/.test(d.name));
      return centres.length === 1 ? { unit: centres[0]!, said } : undefined;
    }
    return own ? { unit: own, said } : undefined;
  }
  // A department's own name or alias right before (康复部各科室 · 残疾人康复中心各科室); 机关各部门 is no department.
  const names = directory.org.departments.flatMap((d) => [d.name, ...d.aliases].filter((n) => n.length >= 2 && core.endsWith(n)).map((n) => ({ d, n })));
  const best = names.sort((x, y) => y.n.length - x.n.length)[0];
  if (!best || /[、和及与]$/.test(core.slice(0, core.length - best.n.length))) return undefined;
  return { unit: best.d, said: `${best.n}${between}` };
}

/**
 * The departments a check of 各部室/各科室/各直属单位 covers, in directory order, with the words that named them;
 * undefined when no such words are there or they cover no department. `ownId`: the sender's department, for 部里各科室.
 */
export function departmentsOfKind(text: string, directory: Directory, ownId?: string): { ids: string[]; words: string; sections?: true } | undefined {
  const m = OF_KIND.exec(text);
  if (!m) return undefined;
  if (/^各(?:科室|部室|处室)/.test(m[0])) {
    const own = sectionsOf(text.slice(Math.max(0, m.index - 16), m.index), directory, ownId);
    if (own) return { ids: [own.unit.id], words: `${own.said}${m[0]}`, sections: true };
  }
  const ids = departmentsCovered(`${/^机关/.test(m[0]) ? '机关' : ''}${m[1]!}`, directory).map((d) => d.id);
  return ids.length === 0 ? undefined : { ids, words: m[0] };
}

/**
 * A check's report with no department named but 各部室 (or 各科室, 各直属单位…) given every department of that kind, a
 * remark naming them and a reason to confirm. Found last session: 「11月20日对各部室进行了作风纪律检查」 had no place.
 * `checker`: the department that made the check (办公室对各部室…, round 35a F3), left out of the places it covers.
 */
export function withDepartmentsOfKind(report: ParsedReport, text: string, directory: Directory, checker?: string, ownId?: string): ParsedReport {
  if (report.draft.departmentId !== undefined) return report;
  const kind = departmentsOfKind(text, directory, ownId);
  if (kind?.sections) {
    // The unit's own sections: that unit only, said so (the directory has none under it).
    const name = directory.department(kind.ids[0]!)?.name ?? kind.ids[0]!;
    const remark = `「${kind.words}」是${name}自己的科室，通讯录里没有${name}下属的科室，按${name}记录`;
    return { ...report, draft: { ...report.draft, departmentId: kind.ids[0]! }, remarks: [...report.remarks, remark] };
  }
  const ids = kind?.ids.filter((id) => id !== checker) ?? [];
  const found = kind && ids.length > 0 ? { ...kind, ids } : undefined;
  if (!found) return report;
  const names = found.ids.map((id) => directory.department(id)?.name ?? id);
  const remark = `「${found.words}」按${names.join('、')}${names.length > 1 ? `共${names.length}个部门` : ''}记录`;
  const draft = { ...report.draft, departmentId: found.ids[0]!, ...(found.ids.length > 1 ? { departmentIds: found.ids } : {}) };
  return { ...report, draft, remarks: [...report.remarks, remark], reasons: [...(report.reasons ?? []), 'group'] };
}
