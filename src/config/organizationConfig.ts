// config/organization.yaml: schema (with dated roles, heads and 分管), cross-reference checks, and the normalised Organization.
import { z } from 'zod';
import type { Department, HeldRole, HolderSpan, Organization, Person, Role, RoleSpan, Tenure } from '../domain/organization.js';
import { ConfigError } from './configError.js';
import { describeBlanks, findBlanks } from './draftBlanks.js';
import type { ParsedAhead } from './parsedYaml.js';
import { readYamlConfig } from './readYamlConfig.js';
import { leaderGap } from './leaderGap.js';

const id = z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected an id of letters, digits, _ or -');
// YAML reads 2026-07-01 as a date; both spellings are accepted and kept as YYYY-MM-DD.
const day = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'expected a date YYYY-MM-DD such as 2026-07-01');
const tenure = { from: day.optional(), until: day.optional() };
const heldRole = z.enum(['secretary', 'leader', 'inspector']);

const personSchema = z.strictObject({
  id,
  name: z.string().min(1, 'expected the person’s name'),
  title: z.string().default(''),
  /** leader, or { role: leader, from: 2026-07-01 } for a role held only part of the time. */
  roles: z
    .array(
      z.union([heldRole, z.strictObject({ role: heldRole, ...tenure })], {
        error: (iss) =>
          typeof iss.input === 'string'
            ? `expected one of secretary, leader, inspector (got "${iss.input}"), or { role: leader, from: YYYY-MM-DD, until: YYYY-MM-DD }`
            : 'expected { role: secretary|leader|inspector, from: YYYY-MM-DD, until: YYYY-MM-DD }',
      }),
    )
    .default([]),
  /** A department id, or a list of { id, from, until } for someone who moved. */
  department: z
    .union([id, z.array(z.strictObject({ id, ...tenure })).min(1, 'expected at least one { id, from, until }')], {
      error: (iss) => (typeof iss.input === 'string' ? 'expected an id of letters, digits, _ or -' : 'expected a department id, or a list of { id, from: YYYY-MM-DD, until: YYYY-MM-DD }'),
    })
    .optional(),
  open_id: z.string().regex(/^ou_[0-9a-zA-Z]+$/, 'expected a Feishu open_id such as ou_xxx').optional(),
  mobile: z.string().regex(/^\+?\d{6,15}$/, 'expected a mobile number such as 13800000000').optional(),
  email: z.email('expected an e-mail address').optional(),
  user_id: z.string().min(1).optional(),
  /** 男 or 女, optional: only rules a person out as the one a 她 stands for (singularPronoun.ts). */
  gender: z.enum(['男', '女'], { error: 'expected 男 or 女' }).optional(),
  /** Employment: a newcomer's first day, a leaver's last day. */
  ...tenure,
});

/** A person id, or a list of { id, from, until } when the post changed hands. */
const holders = z.union([id, z.array(z.strictObject({ id, ...tenure })).min(1, 'expected at least one { id, from, until }')], {
  error: (iss) =>
    typeof iss.input === 'string'
      ? 'expected an id of letters, digits, _ or -'
      : 'expected a person id, or a list of { id, from: YYYY-MM-DD, until: YYYY-MM-DD } when the post changed hands',
});

const departmentSchema = z.strictObject({
  id,
  name: z.string().min(1, 'expected the department’s name'),
  aliases: z.array(z.string().min(1)).default([]),
  head: holders,
  supervisor: holders,
});

const organizationSchema = z.strictObject({
  name: z.string().min(1, 'expected the organisation’s name'),
  /** Roles may also be given here by id (the import's draft does): merged into people[].roles. */
  secretary: id.optional(),
  leaders: z.array(id).default([]),
  inspectors: z.array(id).default([]),
  people: z.array(personSchema).min(1, 'expected at least one person'),
  departments: z.array(departmentSchema).default([]),
});

type Parsed = z.output<typeof organizationSchema>;
type Fail = (path: PropertyKey[], expected: string) => never;

function span(t: { from?: string; until?: string }): Tenure {
  return { ...(t.from ? { from: t.from } : {}), ...(t.until ? { until: t.until } : {}) };
}

function overlaps(a: Tenure, b: Tenure): boolean {
  return (a.from ?? '0000-00-00') <= (b.until ?? '9999-12-31') && (b.from ?? '0000-00-00') <= (a.until ?? '9999-12-31');
}

function checkSpan(t: Tenure, at: PropertyKey[], fail: Fail): void {
  if (t.from && t.until && t.from > t.until) fail([...at, 'until'], `expected a day on or after from ${t.from}`);
}

