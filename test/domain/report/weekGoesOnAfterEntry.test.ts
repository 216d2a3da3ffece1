// A bare weekday opening a ；-entry after an entry of a week gone by goes on in that week (t36c F3), read on Fri 2026-12-04,
// when the same weekday of this week is already past, so the reading cannot fall back on "a weekday ahead is last week's".
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-12-04T10:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;

/** Each record's type, day and counterparts' names. */
function read(from: string, text: string): string[] {
  const got = parseReport(text, { now: NOW, directory, senderId: idOf(from), mentions: [] }) ?? [];
  const nameOf = (id: string) => directory.org.people.find((p) => p.id === id)?.name ?? id;
  return got.map((r) => `${r.draft.type} ${r.draft.date ?? '?'} ${r.draft.counterpartIds.map(nameOf).join(',')}`);
}

describe('a bare weekday after an entry of last week (read on Friday 12-04)', () => {
  it.each([
    ['刘芳', '上周二到组联部主持召开分管科室党风廉政建设工作会议，周涛、吴静两位部长参加；周四又和吴静进行了廉政谈话，并签了廉政承诺书。', ['meeting_dept 2026-11-24 ', 'talk_integrity 2026-11-26 吴静', 'pledge_sign 2026-11-26 吴静']],
    ['刘芳', '上周二和周涛谈了心；周四又和吴静进行了廉政谈话', ['talk_heart 2026-11-24 周涛', 'talk_integrity 2026-11-26 吴静']],
    ['王建国', '上周三组织分管科室学习《廉洁自律准则》；周五与李明进行了廉政谈话', ['edu_integrity 2026-11-25 ', 'talk_integrity 2026-11-27 李明']],
  ])('%s：%s', (from, text, want) => {
    expect(read(from, text)).toEqual(want);
  });

  it.each([
    // Near-misses: a weekday named with its own week, or earlier in the week than the entry before, keeps its own reading.
    ['刘芳', '上周二和周涛谈了心；本周一又和吴静进行了廉政谈话', ['talk_heart 2026-11-24 周涛', 'talk_integrity 2026-11-30 吴静']],
    ['刘芳', '上周二和周涛谈了心；周一又和吴静进行了廉政谈话', ['talk_heart 2026-11-24 周涛', 'talk_integrity 2026-11-30 吴静']],
    ['孙丽', '昨天和王强谈心谈话；周一和李娟谈心谈话', ['talk_heart 2026-12-03 王强', 'talk_heart 2026-11-30 李娟']],
  ])('near-miss %s：%s', (from, text, want) => {
    expect(read(from, text)).toEqual(want);
  });
});
