// Feishu's directory → draft: which departments are 科室, ids, heads, blanks; the draft's blanks are exactly what findBlanks reports.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBlanks } from '../../src/config/draftBlanks.js';
import { draftFromFeishu, isLeadershipDepartment } from '../../src/org/draftFromFeishu.js';
import { renderOrganizationYaml } from '../../src/org/renderOrganizationYaml.js';

describe('isLeadershipDepartment', () => {
  it.each(['领导班子', '局领导班子', '党组', '党组成员', '班子成员', '局领导', '领导', '中心领导'])('%s holds the 班子', (n) => expect(isLeadershipDepartment(n)).toBe(true));
  it.each(['领导小组办公室', '办公室', '党建工作科', '机关党委', '纪检监察室', '组织人事科'])('%s is a 科室', (n) => expect(isLeadershipDepartment(n)).toBe(false));
});

describe('draftFromFeishu', () => {
  const dir = {
    departments: [
      { id: 'lead', name: '局领导', parentId: '0', leaderOpenId: 'ou_a' },
      { id: 'od-x1', name: '办公室', parentId: '0', leaderOpenId: 'ou_b' },
      { id: '12', name: '领导小组办公室', parentId: 'od-x1' },
    ],
    users: [
      { openId: 'ou_a', userId: 'zhang.wei', name: '张伟', jobTitle: '局长', departmentIds: ['lead'] },
      { openId: 'ou_b', name: '李明', jobTitle: '主任', departmentIds: ['od-x1'] },
      { openId: 'ou_c', userId: 'E0031', name: '李明', jobTitle: '科员', departmentIds: ['12', 'od-x1'] },
      { openId: 'ou_d', name: '吕绿', jobTitle: "副主任: \"兼\" #1", departmentIds: [] },
    ],
    missingScopes: [],
  };
  const draft = draftFromFeishu(dir, '2026-11-30');

  it('keeps valid ids, spells the others in pinyin, keeps two people of one name apart', () => {
    // zhang.wei is no valid id (the dot): pinyin instead; the second 李明 keeps their user_id.
    expect(draft.people.map((p) => p.id)).toEqual(['zhangwei', 'liming', 'E0031', 'lvlv']);
    expect(draft.departments.map((d) => [d.id, d.name])).toEqual([['od-x1', '办公室'], ['12', '领导小组办公室']]);
    expect(draft.people.find((p) => p.openId === 'ou_c')?.department).toBe('12');
    expect(draft.people.find((p) => p.openId === 'ou_a')?.department).toBeUndefined();
  });

  it('renders YAML whose blanks are the draft’s and whose values read back unchanged', async () => {
    const text = renderOrganizationYaml(draft);
    const tmp = await mkdtemp(join(tmpdir(), 'qingfeng-draft-'));
    try {
      await writeFile(join(tmp, 'organization.yaml'), text);
      const blanks = findBlanks(join(tmp, 'organization.yaml'));
      expect(blanks.map((b) => b.path)).toEqual(['name', 'secretary', 'leaders[0]', 'inspectors[0]', 'departments[0].supervisor', 'departments[1].head', 'departments[1].supervisor']);
      expect(blanks.find((b) => b.path === 'secretary')?.hint).toContain('通讯录「局领导」负责人是 zhangwei');
      const { parse } = await import('yaml');
      const parsed = parse(text) as { people: { title: string; id: string }[] };
      expect(parsed.people.find((p) => p.id === 'lvlv')?.title).toBe("副主任: \"兼\" #1");
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});

describe('renderOrganizationYaml quotes what YAML would misread', () => {
  const tricky = ['@主任', '- 科员', '123', '0.5', 'true', 'No', '~', '主任 ', ' 主任', '主任:副', '#1', '[a]', '{b}', "a'b", '10:30', '2026-07-01', '*x', '!tag', '|', '>', '%d', '`x`', '科长，兼主任', '党组成员、副理事长（正处级）', 'a "q" b', ''];
  it.each(tricky)('title %j reads back unchanged', async (title) => {
    const { parse } = await import('yaml');
    const text = renderOrganizationYaml({ header: [], name: '某单位', people: [{ id: 'p1', name: '张伟', title, roles: ['secretary'], openId: 'ou_abc' }], departments: [] });
    const parsed = parse(text) as { people: { title: string }[] };
    expect(parsed.people[0]!.title).toBe(title);
  });
});