function roleSpansOf(v: Parsed, index: number, fail: Fail): RoleSpan[] {
  const p = v.people[index]!;
  const spans: RoleSpan[] = p.roles.map((r, j) => {
    if (typeof r === 'string') return { role: r };
    checkSpan(r, ['people', index, 'roles', j], fail);
    return { role: r.role, ...span(r) };
  });
  const extra: HeldRole[] = [
    ...(v.secretary === p.id ? (['secretary'] as const) : []),
    ...(v.leaders.includes(p.id) ? (['leader'] as const) : []),
    ...(v.inspectors.includes(p.id) ? (['inspector'] as const) : []),
  ];
  for (const role of extra) if (!spans.some((s) => s.role === role)) spans.push({ role });
  return spans;
}

function holderSpans(value: Parsed['departments'][number]['head'], at: PropertyKey[], fail: Fail): HolderSpan[] {
  if (typeof value === 'string') return [{ personId: value }];
  const spans = value.map((h, j) => {
    checkSpan(h, [...at, j], fail);
    return { personId: h.id, ...span(h) };
  });
  spans.forEach((s, j) => {
    const clash = spans.findIndex((o, k) => k < j && overlaps(o, s));
    if (clash >= 0) fail([...at, j], `overlaps ${at.at(-1) as string}[${clash}] (${spans[clash]!.personId}); one post, one holder at a time: end the first with until`);
  });
  return spans;
}

const FIELD_NAMES: Record<string, string> = {
  people: '人员', departments: '科室', roles: '角色', role: '角色', head: '科室负责人', supervisor: '分管领导',
  department: '部门', open_id: '飞书 open_id', mobile: '手机号', email: '邮箱', user_id: 'user_id', gender: '性别', from: '起始日期',
  until: '截止日期', id: '编号', name: '名称', title: '职务', aliases: '别名', secretary: '党组书记', leaders: '班子成员', inspectors: '纪检',
};

/** people[3].roles[0] → 「人员」第 4 项「角色」第 1 项: the operator reads where in Chinese too. */
export function chineseWhere(path: string): string {
  const parts = [...path.matchAll(/([A-Za-z_]+)|\[(\d+)\]/g)].map((m) => (m[1] ? `「${FIELD_NAMES[m[1]] ?? m[1]}」` : `第 ${Number(m[2]) + 1} 项`));
  return parts.length === 0 ? '文件整体' : parts.join('');
}

/**
 * The organisation as configured; `createDirectory` turns it into the view of a given day. Errors name the place in
 * English and Chinese. `ahead`: the file parsed on another thread (see readYamlConfig).
 */
export function loadOrganization(file: string, ahead?: ParsedAhead): Organization {
  try {
    return loadOrganizationChecked(file, ahead);
  } catch (error) {
    if (!(error instanceof ConfigError) || error.code !== 'CONFIG_INVALID') throw error;
    // The other mistakes of form go along (a newcomer's two misspelt roles were reported as one).
    throw new ConfigError(error.file, error.path, `${error.expected}（${error.line ? `第 ${error.line} 行，` : ''}${chineseWhere(error.path)}）`, error.line, 'CONFIG_INVALID', error.more);
  }
}

