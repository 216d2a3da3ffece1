// Round 46, frc (t48b F3): a day no record took was named alone (「消息里的「11月27日」没有对应到任何记录」), not the deed told on
// it; and a head's report to the 分管领导 beside a study was that day's deed, dropped. The card now names the day's words, and
// the report is read; the leader reported to is no doer to ask about.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { leftoverDayDeed } from '../../../src/domain/report/leftoverDayDeed.js';
import { remarksStillTrue } from '../../../src/domain/report/remarksStillTrue.js';

const directory = loadConfig('config').directory;
/** Monday 2026-11-30 10:00 in Shanghai (the corpus's NOW). */
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const read = (sender: string, text: string) => parseReport(text, { now: NOW, directory, senderId: id(sender), mentions: [] })!;

describe('leftoverDayDeed', () => {
  it('names the clause the day opens, cut short', () => {
    const text = '11月13日部门学习；11月27日吴静同志向刘芳副理事长汇报了近期工作。';
    const at = text.indexOf('11月27日');
    expect(leftoverDayDeed(text, at, at + 6)).toBe('吴静同志向刘芳副理事长汇报了近期工作');
    const long = '11月27日，吴静同志向分管领导刘芳副理事长汇报了康复部近期各项工作';
    expect(leftoverDayDeed(long, 0, 6)).toBe('吴静同志向分管领导刘芳副理事长汇报了…');
  });

  it('near-miss: a day standing alone or before a word or two names nothing', () => {
    expect(leftoverDayDeed('检查时间为11月25日。', 5, 11)).toBeUndefined();
    expect(leftoverDayDeed('11月25日，下午', 0, 6)).toBeUndefined();
  });
});

describe('a day left over is named with its deed on the card', () => {
  it.each([
    ['吴静', '康复部：11月13日部门集中学习了典型案例通报，全体4人参加；11月27日吴静同志向刘芳副理事长汇报了近期工作。', '消息里的「11月27日」没有对应到任何记录（「11月27日」那句：吴静同志向刘芳副理事长汇报了近期工作），请核对是否漏记'],
    ['王磊', '11月3日与杨帆廉政谈话，11月10日陪同检查', '消息里的「11月10日」没有对应到任何记录（「11月10日」那句：陪同检查），请核对是否漏记'],
  ])('%s「%s」', (sender, text, note) => {
    expect(read(sender, text).flatMap((r) => r.remarks)).toContain(note);
  });

  it('the note goes once its day is a record\'s (an answer or an edit), its words with it', () => {
    const note = '消息里的「11月27日」没有对应到任何记录（「11月27日」那句：吴静同志向刘芳副理事长汇报了近期工作），请核对是否漏记';
    const draft = (date: string) => ({ type: 'report_to_party' as const, date, counterpartIds: [], late: false });
    expect(remarksStillTrue([note], [draft('2026-11-13')], 'wujing', () => undefined, '2026-11-30')).toEqual([note]);
    expect(remarksStillTrue([note], [draft('2026-11-27')], 'wujing', () => undefined, '2026-11-30')).toEqual([]);
  });
});

describe('a report to the 分管领导 (t48b F3)', () => {
  it('is the head\'s 向党组报告, its own item beside a study; the leader reported to is neither doer nor asked', () => {
    const got = read('吴静', '康复部：11月13日部门集中学习了市纪委通报的4起违反中央八项规定精神典型问题，全体4人参加；11月27日吴静同志向分管领导刘芳副理事长报告了部门全面从严治党工作情况。');
    expect(got.map((r) => [r.draft.type, r.draft.date, r.draft.actorId ?? '', r.draft.departmentId])).toEqual([
      ['edu_warning', '2026-11-13', '', 'rehab'],
      ['report_to_party', '2026-11-27', '', 'rehab'],
    ]);
    expect(got.flatMap((r) => r.problems)).toEqual([]);
    expect(got.flatMap((r) => r.remarks).join('\n')).not.toContain('没有对应到任何记录');
  });
});
