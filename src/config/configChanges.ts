// What a reload changed, in words an inspector can check at a glance: people, departments and duties added, removed, switched.
import type { AppConfig } from './loadConfig.js';

const MAX_NAMES = 6;

function names(list: string[]): string {
  return list.length > MAX_NAMES ? `${list.slice(0, MAX_NAMES).join('、')} 等 ${list.length} 个` : list.join('、');
}

function diff<T>(before: readonly T[], after: readonly T[], key: (x: T) => string, label: (x: T) => string) {
  const old = new Set(before.map(key));
  const now = new Set(after.map(key));
  return {
    added: after.filter((x) => !old.has(key(x))).map(label),
    removed: before.filter((x) => !now.has(key(x))).map(label),
  };
}

/** The totals now, then one line per kind of change; empty lines are left out. */
export function describeConfigChanges(before: AppConfig, after: AppConfig): string[] {
  const org = after.directory.org;
  const enabled = after.duties.filter((d) => d.enabled).length;
  const lines = [`现有 ${org.people.length} 人、${org.departments.length} 个科室、${after.duties.length} 项职责（启用 ${enabled} 项）。`];
  // Someone given `until:` is no member today but stays in the file, their records and name kept: not 移除 (n4).
  const inFile = new Set(after.directory.source.people.map((p) => p.id));
  const people = diff(before.directory.org.people, org.people, (p) => p.id, (p) => p.name);
  const gone = diff(before.directory.org.people.filter((p) => !inFile.has(p.id)), [], (p) => p.id, (p) => p.name).removed;
  const left = diff(before.directory.org.people.filter((p) => inFile.has(p.id)), org.people, (p) => p.id, (p) => p.name).removed;
  people.removed = gone;
  const departments = diff(before.directory.org.departments, org.departments, (d) => d.id, (d) => d.name);
  const duties = diff(before.duties, after.duties, (d) => d.id, (d) => d.name);
  const wasOn = new Map(before.duties.map((d) => [d.id, d.enabled]));
  const switchedOn = after.duties.filter((d) => wasOn.get(d.id) === false && d.enabled).map((d) => d.name);
  const switchedOff = after.duties.filter((d) => wasOn.get(d.id) === true && !d.enabled).map((d) => d.name);
  const changes: [string, string[]][] = [
    ['新增人员', people.added],
    ['移除人员', people.removed],
    ['已离任（记录和姓名保留）', left],
    ['新增科室', departments.added],
    ['移除科室', departments.removed],
    ['新增职责', duties.added],
    ['移除职责', duties.removed],
    ['启用职责', switchedOn],
    ['停用职责', switchedOff],
  ];
  for (const [label, list] of changes) if (list.length > 0) lines.push(`${label}：${names(list)}`);
  if (lines.length === 1) lines.push('人员、科室和职责清单没有增减（其他字段的修改已一并生效）。');
  return lines;
}
