// A city 残联 (disabled persons' federation) as a test organisation: secretary, leaders, departments, members, inspectors.
import { createDirectory, type Organization, type Person, type Role } from '../../src/domain/organization.js';
import type { Mention, ParseContext } from '../../src/domain/report/draft.js';

function person(id: string, name: string, title: string, roles: Role[], departmentId?: string): Person {
  return { id, name, title, roles: [...roles, 'member'], openId: `ou_${id}`, ...(departmentId ? { departmentId } : {}) };
}

export const fixtureOrg: Organization = {
  name: '某市残疾人联合会',
  people: [
    person('zhangwei', '张伟', '党组书记、理事长', ['secretary']),
    person('liqiang', '李强', '党组成员、副理事长', ['leader']),
    person('chenjing', '陈静', '党组成员、副理事长', ['leader']),
    person('liuyang', '刘洋', '党组成员、副理事长', ['leader']),
    person('zhaomin', '赵敏', '党组成员、机关党委书记', ['leader']),
    person('liming', '李明', '办公室主任', ['dept_head'], 'office'),
    person('hejing', '何静', '办公室科员', [], 'office'),
    // Two 王科长 (财务科, 人事科) and a 王副科长: 王科长 is ambiguous, 王副科长 is not.
    person('wanggang', '王刚', '财务科科长', ['dept_head'], 'finance'),
    person('wangjuan', '王娟', '财务科副科长', [], 'finance'),
    person('wanglei', '王磊', '人事科科长', ['dept_head'], 'personnel'),
    person('sunli', '孙丽', '组联部部长', ['dept_head'], 'liaison'),
    person('linfeng', '林峰', '组联部干事', [], 'liaison'),
    person('zhoujie', '周杰', '康复部部长', ['dept_head'], 'rehab'),
    person('huanglei', '黄磊', '康复部科员', [], 'rehab'),
    person('wufang', '吴芳', '教育就业部部长', ['dept_head'], 'employment'),
    person('machao', '马超', '教育就业部科员', [], 'employment'),
    person('zhengkai', '郑凯', '维权部部长', ['dept_head'], 'rights'),
    person('zhanghua', '张华', '机关党委专职副书记', ['dept_head'], 'party'),
    person('zhoumin', '周敏', '机关纪委书记', ['inspector'], 'party'),
    person('qianjin', '钱进', '纪检监察员', ['inspector'], 'party'),
  ],
  departments: [
    { id: 'office', name: '办公室', aliases: ['综合办'], headId: 'liming', supervisorId: 'liqiang' },
    { id: 'finance', name: '财务科', aliases: ['财务'], headId: 'wanggang', supervisorId: 'liqiang' },
    { id: 'personnel', name: '人事科', aliases: ['人事'], headId: 'wanglei', supervisorId: 'chenjing' },
    { id: 'liaison', name: '组联部', aliases: ['组织联络部'], headId: 'sunli', supervisorId: 'chenjing' },
    { id: 'rehab', name: '康复部', aliases: ['康复中心'], headId: 'zhoujie', supervisorId: 'liuyang' },
    { id: 'employment', name: '教育就业部', aliases: ['就业部', '教就部'], headId: 'wufang', supervisorId: 'liuyang' },
    { id: 'rights', name: '维权部', aliases: ['权益保障部'], headId: 'zhengkai', supervisorId: 'zhaomin' },
    { id: 'party', name: '机关党委', aliases: ['机关党办'], headId: 'zhanghua', supervisorId: 'zhaomin' },
  ],
};

export const fixtureDirectory = createDirectory(fixtureOrg);

/** A Feishu mention of a directory person, as the event delivers it. */
export function mentionOf(key: number, id: string): Mention {
  const p = fixtureDirectory.person(id);
  if (!p) throw new Error(`no person ${id} in the fixture`);
  return { key: `@_user_${key}`, name: p.name, ...(p.openId ? { openId: p.openId } : {}) };
}

/** 2026-11-22 10:00 in Shanghai, a Sunday in Q4. */
export const SUNDAY = new Date('2026-11-22T10:00:00+08:00');

export function contextFor(senderId: string, now: Date = SUNDAY, mentions: Mention[] = []): ParseContext {
  return { now, directory: fixtureDirectory, senderId, mentions };
}
