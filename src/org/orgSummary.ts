// The organisation at a glance (npm run org -- check, 「人员名单」): people per department, heads, who supervises what, gaps.
import type { AppConfig } from '../config/loadConfig.js';
import { assignmentsFor } from '../domain/completion/assignments.js';
import { changeDays, type Directory } from '../domain/organization.js';

const MAX_NAMES = 12;

function names(list: readonly string[]): string {
  return list.length > MAX_NAMES ? `${list.slice(0, MAX_NAMES).join('、')} 等 ${list.length} 人` : list.join('、');
}

/**
 * Lines for `day` (YYYY-MM-DD): totals, the 党组书记, each 班子成员 with their 分管, each
 * department with head and head count, inspectors, then the gaps an operator must
 * look at — people without a Feishu identity yet, duties nobody owes, leavers and
 * dated changes still to come.
 */
export function describeOrganization(config: Pick<AppConfig, 'directory' | 'duties'>, day: string): string[] {
  const d: Directory = config.directory.asOf(day);
  const org = d.org;
  const name = (id: string) => (id ? (d.person(id)?.name ?? id) : '（空缺）');
  const lines: string[] = [`${org.name}：${org.people.length} 人、${org.departments.length} 个科室（${day}）。`];
  lines.push(`党组书记：${d.secretary()?.name ?? '（未设）'}`);
  const leaders = d.withRole('leader');
  lines.push(`班子成员 ${leaders.length} 人：`);
  for (const l of leaders) {
    const sup = d.supervisedBy(l.id).map((x) => x.name);
    lines.push(`  ${l.name}${l.title ? `（${l.title}）` : ''}：分管 ${sup.length > 0 ? sup.join('、') : '（无）'}`);
  }
  lines.push(`科室 ${org.departments.length} 个：`);
  for (const dep of org.departments) {
    const members = org.people.filter((p) => p.departmentId === dep.id);
    lines.push(`  ${dep.name}：负责人 ${name(dep.headId)}，分管 ${name(dep.supervisorId)}，${members.length} 人`);
  }
  const loose = org.people.filter((p) => !p.departmentId && !p.roles.some((r) => r === 'secretary' || r === 'leader'));
  if (loose.length > 0) lines.push(`未归入科室：${names(loose.map((p) => p.name))}`);
  lines.push(`纪检：${names(d.withRole('inspector').map((p) => p.name)) || '（未设）'}`);

  const gaps: string[] = [];
  const vacant = org.departments.filter((x) => !x.headId || !x.supervisorId);
  for (const x of vacant) gaps.push(`${x.name}${!x.headId ? '没有负责人' : ''}${!x.headId && !x.supervisorId ? '、' : ''}${!x.supervisorId ? '没有分管领导' : ''}`);
  const unreachable = org.people.filter((p) => !p.openId);
  if (unreachable.length > 0) {
    gaps.push(`尚无飞书身份（手机号/邮箱还没对上，发消息机器人认不出）：${names(unreachable.map((p) => `${p.name}${p.mobile ? `（${p.mobile}）` : p.email ? `（${p.email}）` : ''}`))}`);
  }
  // Two people of one name: the bot asks which one whenever a member names them (a newcomer's two 李明 passed silently).
  const byName = new Map<string, string[]>();
  for (const p of org.people) byName.set(p.name, [...(byName.get(p.name) ?? []), p.title ? `${p.id}，${p.title}` : p.id]);
  for (const [n, ids] of byName) if (ids.length > 1) gaps.push(`同名 ${ids.length} 人：${n}（${ids.join('；')}）——成员提到「${n}」时机器人会逐次询问是哪一位；可在 title 里写明科室以便区分`);
  const idle = config.duties.filter((duty) => duty.enabled && assignmentsFor(d, duty).length === 0).map((duty) => duty.name);
  if (idle.length > 0) gaps.push(`没有人承担的职责：${idle.join('、')}`);
  const gone = config.directory.source.people.filter((p) => p.tenure?.until && p.tenure.until < day).map((p) => `${p.name}（${p.tenure!.until} 离开）`);
  if (gone.length > 0) gaps.push(`已离开（记录和姓名保留）：${names(gone)}`);
  const coming = changeDays(config.directory.source).filter((x) => x > day);
  if (coming.length > 0) gaps.push(`已排定的变动日期：${coming.join('、')}`);
  if (gaps.length > 0) lines.push('需要注意：', ...gaps.map((g) => `  · ${g}`));
  else lines.push('没有发现缺项。');
  return lines;
}
