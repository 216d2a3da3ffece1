// withBareSecretaryAsked (round 60, fbf; fce's left-alone): 书记 alone from 纪检 or about another 书记's unit is asked.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => {
  const sender = directory.org.people.find((p) => p.name === from)!;
  return parseReport(text, { now: NOW, directory, senderId: sender.id, mentions: [] })!;
};

describe('a bare 书记 as the doer', () => {
  it.each([
    ['林晓', '书记11月9日与何平进行了廉政谈话'],
    ['林晓', '11月9日书记与何平进行了廉政谈话'],
    ['杨帆', '书记11月16日与王磊进行了谈心谈话'],
    ['孙杰', '书记上周四与何平进行了廉政谈话'],
  ])('%s 「%s」 → asked among the three 书记', (from, text) => {
    const [r] = read(from, text);
    expect(r!.draft.actorId).toBeUndefined();
    expect(r!.problems[0]).toEqual({ code: 'ambiguous_actor', text: '书记', candidateIds: ['zhangwei', 'zhaomin', 'huangzhigang'] });
    expect(r!.remarks.some((m) => m.includes('张伟'))).toBe(false);
  });

  it.each([
    ['林晓', '张书记11月9日与何平进行了廉政谈话', 'zhangwei'],
    ['林晓', '党组书记11月9日与何平进行了廉政谈话', 'zhangwei'],
    ['林晓', '黄书记11月9日与何平进行了廉政谈话', 'huangzhigang'],
    ['胡军', '书记11月9日与李明进行了廉政谈话', 'zhangwei'],
    ['杨帆', '11月25日 张 伟 书记 与 周 涛 进行了廉政谈话', 'zhangwei'],
  ])('near-miss: %s 「%s」 keeps its doer', (from, text, doer) => {
    const [r] = read(from, text);
    expect(r!.draft.actorId).toBe(doer);
    expect(r!.problems).toEqual([]);
  });
});
