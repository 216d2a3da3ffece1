// Writes an OrgDraft as config/organization.yaml: one line per person and department, blanks as 待填写 with their hint, Chinese comments.
import { BLANK } from '../config/draftBlanks.js';
import { isBlank, type Blank, type DraftDepartment, type DraftPerson, type OrgDraft } from './orgDraft.js';

const PLAIN = /^[\p{L}\p{N}_\-.@+\u3000-\u303F\uFF00-\uFFEF（）、·\s]+$/u;

/** A scalar as YAML reads it back unchanged: plain when safe, double-quoted otherwise. */
function scalar(v: string | Blank): string {
  if (isBlank(v)) return `${BLANK}：${v.blank.replace(/[,[\]{}:#]/g, ' ')}`;
  const risky = v === '' || /^[-+]?[\d.]+$/.test(v) || /^(true|false|null|yes|no|on|off|~)$/i.test(v) || /^[\s\-?@`!&*|>%]|\s$/.test(v);
  return PLAIN.test(v) && !risky ? v : JSON.stringify(v);
}

function flow(entries: [string, string | Blank | string[] | undefined][]): string {
  const parts = entries
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.map(scalar).join(', ')}]` : scalar(v as string | Blank)}`);
  return `{ ${parts.join(', ')} }`;
}

function personLine(p: DraftPerson): string {
  return `  - ${flow([
    ['id', p.id],
    ['name', p.name],
    ['title', p.title],
    ['roles', p.roles.length > 0 ? p.roles : undefined],
    ['department', p.department],
    ['open_id', p.openId],
    ['user_id', p.userId],
    ['mobile', p.mobile],
    ['email', p.email],
    ['gender', p.gender],
    ['from', p.from],
    ['until', p.until],
  ])}`;
}

function departmentLine(d: DraftDepartment): string {
  return `  - ${flow([
    ['id', d.id],
    ['name', d.name],
    ['aliases', d.aliases],
    ['head', d.head],
    ['supervisor', d.supervisor],
  ])}`;
}

const GUIDE = [
  '# people[].roles     secretary（党组书记，同一时间只有一人）、leader（班子成员）、inspector（纪检）；',
  '#                    科室负责人由 departments[].head 决定，人人都是 member。',
  '# departments[].head        科室负责人的 id；supervisor：分管领导（班子成员）的 id。',
  '# 变动：角色、负责人、分管可写成带日期的列表，例如',
  '#   supervisor: [{ id: wangjianguo, until: 2026-06-30 }, { id: liufang, from: 2026-07-01 }]',
  '#   离开本单位的人保留记录和姓名：在其行上加 until: 最后一天。',
];

/** The file text; `findBlanks` on it lists exactly the draft's blanks. */
export function renderOrganizationYaml(draft: OrgDraft): string {
  const lines: string[] = [...draft.header.map((h) => `# ${h}`), ...GUIDE, ''];
  lines.push(`name: ${scalar(draft.name)}`);
  const anyBlank = draft.secretary || draft.leaders || draft.inspectors;
  if (anyBlank) {
    lines.push('', '# ── 飞书通讯录里没有下面三项：请填写 people 中的 id ──');
    if (draft.secretary) lines.push(`secretary: ${scalar(draft.secretary)}        # 党组书记（一人）`);
    if (draft.leaders) lines.push(`leaders: [${scalar(draft.leaders)}]       # 班子成员（党组成员），如 [wangjianguo, liufang]`);
    if (draft.inspectors) lines.push(`inspectors: [${scalar(draft.inspectors)}]  # 纪检（机关纪委书记、纪检干事）`);
  }
  lines.push('', 'people:', ...draft.people.map(personLine));
  lines.push('', 'departments:', ...(draft.departments.length > 0 ? draft.departments.map(departmentLine) : []));
  if (draft.departments.length === 0) lines[lines.length - 1] = 'departments: []';
  return `${lines.join('\n')}\n`;
}
