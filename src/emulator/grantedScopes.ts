// The app's granted permission scopes (权限管理), and what Feishu leaves out of contact answers when one is missing.
import { type OpenApiErrorAnswer, openApiError } from './openApiErrors.js';

/**
 * Scopes that open the whole contact book to the app: with any of them every field below is answered
 * (they appear in every contact-v3 field-scope list: 以应用身份读取通讯录, 读取通讯录, 以应用身份访问通讯录).
 */
const WHOLE_CONTACT = ['contact:contact:readonly_as_app', 'contact:contact:readonly', 'contact:contact:access_as_app'];

/**
 * Which field scope a user field needs (contact-v3 user/get and user/find_by_department, 字段权限要求: "该接口返回体中
 * 存在下列敏感字段，仅当开启对应的权限后才会返回"). Fields not listed (open_id, union_id, status) need none.
 */
const USER_FIELD_SCOPES: Record<string, string> = {
  name: 'contact:user.base:readonly',
  en_name: 'contact:user.base:readonly',
  department_ids: 'contact:user.department:readonly',
  job_title: 'contact:user.employee:readonly',
  leader_user_id: 'contact:user.employee:readonly',
  email: 'contact:user.email:readonly',
  mobile: 'contact:user.phone:readonly',
  mobile_visible: 'contact:user.phone:readonly',
  user_id: 'contact:user.employee_id:readonly',
};

/** Department fields and their scopes (contact-v3 department/children: 部门基础信息, 部门组织架构信息). */
const DEPARTMENT_FIELD_SCOPES: Record<string, string> = {
  name: 'contact:department.base:readonly',
  i18n_name: 'contact:department.base:readonly',
  leader_user_id: 'contact:department.organize:readonly',
  leaders: 'contact:department.organize:readonly',
};

/** API scopes, any one of which lets the app call the endpoint (权限要求: "开启其中任意一项权限即可调用"). */
export const API_SCOPES = {
  userGet: ['contact:contact.base:readonly', ...WHOLE_CONTACT],
  directory: ['contact:contact.base:readonly', 'contact:department.organize:readonly', ...WHOLE_CONTACT],
  batchGetId: ['contact:user.id:readonly'],
} as const;

export interface ScopeGate {
  /** undefined when the app may call an endpoint needing any of `scopes`; else Feishu's 99991672 answer. */
  refuse(scopes: readonly string[]): OpenApiErrorAnswer | undefined;
  /** The user object without the fields whose field scope is not granted. */
  userFields<T extends Record<string, unknown>>(user: T): Partial<T>;
  /** The department object without the fields whose field scope is not granted. */
  departmentFields<T extends Record<string, unknown>>(department: T): Partial<T>;
}

/**
 * A gate over `granted` scopes; `undefined` grants every scope (an app whose operator enabled all the README lists,
 * which is what the demo and most tests want). A refused call is HTTP 400, code 99991672, "Access denied. One of the
 * following scopes is required: [...]", with `permission_violations` (as reported by bot builders, e.g. in
 * classifyFeishuError tests of public Feishu clients; docs: 通用错误码 99991672).
 */
export function createScopeGate(granted: readonly string[] | undefined): ScopeGate {
  const all = granted === undefined;
  const has = new Set(granted ?? []);
  const whole = all || WHOLE_CONTACT.some((s) => has.has(s));
  const keep = (table: Record<string, string>) => <T extends Record<string, unknown>>(o: T): Partial<T> => {
    if (whole) return o;
    return Object.fromEntries(Object.entries(o).filter(([k]) => !table[k] || has.has(table[k]!))) as Partial<T>;
  };
  return {
    refuse(scopes) {
      if (all || scopes.some((s) => has.has(s))) return undefined;
      const answer = openApiError('scopeRequired', undefined, { permission_violations: scopes.map((subject) => ({ type: 'action_scope_required', subject })) });
      answer.body.msg = `${answer.body.msg} [${scopes.join(', ')}].`;
      return answer;
    },
    userFields: keep(USER_FIELD_SCOPES),
    departmentFields: keep(DEPARTMENT_FIELD_SCOPES),
  };
}
