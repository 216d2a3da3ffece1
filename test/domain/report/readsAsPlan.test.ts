// A deed still to come is a plan: the bot answers with its plan reply (fallback.ts), never 没看懂 nor a record.
import { describe, expect, it } from 'vitest';
import { namesMonthAhead, readsAsPlan } from '../../../src/domain/report/readsAsPlan.js';
import { namesMonthPartAhead } from '../../../src/domain/report/stillToCome.js';

const NOW = new Date('2026-11-30T10:00:00+08:00');

describe('readsAsPlan', () => {
  it.each([
    '赵敏书记下午要来宣文部开分管科室会',
    '王副理事长下午要来财务科开分管科室会议',
    '刘芳副理事长这周要到康复部检查责任书落实情况',
    '陈副理事长晚上要找郑部长谈话',
    '张书记将来办公室开展廉政谈话',
  ])('%s is a plan', (text) => expect(readsAsPlan(text, NOW)).toBe(true));

  it.each(['赵书记下午来宣文部开了分管科室会', '会议强调要开好民主生活会，11月20日召开了专题会议'])('%s is no plan', (text) => expect(readsAsPlan(text, NOW)).toBe(false));

  // Round 33a, P2: 12月还将邀请… was asked its day as a done 廉政教育, so any day answered would have stored a lecture to come.
  it.each(['12月还将邀请赵敏书记来部里讲廉政党课。', '12月拟邀请市纪委专家为部门干部讲授廉政党课', '计划邀请市纪委老师来部里讲廉政课', '下一步将请党校教授给全体党员上廉政党课'])(
    'an invited lecture still to come, %s, is a plan',
    (text) => expect(readsAsPlan(text, NOW)).toBe(true),
  );
  it.each(['11月25日邀请市纪委专家来部里讲授了廉政党课', '按计划邀请市纪委专家11月26日来部里作了廉政专题辅导'])('an invitation done, %s, is no plan', (text) =>
    expect(readsAsPlan(text, NOW)).toBe(false),
  );
});

describe('namesMonthPartAhead (round 14: 「⏳ 12月上旬 对康复中心开展明查暗访」 was asked its day)', () => {
  const TUESDAY = new Date('2026-12-01T09:00:00+08:00');
  it.each(['⏳ 12月上旬 对康复中心开展明查暗访', '12月中旬组织观看警示教育片', '12月底前后和王强谈话', '十二月下旬开展作风纪律检查'])('%s on 12-01 is still to come', (text) =>
    expect(namesMonthPartAhead(text, TUESDAY)).toBe(true),
  );
  it.each(['11月上旬对康复中心开展了明查暗访', '12月上旬对康复中心开展了明查暗访', '11月份纪检工作：', '11月中旬组织观看警示教育片'])('%s is not', (text) =>
    expect(namesMonthPartAhead(text, TUESDAY)).toBe(false),
  );
  it('12月上旬 on 12-11 is over', () => expect(namesMonthPartAhead('12月上旬对康复中心开展明查暗访', new Date('2026-12-11T09:00:00+08:00'))).toBe(false));
});

describe('namesMonthAhead (round 33a: 会上明确12月邀请党校教授讲廉政党课 put on the meeting\'s day)', () => {
  it.each(['会上明确12月邀请党校教授讲廉政党课', '12月份组织观看警示教育片', '十二月还将开展作风纪律检查'])('%s on 11-30 is still to come', (clause) =>
    expect(namesMonthAhead(clause, NOW)).toBe(true),
  );
  it.each(['11月组织观看警示教育片', '12月1日对宣文部开展检查', '12月已组织观看警示教育片', '截至12月开展检查3次', '12月中旬组织观看警示教育片'])('%s is not', (clause) =>
    expect(namesMonthAhead(clause, NOW)).toBe(false),
  );
  it('12月 in December says nothing', () => expect(namesMonthAhead('12月组织观看警示教育片', new Date('2026-12-03T19:30:00+08:00'))).toBe(false));
});
