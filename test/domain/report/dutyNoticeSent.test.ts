// Round 51 (fzaa): a notice about a duty sent out is no record of that duty.
import { describe, expect, it } from 'vitest';
import { dutyNoticeSent, withoutDutyNotice } from '../../../src/domain/report/dutyNoticeSent.js';

describe('dutyNoticeSent', () => {
  it.each([
    '今天下发了信息报送通知',
    '今天把信息报送通知发给各部门了',
    '上周五给各部门发了警示教育的通知',
    '今天布置了信息报送工作',
    '今天下发了警示教育月活动方案',
    '11月27日印发了关于做好廉政信息报送工作的通知',
    // Round 52 (fwf): a meeting of no kind held only to hand the work out, and a notice received, are no deed either.
    '今天召开会议布置了信息报送工作',
    '开了个会对信息报送工作进行了部署',
    '上周安排了信息报送任务',
    '收到信息报送通知',
  ])('「%s」: a notice sent, no record', (t) => expect(dutyNoticeSent(t)).toBe(true));

  it.each([
    '今天报送了信息1篇',
    '今天下发了信息报送通知，并报送了廉政信息1篇',
    '明天下发信息报送通知',
    '今天学习了上级下发的警示教育通知',
    '召开专题会议部署了廉政教育工作',
    '收到信息报送通知后报送了廉政信息1篇',
  ])('「%s」: not only a notice sent', (t) => expect(dutyNoticeSent(t)).toBe(false));
});

describe('withoutDutyNotice', () => {
  it('takes the notice clause out and keeps its day for the deed after it', () => {
    expect(withoutDutyNotice('11月26日下发了信息报送通知，和胡军进行了谈心谈话')).toEqual({
      text: '11月26日和胡军进行了谈心谈话',
      clauses: ['11月26日下发了信息报送通知'],
    });
  });
  it('nothing to take out: undefined', () => expect(withoutDutyNotice('今天和胡军进行了谈心谈话')).toBeUndefined());
});
