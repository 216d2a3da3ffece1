// Round 43 (tester t44b F8, issue 10): a card's notes say what is true of its records. 「句首的人被记成了对象」 stood on a card
// where no one at a sentence's head was made a counterpart (…王磊部长及宣文部全体同志参加，会后与王磊进行了廉政谈话: the 同
// of 同志 read as 同, and only 王磊's first mention weighed), and 「消息里有日期、人名…没有对应到任何记录」 stood beside a
// 「是谁带队检查的？」 question that already offered the one named, naming nothing once it was answered.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { confirmReasons } from '../../../src/domain/report/confirmReasons.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { markSubjectAsCounterpart } from '../../../src/domain/report/subjectAsCounterpart.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctxOf = (sender: string) => ({ now: NOW, directory, senderId: idOf(sender), mentions: [] });
const talk = (...with_: string[]): ParsedReport => ({ draft: { type: 'talk_heart', date: '2026-11-25', counterpartIds: with_.map(idOf) } as ParsedReport['draft'], problems: [], remarks: [] });
const reasonsOf = (from: string, text: string) => {
  const got = read(from, text);
  return [...new Set([...confirmReasons(got, text), ...got.flatMap((r) => r.reasons ?? [])])];
};

describe('句首的人被记成了对象 only when a sentence’s subject was made a counterpart', () => {
  it.each([
    ['赵敏', '11月24日到宣文部召开分管科室党风廉政建设工作会议，王磊部长及宣文部全体同志参加，会后与王磊进行了廉政谈话。'],
    ['刘芳', '11月26日到康复部召开分管科室党风廉政建设工作会议，吴静科长及康复部全体同志参加，会后与吴静进行了谈心谈话。'],
    ['陈志强', '11月23日到维权部召开分管科室会议，冯雪部长和维权部全体同志参加，会后与冯雪谈了心。'],
  ])('%s「%s」: neither that note nor the leftover note', (from, text) => {
    const reasons = reasonsOf(from, text);
    expect(reasons).not.toContain('subject_unclear');
    expect(reasons).not.toContain('leftover');
  });

  it('a subject who talked with someone (孙科长那阵子和王强谈心谈话), made the sender’s counterpart, still carries the note', () => {
    const reports = [talk('孙丽'), talk('王强')];
    markSubjectAsCounterpart(reports, '孙科长那阵子和王强谈心谈话', ctxOf('李娟'));
    expect(reports[0]!.reasons).toEqual(['subject_unclear']);
  });

  it.each(['王磊部长及宣文部全体同志参加,会后与王磊进行了廉政谈话。', '冯雪部长和维权部全体同志参加,会后与冯雪谈了心。'])(
    '「%s」 marked directly: the attendee is no subject turned to',
    (text) => {
      const who = text.startsWith('王磊') ? '王磊' : '冯雪';
      const reports = [talk(who)];
      markSubjectAsCounterpart(reports, text, ctxOf('赵敏'));
      expect(reports[0]!.reasons).toBeUndefined();
    },
  );
});

describe('the leftover note only when something is left over that no question or note accounts for', () => {
  it('林晓「带黄志刚书记对维权部…检查」: who led is asked, offering 黄志刚; nothing is left over', () => {
    const got = read('林晓', '11月26日带黄志刚书记对维权部开展了作风纪律检查。');
    expect(got[0]!.problems.map((p) => p.code)).toEqual(['missing_actor']);
    expect(got.flatMap((r) => r.reasons ?? [])).not.toContain('leftover');
  });

  it('黄志刚「和林晓对财务科、办公室…督查」: the check is his, on a card that says why (同去的人…按您带队), not the leftover note', () => {
    const reasons = reasonsOf('黄志刚', '上周三和林晓对财务科、办公室开展了作风纪律督查');
    expect(reasons).toContain('check_companion');
    expect(reasons).not.toContain('leftover');
  });

  it('a title no record took is still named as left over', () => {
    const got = read('王建国', '11月25日与李明进行了廉政谈话，会前看了《监察法》的一些条文');
    const remarks = got.flatMap((r) => r.remarks).join('\n');
    const reasons = got.flatMap((r) => r.reasons ?? []);
    if (!got.some((r) => r.draft.title?.includes('监察法'))) {
      expect(reasons).toContain('leftover');
      expect(remarks).toContain('《监察法》');
    }
  });
});