function loadOrganizationChecked(file: string, ahead: ParsedAhead | undefined): Organization {
  const blanks = findBlanks(file);
  if (blanks.length > 0) {
    const first = blanks[0]!;
    throw new ConfigError(file, first.path, describeBlanks(file, blanks), first.line, 'CONFIG_DRAFT');
  }
  const { value, fail, note, settle } = readYamlConfig(file, organizationSchema, ahead);
  const ids = new Map<string, number>();
  const openIds = new Set<string>();
  value.people.forEach((p, i) => {
    if (ids.has(p.id)) fail(['people', i, 'id'], `duplicate id "${p.id}" (also people[${ids.get(p.id)}])`);
    ids.set(p.id, i);
    if (!p.open_id && !p.mobile && !p.email && !p.user_id) {
      fail(['people', i], `expected open_id, mobile, email or user_id so ${p.name} can be reached on Feishu`);
    }
    if (p.open_id && openIds.has(p.open_id)) fail(['people', i, 'open_id'], `duplicate open_id ${p.open_id}`);
    if (p.open_id) openIds.add(p.open_id);
    checkSpan(p, ['people', i], fail);
  });
  if (value.secretary !== undefined && !ids.has(value.secretary)) note(['secretary'], `expected the id of a person in people, got "${value.secretary}"`);
  // 党组书记 and 班子成员 are distinct duties (the secretary talks with each leader): one person cannot be both at once.
  if (value.secretary !== undefined && value.leaders.includes(value.secretary)) {
    fail(['leaders', value.leaders.indexOf(value.secretary)], `"${value.secretary}" is the secretary (党组书记); remove them from leaders (班子成员 are the other members of the leadership)`);
  }
  for (const key of ['leaders', 'inspectors'] as const) {
    value[key].forEach((pid, j) => {
      if (!ids.has(pid)) note([key, j], `expected the id of a person in people, got "${pid}"`);
    });
  }
  const roleSpans = value.people.map((_, i) => roleSpansOf(value, i, fail));
  const secretarySpans = roleSpans.flatMap((spans, i) => spans.filter((s) => s.role === 'secretary').map((s) => ({ ...s, i })));
  if (secretarySpans.length === 0) fail(['people'], 'expected exactly one person with role secretary (党组书记), found 0');
  secretarySpans.forEach((s, j) => {
    const clash = secretarySpans.find((o, k) => k < j && overlaps(o, s));
    if (clash) {
      const both = `${value.people[clash.i]!.name} and ${value.people[s.i]!.name}`;
      fail(['people', s.i, 'roles'], `expected exactly one person with role secretary (党组书记) at a time; ${both} overlap — date the change with until/from`);
    }
  });
  const leads = (pid: string) => roleSpans[ids.get(pid)!]!.some((s) => s.role === 'leader' || s.role === 'secretary');

  const deptIds = new Set<string>();
  const departments: Department[] = value.departments.map((d, i) => {
    if (deptIds.has(d.id)) fail(['departments', i, 'id'], `duplicate department id "${d.id}"`);
    deptIds.add(d.id);
    const heads = holderSpans(d.head, ['departments', i, 'head'], fail);
    const supervisors = holderSpans(d.supervisor, ['departments', i, 'supervisor'], fail);
    heads.forEach((h, j) => {
      if (!ids.has(h.personId)) note(['departments', i, 'head', ...(typeof d.head === 'string' ? [] : [j, 'id'])], `expected the id of a person in people, got "${h.personId}"`);
    });
    supervisors.forEach((s, j) => {
      const at = ['departments', i, 'supervisor', ...(typeof d.supervisor === 'string' ? [] : [j, 'id'])];
      if (!ids.has(s.personId)) note(at, `expected the id of a person in people, got "${s.personId}"`);
      else if (!leads(s.personId)) note(at, `expected a leader (roles: [leader]); ${value.people[ids.get(s.personId)!]!.name} is not one`);
      else {
        const i = ids.get(s.personId)!;
        const person = value.people[i]!;
        const gap = leaderGap(roleSpans[i]!, span(person), s);
        if (gap !== undefined) {
          const when = gap === '0000-01-01' ? 'when the 分管 begins' : `from ${gap}`;
          note(at, `expected a leader (roles: [leader]) on every day of the 分管; ${person.name} is not one ${when}: end the 分管 with until and give it to another leader from the next day`);
        }
      }
    });
    const dated = (list: HolderSpan[]) => list.length > 1 || list.some((s) => s.from || s.until);
    return {
      id: d.id,
      name: d.name,
      aliases: d.aliases,
      headId: heads.at(-1)!.personId,
      supervisorId: supervisors.at(-1)!.personId,
      ...(dated(heads) ? { heads } : {}),
      ...(dated(supervisors) ? { supervisors } : {}),
    };
  });
  const departmentSpans = value.people.map((p, i) => {
    if (p.department === undefined) return undefined;
    const spans = holderSpans(p.department, ['people', i, 'department'], fail);
    spans.forEach((s, j) => {
      if (!deptIds.has(s.personId)) {
        note(['people', i, 'department', ...(typeof p.department === 'string' ? [] : [j, 'id'])], `expected a department id from departments, got "${s.personId}"`);
      }
    });
    return spans.map((s) => ({ departmentId: s.personId, ...span(s) }));
  });
  // Every unknown id at once, before anything below relies on the references.
  settle();

  const people: Person[] = value.people.map((p, i) => {
    const spans = roleSpans[i]!;
    const headed = departments.find((d) => d.headId === p.id || d.heads?.some((h) => h.personId === p.id));
    const roles: Role[] = [...new Set(spans.map((s) => s.role)), ...(headed ? (['dept_head'] as const) : []), 'member'];
    const t = span(p);
    const moves = departmentSpans[i];
    const dated = moves && (moves.length > 1 || moves.some((m) => m.from || m.until));
    return {
      id: p.id,
      name: p.name,
      title: p.title,
      roles,
      departmentId: moves?.at(-1)?.departmentId ?? headed?.id,
      ...(dated ? { departmentSpans: moves } : {}),
      openId: p.open_id,
      mobile: p.mobile,
      email: p.email,
      userId: p.user_id,
      ...(p.gender ? { gender: p.gender } : {}),
      ...(t.from || t.until ? { tenure: t } : {}),
      ...(spans.some((s) => s.from || s.until) ? { roleSpans: spans } : {}),
    };
  });
  return { name: value.name, people, departments };
}
