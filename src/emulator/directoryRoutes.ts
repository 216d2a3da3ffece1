// contact/v3 directory as `npm run org -- import-feishu` reads it: sub-departments (with their leader) and each department's direct members.
import type { Hono } from 'hono';
import { type EmulatorEnv, answer, ok } from './emulatorEnv.js';
import type { EmulatorState } from './emulatorState.js';
import type { EmulatedUser } from './emulatorTypes.js';
import { API_SCOPES, type ScopeGate } from './grantedScopes.js';
import { fieldViolation, openApiError } from './openApiErrors.js';

/**
 * A department of the emulated tenant. `departmentId` is the tenant's own
 * department_id; `openDepartmentId` the app-scoped od-… id Feishu answers by default.
 * `parentId` is a departmentId, or '0' for the root. Users list their departments
 * in `EmulatedUser.departmentIds` by departmentId.
 */
export interface EmulatedDepartment {
  departmentId: string;
  openDepartmentId: string;
  name: string;
  parentId: string;
  /** open_id of the department's 负责人 (leader_user_id). */
  leaderOpenId?: string;
}

const USER_ID_TYPES = new Set(['open_id', 'user_id', 'union_id']);
const DEPARTMENT_ID_TYPES = new Set(['department_id', 'open_department_id']);
/** Both endpoints: page_size default 10, at most 50 (contact-v3 department/children, user/find_by_department). */
const PAGE_DEFAULT = 10;
const PAGE_MAX = 50;
const ROOT = '0';

function userIdOf(u: EmulatedUser | undefined, idType: string): string | undefined {
  if (!u) return undefined;
  if (idType === 'user_id') return u.userId;
  if (idType === 'union_id') return u.unionId;
  return u.openId;
}

function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeToken(token: string): number | undefined {
  try {
    const o = (JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown }).o;
    return typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : undefined;
  } catch {
    return undefined;
  }
}

type Query = (name: string) => string | undefined;

/** page_size and page_token as Feishu checks them; an error answer or the slice bounds. */
function paging(query: Query): { offset: number; size: number } | ReturnType<typeof fieldViolation> {
  const raw = query('page_size');
  const size = raw === undefined || raw === '' ? PAGE_DEFAULT : Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > PAGE_MAX) return fieldViolation('page_size', `must be between 1 and ${PAGE_MAX}`);
  const token = query('page_token');
  const offset = token ? decodeToken(token) : 0;
  if (offset === undefined) return fieldViolation('page_token', 'invalid page_token');
  return { offset, size };
}

function page<T>(all: T[], offset: number, size: number): { items: T[]; has_more: boolean; page_token?: string } {
  const items = all.slice(offset, offset + size);
  const more = offset + size < all.length;
  return { has_more: more, ...(more ? { page_token: encodeToken(offset + size) } : {}), items };
}

export interface EmulatedDirectory {
  departments: Map<string, EmulatedDepartment>;
  add(department: EmulatedDepartment): void;
}

export function createEmulatedDirectory(departments: readonly EmulatedDepartment[] = []): EmulatedDirectory {
  const map = new Map(departments.map((d) => [d.departmentId, d]));
  return { departments: map, add: (d) => void map.set(d.departmentId, d) };
}

/**
 * GET contact/v3/departments/:department_id/children and contact/v3/users/find_by_department,
 * answered as the Open Platform documents them: user_id_type (open_id|union_id|user_id),
 * department_id_type (department_id|open_department_id, default open_department_id),
 * page_size 1–50 (default 10), opaque page_token with has_more, fetch_child; an unknown
 * department is 40004 "no dept authority error"; bad parameters 99992402.
 * Fields and calls follow the app's granted scopes (grantedScopes.ts).
 * Register before contact routes: users/find_by_department must not reach users/:user_id.
 */
