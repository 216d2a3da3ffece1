// Round 39 (fld; t38a F9(c): 「第1条是教育就业部、维权部两个部门」 → 「这条消息没有记录」): a record's departments changed in
// words while its 确认 card waits, through fieldChange as the other fields; a talk's or signing's never.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { cardCorrection, type CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { directoryIndex } from '../../../src/domain/report/parseDirectoryIndex.js';

const directory = loadConfig('config').directory;
/** Friday 2026-12-04, the testers' day. */
const ctx: CardCorrectionContext = {
  today: '2026-12-04',
  personId: (w) => directory.org.people.find((p) => p.name === w.replace(/同志$/, ''))?.id,
  personName: (id) => directory.person(id)?.name ?? id,
  senderId: 'zhenghua',
  departmentId: (w) => directoryIndex(directory).departmentBySurface.get(w.replace(/的$/, ''))?.id,
  departmentName: (id) => directory.department(id)?.name ?? id,
};
const item = (type: ActivityTypeCode, actorId: string | undefined, departmentId: string | undefined, ...counterpartIds: string[]): PendingItem => ({
  draft: { type, date: '2026-11-26', counterpartIds, late: false, ...(actorId ? { actorId } : {}), ...(departmentId ? { departmentId } : {}) },
  problems: [],
});
/** 郑华's card (t38a F9): the 分管科室会议 at 维权部 only, two talks, her own 自查. */
const card = [item('meeting_dept', 'chenzhiqiang', 'rights'), item('talk_integrity', 'chenzhiqiang', 'employment', 'zhenghua'), item('talk_integrity', 'chenzhiqiang', 'rights', 'fengxue'), item('report_self', undefined, 'employment')];
const places = (r: ReturnType<typeof cardCorrection>) => (r?.kind === 'changed' ? r.items.map((i) => i.draft.departmentIds ?? (i.draft.departmentId ? [i.draft.departmentId] : [])) : r?.kind);
const unchanged = [['employment'], ['rights'], ['employment']];

describe('a record\'s departments in words', () => {
  it.each([
    ['第1条是教育就业部、维权部两个部门', ['employment', 'rights']],
    ['第1条是教育就业部、维权部', ['employment', 'rights']],
    ['第一条部门改为教育就业部、维权部', ['employment', 'rights']],
    ['第1条的部门是教就部和维权部', ['employment', 'rights']],
    ['修改，第1条部门应为教育就业部和维权部', ['employment', 'rights']],
    ['第1条部门改为财务科', ['finance']],
    ['第1条科室改成财务科。', ['finance']],
    ['第1条是教育就业部、维权部、财务科三个部门', ['employment', 'rights', 'finance']],
    ['第1条会议所在科室应该是教育就业部及维权部', ['employment', 'rights']],
    ['第4条部门改为维权部', null],
  ] as const)('「%s」 → the record at %j', (text, to) => {
    const got = places(cardCorrection(text, card, ctx));
    if (to === null) expect(got).toEqual([['rights'], ['employment'], ['rights'], ['rights']]);
    else expect(got).toEqual([[...to], ...unchanged]);
  });

  it('no record named: the card\'s one non-talk record with departments… asked which when two may be meant', () => {
    expect(places(cardCorrection('部门改为财务科', card, ctx))).toBe('which');
    expect(places(cardCorrection('部门改为财务科', [card[0]!, card[1]!], ctx))).toEqual([['finance'], ['employment']]);
  });

  it('several named (第1、4条…): each of them; one of them a talk: said, nothing changed', () => {
    expect(places(cardCorrection('第1、4条部门都是财务科', card, ctx))).toEqual([['finance'], ['employment'], ['rights'], ['finance']]);
    expect(places(cardCorrection('第1、2条部门改为财务科', card, ctx))).toBe('unfit');
  });

  it.each([
    ['第2条部门改为财务科', /按对象所在部门记录/],
    ['第1条是教育就业部、维权部、财务科两个部门', /说的是2个部门，列出的是3个/],
    ['第1条部门改为宣传科', /没有找到「宣传科」这个部门/],
  ])('「%s」: said, the card unchanged', (text, said) => {
    const r = cardCorrection(text, card, ctx);
    expect(r?.kind).toBe('unfit');
    expect(r?.kind === 'unfit' ? r.text : '').toMatch(said);
  });

  it.each([['第1条是11月27日', 'date'], ['第1条是廉政谈话', 'type'], ['第2条是陈静', 'person']])('near-miss 「%s」 keeps its old reading (no department)', (text) => {
    const r = cardCorrection(text, card, ctx);
    expect(r?.kind === 'unfit' ? r.text : '').not.toMatch(/部门/);
  });

  it('without a department reader (the 修改 form) nothing is read as a department', () => {
    const { departmentId: _d, ...plain } = ctx;
    expect(places(cardCorrection('第1条部门改为财务科', card, plain))).not.toEqual([['finance'], ...unchanged]);
  });
});
