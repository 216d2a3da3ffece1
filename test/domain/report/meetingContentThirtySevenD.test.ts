// The three readers of round 37 (fjd) on their own: a clause whose subject is the meeting, a 自查 named in a report heard,
// a generic 约谈 beside a disciplinary talk word.
import { describe, expect, it } from 'vitest';
import { meetingContentClause } from '../../../src/domain/report/meetingSentence.js';
import { paperHeard, selfCheckHeardWords } from '../../../src/domain/report/paperHeard.js';
import { genericTalkOverruled } from '../../../src/domain/report/disciplinaryTalk.js';
import { findKindMatches } from '../../../src/domain/report/parseKind.js';

describe('meetingContentClause', () => {
  const meeting = '上周五王建国副理事长主持召开分管科室党风廉政建设工作会议。';
  it.each([
    [[meeting, '会议传达了市纪委有关通报精神,'], '对年底廉洁风险进行了排查。', true],
    [[meeting], '会上对年底廉洁风险点进行了梳理。', true],
    [[meeting, '会上,'], '对节前廉洁风险进行了排查,', true],
    [[meeting, '会上对年底廉洁风险进行了排查,'], '并对考勤纪律进行了检查。', true],
    [['11月26日王建国副理事长到财务科召开分管科室党风廉政建设工作会议,'], '会议对年底廉洁风险点进行了梳理,', true],
    // Near-misses: a sentence of its own with no meeting subject, 会后 / 会议结束后, another subject, a day of its own.
    [[meeting], '同日组织各科室开展廉政风险点排查。', false],
    [[meeting], '会后组织各科室开展了廉政风险点排查。', false],
    [[meeting], '会议结束后组织各科室开展了廉政风险点排查。', false],
    [[meeting, '会议传达了市纪委有关通报精神。'], '对年底廉洁风险进行了排查。', false],
    [[meeting, '会议传达了市纪委有关通报精神,'], '办公室对年底廉洁风险进行了排查。', false],
  ])('%j + %s', (before, piece, want) => {
    expect(meetingContentClause(before, piece, 'report_self', false)).toBe(want);
  });

  it('a day of its own, or a teaching or a talk, is never the meeting content', () => {
    expect(meetingContentClause(['召开会议。'], '会上对风险进行了排查。', 'report_self', true)).toBe(false);
    expect(meetingContentClause(['召开会议。'], '会上学习了典型案例通报。', 'edu_warning', false)).toBe(false);
    expect(meetingContentClause(['召开会议。'], '会上与李明进行了廉政谈话。', 'talk_integrity', false)).toBe(false);
  });
});

describe('paperHeard', () => {
  const selfCheck = (text: string) => findKindMatches(text).filter((m) => m.code === 'report_self').length;
  it.each([
    ['王建国副理事长11月27日听取了财务科自查情况汇报。', 0],
    ['11月27日听取了财务科关于廉政风险自查情况的汇报', 0],
    ['11月27日听取了财务科廉政风险点排查情况汇报', 0],
    ['11月27日听取了办公室、财务科自查自纠情况汇报', 0],
    // The sender's own 自查, reported upward or written up after hearing opinions, stays.
    ['11月27日财务科开展了廉政风险自查，并向王建国副理事长作了汇报', 1],
    ['11月27日完成自查，听取意见后形成自查报告报送机关纪委', 2],
  ])('%s', (text, want) => {
    expect(selfCheck(text)).toBe(want);
  });

  it('only a 自查 is taken out: other kinds are left to their readers', () => {
    expect(paperHeard('听取了财务科自查情况汇报', { code: 'report_info', start: 5, end: 7, text: '自查', inferred: false })).toBe(false);
  });

  it('selfCheckHeardWords says whose and what', () => {
    expect(selfCheckHeardWords('王建国副理事长11月27日听取了财务科自查情况汇报。')).toEqual({ who: '财务科', what: '自查情况' });
    expect(selfCheckHeardWords('11月27日听取了财务科工作汇报')).toBeUndefined();
  });
});

describe('genericTalkOverruled', () => {
  const talk = (text: string) => findKindMatches(text).filter((m) => m.code === 'talk_integrity').map((m) => m.text);
  it.each([
    ['11月12日约谈了徐辉，就群众反映问题进行了函询谈话', []],
    ['11月20日约谈了冯雪，进行了诫勉谈话', []],
    ['11月18日约谈了李娟，对其进行了批评教育', []],
    ['11月10日约谈了周涛，进行了工作谈话', []],
    ['11月12日约谈了徐辉', ['约谈']],
    ['11月12日约谈了徐辉，进行了提醒谈话', ['约谈', '提醒谈话']],
    ['11月12日约谈了徐辉；11月20日对李娟进行了函询谈话', ['约谈']],
  ])('%s', (text, want) => {
    expect(talk(text)).toEqual(want);
  });

  it('a written 廉政约谈 stays', () => {
    expect(genericTalkOverruled('对王磊进行了廉政约谈，就函询问题作了说明', { code: 'talk_integrity', start: 5, end: 9, text: '廉政约谈', inferred: false })).toBe(false);
  });
});
