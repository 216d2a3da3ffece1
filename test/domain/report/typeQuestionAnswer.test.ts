// typeQuestionAnswer (round 69, gik; t72a FB2): a short question about the kinds the 台账 keeps, answered one line per kind.
import { describe, expect, it } from 'vitest';
import { askedKinds, typeQuestionAnswer } from '../../../src/domain/report/typeQuestionAnswer.js';

describe('askedKinds', () => {
  it.each([
    ['谈心谈话和廉政谈话有什么区别？', ['talk_heart', 'talk_integrity']],
    ['警示教育算不算党课？', ['edu_warning', 'edu_lecture']],
    ['责任书要每年签吗？', ['pledge_sign']],
    ['提醒谈话算廉政谈话吗？', ['talk_integrity']],
    ['談心談話和廉政談話有什麼區別？', ['talk_heart', 'talk_integrity']],
    ['廉政党课和警示教育是一回事吗', ['edu_lecture', 'edu_warning']],
  ])('「%s」 asks about %j', (text, kinds) => {
    expect(askedKinds(text)).toEqual(kinds);
  });

  it.each([['谈心谈话'], ['是廉政谈话'], ['昨天'], ['王芳'], ['11月26日'], ['和王芳谈心谈话了'], ['谈心谈话要不要写谈话内容？'], ['上周三组织观看警示教育片《警钟长鸣》，大家说算不算警示教育？']])(
    '「%s」 is no question about kinds',
    (text) => {
      expect(askedKinds(text)).toEqual([]);
    },
  );
});

describe('typeQuestionAnswer', () => {
  it('two kinds: a line each and that they are recorded apart', () => {
    const said = typeQuestionAnswer('谈心谈话和廉政谈话有什么区别？')!;
    expect(said.split('\n')).toHaveLength(3);
    expect(said).toMatch(/^谈心谈话：/);
    expect(said).toContain('分开记录');
  });

  it('a signing asked how often: its yearly rule', () => {
    expect(typeQuestionAnswer('责任书要每年签吗？')).toMatch(/^签订责任书\/承诺书：[^\n]*每年签一次/);
  });
});
