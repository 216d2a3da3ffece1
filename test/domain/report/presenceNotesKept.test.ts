// Round 64, gda: the notes of who was there, who may have held it and whom it was with follow the card's records.
import { describe, expect, it } from 'vitest';
import { presenceNotesKept } from '../../../src/domain/report/presenceNotesKept.js';
import { remarksStillTrue } from '../../../src/domain/report/remarksStillTrue.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

const NAMES: Record<string, string> = { liufang: '刘芳', zhoutao: '周涛', wujing: '吴静', sunli: '孙丽', chenzhiqiang: '陈志强', zhaomin: '赵敏', liming: '李明', fengxue: '冯雪' };
const nameOf = (id: string) => NAMES[id];
const talk = (counterpartIds: string[], actorId?: string): ReportDraft => ({ type: 'talk_heart', date: '2026-12-06', counterpartIds, late: false, ...(actorId ? { actorId } : {}) });
const keep = (remarks: string[], drafts: ReportDraft[]) => presenceNotesKept(remarks, drafts, 'liufang', nameOf);

describe('presenceNotesKept', () => {
  const maybe = '如也和吴静谈了，请点「修改」加上；只是在场的，确认即可';
  const along = '「康复部吴晶也一起」：吴静是一同参加的，未记为对象';

  it('drops 如也和 and 一同参加 once the one named is talked to (吴晶就是吴静 也跟她一起谈的)', () => {
    expect(keep([maybe, along], [talk(['zhoutao'])])).toEqual([maybe, along]);
    expect(keep([maybe, along], [talk(['zhoutao']), talk(['wujing'])])).toEqual([]);
  });

  it('narrows a note of two to the one still only there', () => {
    const two = '如也和吴静、孙丽谈了，请点「修改」加上；只是在场的，确认即可';
    expect(keep([two], [talk(['zhoutao', 'sunli'])])).toEqual([maybe]);
    expect(keep(['「吴静、孙丽也在」：吴静、孙丽是一同参加的，未记为对象'], [talk(['wujing'])])).toEqual(['「吴静、孙丽也在」：孙丽是一同参加的，未记为对象']);
  });

  it('drops 如是X主谈 once X holds it, and 「X不在场」 once X is talked to', () => {
    const lead = '按您主谈记录；如是赵敏主谈，请点「修改」改活动人';
    expect(keep([lead], [talk(['zhoutao'])])).toEqual([lead]);
    expect(keep([lead], [talk(['zhoutao'], 'zhaomin')])).toEqual([]);
    const away = '「李明不在」：李明不在场，没有记入这次谈话';
    expect(keep([away], [talk(['zhoutao'])])).toEqual([away]);
    expect(keep([away], [talk(['zhoutao', 'liming'])])).toEqual([]);
  });

  it('drops 「消息没有说与您进行」 once the doer\'s record has its people, or is no one\'s', () => {
    const note = '按陈志强的活动记录，消息没有说与您进行';
    expect(keep([note], [talk([], 'chenzhiqiang')])).toEqual([note]);
    expect(keep([note], [talk(['fengxue'], 'chenzhiqiang')])).toEqual([]);
    expect(keep([note], [talk(['liufang'], 'chenzhiqiang')])).toEqual([]);
    expect(keep([note], [talk(['fengxue'])])).toEqual([]);
  });

  it('drops the other unit\'s sound-alike note once that person is talked to; keeps every other note', () => {
    const offered = '「财务科吴晶」：财务科没有吴晶，是不是康复部的吴静？未记入；如也和吴静谈了，请点「修改」加上';
    const unlisted = '「张三」不在通讯录里，未记入';
    expect(keep([offered, unlisted], [talk(['zhoutao'])])).toEqual([offered, unlisted]);
    expect(keep([offered, unlisted], [talk(['zhoutao']), talk(['wujing'])])).toEqual([unlisted]);
  });

  it('is applied by remarksStillTrue', () => {
    expect(remarksStillTrue([maybe], [talk(['zhoutao']), talk(['wujing'])], 'liufang', nameOf, '2026-12-07')).toEqual([]);
  });
});
