// Round 67, ggb (t69b): a spoken agenda before 会后 kept whole — the space before 精神 no clause break because the deed that
// names a type (自查 · 谈心 · 签责任书) is in the clause after 会后, not in the piece after the space.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;

describe('a spoken agenda before 会后', () => {
  it.each([
    ['赵敏', '上周三 我们部门 开了 专题会议 传达 市纪委 全会 精神 会后 开展了 自查', '传达市纪委全会精神', 'report_self'],
    ['赵敏', '上周三 我们部门 开了 专题会议 传达 市纪委 全会 精神，会后 开展了 自查', '传达市纪委全会精神', 'report_self'],
    ['郑华', '11月25号 部里 开了 专题会议 传达 省纪委 全会 精神 会后 大家 开展了 自查', '传达省纪委全会精神', 'report_self'],
    ['王磊', '上周四 部里 开了 专题会议 传达 市纪委 全会 精神 会后 和 杨帆 签了 责任书', '传达市纪委全会精神', 'pledge_sign'],
  ])('%s 「%s」 → 议题 %s, then the deed after 会后', (from, text, agenda, after) => {
    const got = read(from, text);
    expect(got.map((r) => r.draft.type)).toEqual(['meeting_special', after]);
    expect(got[0]!.draft.note).toBe(agenda);
  });

  it('near-miss: two deeds parted by a space, each naming its type, stay two', () => {
    const got = read('郑华', '11月20日上午与陈静进行廉政谈话 下午组织观看警示教育片');
    expect(got.map((r) => r.draft.type)).toEqual(['talk_integrity', 'edu_warning']);
  });
});
