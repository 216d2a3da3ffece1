// 他/她 with the directory's optional gender (issue 10, round 14): a gender only rules a person out; with none, two who
// fit are asked about, never guessed.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const NOW = new Date('2026-11-30T10:00:00+08:00');

/** The demo organisation with 王强 and 周涛 configured 男, 孙丽 and 冯雪 女. */
function withGenders(): ReturnType<typeof loadConfig>['directory'] {
  const dir = mkdtempSync(join(tmpdir(), 'qingfeng-gender-'));
  cpSync('config', dir, { recursive: true });
  const file = join(dir, 'organization.yaml');
  let yaml = readFileSync(file, 'utf8');
  for (const [id, gender] of [['wangqiang', '男'], ['zhoutao', '男'], ['sunli', '女'], ['fengxue', '女']] as const) {
    yaml = yaml.replace(new RegExp(`(\\{ id: ${id},[^}]*?)( \\})`), `$1, gender: ${gender}$2`);
  }
  writeFileSync(file, yaml);
  return loadConfig(dir).directory;
}

const plain = loadConfig('config').directory;
const gendered = withGenders();
const read = (directory: typeof plain, from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.map((r) => ({
    type: r.draft.type,
    date: r.draft.date,
    with: r.draft.counterpartIds.map((id) => directory.person(id)!.name),
    problems: r.problems.map((p) => p.code),
  }));

describe('她 and the optional gender', () => {
  it('the configured genders are read', () => {
    expect(gendered.person('wangqiang')?.gender).toBe('男');
    expect(gendered.person('sunli')?.gender).toBe('女');
    expect(plain.person('sunli')?.gender).toBeUndefined();
  });

  it('two named before 她, one of them 男: 她 is the other', () => {
    const text = '上周三和王强、孙丽谈心谈话，11月27日又和她签了责任书';
    expect(read(gendered, '王建国', text).at(-1)).toEqual({ type: 'pledge_sign', date: '2026-11-27', with: ['孙丽'], problems: [] });
    // Without genders the two both fit: the one signed with is asked, never guessed (was: a 责任书 with no one, no question).
    expect(read(plain, '王建国', text).at(-1)).toEqual({ type: 'pledge_sign', date: '2026-11-27', with: [], problems: ['missing_counterpart'] });
  });

  it('the one named before 她 is configured 男: not taken, the one talked with is asked', () => {
    const text = '上周一和周涛进行了廉政谈话，周四又和她谈心谈话';
    expect(read(plain, '刘芳', text).at(-1)!.with).toEqual(['周涛']);
    const got = read(gendered, '刘芳', text).at(-1)!;
    expect(got.with).toEqual([]);
    expect(got.problems.length).toBeGreaterThan(0);
  });

  it('他 rules no one out (voice input writes 他 for anyone)', () => {
    expect(read(gendered, '陈志强', '上周一和冯雪进行了廉政谈话，周四又和他谈心谈话').at(-1)!.with).toEqual(['冯雪']);
  });

  it('a gender other than 男 or 女 is refused with where it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingfeng-gender-'));
    cpSync('config', dir, { recursive: true });
    const file = join(dir, 'organization.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{ id: sunli,', '{ gender: F, id: sunli,'));
    expect(() => loadConfig(dir)).toThrow(/gender|性别/);
  });
});