export function registerDirectoryRoutes(app: Hono<EmulatorEnv>, state: EmulatorState, directory: EmulatedDirectory, scopes: ScopeGate): void {
  const idTypes = (query: Query) => {
    const user = query('user_id_type') ?? 'open_id';
    const dept = query('department_id_type') ?? 'open_department_id';
    if (!USER_ID_TYPES.has(user)) return fieldViolation('user_id_type', 'must be open_id, union_id or user_id');
    if (!DEPARTMENT_ID_TYPES.has(dept)) return fieldViolation('department_id_type', 'must be department_id or open_department_id');
    return { user, dept };
  };
  const find = (id: string, deptType: string): EmulatedDepartment | undefined => {
    for (const d of directory.departments.values()) if ((deptType === 'department_id' ? d.departmentId : d.openDepartmentId) === id) return d;
    return undefined;
  };
  const idOf = (d: EmulatedDepartment, deptType: string) => (deptType === 'department_id' ? d.departmentId : d.openDepartmentId);
  const parentOf = (d: EmulatedDepartment, deptType: string) => {
    const parent = directory.departments.get(d.parentId);
    return parent ? idOf(parent, deptType) : ROOT;
  };
  const members = (d: EmulatedDepartment | undefined) =>
    [...state.users.values()].filter((u) => (d ? (u.departmentIds ?? []).includes(d.departmentId) : (u.departmentIds ?? []).length === 0));

  app.get('/open-apis/contact/v3/departments/:department_id/children', (c) => {
    const refused = scopes.refuse(API_SCOPES.directory);
    if (refused) return answer(c, refused);
    const query: Query = (n) => c.req.query(n);
    const types = idTypes(query);
    if ('status' in types) return answer(c, types);
    const bounds = paging(query);
    if ('status' in bounds) return answer(c, bounds);
    const asked = c.req.param('department_id');
    const parent = asked === ROOT ? undefined : find(asked, types.dept);
    // An id the app cannot see is answered as Feishu does: no authority over that department.
    if (asked !== ROOT && !parent) return answer(c, openApiError('deptNoAuthority'));
    const recursive = c.req.query('fetch_child') === 'true';
    const under = (parentId: string): EmulatedDepartment[] =>
      [...directory.departments.values()]
        .filter((d) => d.parentId === parentId)
        .flatMap((d) => (recursive ? [d, ...under(d.departmentId)] : [d]));
    const list = under(parent ? parent.departmentId : ROOT).map((d) => {
      const leader = d.leaderOpenId ? userIdOf(state.users.get(d.leaderOpenId), types.user) : undefined;
      return scopes.departmentFields({
        name: d.name,
        i18n_name: { zh_cn: d.name, ja_jp: '', en_us: '' },
        parent_department_id: parentOf(d, types.dept),
        department_id: d.departmentId,
        open_department_id: d.openDepartmentId,
        ...(leader ? { leader_user_id: leader, leaders: [{ leaderType: 1, leaderID: leader }] } : {}),
        member_count: members(d).length,
        primary_member_count: members(d).length,
        status: { is_deleted: false },
      });
    });
    return ok(c, page(list, bounds.offset, bounds.size));
  });

  app.get('/open-apis/contact/v3/users/find_by_department', (c) => {
    const refused = scopes.refuse(API_SCOPES.directory);
    if (refused) return answer(c, refused);
    const query: Query = (n) => c.req.query(n);
    const types = idTypes(query);
    if ('status' in types) return answer(c, types);
    const asked = c.req.query('department_id');
    if (!asked) return answer(c, fieldViolation('department_id', 'department_id is required'));
    const bounds = paging(query);
    if ('status' in bounds) return answer(c, bounds);
    const department = asked === ROOT ? undefined : find(asked, types.dept);
    if (asked !== ROOT && !department) return answer(c, openApiError('deptNoAuthority'));
    const leaderOf = (u: EmulatedUser) => {
      const own = directory.departments.get((u.departmentIds ?? [])[0] ?? '');
      const leader = own?.leaderOpenId && own.leaderOpenId !== u.openId ? state.users.get(own.leaderOpenId) : undefined;
      return userIdOf(leader, types.user);
    };
    const list = members(department).map((u) => {
      const leader = leaderOf(u);
      return scopes.userFields({
        ...(u.unionId ? { union_id: u.unionId } : {}),
        ...(u.userId ? { user_id: u.userId } : {}),
        open_id: u.openId,
        name: u.name,
        en_name: u.enName ?? '',
        ...(u.email ? { email: u.email } : {}),
        mobile: u.mobile ?? '',
        mobile_visible: true,
        status: { is_frozen: false, is_resigned: false, is_activated: true, is_exited: false, is_unjoin: false },
        department_ids: (u.departmentIds ?? []).map((id) => {
          const d = directory.departments.get(id);
          return d ? idOf(d, types.dept) : id;
        }),
        ...(leader ? { leader_user_id: leader } : {}),
        job_title: u.jobTitle ?? '',
      });
    });
    return ok(c, page(list, bounds.offset, bounds.size));
  });
}
