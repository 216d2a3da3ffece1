// Round 59, fcb (issue 10; fda's left-alone): the person leading a tally split by type does every talk it counts.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { tallyLeadDoer, withTallyLeadDoer } from '../../../src/domain/report/tallyLeadDoer.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string) => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: id(sender), mentions: [] });

describe('tallyLeadDoer', () => {
  it.each([
    ['黄书记本月共开展谈话3次,其中廉政谈话2次、谈心谈话1次', '黄志刚', '本月共开展谈话3次,其中廉政谈话2次、谈心谈话1次'],
    ['本月黄志刚书记共开展谈话3次,其中廉政谈话2次、谈心谈话1次', '黄志刚', '本月共开展谈话3次,其中廉政谈话2次、谈心谈话1次'],
    ['王副理事长本月共开展谈话4次,其中廉政谈话3次、谈心谈话1次', '王建国', '本月共开展谈话4次,其中廉政谈话3次、谈心谈话1次'],
    ['张书记11月共开展谈话3次,其中廉政谈话1次、谈心谈话2次', '张伟', '11月共开展谈话3次,其中廉政谈话1次、谈心谈话2次'],
  ])('%s → %s, %s', (text, doer, rest) => {
    expect(tallyLeadDoer(text, ctx('林晓'))).toEqual({ text: rest, doerId: id(doer) });
  });

  it.each([
    ['林晓', '我本月共开展谈话3次,其中廉政谈话2次、谈心谈话1次'],
    ['林晓', '本月共开展谈话3次,其中廉政谈话2次、谈心谈话1次'],
    ['黄志刚', '黄书记本月共开展谈话3次,其中廉政谈话2次、谈心谈话1次'],
    ['林晓', '本月开展廉政谈话4人次:11月9日与何平,11月16日与徐辉'],
  ])('%s 「%s」 → none', (sender, text) => {
    expect(tallyLeadDoer(text, ctx(sender))).toBeUndefined();
  });

  it('withTallyLeadDoer makes the doer every talk\'s 活动人, off its counterparts, the sender too, whom asked', () => {
    const bare: ParsedReport = { draft: { type: 'talk_integrity', counterpartIds: [id('黄志刚'), id('林晓')], late: false }, problems: [{ code: 'missing_date' }], remarks: [] };
    const other: ParsedReport = { draft: { type: 'inspect_style', counterpartIds: [], late: false }, problems: [{ code: 'missing_date' }], remarks: [] };
    const got = withTallyLeadDoer([bare, { ...bare }, other], { text: '', doerId: id('黄志刚') }, ctx('林晓'))!;
    expect(got[0]!.draft.actorId).toBe(id('黄志刚'));
    expect(got[0]!.draft.counterpartIds).toEqual([]);
    expect(got[0]!.problems.map((p) => p.code)).toEqual(['missing_date', 'missing_counterpart']);
    expect(got[0]!.remarks).toEqual(['谈话人为黄志刚（代为上报）']);
    expect(got[1]!.remarks).toEqual([]);
    expect(got[0]!.reasons).toContain('third_person');
    expect(got[2]).toBe(other);
  });
});
