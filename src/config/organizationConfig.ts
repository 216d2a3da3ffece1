// config/organization.yaml: schema, cross-reference checks, and the normalised Organization.
import { z } from 'zod';
import type { Organization, Person, Role } from '../domain/organization.js';
import { readYamlConfig } from './readYamlConfig.js';

const id = z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected an id of letters, digits, _ or -');

const personSchema = z.strictObject({
  id,
  name: z.string().min(1, 'expected the person’s name'),
  title: z.string().default(''),
  roles: z.array(z.enum(['secretary', 'leader', 'inspector'])).default([]),
  department: id.optional(),
  open_id: z.string().regex(/^ou_[0-9a-zA-Z]+$/, 'expected a Feishu open_id such as ou_xxx').optional(),
  mobile: z.string().regex(/^\+?\d{6,15}$/, 'expected a mobile number such as 13800000000').optional(),
  email: z.email('expected an e-mail address').optional(),
  user_id: z.string().min(1).optional(),
});

const departmentSchema = z.strictObject({
  id,
  name: z.string().min(1, 'expected the department’s name'),
  aliases: z.array(z.string().min(1)).default([]),
  head: id,
  supervisor: id,
});

const organizationSchema = z.strictObject({
  name: z.string().min(1, 'expected the organisation’s name'),
  people: z.array(personSchema).min(1, 'expected at least one person'),
  departments: z.array(departmentSchema).default([]),
});

export function loadOrganization(file: string): Organization {
  const { value, fail } = readYamlConfig(file, organizationSchema);
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
  });
  const secretaries = value.people.filter((p) => p.roles.includes('secretary'));
  if (secretaries.length !== 1) {
    fail(['people'], `expected exactly one person with role secretary (党组书记), found ${secretaries.length}`);
  }
  const deptIds = new Set<string>();
  value.departments.forEach((d, i) => {
    if (deptIds.has(d.id)) fail(['departments', i, 'id'], `duplicate department id "${d.id}"`);
    deptIds.add(d.id);
    if (!ids.has(d.head)) fail(['departments', i, 'head'], `expected the id of a person in people, got "${d.head}"`);
    const sup = value.people[ids.get(d.supervisor) ?? -1];
    if (!sup) fail(['departments', i, 'supervisor'], `expected the id of a person in people, got "${d.supervisor}"`);
    else if (!sup.roles.includes('leader') && !sup.roles.includes('secretary')) {
      fail(['departments', i, 'supervisor'], `expected a leader (roles: [leader]); ${sup.name} is not one`);
    }
  });
  value.people.forEach((p, i) => {
    if (p.department && !deptIds.has(p.department)) {
      fail(['people', i, 'department'], `expected a department id from departments, got "${p.department}"`);
    }
  });

  const people: Person[] = value.people.map((p) => {
    const headed = value.departments.find((d) => d.head === p.id);
    const roles: Role[] = [...p.roles, ...(headed ? (['dept_head'] as const) : []), 'member'];
    return {
      id: p.id,
      name: p.name,
      title: p.title,
      roles,
      departmentId: p.department ?? headed?.id,
      openId: p.open_id,
      mobile: p.mobile,
      email: p.email,
      userId: p.user_id,
    };
  });
  const departments = value.departments.map((d) => ({
    id: d.id,
    name: d.name,
    aliases: d.aliases,
    headId: d.head,
    supervisorId: d.supervisor,
  }));
  return { name: value.name, people, departments };
}
