import { describe, expect, it } from 'vitest';
import { waitingFirst } from '../../../src/domain/report/waitingFirst.js';

const item = (name: string, waits: boolean) => ({ name, problems: waits ? [{ code: 'missing_date' }] : [] });

describe('waitingFirst: within the span asked as one, those still waiting for their day first', () => {
  it('moves an answered middle item after the waiting ones, leaving the rest alone', () => {
    const items = [item('A', false), item('李明', true), item('孙丽', false), item('王强', true), item('Z', true)];
    expect(waitingFirst(items, [1, 2, 3]).map((i) => i.name)).toEqual(['A', '李明', '王强', '孙丽', 'Z']);
  });
  it('a span of one, or everyone still waiting, is unchanged', () => {
    const items = [item('李明', true), item('孙丽', true)];
    expect(waitingFirst(items, [0])).toBe(items);
    expect(waitingFirst(items, [0, 1]).map((i) => i.name)).toEqual(['李明', '孙丽']);
  });
});
