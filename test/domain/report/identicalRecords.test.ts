// 「第1条和第2条内容完全相同，可能是同一次活动写了两遍」 only when the same deed really is told twice (round 37, fje: t36a F13's
// note on 「…报送了本部门廉政信息2篇…」, where the count made the two records).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { identicalRecordsRemark } from '../../../src/domain/report/identicalRecords.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');

function remarkFor(from: string, text: string): string | undefined {
  const sender = directory.org.people.find((p) => p.name === from)!;
  const got = parseReport(text, { now: NOW, directory, senderId: sender.id, mentions: [] }) ?? [];
  return identicalRecordsRemark(got.map((r) => ({ draft: r.draft, problems: r.problems, ...(r.counted ? { counted: r.counted } : {}) })));
}

describe('identical records a count made', () => {
  it.each([
    ['孙丽', '11月3日报送廉政信息2篇'],
    ['孙丽', '昨天报送廉政信息2篇'],
    ['陈静', '郑部长上周三报送了本部门廉政信息2篇，调研报告也于同日报送机关纪委。'],
    ['孙丽', '报送廉政信息2篇，11月3日一篇，11月3日一篇'],
    ['王磊', '11月20日报送宣文部廉政信息三篇'],
  ])('%s：%s has no 「写了两遍」 remark', (from, text) => {
    expect(remarkFor(from, text)).toBeUndefined();
  });

  it.each([
    ['孙丽', '11月3日报送廉政信息一篇。11月3日报送廉政信息一篇。'],
    ['孙丽', '11月3日报送廉政信息2篇。11月3日报送廉政信息2篇。'],
  ])('%s：%s — the same paper told twice keeps it', (from, text) => {
    expect(remarkFor(from, text)).toMatch(/写了两遍/);
  });
});
