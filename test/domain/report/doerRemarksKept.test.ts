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
