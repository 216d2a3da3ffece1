// The organisation as the domain sees it: people, departments, roles and the chain of responsibility, as of a given day.

export type Role = 'secretary' | 'leader' | 'dept_head' | 'member' | 'inspector';

/** A role written in the config (dept_head and member are derived). */
export type HeldRole = 'secretary' | 'leader' | 'inspector';

/**
 * An inclusive span of days, `YYYY-MM-DD` in Asia/Shanghai. A missing `from` means
 * "since always", a missing `until` "still". A leaver is a person with `until`.
 */
export interface Tenure {
  from?: string;
  until?: string;
}

export interface RoleSpan extends Tenure {
  role: HeldRole;
}

/** Which department a person belonged to during a span. */
export interface DepartmentSpan extends Tenure {
  departmentId: string;
}

/** Who headed or supervised (分管) a department during a span. */
export interface HolderSpan extends Tenure {
  personId: string;
}

export interface Person {
  id: string;
  name: string;
  title: string;
  /** As of the directory's day. Always includes 'member'; includes 'dept_head' for whoever heads a department that day. */
  roles: Role[];
  departmentId?: string;
  openId?: string;
  mobile?: string;
  email?: string;
  userId?: string;
  /** Optional (config); 她 never stands for someone known to be 男. */
  gender?: '男' | '女';
  /** Employment: before `from` or after `until` the person owes nothing and is not listed, but keeps their records and name. */
  tenure?: Tenure;
  /** Dated roles as configured; when present, `roles` is derived from them for each day. */
  roleSpans?: RoleSpan[];
  /** Dated departments as configured (a member moved); when present, `departmentId` is derived from them. */
  departmentSpans?: DepartmentSpan[];
}

export interface Department {
  id: string;
  name: string;
  aliases: string[];
  /** The head as of the directory's day; '' while the post is vacant. */
  headId: string;
  /** The 分管领导 as of the directory's day ('' while nobody supervises it). */
  supervisorId: string;
  /** Dated heads as configured; when present, `headId` is derived from them. */
  heads?: HolderSpan[];
  /** Dated 分管 assignments as configured; when present, `supervisorId` is derived from them. */
  supervisors?: HolderSpan[];
}

export interface Organization {
  name: string;
  people: Person[];
  departments: Department[];
}

/** Indexed, read-only view of an organisation on one day, built once per config load and day. */
export interface Directory {
  /** The organisation as of `day`: people employed that day, each department's head and 分管领导 that day. */
  org: Organization;
  /** The organisation as configured, every person and every dated span (what `asOf` reads). */
  source: Organization;
  /** `YYYY-MM-DD`, or LATEST for the state after every configured change. */
  day: string;
  /** False when nothing in the config carries a date: every day looks the same. */
  dated: boolean;
  /** The same organisation on another day (memoised). */
  asOf(day: string): Directory;
  /**
   * Anyone ever configured, leavers included (their records keep their names), with roles
   * as of `day`; someone not employed on `day` comes without `openId`, so nothing is sent to them.
   */
  person(id: string): Person | undefined;
  /** Only people employed on `day`: a leaver writing to the bot is not a member any more. */
  byOpenId(openId: string): Person | undefined;
  /**
   * Is `name` (exactly, e.g. 「李明」) the name of someone employed on `day`? The parser's and the
   * dialog's test for 「is this word a person」; a set lookup, built once per directory.
   */
  hasName(name: string): boolean;
  department(id: string): Department | undefined;
  withRole(role: Role): Person[];
  secretary(): Person | undefined;
  /** Departments a leader supervises (分管). */
  supervisedBy(leaderId: string): Department[];
  /** Departments a person heads. */
  headedBy(personId: string): Department[];
}

/** The day after every configured change: the config's final state. */
export const LATEST = '9999-12-31';

/** Is `day` inside the span (both ends inclusive)? */
export function within(span: Tenure | undefined, day: string): boolean {
  if (!span) return true;
  return (span.from === undefined || span.from <= day) && (span.until === undefined || day <= span.until);
}

function holderOn(spans: readonly HolderSpan[] | undefined, fallback: string, day: string): string {
  if (!spans) return fallback;
  return spans.find((s) => within(s, day))?.personId ?? '';
}

/** Does anything in the organisation depend on the day? */
export function isDated(org: Organization): boolean {
  const datedSpan = (s: Tenure | undefined) => s !== undefined && (s.from !== undefined || s.until !== undefined);
  return (
    org.people.some((p) => datedSpan(p.tenure) || (p.roleSpans ?? []).some(datedSpan) || (p.departmentSpans ?? []).some(datedSpan)) ||
    org.departments.some((d) => (d.heads ?? []).some(datedSpan) || (d.supervisors ?? []).some(datedSpan))
  );
}

