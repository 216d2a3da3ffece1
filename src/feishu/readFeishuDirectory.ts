// Reads the tenant's directory through contact/v3: every department under the root (with its 负责人), and each one's direct members.
import { lark } from './larkSdk.js';
import { createFeishuHttp } from './createFeishuHttp.js';
import { createTokenCache } from './createTokenCache.js';
import { FeishuError } from './FeishuError.js';
import { toFeishuError } from './toFeishuError.js';

export interface DirectoryDepartment {
  /** The tenant's department_id (department_id_type=department_id). */
  id: string;
  name: string;
  /** '0' for a department directly under the root. */
  parentId: string;
  /** open_id of the department's 负责人 (leader_user_id), when set. */
  leaderOpenId?: string;
}

export interface DirectoryUser {
  openId: string;
  userId?: string;
  name: string;
  jobTitle: string;
  /** department_ids; [] for someone directly under the root. */
  departmentIds: string[];
  mobile?: string;
  email?: string;
}

export interface FeishuDirectory {
  departments: DirectoryDepartment[];
  users: DirectoryUser[];
  /**
   * Field scopes whose fields Feishu left out of every answer, so the directory is less than the tenant has
   * ('contact:user.employee:readonly' when no job_title came back). Without names the read throws instead; without
   * department_ids each member's departments are those whose listing holds them, which is the same.
   */
  missingScopes: string[];
}

/** A field Feishu leaves out when its field scope is not granted (contact-v3 字段权限要求). */
function scopeMissing(what: string, scope: string): FeishuError {
  return new FeishuError({
    code: 'FEISHU_SCOPE',
    message: `Feishu answered the directory without ${what}`,
    hint: `Feishu leaves a field out when the app lacks its field scope. In the developer console open 权限管理 (Permissions & Scopes), enable ${scope}, publish a new app version, and run the import again.`,
    retryable: false,
  });
}

export interface DirectoryReaderOptions {
  appId: string;
  appSecret: string;
  domain: string;
  timeoutMs?: number;
}

/** Page size 50 is the documented maximum of both endpoints; the guard bounds a misbehaving server. */
const PAGE_SIZE = 50;
const MAX_PAGES = 1000;
const ROOT = '0';

async function allPages<T>(operation: string, fetchPage: (token?: string) => Promise<{ items?: T[]; has_more?: boolean; page_token?: string } | undefined>): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  for (let n = 0; n < MAX_PAGES; n++) {
    const data = await fetchPage(token);
    out.push(...(data?.items ?? []));
    if (!data?.has_more || !data.page_token) return out;
    token = data.page_token;
  }
  throw new Error(`${operation}: more than ${MAX_PAGES} pages; is the app's contact scope the whole tenant?`);
}

/**
 * The whole directory the app may see, read breadth-first from the root department
 * ("0"), ids as department_id and open_id. Needs the contact scope 通讯录权限范围 =
 * 全部成员 to read the root (docs: contact-v3 department/children,
 * user/find_by_department). Throws a FeishuError naming the call that failed.
 */
export async function readFeishuDirectory(opts: DirectoryReaderOptions): Promise<FeishuDirectory> {
  const domain = opts.domain.replace(/\/+$/, '');
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const sdk = new lark.Client({
    appId: opts.appId,
    appSecret: opts.appSecret,
    domain,
    cache: createTokenCache(),
    httpInstance: createFeishuHttp({ timeoutMs }),
    loggerLevel: lark.LoggerLevel.error,
    logger: { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} },
  });
  const call = async <T>(operation: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw toFeishuError(error, { operation, domain, timeoutMs });
    }
  };
  const params = { user_id_type: 'open_id' as const, department_id_type: 'department_id' as const, page_size: PAGE_SIZE };

  const departments: DirectoryDepartment[] = [];
  const queue = [ROOT];
  const seen = new Set<string>([ROOT]);
  while (queue.length > 0) {
    const parent = queue.shift()!;
    const children = await allPages('list departments', async (page_token) =>
      (await call('list departments', () => sdk.contact.v3.department.children({ path: { department_id: parent }, params: { ...params, ...(page_token ? { page_token } : {}) } }))).data,
    );
    for (const d of children) {
      const id = d.department_id ?? d.open_department_id;
      if (!id || seen.has(id) || d.status?.is_deleted) continue;
      seen.add(id);
      if (typeof d.name !== 'string') throw scopeMissing('department names (部门名称)', 'contact:department.base:readonly');
      departments.push({ id, name: d.name, parentId: parent, ...(d.leader_user_id ? { leaderOpenId: d.leader_user_id } : {}) });
      queue.push(id);
    }
  }

  const users = new Map<string, DirectoryUser>();
  let anyJobTitle = false;
  for (const department of [ROOT, ...departments.map((d) => d.id)]) {
    const members = await allPages('list department members', async (page_token) =>
      (await call('list department members', () => sdk.contact.v3.user.findByDepartment({ params: { ...params, department_id: department, ...(page_token ? { page_token } : {}) } }))).data,
    );
    for (const u of members) {
      if (!u.open_id || u.status?.is_resigned) continue;
      const seenBefore = users.get(u.open_id);
      if (seenBefore) {
        // Listed again under another department: without department_ids that listing is how we learn the second one.
        if (u.department_ids === undefined && department !== ROOT && !seenBefore.departmentIds.includes(department)) seenBefore.departmentIds.push(department);
        continue;
      }
      if (typeof u.name !== 'string') throw scopeMissing('member names (姓名)', 'contact:user.base:readonly');
      anyJobTitle ||= u.job_title !== undefined;
      users.set(u.open_id, {
        openId: u.open_id,
        ...(u.user_id ? { userId: u.user_id } : {}),
        name: u.name,
        jobTitle: u.job_title ?? '',
        // Without contact:user.department:readonly department_ids is left out; the departments whose listing holds
        // them (find_by_department) are then their departments.
        departmentIds: u.department_ids ? u.department_ids.filter((id) => id !== ROOT) : department === ROOT ? [] : [department],
        ...(u.mobile ? { mobile: u.mobile } : {}),
        ...(u.email ? { email: u.email } : {}),
      });
    }
  }
  const missingScopes = [
    ...(users.size > 0 && !anyJobTitle ? ['contact:user.employee:readonly'] : []),
  ];
  return { departments, users: [...users.values()], missingScopes };
}
