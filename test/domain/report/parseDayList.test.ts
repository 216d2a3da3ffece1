import { describe, expect, it } from 'vitest';
import { parseDayList } from '../../../src/domain/report/parseDayList.js';

const TODAY = '2026-12-07';

describe('parseDayList: several days named in one breath', () => {
  it.each([
    ['12月2日、3日分别和杨帆、王芳谈心谈话', ['2026-12-02', '2026-12-03']],
    ['11月4日和11月18日分别开展了作风纪律检查', ['2026-11-04', '2026-11-18']],
    // Round 61 (t64a F1): voice input leaves a space where a writer puts 、.
    ['12月2号 3号分别和杨帆 王芳谈心谈话', ['2026-12-02', '2026-12-03']],
    ['2号 3号分别和杨帆 王芳谈了心', ['2026-12-02', '2026-12-03']],
    ['11月24日 25日 分别和李明 孙丽进行了廉政谈话', ['2026-11-24', '2026-11-25']],
    ['12月1号 2号 4号 分别到财务科检查', ['2026-12-01', '2026-12-02', '2026-12-04']],
  ])('%s → %j', (text, days) => {
    expect(parseDayList(text, TODAY)).toEqual(days);
  });

  it.each([
    // A number after a day that names a room, a building or a document is no second day.
    '12月2日 5号会议室和杨帆谈心谈话',
    '12月2号 3号楼会议室和杨帆 王芳分别谈了心',
    '12月2日 学习了2号文件',
    // A range is one activity over days.
    '11月3日至5日开展了作风纪律检查',
    '12月2日和杨帆谈了心',
  ])('%s → no list', (text) => {
    expect(parseDayList(text, TODAY)).toEqual([]);
  });
});
