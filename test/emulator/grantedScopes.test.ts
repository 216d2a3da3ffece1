// Contact calls under an app that lacks scopes, as Feishu answers them: a call without its API scope is refused with
// 99991672; a field without its field scope is left out. Read through the real SDK by readFeishuDirectory.
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, type EmulatedDepartment } from '../../src/emulator/createEmulator.js';
import { TOKEN_PATH } from '../../src/emulator/failureInjector.js';
import { readFeishuDirectory } from '../../src/feishu/readFeishuDirectory.js';

const APP = { appId: 'cli_scopetest00000001', appSecret: 'scope-secret' };
const DEPARTMENTS: EmulatedDepartment[] = [
  { departmentId: 'D1', openDepartmentId: 'od-s1', name: '办公室', parentId: '0', leaderOpenId: 'ou_li' },
  { departmentId: 'D2', openDepartmentId: 'od-s2', name: '财务科', parentId: '0' },
];
const USERS = [
  { openId: 'ou_li', userId: 'u_li', name: '李明', jobTitle: '办公室主任', departmentIds: ['D1'], mobile: '+8613800000001', email: 'li@example.cn' },
  { openId: 'ou_wang', userId: 'u_wang', name: '王强', jobTitle: '科员', departmentIds: ['D2', 'D1'] },
  { openId: 'ou_zhang', userId: 'u_zhang', name: '张伟', jobTitle: '党组书记', departmentIds: [] },
];
/** What the README asks an operator to enable for `org import-feishu`. */
const README_SCOPES = [
  'contact:contact.base:readonly',
  'contact:department.base:readonly',
  'contact:department.organize:readonly',
  'contact:user.base:readonly',
  'contact:user.employee:readonly',
];

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(grantedScopes?: string[]): Promise<string> {
  emulator = createEmulator({ ...APP, users: USERS, departments: DEPARTMENTS, ...(grantedScopes ? { grantedScopes } : {}) });
  return emulator.listen(0);
}

async function get(url: string, path: string, init?: RequestInit): Promise<{ status: number; json: { code: number; msg: string; data?: Record<string, unknown>; error?: Record<string, unknown> } }> {
  const t = await fetch(`${url}${TOKEN_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: APP.appId, app_secret: APP.appSecret }) });
  const token = ((await t.json()) as { tenant_access_token: string }).tenant_access_token;
  const res = await fetch(`${url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
  return { status: res.status, json: (await res.json()) as never };
}

describe('the emulator under granted scopes', () => {
  it('with the scopes the README lists, import-feishu reads everything it uses', async () => {
    const dir = await readFeishuDirectory({ ...APP, domain: await start(README_SCOPES) });
    expect(dir.departments).toEqual([
      { id: 'D1', name: '办公室', parentId: '0', leaderOpenId: 'ou_li' },
      { id: 'D2', name: '财务科', parentId: '0' },
    ]);
    expect(dir.users.find((u) => u.name === '王强')).toMatchObject({ jobTitle: '科员' });
    expect(dir.missingScopes).toEqual([]);
    // Fields whose scopes the README does not ask for are left out: mobile, email, user_id.
    const raw = await get(emulator!.url!, '/open-apis/contact/v3/users/find_by_department?department_id=D1&department_id_type=department_id');
    const li = (raw.json.data!.items as Record<string, unknown>[]).find((u) => u.open_id === 'ou_li')!;
    expect(li).not.toHaveProperty('mobile');
    expect(li).not.toHaveProperty('email');
    expect(li).not.toHaveProperty('user_id');
    expect(li).not.toHaveProperty('department_ids');
    expect(li).toMatchObject({ name: '李明', job_title: '办公室主任' });
  });

  it('without department_ids (contact:user.department) each member still gets every department whose listing holds them', async () => {
    const dir = await readFeishuDirectory({ ...APP, domain: await start(README_SCOPES) });
    expect(dir.users.find((u) => u.name === '王强')!.departmentIds.sort()).toEqual(['D1', 'D2']);
    expect(dir.users.find((u) => u.name === '张伟')!.departmentIds).toEqual([]);
  });

  it('a call without any of its API scopes is refused with 99991672, naming them', async () => {
    const url = await start(['contact:user.base:readonly']);
    const refused = await get(url, '/open-apis/contact/v3/departments/0/children');
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe(99991672);
    expect(refused.json.msg).toMatch(/^Access denied\. One of the following scopes is required: \[contact:contact\.base:readonly, /);
    expect(refused.json.error!.permission_violations).toContainEqual({ type: 'action_scope_required', subject: 'contact:department.organize:readonly' });
    const byMobile = await get(url, '/open-apis/contact/v3/users/batch_get_id', { method: 'POST', body: JSON.stringify({ mobiles: ['+8613800000001'] }) });
    expect(byMobile.json.code).toBe(99991672);
    await expect(readFeishuDirectory({ ...APP, domain: url })).rejects.toMatchObject({ name: 'FeishuError', code: 'FEISHU_SCOPE', feishuCode: 99991672 });
  });

  it('without contact:user.base the names are left out, and the read stops naming that scope', async () => {
    const url = await start(README_SCOPES.filter((s) => s !== 'contact:user.base:readonly'));
    const one = await get(url, '/open-apis/contact/v3/users/ou_li');
    expect(one.json.data!.user).not.toHaveProperty('name');
    expect(one.json.data!.user).toMatchObject({ open_id: 'ou_li' });
    await expect(readFeishuDirectory({ ...APP, domain: url })).rejects.toMatchObject({ code: 'FEISHU_SCOPE', hint: expect.stringContaining('contact:user.base:readonly') });
  });

  it('without contact:department.base the department names are left out, and the read stops naming that scope', async () => {
    const url = await start(README_SCOPES.filter((s) => s !== 'contact:department.base:readonly'));
    await expect(readFeishuDirectory({ ...APP, domain: url })).rejects.toMatchObject({ code: 'FEISHU_SCOPE', hint: expect.stringContaining('contact:department.base:readonly') });
  });

  it('without contact:department.organize no 负责人 comes back; without contact:user.employee no 职务, and the read says so', async () => {
    const url = await start(README_SCOPES.filter((s) => s !== 'contact:department.organize:readonly' && s !== 'contact:user.employee:readonly'));
    const dir = await readFeishuDirectory({ ...APP, domain: url });
    expect(dir.departments.every((d) => d.leaderOpenId === undefined)).toBe(true);
    expect(dir.users.every((u) => u.jobTitle === '')).toBe(true);
    expect(dir.missingScopes).toEqual(['contact:user.employee:readonly']);
  });

  it('a whole-contact scope answers every field, and no grantedScopes means every scope', async () => {
    for (const granted of [['contact:contact:readonly_as_app'], undefined]) {
      const url = await start(granted);
      const one = await get(url, '/open-apis/contact/v3/users/ou_li');
      expect(one.json.data!.user).toMatchObject({ name: '李明', mobile: '+8613800000001', email: 'li@example.cn', user_id: 'u_li', department_ids: ['D1'], job_title: '办公室主任' });
      await emulator!.close();
      emulator = undefined;
    }
  });
});
