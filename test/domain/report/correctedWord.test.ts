// A person or a type taken back in the same message (「…，不对，是和王强」): the correction replaces it, on the card.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const { directory } = loadConfig('config');
const NOW = new Date('2026-12-01T10:00:00+08:00');
const read = (from: string, text: string) => {
  const sender = directory.org.people.find((p) => p.name === from)!;
  return parseReport(text, { now: NOW, directory, senderId: sender.id, mentions: [] })!.map((r) => ({
    type: r.draft.type,
    date: r.draft.date,
    with: r.draft.counterpartIds.join(','),
    card: (r.reasons ?? []).includes('corrected_day'),
  }));
};

describe('a person or type taken back', () => {
  it.each([
    ['陈志强', '昨天和郑华谈的廉政谈话，不对，是和冯雪', 'talk_integrity', '2026-11-30', 'fengxue'],
    ['孙丽', '今天和王强谈的廉政谈话，不对，是和李娟', 'talk_integrity', '2026-12-01', 'lijuan'],
    ['王建国', '今天和孙丽进行了廉政谈话，说错了，应该是李明', 'talk_integrity', '2026-12-01', 'liming'],
    ['王建国', '今天和孙丽进行了谈心谈话，哦不，是廉政谈话', 'talk_integrity', '2026-12-01', 'sunli'],
  ])('%s「%s」: one record, the corrected one, for a tap', (from, text, type, date, who) => {
    expect(read(from, text)).toEqual([{ type, date, with: who, card: true }]);
  });

  it('纠正 in a 工作动态 (「要求立即纠正，王强已整改」) takes nothing back', () => {
    const r = read('林晓', '11月20日到财务科开展作风纪律检查，发现问题要求立即纠正，王强已整改');
    expect(r.every((x) => !x.card)).toBe(true);
  });
});
