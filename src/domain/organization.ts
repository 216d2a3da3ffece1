// The organisation as the domain sees it: people, departments, roles and the chain of responsibility.

export type Role = 'secretary' | 'leader' | 'dept_head' | 'member' | 'inspector';

export interface Person {
  id: string;
  name: string;
  title: string;
  /** Always includes 'member'; includes 'dept_head' for whoever heads a department. */
  roles: Role[];
  departmentId?: string;
  openId?: string;
  mobile?: string;
  email?: string;
  userId?: string;
}

export interface Department {
  id: string;
  name: string;
  aliases: string[];
  headId: string;
  /** The 分管领导: the leader who supervises this department. */
  supervisorId: string;
}

export interface Organization {
  name: string;
  people: Person[];
  departments: Department[];
}

/** Indexed, read-only view of an organisation, built once per config load. */
export interface Directory {
  org: Organization;
  person(id: string): Person | undefined;
  byOpenId(openId: string): Person | undefined;
  department(id: string): Department | undefined;
  withRole(role: Role): Person[];
  secretary(): Person | undefined;
  /** Departments a leader supervises (分管). */
  supervisedBy(leaderId: string): Department[];
  /** Departments a person heads. */
  headedBy(personId: string): Department[];
}

export function createDirectory(org: Organization): Directory {
  const people = new Map(org.people.map((p) => [p.id, p]));
  const openIds = new Map(org.people.filter((p) => p.openId).map((p) => [p.openId as string, p]));
  const departments = new Map(org.departments.map((d) => [d.id, d]));
  return {
    org,
    person: (id) => people.get(id),
    byOpenId: (openId) => openIds.get(openId),
    department: (id) => departments.get(id),
    withRole: (role) => org.people.filter((p) => p.roles.includes(role)),
    secretary: () => org.people.find((p) => p.roles.includes('secretary')),
    supervisedBy: (leaderId) => org.departments.filter((d) => d.supervisorId === leaderId),
    headedBy: (personId) => org.departments.filter((d) => d.headId === personId),
  };
}
