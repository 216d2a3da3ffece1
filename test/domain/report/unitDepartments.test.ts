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
  // 各部室/各科室 cover every department, 康复中心 included, as 各科室负责人 covers every head (one reading since f18);
  // 机关各部室 only the 机关's offices, 各直属单位 only the centre.
  it.each([
    ['林晓', '11月20日对各部室进行了作风纪律检查', [...OFFICES, 'center']],
    ['黄志刚', '今天对各科室开展上班纪律督查', [...OFFICES, 'center']],
    ['林晓', '11月20日对机关各部室进行了作风纪律检查', OFFICES],
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

describe('people of a kind of department read as its places do (f18)', () => {
  const heads = (from: string, text: string) => read(from, text).map((r) => r.draft.counterpartIds[0]);
  it.each([
    ['张伟', '今天与各科室负责人开展了集体廉政谈话', ['liming', 'sunli', 'zhoutao', 'wujing', 'zhenghua', 'wanglei', 'fengxue', 'heping']],
    ['张伟', '今天与各部室负责人开展了集体廉政谈话', ['liming', 'sunli', 'zhoutao', 'wujing', 'zhenghua', 'wanglei', 'fengxue', 'heping']],
    ['张伟', '今天与各直属单位负责人开展了集体廉政谈话', ['heping']],
  ])('%s：%s', (from, text, ids) => expect(heads(from, text)).toEqual(ids));
});

describe('a 分管科室会议 naming a department the doer does not supervise names it once, as not theirs', () => {
  it.each([
    ['刘芳', '11月18日召开分管科室党风廉政建设工作会议，组联部、康复部、维权部负责人参加', '维权部', ['liaison', 'rehab']],
    ['刘芳', '11月27日召集组联部、财务科全体人员开了分管科室党风廉政建设工作会议', '财务科', ['liaison']],
    ['刘芳', '11月18日召开分管科室党风廉政建设工作会议，教就部负责人参加', '教育就业部', []],
    ['陈志强', '11月5日召开分管科室党风廉政建设工作会议，维权部、宣传文化部、教育就业部参加', '宣文部', ['rights', 'employment']],
  ])('%s：%s', (from, text, foreign, own) => {
    const [r, ...more] = read(from, text);
    expect(more).toEqual([]);
    const said = r!.remarks.join('\n');
    expect(said.split(`「${foreign}」`).length - 1).toBe(1);
    expect(said).toContain(`「${foreign}」不是您分管的科室`);
    expect(r!.draft.departmentIds ?? (r!.draft.departmentId ? [r!.draft.departmentId] : [])).toEqual(own);
    expect(confirmReasons([r!], text).length).toBeGreaterThan(0);
  });
});
