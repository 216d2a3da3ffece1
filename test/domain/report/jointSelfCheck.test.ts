import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParseContext } from '../../../src/domain/report/draft.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const ctx = (sender: string): ParseContext => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === sender)!.id, mentions: [] });
const read = (sender: string, text: string) => parseReport(text, ctx(sender)) ?? [];

describe('withJointSelfCheckAsked (through parseReport)', () => {
  it('a 自查 会同/联合 a department the sender does not head is put on a card saying where it counts', () => {
    for (const [from, text, dept] of [
      ['林晓', '机关纪委\n11月24日会同办公室开展自查', '办公室'],
      ['林晓', '11月24日会同财务科对三公经费进行了自查', '财务科'],
      ['黄志刚', '11月24日联合康复部对财务报销进行了自查', '康复部'],
    ] as const) {
      const [r] = read(from, text);
      expect(r!.draft.type).toBe('report_self');
      expect(r!.reasons).toContain('unsure');
      expect(r!.remarks.some((m) => m.includes(`计入${dept}（会同的科室）`))).toBe(true);
    }
  });
  it('the department\'s own head, and a self-check with no partner, are as before', () => {
    for (const [from, text] of [['孙丽', '11月24日会同财务科开展自查'], ['孙丽', '11月24日财务科开展自查'], ['林晓', '11月24日开展自查']] as const) {
      for (const r of read(from, text)) expect(r.reasons ?? []).not.toContain('unsure');
    }
  });
});
