// cardAgenda (round 50 fxc, t52a F5: 「议题改成…部署明年…」 on a 专题会议 card read as a plan): the agenda set by text.
import { describe, expect, it } from 'vitest';
import { agendaPut, cardAgendaWords } from '../../../src/domain/report/cardAgenda.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';

const item = (type: PendingItem['draft']['type'], note?: string): PendingItem => ({ draft: { type, date: '2026-11-26', counterpartIds: [], late: false, ...(note ? { note } : {}) }, problems: [] });

describe('cardAgendaWords', () => {
  it.each([
    ['议题改成研究全面从严治党工作和部署明年党风廉政建设工作', '研究全面从严治党工作和部署明年党风廉政建设工作'],
    ['会议主题改为研究明年廉政风险防控工作，之前写得不全', '研究明年廉政风险防控工作'],
    ['议题应该是 研究部署明年党风廉政建设工作', '研究部署明年党风廉政建设工作'],
    ['议题不对，是传达学习本季度完成情况通报', '传达学习本季度完成情况通报'],
    ['会议内容换成《廉洁自律准则》', '廉洁自律准则'],
  ])('「%s」', (said, to) => expect(cardAgendaWords(said)).toBe(to));

  it.each(['题目改成专题研究全面从严治党工作', '议题', '明年研究议题', '日期改成11月25日'])('「%s」: no agenda', (said) => expect(cardAgendaWords(said)).toBeUndefined());
});

describe('agendaPut', () => {
  it('the card\'s one meeting takes the agenda as its note', () => {
    const r = agendaPut([item('meeting_special', '会上对明年工作作了部署'), item('talk_heart')], [0, 1], false, '研究部署明年工作');
    expect(r?.kind === 'changed' && r.items.map((i) => i.draft.note)).toEqual(['研究部署明年工作', undefined]);
  });
  it('words that are no agenda become the title, the old agenda note going', () => {
    const r = agendaPut([item('meeting_special', '研究部署年终工作')], [0], false, '廉政风险防控');
    expect(r?.kind === 'changed' && [r.items[0]!.draft.title, r.items[0]!.draft.note]).toEqual(['廉政风险防控', undefined]);
  });
  it('no meeting: left to other readers; two meetings not named: which', () => {
    expect(agendaPut([item('edu_integrity')], [0], false, '研究部署')).toBeUndefined();
    expect(agendaPut([item('meeting_special'), item('meeting_dept')], [0, 1], false, '研究部署明年工作')?.kind).toBe('which');
  });
});
