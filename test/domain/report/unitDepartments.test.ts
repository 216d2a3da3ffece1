// Departments of a whole unit or of a kind (各部室, 中心全体职工) expanded from the directory, and named once on the card (k16).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { confirmReasons } from '../../../src/domain/report/confirmReasons.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: id(from), mentions: [] })!;

describe('a check of 各部室 / 各科室 / 各直属单位 is at every department of that kind, shown for 确认', () => {
  const OFFICES = ['office', 'finance', 'liaison', 'rehab', 'employment', 'publicity', 'rights'];
  it.each([
    ['林晓', '11月20日对各部室进行了作风纪律检查', OFFICES],
    ['黄志刚', '今天对各科室开展上班纪律督查', OFFICES],
    ['黄志刚', '11月25日，机关纪委对各直属单位开展作风纪律明查暗访', ['center']],
    ['林晓', '上周四到各科室、中心进行了节前作风纪律检查', [...OFFICES, 'center']],
    ['张伟', '11月10日对各部门专项资金使用情况进行了检查', [...OFFICES, 'center']],
  ])('%s：%s', (from, text, ids) => {
    const got = read(from, text);
    for (const r of got) expect(r.draft.departmentIds ?? [r.draft.departmentId]).toEqual(ids);
    expect(got[0]!.remarks.join('\n')).toContain(directory.department(ids[0]!)!.name);
    expect(confirmReasons(got, text)).toContain('group');
  });

  it('leaves a named place alone, and 各部室负责人 (people) to the talk it is', () => {
    expect(read('林晓', '11月20日深入维权部、教育就业部进行了作风纪律检查')[0]!.draft.departmentIds).toEqual(['rights', 'employment']);
    expect(read('林晓', '11月20日对各部室负责人进行了廉政谈话').every((r) => r.draft.departmentIds === undefined)).toBe(true);
  });
});
