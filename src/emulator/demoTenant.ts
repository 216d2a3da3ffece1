// The demo organisation as a Feishu tenant would hold it: departments with their 负责人, members with job titles, leaders in a 领导班子 department.
import { createHash } from 'node:crypto';
import type { Organization } from '../domain/organization.js';
import type { EmulatedDepartment } from './directoryRoutes.js';
import type { EmulatedUser } from './emulatorTypes.js';

/** Where the tenant keeps people the config gives no department (the 党组 and 班子): Feishu has no such role, only a department. */
export const LEADERSHIP_DEPARTMENT = { departmentId: 'leadership', name: '领导班子' } as const;

function openDepartmentId(id: string): string {
  return `od-${createHash('sha256').update(`dept:${id}`).digest('hex').slice(0, 32)}`;
}

/**
 * Users (everyone with an open_id, their user_id = config id) and departments (each
 * configured one, led by its head as of the config's latest state, plus 领导班子 led by the secretary).
 * Leavers are left out: all of them without `today`, those whose last day is before it with.
 */
export function demoTenant(org: Organization, today?: string): { users: EmulatedUser[]; departments: EmulatedDepartment[] } {
  const byId = new Map(org.people.map((p) => [p.id, p]));
  const secretary = org.people.find((p) => p.roles.includes('secretary'));
  const departments: EmulatedDepartment[] = [
    {
      ...LEADERSHIP_DEPARTMENT,
      openDepartmentId: openDepartmentId(LEADERSHIP_DEPARTMENT.departmentId),
      parentId: '0',
      ...(secretary?.openId ? { leaderOpenId: secretary.openId } : {}),
    },
    ...org.departments.map((d) => {
      const head = byId.get(d.heads?.at(-1)?.personId ?? d.headId);
      return {
        departmentId: d.id,
        openDepartmentId: openDepartmentId(d.id),
        name: d.name,
        parentId: '0',
        ...(head?.openId ? { leaderOpenId: head.openId } : {}),
      };
    }),
  ];
  const users = org.people
    // Someone who has left (before `today`, when given) is no longer in the tenant's directory.
    .filter((p) => p.openId && !(p.tenure?.until && (today === undefined || p.tenure.until < today)))
    .map((p) => ({
      openId: p.openId!,
      name: p.name,
      userId: p.id,
      jobTitle: p.title,
      departmentIds: [p.departmentId ?? LEADERSHIP_DEPARTMENT.departmentId],
      ...(p.mobile ? { mobile: p.mobile } : {}),
      ...(p.email ? { email: p.email } : {}),
    }));
  return { users, departments };
}
