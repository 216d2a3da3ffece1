import { describe, expect, it } from 'vitest';
import { heldPlanText, saysPlanHeld } from '../../../src/domain/report/heldPlan.js';

describe('saysPlanHeld', () => {
  it.each(['不是计划，会已经开过了', '已经开了', '开过了', '已召开', '已经谈完了', '谈过了', '会已经开了。', '不是计划的，已经开过了', '检查过了'])('「%s」 says done', (t) => {
    expect(saysPlanHeld(t)).toBe(true);
  });
  it.each(['好的', '开会', '不是计划', '和王芳已经谈了', '明天开', '今天下午召开了党风廉政建设专题会议', '要开'])('「%s」 does not', (t) => {
    expect(saysPlanHeld(t)).toBe(false);
  });
});

describe('heldPlanText', () => {
  it.each([
    ['今天下午要召开党风廉政建设专题会议', '今天召开党风廉政建设专题会议'],
    ['下午要和王芳谈心谈话', '今天和王芳谈心谈话'],
    ['今晚准备和王磊谈心', '今天和王磊谈心'],
    ['今天下午3点要开警示教育会', '今天开警示教育会'],
    ['下午召开党风廉政建设专题会议', '今天召开党风廉政建设专题会议'],
  ])('「%s」 → 「%s」', (plan, want) => {
    expect(heldPlanText(plan)).toBe(want);
  });
  it.each(['明天要召开专题会议', '下周一和王芳谈心', '12月3日召开专题会议', '今天召开了专题会议'])('「%s」 → undefined', (plan) => {
    expect(heldPlanText(plan)).toBeUndefined();
  });
});
