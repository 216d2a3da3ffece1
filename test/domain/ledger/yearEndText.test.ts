// The year's account as one chat message: the whole trace when it fits, fewer records per figure when Feishu's limit is near.
import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../src/domain/period.js';
import { buildYearEndAccount } from '../../../src/domain/ledger/yearEndAccount.js';
import { renderYearEndText, TEXT_BUDGET_BYTES, traceLine } from '../../../src/domain/ledger/yearEndText.js';
import { demo, demoActivities, demoConfig, YEAR_END_NOW } from '../../ledger/demoLedger.js';

const { directory } = demoConfig;
const year = periodOf('year', '2026-01-01');
const build = (activities = demoActivities()) =>
  buildYearEndAccount({ directory, activities, period: year, now: YEAR_END_NOW, viewer: { kind: 'operator' }, subject: { kind: 'organization' } });

const bytes = (text: string) => Buffer.byteLength(JSON.stringify({ text }), 'utf8');

describe('renderYearEndText', () => {
  it('gives the title, the draft, then every record behind every figure', () => {
    const account = build();
    const text = renderYearEndText(account);
    expect(text.startsWith('某市残疾人联合会2026年党风廉政建设工作总结（草稿）')).toBe(true);
    expect(text).toContain('数字来源');
    for (const f of account.figures) {
      expect(text).toContain(`〔${f.no}〕${f.label}：${f.count}${f.unit}`);
      for (const r of f.rows) expect(text).toContain(traceLine(r));
    }
    expect(text).toContain('2026-06-25｜谈心谈话｜陈志强｜对象：冯雪｜补录｜编号');
    expect(text).toContain('廉政党课｜张伟（黄志刚上报）');
  });

  it('stays under the budget with thousands of records, pointing to the Word file for the rest', () => {
    const many = [...demoActivities()];
    for (let i = 0; i < 4000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      many.push(demo({ type: 'inspect_style', date: `2026-${month}-${day}`, actor: 'linxiao', title: `第${i}次作风纪律检查暗访` }));
    }
    const account = build(many);
    const text = renderYearEndText(account);
    expect(bytes(text)).toBeLessThanOrEqual(TEXT_BUDGET_BYTES);
    expect(text).toContain('作风纪律检查4006次');
    expect(text).toMatch(/另有\d+条，见 Word 文档/);
  });
});
