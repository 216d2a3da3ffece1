// End to end over HTTP: an inspector's 「人员名单」 and 「通讯录差异」 (read from the emulator's contact/v3 directory); others are refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoTenant } from '../../src/emulator/demoTenant.js';
import { diffDirectory, describeDirectoryDiff } from '../../src/org/directoryDiff.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import { sentText, startTestBot, type TestBot } from '../support/testBot.js';

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot();
});
afterEach(() => t.close());

async function ask(from: string, text: string): Promise<string> {
  const before = t.emulator.sent.length;
  await t.say(from, text);
  await t.running.drain();
  expect(t.emulator.sent).toHaveLength(before + 1);
  return sentText(t.emulator.sent[before]!);
}

/** The demo organisation loaded into the test's Feishu, as a tenant's directory. */
function loadTenant(): void {
  const tenant = demoTenant(t.config.directory.source);
  for (const d of tenant.departments) t.emulator.addDepartment(d);
  for (const u of tenant.users) t.emulator.addUser(u);
}

describe('人员名单', () => {
  it('an inspector gets the summary: secretary, 分管 per leader, heads and head counts per department', async () => {
    const text = await ask('黄志刚', '人员名单');
    expect(text).toMatch(/^某市残疾人联合会：26 人、8 个科室（2026-11-22）。/);
    expect(text).toContain('党组书记：张伟');
    expect(text).toContain('王建国（党组成员、副理事长）：分管 办公室、财务科');
    expect(text).toMatch(/办公室：负责人 李明，分管 王建国，\d+ 人/);
    expect(text).toContain('纪检：黄志刚、林晓');
    expect(text).toContain('没有发现缺项。');
  });

  it('is refused to others, naming the inspectors', async () => {
    expect(await ask('李明', '人员名单')).toMatch(/仅限纪检人员（黄志刚、林晓）查看/);
  });
});

describe('通讯录差异', () => {
  it('none when Feishu and the config agree', async () => {
    loadTenant();
    expect(await ask('林晓', '通讯录差异')).toBe('飞书通讯录与配置一致：人员、部门和科室负责人都对得上。');
  });

  it('lists new staff, a moved member, a changed head and an unknown department, with what to do', async () => {
    loadTenant();
    const office = demoTenant(t.config.directory.source).departments.find((d) => d.departmentId === 'office')!;
    t.emulator.addDepartment({ departmentId: 'archive', openDepartmentId: 'od-archive', name: '档案室', parentId: '0' });
    t.emulator.addUser({ openId: 'ou_newcomer0000000000000000000001', name: '钱新', jobTitle: '办公室科员', departmentIds: ['office'] });
    t.emulator.addUser({ openId: t.openId('王芳'), name: '王芳', jobTitle: '财务科科员', departmentIds: ['finance'] });
    t.emulator.addDepartment({ ...office, leaderOpenId: t.openId('胡军') });
    const text = await ask('黄志刚', '通讯录差异');
    expect(text).toMatch(/^飞书通讯录与配置的差异（仅供参考，以 config\/organization\.yaml 为准）：/);
    expect(text).toContain('飞书有、配置没有（1 人）：\n  · 钱新（办公室，办公室科员）');
    expect(text).toContain('from: 2026-11-22');
    expect(text).toContain('部门不一致（1 人）：\n  · 王芳：配置 办公室，飞书 财务科');
    expect(text).toContain('科室负责人不一致（1 个科室）：\n  · 办公室：配置 李明，飞书 胡军');
    expect(text).toContain('飞书有、配置没有的部门：档案室');
    expect(text).toContain('修改 organization.yaml 后发送「重新加载配置」生效');
    // Suggestions only: the config in force is unchanged.
    expect(t.config.directory.department('office')?.headId).toBe('liming');
  });

  it('people gone from Feishu are told to get until:, never deleted', () => {
    const config = loadConfig('config');
    const tenant = demoTenant(config.directory.source);
    const users = tenant.users.filter((u) => u.name !== '胡军').map((u) => ({ ...u, departmentIds: u.departmentIds ?? [] }));
    const diff = diffDirectory(
      { departments: tenant.departments.map((d) => ({ id: d.departmentId, name: d.name, parentId: d.parentId, ...(d.leaderOpenId ? { leaderOpenId: d.leaderOpenId } : {}) })), users: users.map((u) => ({ openId: u.openId, name: u.name, jobTitle: u.jobTitle ?? '', departmentIds: u.departmentIds })), missingScopes: [] },
      config.directory,
    );
    expect(diff.gone).toEqual([{ name: '胡军', id: 'hujun' }]);
    expect(describeDirectoryDiff(diff, '2026-11-22').join('\n')).toMatch(/配置有、飞书通讯录已没有（1 人）：\n {2}· 胡军（hujun）\n {2}→ 如已调离或退休：不要删除，在其行上加 until: 最后一天/);
  });

  it('a Feishu failure is told, nothing compared', async () => {
    t.emulator.fail({ times: 5, kind: 'server_error', path: /contact\/v3\/departments/ });
    const text = await ask('黄志刚', '通讯录差异');
    expect(text).toMatch(/读取飞书通讯录失败（.*），没有比对/);
  });

  it('an app without the contact scopes is told so, and the log names the scope to enable', async () => {
    await t.close();
    t = await startTestBot({ grantedScopes: ['im:message:send_as_bot'] });
    loadTenant();
    const text = await ask('黄志刚', '通讯录差异');
    expect(text).toBe('读取飞书通讯录失败：应用缺少通讯录权限（日志里写明了要开通哪一项），没有比对。请管理员在开发者后台「权限管理」开通、发布新版本后再试。');
    expect(t.logs.join('\n')).toMatch(/通讯录差异: reading the Feishu directory failed: FEISHU_SCOPE .*contact:contact\.base:readonly/);
  });

  it('without contact:user.employee the comparison says no 职务 came back', async () => {
    await t.close();
    t = await startTestBot({ grantedScopes: ['contact:contact.base:readonly', 'contact:department.base:readonly', 'contact:department.organize:readonly', 'contact:user.base:readonly'] });
    loadTenant();
    const text = await ask('黄志刚', '通讯录差异');
    expect(text).toContain('注意：飞书没有返回成员的职务（草稿和对照里职务为空）；应用未开通 contact:user.employee:readonly');
  });
});
