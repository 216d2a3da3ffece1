// Round 63, gci (t66a B-F13, B-F2): the kind said last on a numbered card record, and 剩下这两条 pointing at the items asked about.
import { describe, expect, it } from 'vitest';
import { numberedKindLast } from '../../../src/domain/report/numberedKindLast.js';
import { askedItemDrop } from '../../../src/domain/report/askedItemDrop.js';
import { notToRecord } from '../../../src/domain/report/notToRecord.js';

describe('numberedKindLast', () => {
  it.each([
    ['第2条不是教育 是去财务科检查廉政风险点 算作风纪律检查吧', '第2条改成作风纪律检查'],
    ['第2条不是教育，是去财务科检查廉政风险点，就算作风纪律检查', '第2条改成作风纪律检查'],
    ['第2条不是谈心 算廉政谈话吧', '第2条改成廉政谈话'],
  ])('%s → %s', (text, edit) => expect(numberedKindLast(text)).toBe(edit));

  it.each([['第2条对'], ['第2条 算作风纪律检查吧'], ['第2条不是教育 算了吧']])('%s → not this reader', (text) => expect(numberedKindLast(text)).toBeUndefined());
});

describe('askedItemDrop: several and the rest', () => {
  it('第3条第4条第5条是合计的不用记 → 3 with 4, 5', () => expect(askedItemDrop('第3条第4条第5条是合计的不用记')).toEqual({ kind: 'index', index: 2, also: [3, 4] }));
  it.each([['剩下这两条也是合计 不用记'], ['本周和累计那两行是合计 不用记'], ['那两行是合计的 不用记']])('%s → the two asked about', (text) => expect(askedItemDrop(text)).toEqual({ kind: 'rest', count: 2 }));
  it('后面几条不用记 → the rest, no count', () => expect(askedItemDrop('后面几条不用记')).toEqual({ kind: 'rest', end: true }));
  it.each([['这两条'], ['两条都是廉政谈话']])('%s → no drop', (text) => expect(askedItemDrop(text)).toBeUndefined());
  it.each([['剩下这两条也是合计 不用记'], ['那两行不用记']])('%s is never the whole message (notToRecord)', (text) => expect(notToRecord(text, '2026-12-07')).toBe(false));
});
