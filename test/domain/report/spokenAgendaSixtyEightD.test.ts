// Round 68 (ghd; t70b): a voice-spaced 议题 is one piece — 学习 市纪委 通报 精神 kept 「学习市纪委通报精神」, never split at 通报
// after its issuer or after a bare verb (传达 学习 · 研究 部署); a comma still parts two agenda items.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');

function notes(from: string, text: string) {
  const sender = directory.org.people.find((p) => p.name === from)!;
  return parseReport(text, { now: NOW, directory, senderId: sender.id, mentions: [] })?.map((r) => [r.draft.type, r.draft.note]);
}

describe('a voice-spaced agenda is one 议题', () => {
  it.each([
    ['冯雪', '昨天在部里召开专题会议 学习 市纪委 通报 精神', '学习市纪委通报精神'],
    ['冯雪', '昨天在部里召开专题会议 学习市纪委 通报精神', '学习市纪委通报精神'],
    ['孙丽', '11月26号 在科里 召开 专题会议 学习 省纪委 通报 精神', '学习省纪委通报精神'],
    ['周涛', '昨天在部里召开专题会 学习 市纪委 通报 精神 参加 5 人', '学习市纪委通报精神'],
    ['冯雪', '昨天 在部里 召开 专题会议 传达 学习 省纪委 全会 精神', '传达学习省纪委全会精神'],
    ['郑华', '上周三 在部里 召开 党风廉政建设专题会议 传达 学习 市纪委 全会 精神', '传达学习市纪委全会精神'],
    ['何平', '前天 在中心会议室 召开 专题会 研究 部署 年终 廉政 工作', '研究部署年终廉政工作'],
  ])('%s 「%s」 → 议题 %s', (from, text, note) => {
    expect(notes(from, text)).toEqual([['meeting_special', note]]);
  });

  it.each([
    ['吴静', '昨天在部里召开专题会议，学习市纪委通报精神', '学习市纪委通报精神'],
    ['冯雪', '昨天在部里召开专题会议，学习市纪委通报，传达全会精神', '学习市纪委通报，传达全会精神'],
  ])('near-miss: typed with commas as before — %s 「%s」 → %s', (from, text, note) => {
    expect(notes(from, text)).toEqual([['meeting_special', note]]);
  });
});
