// The year a 责任书 is for, read from the message (2027年度…责任书) onto its records; never a day.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.map((r) => [r.draft.date, r.draft.dutyYear]);

describe('the year a 责任书 is for', () => {
  it.each([
    ['刘芳', '上周五与周涛、吴静两位部长签订了2027年度党风廉政建设目标责任书', [['2026-11-27', 2027], ['2026-11-27', 2027]]],
    ['何平', '今天和徐辉签订了2027年度廉政承诺书', [['2026-11-30', 2027]]],
    ['王建国', '今天和李明签订了党风廉政建设责任书', [['2026-11-30', undefined]]],
  ])('%s：%s', (from, text, want) => {
    expect(read(from, text)).toEqual(want);
  });
});
