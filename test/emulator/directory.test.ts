// contact/v3 directory endpoints over raw HTTP and through the real SDK: paging, id types, leaders, errors as documented.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, type EmulatedDepartment } from '../../src/emulator/createEmulator.js';
import { TOKEN_PATH } from '../../src/emulator/failureInjector.js';
import { readFeishuDirectory } from '../../src/feishu/readFeishuDirectory.js';

const APP = { appId: 'cli_directorytest0001', appSecret: 'directory-secret' };
let emulator: Emulator;
let url: string;

const DEPARTMENTS: EmulatedDepartment[] = [
  { departmentId: 'D1', openDepartmentId: 'od-aaa1', name: '办公室', parentId: '0', leaderOpenId: 'ou_head1' },
  { departmentId: 'D2', openDepartmentId: 'od-aaa2', name: '财务科', parentId: '0' },
  { departmentId: 'D3', openDepartmentId: 'od-aaa3', name: '档案室', parentId: 'D1', leaderOpenId: 'ou_head3' },
];

beforeEach(async () => {
  const users = [
    { openId: 'ou_head1', userId: 'u_head1', name: '李明', jobTitle: '办公室主任', departmentIds: ['D1'] },
    { openId: 'ou_head3', userId: 'u_head3', name: '周档', jobTitle: '档案室主任', departmentIds: ['D3'] },
    { openId: 'ou_boss', userId: 'u_boss', name: '张伟', jobTitle: '党组书记', departmentIds: [] },
    // 120 people in 财务科: three pages of 50.
    ...Array.from({ length: 120 }, (_, i) => ({
      openId: `ou_fin${i}`,
      userId: `u_fin${i}`,
      name: `财务${i}`,
      jobTitle: '科员',
      departmentIds: ['D2'],
      mobile: `+86138${String(i).padStart(8, '0')}`,
    })),
  ];
  emulator = createEmulator({ ...APP, users, departments: DEPARTMENTS });
  url = await emulator.listen(0);
});
afterEach(() => emulator.close());

