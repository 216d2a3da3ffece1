// Round 60 (fbd; t62b G3, G9): 也算(一次)X naming a left-out clause, 对 before it, and a check's places said by its verb.
import { describe, expect, it } from 'vitest';
import { confirmedBeforeAsk, leftOutClauseNamed } from '../../../src/domain/report/leftOutClauseNamed.js';
import { departmentsNarrowed } from '../../../src/domain/report/departmentsNarrowed.js';

const REMARKS = ['消息里的「通报了两起典型案例」没有对应到任何记录，请核对是否漏记'];

describe('leftOutClauseNamed: 也算一次X', () => {
  it.each([
    ['对 另外会上通报案例那个也算一次警示教育吧', true],
    ['会上通报案例那个也算一次警示教育吧', false],
    ['好的，通报案例那项也算警示教育', true],
  ])('「%s」 → the clause as a 警示教育 (confirmed first: %s)', (text, confirmed) => {
    const c = confirmedBeforeAsk(text);
    expect(c.confirmed).toBe(confirmed);
    expect(leftOutClauseNamed(c.rest, REMARKS)).toEqual({ phrase: '通报了两起典型案例', type: 'edu_warning' });
  });
  it.each([['会上学习文件那个也算一次警示教育吧'], ['对']])('「%s」 names no left-out clause', (text) => {
    expect(leftOutClauseNamed(confirmedBeforeAsk(text).rest, REMARKS)).toBeUndefined();
  });
});

describe('departmentsNarrowed: a check\'s verb', () => {
  const id = (w: string) => ({ 办公室: 'office', 财务科: 'finance' })[w];
  it.each([
    ['只查了财务科', { only: ['finance'] }],
    ['只去了财务科', { only: ['finance'] }],
    ['办公室没去成', { drop: ['office'] }],
    ['办公室没查', { drop: ['office'] }],
    ['办公室没去成 只查了财务科', { only: ['finance'] }],
  ])('「%s」', (text, read) => {
    expect(departmentsNarrowed(text, id)).toEqual(read);
  });
  it('只查了人数 names no department', () => {
    expect(departmentsNarrowed('只查了人数', id)).toBeUndefined();
  });
});
