// Round 47 (fsb; t49b F4 dialog): 「部门只有教育就业部，没有维权部」 typed on a 确认 card whose 分管科室会议 was at 教育就业部、
// 维权部 was not understood (card kept). A department taken off in words: 只有X · 去掉Y · 没有Y · 不包括Y · Y不对 · Y没参加.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { cardCorrection, type CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { directoryIndex } from '../../../src/domain/report/parseDirectoryIndex.js';

const directory = loadConfig('config').directory;
const ctx: CardCorrectionContext = {
  today: '2026-12-05',
  personId: (w) => directory.org.people.find((p) => p.name === w.replace(/同志$/, ''))?.id,
  personName: (id) => directory.person(id)?.name ?? id,
  senderId: 'zhenghua',
  departmentId: (w) => directoryIndex(directory).departmentBySurface.get(w.replace(/的$/, ''))?.id,
  departmentName: (id) => directory.department(id)?.name ?? id,
};
const item = (type: ActivityTypeCode, actorId: string | undefined, places: string[], ...counterpartIds: string[]): PendingItem => ({
  draft: { type, date: '2026-11-30', counterpartIds, late: false, ...(actorId ? { actorId } : {}), ...(places.length > 0 ? { departmentId: places[0]! } : {}), ...(places.length > 1 ? { departmentIds: places } : {}) },
  problems: [],
});
const places = (r: ReturnType<typeof cardCorrection>) => (r?.kind === 'changed' ? r.items.map((i) => i.draft.departmentIds ?? (i.draft.departmentId ? [i.draft.departmentId] : [])) : r?.kind);
/** 郑华's card (t49b F4): the 分管科室会议 at both of 陈志强's departments. */
const meeting = [item('meeting_dept', 'chenzhiqiang', ['employment', 'rights'])];
/** With a talk beside it, and a 自查 of 教育就业部. */
const card = [item('meeting_dept', 'chenzhiqiang', ['employment', 'rights']), item('talk_integrity', 'chenzhiqiang', ['employment'], 'zhenghua'), item('report_self', undefined, ['employment'])];

describe('a department taken off a record in words', () => {
  it.each([
    '部门只有教育就业部，没有维权部',
    '部门只有教育就业部',
    '只有教就部',
    '只有教育就业部一个部门',
    '部门只是教育就业部，不包括维权部',
    '去掉维权部',
    '把维权部去掉',
    '部门去掉维权部',
    '没有维权部',
    '不包括维权部',
    '维权部不对',
    '维权部没参加',
    '不对，维权部没有参加',
    '部门删掉维权部。',
    '维权部是多的',
  ])('「%s」 → the meeting at 教育就业部 only', (text) => {
    const got = cardCorrection(text, meeting, ctx);
    expect(places(got)).toEqual([['employment']]);
    expect(got?.kind === 'changed' && got.what).toMatch(/部门改为教育就业部/);
  });

  it('on a card of several records: the one record holding the department', () => {
    expect(places(cardCorrection('去掉维权部', card, ctx))).toEqual([['employment'], ['employment'], ['employment']]);
    expect(places(cardCorrection('部门只有教育就业部，没有维权部', card, ctx))).toEqual([['employment'], ['employment'], ['employment']]);
    expect(places(cardCorrection('第1条去掉维权部', card, ctx))).toEqual([['employment'], ['employment'], ['employment']]);
  });

  it.each([
    ['去掉财务科', /没有记在财务科/],
    ['部门只有维权部，没有维权部', undefined],
  ])('「%s」: said, nothing changed', (text, said) => {
    const got = cardCorrection(text, meeting, ctx);
    if (said === undefined) expect(got?.kind === 'changed').toBe(false);
    else expect(got?.kind === 'unfit' && got.text).toMatch(said);
  });

  it('the last department taken off: refused, a department asked for', () => {
    const got = cardCorrection('去掉教育就业部', [item('report_self', undefined, ['employment'])], ctx);
    expect(got?.kind === 'unfit' && got.text).toMatch(/没有部门了/);
  });

  it.each(['没有题目', '人数不对', '没有了', '维权部的冯雪也参加了', '不是维权部，是教育就业部'])('「%s」 is no department taken off', (text) => {
    const got = cardCorrection(text, meeting, ctx);
    expect(got?.kind === 'changed' && /去掉|部门改为教育就业部$/.test(got.what) && text !== '不是维权部，是教育就业部').toBe(false);
  });
});