/** Every day on which something changes (a span starts, or the day after one ends), sorted. */
export function changeDays(org: Organization): string[] {
  const days = new Set<string>();
  const add = (s: Tenure | undefined) => {
    if (s?.from) days.add(s.from);
    if (s?.until) days.add(nextDay(s.until));
  };
  for (const p of org.people) {
    add(p.tenure);
    for (const r of p.roleSpans ?? []) add(r);
    for (const d of p.departmentSpans ?? []) add(d);
  }
  for (const d of org.departments) for (const s of [...(d.heads ?? []), ...(d.supervisors ?? [])]) add(s);
  return [...days].sort();
}

function nextDay(day: string): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

function snapshot(source: Organization, day: string): { org: Organization; everyone: Person[] } {
  const departments: Department[] = source.departments.map((d) => ({
    ...d,
    headId: holderOn(d.heads, d.headId, day),
    supervisorId: holderOn(d.supervisors, d.supervisorId, day),
  }));
  const heads = new Set(departments.map((d) => d.headId).filter((id) => id !== ''));
  const everyone = source.people.map((p): Person => {
    const held: Role[] = p.roleSpans ? p.roleSpans.filter((r) => within(r, day)).map((r) => r.role) : p.roles.filter((r) => r !== 'dept_head' && r !== 'member');
    const roles: Role[] = [...new Set(held)].concat(heads.has(p.id) ? ['dept_head', 'member'] : ['member']);
    if (!p.departmentSpans) return { ...p, roles };
    const own = p.departmentSpans.find((d) => within(d, day))?.departmentId ?? departments.find((d) => d.headId === p.id)?.id;
    const { departmentId: _latest, ...rest } = p;
    return { ...rest, roles, ...(own ? { departmentId: own } : {}) };
  });
  const active = everyone.filter((p) => within(p.tenure, day));
  const present = new Set(active.map((p) => p.id));
  // Someone not employed that day keeps their name for the records but cannot be written to (no reminder reaches a leaver).
  for (let i = 0; i < everyone.length; i++) {
    const p = everyone[i]!;
    if (!present.has(p.id) && p.openId) {
      const { openId: _gone, ...rest } = p;
      everyone[i] = rest;
    }
  }
  // A head or 分管领导 who has left no longer holds the post, even if the config forgot to end it.
  const staffed = departments.map((d) => ({
    ...d,
    headId: present.has(d.headId) ? d.headId : '',
    supervisorId: present.has(d.supervisorId) ? d.supervisorId : '',
  }));
  return { org: { name: source.name, people: active, departments: staffed }, everyone };
}

const MAX_DAYS_KEPT = 500;

/**
 * The directory on `day` (default LATEST). An organisation without dates gives the same
 * directory on every day, so `asOf` returns it unchanged.
 */
export function createDirectory(source: Organization, day: string = LATEST): Directory {
  const dated = isDated(source);
  const days = new Map<string, Directory>();
  const build = (d: string): Directory => {
    const { org, everyone } = dated ? snapshot(source, d) : { org: source, everyone: source.people };
    const people = new Map(everyone.map((p) => [p.id, p]));
    const openIds = new Map(org.people.filter((p) => p.openId).map((p) => [p.openId as string, p]));
    const names = new Set(org.people.map((p) => p.name));
    const departments = new Map(org.departments.map((x) => [x.id, x]));
    const directory: Directory = {
      org,
      source,
      day: d,
      dated,
      asOf(other) {
        if (!dated || other === d) return directory;
        let found = days.get(other);
        if (!found) {
          if (days.size >= MAX_DAYS_KEPT) days.clear();
          days.set(other, (found = build(other)));
        }
        return found;
      },
      person: (id) => people.get(id),
      byOpenId: (openId) => openIds.get(openId),
      hasName: (name) => names.has(name),
      department: (id) => departments.get(id),
      withRole: (role) => org.people.filter((p) => p.roles.includes(role)),
      secretary: () => org.people.find((p) => p.roles.includes('secretary')),
      supervisedBy: (leaderId) => (leaderId === '' ? [] : org.departments.filter((x) => x.supervisorId === leaderId)),
      headedBy: (personId) => (personId === '' ? [] : org.departments.filter((x) => x.headId === personId)),
    };
    return directory;
  };
  const first = build(day);
  days.set(day, first);
  return first;
}
