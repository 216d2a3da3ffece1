// A department gone along with on a check (会同办公室…, 和组联部一起…) is no place checked (round 21, K5).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const ALL = directory.org.departments.map((d) => d.id);

describe('the companion of a check', () => {
  it.each([
    ['黄志刚', '11月20日会同办公室对财务科到岗情况进行了检查', ['finance']],
    ['林晓', '上周三会同组联部对康复中心开展了到岗情况督查', ['center']],
    ['黄志刚', '11月17日和组联部一起对宣文部、维权部到岗情况进行了抽查', ['publicity', 'rights']],
    ['黄志刚', '11月23日，会同办公室对各部室到岗情况进行检查', ALL],
    ['林晓', '11月26日会同办公室对各部室上班纪律进行明查暗访', ALL],
    ['林晓', '昨天会同办公室检查了各部室到岗情况', ALL],
  ])('%s「%s」 is at %j', (from, text, places) => {
    const got = read(from, text);
    expect(got.map((r) => r.draft.type)).toEqual(['inspect_style']);
    expect(got[0]!.draft.departmentIds ?? [got[0]!.draft.departmentId]).toEqual(places);
  });

  it.each([
    ['黄志刚', '11月24日开展了到岗情况检查，会同办公室一起'],
    ['林晓', '上周一与办公室一起检查了各科室人员到岗情况'],
  ])('%s「%s」 names no department checked: none is taken', (from, text) => {
    const got = read(from, text);
    expect(got.map((r) => [r.draft.type, r.draft.departmentId, r.draft.departmentIds])).toEqual([['inspect_style', undefined, undefined]]);
  });

  it('a department that checked along with no one named is still the place (到办公室检查)', () => {
    expect(read('林晓', '11月25日到办公室检查了到岗情况')[0]!.draft.departmentId).toBe('office');
  });
});
