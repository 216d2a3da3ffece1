// Round 42 (foe, t42b F1/F7): what the card says of a 督导/调研 beside talks and of a talk's 通报…典型案例 (remarks the corpus
// rows of corpusFortyTwoE.ts do not check).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const remarks = (from: string, text: string): string[] => {
  const sender = directory.org.people.find((p) => p.name === from)!;
  return (parseReport(text, { now: NOW, directory, senderId: sender.id, mentions: [] }) ?? []).flatMap((r) => r.remarks);
};

describe('a visit beside talks, named on the card', () => {
  it('孙丽\'s 小结: 来我科督导 named though another line holds a check', () => {
    const said = remarks('孙丽', '财务科11月小结\n1.11月19日配合机关纪委开展专项资金使用情况检查；\n2.11月26日，王建国副理事长来我科督导，并与我进行了廉政谈话。');
    expect(said.join('\n')).toContain('「来我科督导」是督导/检查指导');
  });
  it('a 调研 that looked into funds is named; a bare 调研 is not', () => {
    expect(remarks('刘洋', '11月26日，刘芳副理事长到康复部调研，详细了解了康复服务项目资金管理情况，随后与吴静部长进行了廉政谈话。').join('\n')).toContain('「到康复部调研」是调研');
    expect(remarks('刘洋', '11月26日，刘芳副理事长到康复部调研，与吴静部长进行了廉政谈话。').join('\n')).not.toContain('是调研');
  });
});

describe('a talk\'s 通报…典型案例', () => {
  it('is said to be the talk\'s content, never left over', () => {
    const said = remarks('黄志刚', '11月13日与李明进行了廉政谈话，通报了近期典型案例').join('\n');
    expect(said).toContain('「通报了近期典型案例」是谈话中通报的内容，未单独记录');
    expect(said).not.toContain('没有对应到任何记录');
  });
});
