// 通讯录差异: Feishu's directory against the config — new staff, people gone, changed departments and heads — with what to do; suggestions only.
import type { Directory } from '../domain/organization.js';
import { isLeadershipDepartment } from './draftFromFeishu.js';
import type { FeishuDirectory } from '../feishu/readFeishuDirectory.js';
import { missingScopeLine } from './missingScopeLine.js';


export interface DirectoryDiff {
  /** In Feishu, not in the config. */
  newStaff: { name: string; department: string; title: string }[];
  /** In the config (employed today) with an open_id Feishu no longer lists. */
  gone: { name: string; id: string }[];
  /** Department names differ (config → Feishu). */
  moved: { name: string; id: string; config: string; feishu: string }[];
  /** A department's 负责人 in Feishu is not the config's head. */
  heads: { department: string; config: string; feishu: string }[];
  /** Feishu departments the config does not know by name or alias. */
  unknownDepartments: string[];
}

/** Compares by open_id (people) and by name or alias (departments); `directory` is the config as of today. */
export function diffDirectory(feishu: FeishuDirectory, directory: Directory): DirectoryDiff {
  const deptName = new Map(feishu.departments.map((d) => [d.id, d.name]));
  const configDeptByName = new Map<string, string>();
  for (const d of directory.org.departments) for (const n of [d.name, ...d.aliases]) configDeptByName.set(n, d.id);
  const everyone = new Map(directory.source.people.filter((p) => p.openId).map((p) => [p.openId!, p]));
  const inFeishu = new Set(feishu.users.map((u) => u.openId));
  const feishuDepartments = (ids: string[]) => ids.map((id) => deptName.get(id)).filter((n): n is string => n !== undefined && !isLeadershipDepartment(n));

  const newStaff = feishu.users
    .filter((u) => !everyone.has(u.openId))
    .map((u) => ({ name: u.name, department: feishuDepartments(u.departmentIds).join('、') || '（未分部门）', title: u.jobTitle }));
  const gone = directory.org.people.filter((p) => p.openId && !inFeishu.has(p.openId)).map((p) => ({ name: p.name, id: p.id }));
  const moved: DirectoryDiff['moved'] = [];
  for (const u of feishu.users) {
    const p = everyone.get(u.openId);
    if (!p || !directory.byOpenId(u.openId)) continue;
    const names = feishuDepartments(u.departmentIds);
    if (names.length === 0) continue;
    const configName = p.departmentId ? directory.department(p.departmentId)?.name : undefined;
    const same = names.some((n) => configDeptByName.get(n) === p.departmentId);
    if (!same) moved.push({ name: p.name, id: p.id, config: configName ?? '（无）', feishu: names.join('、') });
  }
  const heads: DirectoryDiff['heads'] = [];
  const unknownDepartments: string[] = [];
  for (const d of feishu.departments) {
    if (isLeadershipDepartment(d.name)) continue;
    const id = configDeptByName.get(d.name);
    if (!id) {
      unknownDepartments.push(d.name);
      continue;
    }
    const configHead = directory.department(id)?.headId ?? '';
    const feishuHead = d.leaderOpenId ? everyone.get(d.leaderOpenId) : undefined;
    if (d.leaderOpenId && feishuHead?.id !== configHead) {
      const leader = feishuHead?.name ?? feishu.users.find((u) => u.openId === d.leaderOpenId)?.name ?? d.leaderOpenId;
      heads.push({ department: d.name, config: directory.person(configHead)?.name ?? '（空缺）', feishu: leader });
    }
  }
  return { newStaff, gone, moved, heads, unknownDepartments };
}

const MAX = 15;

/** The chat answer: each kind of difference with what to change in organization.yaml, or that there is none. */
export function describeDirectoryDiff(diff: DirectoryDiff, today: string, missingScopes: readonly string[] = []): string[] {
  const lines: string[] = missingScopes.map(missingScopeLine);
  const cap = <T>(list: T[], show: (x: T) => string) => [
    ...list.slice(0, MAX).map((x) => `  · ${show(x)}`),
    ...(list.length > MAX ? [`  · 另有 ${list.length - MAX} 条`] : []),
  ];
  if (diff.newStaff.length > 0) {
    lines.push(`飞书有、配置没有（${diff.newStaff.length} 人）：`, ...cap(diff.newStaff, (x) => `${x.name}（${x.department}${x.title ? `，${x.title}` : ''}）`));
    lines.push(`  → 需要承担职责的，在 people 里加一行，写上 open_id 和 from: ${today}（到岗日）。`);
  }
  if (diff.gone.length > 0) {
    lines.push(`配置有、飞书通讯录已没有（${diff.gone.length} 人）：`, ...cap(diff.gone, (x) => `${x.name}（${x.id}）`));
    lines.push('  → 如已调离或退休：不要删除，在其行上加 until: 最后一天，记录和姓名保留；担任负责人或分管的，按日期交接给接任者。');
  }
  if (diff.moved.length > 0) {
    lines.push(`部门不一致（${diff.moved.length} 人）：`, ...cap(diff.moved, (x) => `${x.name}：配置 ${x.config}，飞书 ${x.feishu}`));
    lines.push('  → 确已调动的，把 department 写成 [{ id: 原科室, until: 前一天 }, { id: 新科室, from: 调入日 }]（已结束周期不变）；若是科室负责人，departments 里的 head 同样交接。');
  }
  if (diff.heads.length > 0) {
    lines.push(`科室负责人不一致（${diff.heads.length} 个科室）：`, ...cap(diff.heads, (x) => `${x.department}：配置 ${x.config}，飞书 ${x.feishu}`));
    lines.push('  → 确已更换的，把 head 写成 [{ id: 原负责人, until: 前一天 }, { id: 新负责人, from: 生效日 }]。');
  }
  if (diff.unknownDepartments.length > 0) {
    lines.push(`飞书有、配置没有的部门：${diff.unknownDepartments.join('、')}`);
    lines.push('  → 是科室的，在 departments 里加上（含负责人和分管领导）；已有的科室换了名字，可加到 aliases。');
  }
  if (lines.length === 0) return ['飞书通讯录与配置一致：人员、部门和科室负责人都对得上。'];
  return [
    '飞书通讯录与配置的差异（仅供参考，以 config/organization.yaml 为准）：',
    ...lines,
    '修改 organization.yaml 后发送「重新加载配置」生效；已结束的周期不会因此改变。',
  ];
}
