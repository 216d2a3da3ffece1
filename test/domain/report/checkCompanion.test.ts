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

  // e24 (issue 10): 和/与/同/跟 X with no 一起, a place checked right after (对/到 + a department or 各…), was stored at
  // once at X; 对X和Y… and 到X和Y… keep both places.
  it.each([
    ['林晓', '11月23日和办公室对财务科进行了作风纪律检查', ['finance']],
    ['黄志刚', '上周五同组联部到康复部检查了上班纪律', ['rehab']],
    ['林晓', '前天跟宣文部对维权部开展了作风督查', ['rights']],
    ['黄志刚', '11月18日与财务科对各部室公车使用情况进行了作风纪律检查', ALL],
    ['林晓', '11月20日对办公室和财务科进行了作风纪律检查', ['office', 'finance']],
    ['黄志刚', '11月19日到组联部和康复部检查了考勤', ['liaison', 'rehab']],
  ])('%s「%s」 (和 X before the place, no 一起) is at %j', (from, text, places) => {
    const got = read(from, text);
    expect(got.map((r) => r.draft.type)).toEqual(['inspect_style']);
    expect(got[0]!.draft.departmentIds ?? [got[0]!.draft.departmentId]).toEqual(places);
  });

  it('a check of no named kind keeps only the places checked while its type is asked (会同办公室对财务科、组联部…抽查)', () => {
    const got = read('黄志刚', '11月10日，会同办公室对财务科、组联部公务接待和加班餐报销情况开展了专项抽查');
    expect(got[0]!.draft.departmentIds ?? [got[0]!.draft.departmentId]).toEqual(['finance', 'liaison']);
  });

  it('a department that checked along with no one named is still the place (到办公室检查)', () => {
    expect(read('林晓', '11月25日到办公室检查了到岗情况')[0]!.draft.departmentId).toBe('office');
  });
});
