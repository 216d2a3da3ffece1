// Round 45, frb (t47a F1 and its remarks): a counted lead over its items says on the card when its count does not match
// them — never trimmed or padded — and those a study names as taking part (刘洋参加) are kept in its note.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const mismatch = (from: string, text: string) => read(from, text).flatMap((r) => r.remarks).filter((m) => m.includes('不一致'));

describe('a counted lead over its items', () => {
  it.each([
    ['孙丽', '科里本月学了三次：11月5日学了《条例》，11月19日看了警示片《零容忍》', '「科里本月学了三次」与列出的2项不一致'],
    ['孙丽', '科里本月学了两次：11月5日学了《条例》，11月12日学了《准则》，11月19日看了警示片《零容忍》', '「科里本月学了两次」与列出的3项不一致'],
    ['李明', '办公室本月共开展廉政教育2次：11月3日学习《条例》，11月10日观看警示片《零容忍》，11月24日学习《准则》', '「办公室本月共开展廉政教育2次」与列出的3项不一致'],
    ['王建国', '上周谈了三个人：周一和李明廉政谈话，周三和孙丽廉政谈话', '「上周谈了三个人」与列出的2人不一致'],
    ['王建国', '上周谈了两个人：周一和李明廉政谈话，周三和孙丽、王强廉政谈话', '「上周谈了两个人」与列出的3人不一致'],
  ])('%s：%s says the count does not match', (from, text, said) => {
    const reports = read(from, text);
    expect(mismatch(from, text)).toHaveLength(1);
    expect(mismatch(from, text)[0]).toContain(said);
    expect(reports[0]!.reasons).toContain('leftover');
  });

  it.each([
    ['吴静', '部里上周学了两次：周一学的八项规定实施细则，周三看了警示片《零容忍》，都是我组织的，刘洋参加'],
    ['王建国', '上周谈了两个人：周一和李明廉政谈话，周三和孙丽廉政谈话'],
    ['李明', '办公室本月共开展廉政教育2次：11月3日学习《条例》，11月10日观看警示片《零容忍》'],
    // Three said, two dated: the third is asked its day, which says it already.
    ['孙丽', '本月开展谈心谈话3次：11月3日与王强谈心，11月17日与李娟谈心'],
  ])('%s：%s says nothing more when it matches or the rest is asked', (from, text) => {
    expect(mismatch(from, text)).toEqual([]);
  });

  it('刘洋参加 after 都是我组织的 is kept on every item it was said of (t47a F1)', () => {
    expect(read('吴静', '部里上周学了两次：周一学的八项规定实施细则，周三看了警示片《零容忍》，都是我组织的，刘洋参加').map((r) => r.draft.note)).toEqual(['刘洋参加', '刘洋参加']);
    expect(read('吴静', '11月23日组织部门学习了八项规定实施细则，刘洋、陈静参加').map((r) => r.draft.note)).toEqual(['刘洋、陈静参加']);
    // A meeting's attendees are kept too (round 52, fwa: 郑华、冯雪 had been kept nowhere).
    expect(read('陈志强', '11月10日，我主持召开分管科室党风廉政建设工作会议，郑华、冯雪参加').map((r) => r.draft.note)).toEqual(['郑华、冯雪参加']);
  });
});
