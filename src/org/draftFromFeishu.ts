// Feishu's directory → a draft organisation: departments with their 负责人, people with open_id, title and department; roles Feishu cannot know left blank.
import { blank, type DraftDepartment, type DraftPerson, type OrgDraft } from './orgDraft.js';
import { createIdMaker } from './pinyinIds.js';
import type { FeishuDirectory } from '../feishu/readFeishuDirectory.js';

const LEADERSHIP = /^(.*领导班子|党组.*|班子成员|(院|局|委|会|厅|处|所|中心|单位)?领导)$/;

/**
 * A department that holds the 党组/班子 rather than a 科室 (领导班子, 党组, 局领导):
 * its members get no department, its leader is a hint for the secretary.
 * 领导小组办公室 and the like are 科室.
 */
export function isLeadershipDepartment(name: string): boolean {
  return LEADERSHIP.test(name.trim());
}

/**
 * `today` (YYYY-MM-DD) only stamps the header. People keep the tenant's user_id as
 * config id when it is a valid id, else the pinyin of their name.
 */
export function draftFromFeishu(dir: FeishuDirectory, today: string): OrgDraft {
  const ids = createIdMaker();
  const leadership = dir.departments.filter((d) => isLeadershipDepartment(d.name));
  const units = dir.departments.filter((d) => !isLeadershipDepartment(d.name));
  const deptIds = new Map(units.map((d, i) => [d.id, ids.make(d.name, `dept${i + 1}`, d.id)]));
  const personIds = new Map(dir.users.map((u, i) => [u.openId, ids.make(u.name, `p${i + 1}`, u.userId)]));

  const people: DraftPerson[] = dir.users.map((u) => {
    const own = u.departmentIds.map((id) => deptIds.get(id)).find((id) => id !== undefined);
    return {
      id: personIds.get(u.openId)!,
      name: u.name,
      title: u.jobTitle,
      roles: [],
      ...(own ? { department: own } : {}),
      openId: u.openId,
    };
  });
  const departments: DraftDepartment[] = units.map((d) => {
    const head = d.leaderOpenId ? personIds.get(d.leaderOpenId) : undefined;
    return {
      id: deptIds.get(d.id)!,
      name: d.name,
      aliases: [],
      head: head ?? blank(`${d.name}负责人的 id（飞书未设部门负责人）`),
      supervisor: blank(`${d.name}的分管领导 id`),
    };
  });
  const leaderHint = leadership
    .map((d) => (d.leaderOpenId ? personIds.get(d.leaderOpenId) : undefined))
    .find((id) => id !== undefined);
  // The leadership department's head is offered as the secretary, so not again among the leaders: copying the hint made
  // the 书记 a 班子成员 too (found by a newcomer).
  const inLeadership = dir.users
    .filter((u) => u.departmentIds.some((id) => leadership.some((d) => d.id === id)))
    .map((u) => personIds.get(u.openId)!)
    .filter((id) => id !== leaderHint);
  return {
    header: [
      `清风组织配置草稿：由 npm run org -- import-feishu 于 ${today} 从飞书通讯录生成（${people.length} 人、${departments.length} 个科室）。`,
      '飞书通讯录没有的信息写成「待填写：…」；全部填好之前 npm start 会拒绝启动，并逐项列出。',
      '填好后运行 npm run org -- check 检查。',
    ],
    name: blank('单位全称（如 某市残疾人联合会）'),
    secretary: blank(`党组书记的 id${leaderHint ? `（通讯录「${leadership[0]!.name}」负责人是 ${leaderHint}）` : ''}`),
    leaders: blank(`班子成员的 id 列表${inLeadership.length > 0 ? `（通讯录「${leadership[0]!.name}」有 ${inLeadership.join(' ')}）` : ''}`),
    inspectors: blank('纪检的 id 列表'),
    people,
    departments,
  };
}
