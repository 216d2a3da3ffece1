// A department standing as the subject of a check made it: its head's, and none of the places checked (round 35a F3).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { checkingDepartment } from '../../../src/domain/report/checkingDepartment.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctxOf = (from: string) => ({ now: NOW, directory, senderId: idOf(from), mentions: [] });
const read = (from: string, text: string) => parseReport(text, ctxOf(from))!;
const OTHERS = directory.org.departments.map((d) => d.id).filter((id) => id !== 'office');

describe('checkingDepartment', () => {
  it.each([
    ['胡军', '\u0000\u0000\u0000\u0000\u0000，办公室对财务科考勤\u0000\u0000\u0000\u0000\u0000', 'office'],
    ['胡军', '\u0000\u0000\u0000\u0000\u0000组联部于上午到康复部\u0000\u0000\u0000', 'liaison'],
    ['李娟', '\u0000\u0000\u0000\u0000\u0000科里对各部室报销单据\u0000\u0000\u0000', 'finance'],
    ['胡军', '\u0000\u0000\u0000\u0000\u0000办公室牵头对各部室考勤\u0000\u0000\u0000', 'office'],
  ])('%s「%s」 is checked by %s', (from, text, id) => {
    expect(checkingDepartment(text, ctxOf(from))?.departmentId).toBe(id);
  });

  it.each([
    ['胡军', '\u0000\u0000\u0000\u0000\u0000对办公室考勤\u0000\u0000\u0000'],
    ['胡军', '\u0000\u0000\u0000\u0000\u0000，财务科考勤\u0000\u0000'],
    ['黄志刚', '\u0000\u0000\u0000\u0000\u0000会同办公室对各部室\u0000\u0000\u0000'],
    ['胡军', '\u0000\u0000\u0000\u0000\u0000办公室对照清单\u0000\u0000\u0000'],
    ['胡军', '\u0000\u0000\u0000\u0000\u0000办公室到会\u0000\u0000\u0000'],
    // A 财务科 clerk's 部里 is no unit of hers.
    ['李娟', '\u0000\u0000\u0000\u0000\u0000部里对各部室\u0000\u0000\u0000'],
  ])('%s「%s」 names no department checking', (from, text) => {
    expect(checkingDepartment(text, ctxOf(from))).toBeUndefined();
  });

  it('a clerk\'s 办公室对各部室… is the head\'s check of every other department, on the card', () => {
    const got = read('胡军', '11月27日，办公室对各部室考勤和值班情况进行了检查');
    expect(got.map((r) => [r.draft.type, r.draft.actorId, r.draft.departmentIds])).toEqual([['inspect_style', idOf('李明'), OTHERS]]);
  });

  it('the head\'s own is his, at its place only', () => {
    const got = read('李明', '11月27日，办公室对财务科考勤进行了检查');
    expect(got.map((r) => [r.draft.type, r.draft.actorId, r.draft.departmentId, r.draft.departmentIds])).toEqual([['inspect_style', undefined, 'finance', undefined]]);
  });
});
