// Round 43 (t44b F7): 「…2次：D学习《…》，D观看…《迷途》，均为全体党员参加。」 gave 全体参加 to the last deed only; a closing
// 均为/都是/每次都是 全体…参加 is everyone in each deed before it, while a plain 全体党员参加 stays the last one's and a deed with
// its own count keeps it.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (name: string, text: string) => {
  const sender = directory.org.people.find((p) => p.name === name)!;
  return parseReport(text, { now: NOW, directory, senderId: sender.id, mentions: [] })!.map((r) => [r.draft.type, r.draft.date, r.draft.attendees, r.draft.allMembers ?? false]);
};

describe('everyone in each deed said once at the end', () => {
  it.each([
    ['赵敏', '11月份机关党委开展廉政教育2次：11月11日组织学习《中国共产党纪律处分条例》，11月25日组织观看警示教育片《迷途》，均为全体党员参加。', [['edu_integrity', '2026-11-11', undefined, true], ['edu_warning', '2026-11-25', undefined, true]]],
    ['吴静', '11月11日组织学习《条例》，11月25日组织观看警示教育片《迷途》，都是全体人员参加', [['edu_integrity', '2026-11-11', undefined, true], ['edu_warning', '2026-11-25', undefined, true]]],
    ['吴静', '11月11日组织学习《条例》，11月25日组织观看警示教育片《迷途》，全体党员参加', [['edu_integrity', '2026-11-11', undefined, false], ['edu_warning', '2026-11-25', undefined, true]]],
    ['吴静', '11月11日组织学习《条例》，参加8人，11月25日组织观看警示教育片《迷途》，均为全体党员参加', [['edu_integrity', '2026-11-11', 8, false], ['edu_warning', '2026-11-25', undefined, true]]],
  ])('%s: 「%s」', (name, text, want) => {
    expect(read(name, text)).toEqual(want);
  });
});