async function get(path: string): Promise<{ status: number; json: { code: number; msg: string; data?: Record<string, unknown>; error?: Record<string, unknown> } }> {
  const t = await fetch(`${url}${TOKEN_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: APP.appId, app_secret: APP.appSecret }) });
  const token = ((await t.json()) as { tenant_access_token: string }).tenant_access_token;
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, json: (await res.json()) as never };
}

describe('departments/:id/children', () => {
  it('lists the root’s children with open_department_id by default, leader as open_id', async () => {
    const { json } = await get('/open-apis/contact/v3/departments/0/children');
    expect(json.code).toBe(0);
    const items = json.data!.items as Record<string, unknown>[];
    expect(items.map((d) => d.name)).toEqual(['办公室', '财务科']);
    expect(items[0]).toMatchObject({ department_id: 'D1', open_department_id: 'od-aaa1', parent_department_id: '0', leader_user_id: 'ou_head1', status: { is_deleted: false } });
    expect(items[1]!.leader_user_id).toBeUndefined();
    expect(json.data!.has_more).toBe(false);
    expect(json.data!.page_token).toBeUndefined();
  });

  it('takes department_id_type and user_id_type; parent ids follow the type', async () => {
    const byOpen = await get('/open-apis/contact/v3/departments/od-aaa1/children');
    expect((byOpen.json.data!.items as Record<string, unknown>[])[0]).toMatchObject({ name: '档案室', parent_department_id: 'od-aaa1' });
    const byId = await get('/open-apis/contact/v3/departments/D1/children?department_id_type=department_id&user_id_type=user_id');
    expect((byId.json.data!.items as Record<string, unknown>[])[0]).toMatchObject({ parent_department_id: 'D1', leader_user_id: 'u_head3' });
    // A department_id asked as open_department_id is not found: no authority.
    const wrong = await get('/open-apis/contact/v3/departments/D1/children');
    expect(wrong.json).toMatchObject({ code: 40004, msg: 'no dept authority error' });
    expect(wrong.status).toBe(400);
  });

  it('fetch_child=true lists the whole subtree; page_size is 1–50', async () => {
    const all = await get('/open-apis/contact/v3/departments/0/children?fetch_child=true&page_size=50');
    expect((all.json.data!.items as { name: string }[]).map((d) => d.name)).toEqual(['办公室', '档案室', '财务科']);
    const paged = await get('/open-apis/contact/v3/departments/0/children?fetch_child=true&page_size=2');
    expect(paged.json.data).toMatchObject({ has_more: true });
    const next = await get(`/open-apis/contact/v3/departments/0/children?fetch_child=true&page_size=2&page_token=${String(paged.json.data!.page_token)}`);
    expect((next.json.data!.items as { name: string }[]).map((d) => d.name)).toEqual(['财务科']);
    for (const size of ['0', '51', 'x']) {
      const bad = await get(`/open-apis/contact/v3/departments/0/children?page_size=${size}`);
      expect(bad.json.code).toBe(99992402);
    }
    const badType = await get('/open-apis/contact/v3/departments/0/children?department_id_type=union_id');
    expect(badType.json.code).toBe(99992402);
    const badToken = await get('/open-apis/contact/v3/departments/0/children?page_token=%%%');
    expect(badToken.json.code).toBe(99992402);
  });
});

describe('users/find_by_department', () => {
  it('pages 10 by default and at most 50, with has_more and page_token', async () => {
    const first = await get('/open-apis/contact/v3/users/find_by_department?department_id=od-aaa2');
    expect((first.json.data!.items as unknown[]).length).toBe(10);
    expect(first.json.data!.has_more).toBe(true);
    const seen: string[] = [];
    let token: string | undefined;
    for (let n = 0; n < 5; n++) {
      const page = await get(`/open-apis/contact/v3/users/find_by_department?department_id=D2&department_id_type=department_id&page_size=50${token ? `&page_token=${token}` : ''}`);
      seen.push(...(page.json.data!.items as { open_id: string }[]).map((u) => u.open_id));
      if (!page.json.data!.has_more) break;
      token = String(page.json.data!.page_token);
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });

  it('answers job_title, department_ids in the asked type, the department leader as leader_user_id', async () => {
    const { json } = await get('/open-apis/contact/v3/users/find_by_department?department_id=od-aaa3&user_id_type=user_id');
    expect(json.data!.items).toEqual([
      expect.objectContaining({ open_id: 'ou_head3', user_id: 'u_head3', name: '周档', job_title: '档案室主任', department_ids: ['od-aaa3'] }),
    ]);
    const office = await get('/open-apis/contact/v3/users/find_by_department?department_id=D1&department_id_type=department_id');
    expect((office.json.data!.items as Record<string, unknown>[])[0]).toMatchObject({ department_ids: ['D1'] });
    const root = await get('/open-apis/contact/v3/users/find_by_department?department_id=0');
    expect((root.json.data!.items as { name: string }[]).map((u) => u.name)).toEqual(['张伟']);
    const missing = await get('/open-apis/contact/v3/users/find_by_department');
    expect(missing.json.code).toBe(99992402);
    const unknown = await get('/open-apis/contact/v3/users/find_by_department?department_id=od-nope');
    expect(unknown.json.code).toBe(40004);
    // users/:user_id still answers one user.
    const one = await get('/open-apis/contact/v3/users/ou_head1');
    expect(one.json.data!.user).toMatchObject({ name: '李明' });
  });
});

describe('readFeishuDirectory through the real SDK', () => {
  it('reads every department breadth-first and every member across pages', async () => {
    const dir = await readFeishuDirectory({ ...APP, domain: url });
    expect(dir.departments).toEqual([
      { id: 'D1', name: '办公室', parentId: '0', leaderOpenId: 'ou_head1' },
      { id: 'D2', name: '财务科', parentId: '0' },
      { id: 'D3', name: '档案室', parentId: 'D1', leaderOpenId: 'ou_head3' },
    ]);
    expect(dir.users).toHaveLength(123);
    expect(dir.users.find((u) => u.name === '财务7')).toMatchObject({ departmentIds: ['D2'], mobile: '+8613800000007', jobTitle: '科员', userId: 'u_fin7' });
    expect(dir.users.find((u) => u.name === '张伟')).toMatchObject({ departmentIds: [] });
    const calls = emulator.calls.filter((c) => c.path.endsWith('find_by_department') && c.query.department_id === 'D2');
    expect(calls.map((c) => c.query.page_size)).toEqual(['50', '50', '50']);
  });

  it('a failure names the call', async () => {
    await expect(readFeishuDirectory({ appId: APP.appId, appSecret: 'wrong', domain: url })).rejects.toMatchObject({ name: 'FeishuError' });
  });
});
