// Some records of a waiting 确认 card kept and the others left out in one typed answer (issue 10 part C, kind 1).
import { describe, expect, it } from 'vitest';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { cardKeepChoice } from '../../../src/domain/report/cardKeepChoice.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

const item = (type: ActivityTypeCode, date: string, ...counterpartIds: string[]): { draft: ReportDraft } => ({ draft: { type, date, counterpartIds, late: false } });
/** Three talks by one leader, with 孙丽, 王娟 and 王刚 (the demo fixture's names). */
const three = [item('talk_integrity', '2026-11-20', 'sunli'), item('talk_integrity', '2026-11-20', 'wangjuan'), item('talk_heart', '2026-11-20', 'wanggang')];
const nameOf = (id: string) => fixtureDirectory.person(id)?.name;
const read = (text: string, items = three) => cardKeepChoice(text, items, nameOf, '2026-11-30');

describe('cardKeepChoice', () => {
  it.each([
    ['第2条不要，其余确认', [0, 2], [1]],
    ['第二条删掉，其他的都对', [0, 2], [1]],
    ['只要第1、3条', [0, 2], [1]],
    ['除了和王娟那条，别的都确认', [0, 2], [1]],
    ['1和3确认，2不要', [0, 2], [1]],
    ['好的，第2条不要，其余确认。', [0, 2], [1]],
    ['第2条不要 其余确认', [0, 2], [1]],
    ['嗯 第二条删了吧，剩下两条都没问题', [0, 2], [1]],
    ['只记第一条和第三条就行', [0, 2], [1]],
    ['除了第2条，其余的都确认', [0, 2], [1]],
    ['除第二条外其余都确认', [0, 2], [1]],
    ['王娟那条不要，其他确认', [0, 2], [1]],
    ['谈心那条不要，其余的记上', [0, 1], [2]],
    ['只要第1条', [0], [1, 2]],
    ['第1、3条不要，其余确认', [1], [0, 2]],
    ['第1条和第3条对的，第2条不用记', [0, 2], [1]],
    ['ok，2不要，其它确认', [0, 2], [1]],
  ])('「%s」 keeps %j, leaves out %j', (text, keep, drop) => {
    expect(read(text)).toEqual({ kind: 'keep', keep, drop });
  });

  it.each([
    ['第5条不要，其余确认', /只有 3 条记录，没有第5条/],
    ['只要第1、4条', /没有第4条/],
    ['1确认，2不要', /第3条要不要记/],
    ['1和3确认', /第2条要不要记/],
    ['好的 第一条没问题', /第2、3条要不要记/],
    ['除了和周杰那条，别的都确认', /卡片上没有「周杰」的记录/],
    ['谈话那条不要，其余确认', /第1、2、3条都是「谈话」/],
    ['1和2确认，2不要', /第2条既说要又说不要/],
    ['1、2、3都不要，其余确认', /没有要记的了/],
  ])('「%s」 asks precisely, nothing chosen', (text, said) => {
    const r = read(text);
    expect(r?.kind).toBe('unclear');
    expect(r?.kind === 'unclear' && r.text).toMatch(said);
  });

  // Near-misses: answers that keep their own readers (the card again without one, what is wrong asked, 确认 of all, 取消).
  it.each([['第2条不要'], ['去掉第二条'], ['第2条不对'], ['第2条不对，其余确认'], ['确认'], ['都确认'], ['取消'], ['第3条日期是11月21日'], ['王娟那条不要'], ])(
    '「%s」 is no keep-and-drop answer',
    (text) => {
      expect(read(text)).toBeUndefined();
    },
  );

  it('a card of one record is never read so', () => {
    expect(read('第1条确认，其余不要', [three[0]!])).toBeUndefined();
  });
});
