// remarksAfterDrop: a remark only about the record left out goes with it (round 30a, C3); the rest stay.
import { describe, expect, it } from 'vitest';
import { remarksAfterDrop } from '../../../src/domain/report/remarksAfterDrop.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

const talk: ReportDraft = { type: 'talk_heart', date: '2026-11-24', actorId: 'wanglei', counterpartIds: ['yangfan'], late: false };
const study: ReportDraft = { type: 'edu_integrity', date: '2026-11-26', actorId: 'wanglei', counterpartIds: [], title: '廉洁自律准则', late: false };
const remarks = ['谈话人为王磊（代为上报）', '第3条是计划安排，未记录；完成后再发给我即可', '「学习《廉洁自律准则》」按廉政教育记录', '按王磊的活动记录（代为上报）'];

describe('remarksAfterDrop', () => {
  it('drops the study\'s remark when the study is left out', () => {
    expect(remarksAfterDrop(remarks, study, [talk])).toEqual(['谈话人为王磊（代为上报）', '第3条是计划安排，未记录；完成后再发给我即可', '按王磊的活动记录（代为上报）']);
  });

  it('keeps it when the talk is left out and the study stays', () => {
    expect(remarksAfterDrop(remarks, talk, [study])).toEqual(remarks);
  });

  it('keeps a type remark while another record of that type stays', () => {
    const other: ReportDraft = { ...study, title: '中国共产党纪律处分条例', date: '2026-11-27' };
    expect(remarksAfterDrop(['「集中学习」按廉政教育记录'], other, [study])).toEqual(['「集中学习」按廉政教育记录']);
  });
});
