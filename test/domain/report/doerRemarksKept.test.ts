import { describe, expect, it } from 'vitest';
import { doerRemarksKept } from '../../../src/domain/report/doerRemarksKept.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

const NAMES: Record<string, string> = { wangjianguo: '王建国', zhangwei: '张伟', liufang: '刘芳', hujun: '胡军' };
const nameOf = (id: string) => NAMES[id];
const talk = (actorId?: string): ReportDraft => ({ type: 'talk_integrity', date: '2026-11-25', counterpartIds: ['liming'], ...(actorId ? { actorId } : {}) }) as ReportDraft;

describe('doerRemarksKept', () => {
  it('drops a doer remark when no record is that doer\'s any more, keeps every other remark', () => {
    const remarks = ['谈话人为王建国（代为上报）', '日期沿用上一句：11-25'];
    expect(doerRemarksKept(remarks, [talk('zhangwei')], 'hujun', nameOf)).toEqual(['日期沿用上一句：11-25']);
  });

  it('keeps it while some record is still that doer\'s', () => {
    const remarks = ['谈话人为王建国（代为上报）', '按带队的刘芳的活动记录（代为上报）'];
    expect(doerRemarksKept(remarks, [talk('wangjianguo'), talk('liufang')], 'hujun', nameOf)).toEqual(remarks);
  });

  it('reads 按X的活动记录 and several doers joined by 、; the sender\'s own records name the sender', () => {
    expect(doerRemarksKept(['按刘芳的活动记录（代为上报）'], [talk()], 'hujun', nameOf)).toEqual([]);
    expect(doerRemarksKept(['谈话人为王建国、张伟（代为上报）'], [talk('wangjianguo')], 'hujun', nameOf)).toEqual([]);
    expect(doerRemarksKept(['谈话人为王建国、张伟（代为上报）'], [talk('wangjianguo'), talk('zhangwei')], 'hujun', nameOf)).toHaveLength(1);
  });
});

// t52a F7 tail (round 50, fxc): 「第2条谈话人是我 不是何平」 on a card whose meeting 何平 chaired kept 「谈话人为何平（代为上报）」.
describe('doerRemarksKept: a talk\'s doer remark goes with the talks', () => {
  const meeting = (actorId: string): ReportDraft => ({ type: 'meeting_special', date: '2026-11-26', counterpartIds: [], late: false, actorId }) as ReportDraft;
  it('谈话人为X goes when X does only the meeting now', () => {
    expect(doerRemarksKept(['按张伟的活动记录（代为上报）', '谈话人为张伟（代为上报）'], [meeting('zhangwei'), talk('hujun')], 'hujun', nameOf)).toEqual(['按张伟的活动记录（代为上报）']);
  });
  it('谈话人为X stays while X still does a talk', () => {
    expect(doerRemarksKept(['谈话人为张伟（代为上报）'], [meeting('zhangwei'), talk('zhangwei')], 'hujun', nameOf)).toEqual(['谈话人为张伟（代为上报）']);
  });
  it('a draft with no type yet may still be the talk', () => {
    expect(doerRemarksKept(['谈话人为张伟（代为上报）'], [{ date: '2026-11-26', counterpartIds: ['liming'], actorId: 'zhangwei' } as unknown as ReportDraft], 'hujun', nameOf)).toHaveLength(1);
  });
});

// Round 64 (gdc): 「是我找他谈的」 made 陈志强's talk the sender's; the parser's note on his deed stayed on the card.
describe('doerRemarksKept: 按X的活动记录，消息没有说与您进行', () => {
  it('goes when no record is X\'s any more, stays while one is', () => {
    const note = ['按王建国的活动记录，消息没有说与您进行'];
    expect(doerRemarksKept(note, [talk()], 'hujun', nameOf)).toEqual([]);
    expect(doerRemarksKept(note, [talk('wangjianguo')], 'hujun', nameOf)).toEqual(note);
  });
});
