import { describe, expect, it } from 'vitest';
import { rememberedKinds, withKindMemo } from '../../../src/domain/report/kindMemo.js';
import { findKindMatches } from '../../../src/domain/report/parseKind.js';

describe('kindMemo: type words found once per text while one message is read (issue 14)', () => {
  it('finds a text once inside withKindMemo, and again in the next message', () => {
    const asked: string[] = [];
    const find = (text: string) => {
      asked.push(text);
      return [{ at: text.length }];
    };
    withKindMemo(() => {
      rememberedKinds('与王强廉政谈话', find);
      // parseReport re-entering itself shares the outer memo.
      withKindMemo(() => rememberedKinds('与王强廉政谈话', find));
      rememberedKinds('学习党章', find);
    });
    expect(asked).toEqual(['与王强廉政谈话', '学习党章']);
    withKindMemo(() => rememberedKinds('与王强廉政谈话', find));
    rememberedKinds('与王强廉政谈话', find);
    expect(asked).toEqual(['与王强廉政谈话', '学习党章', '与王强廉政谈话', '与王强廉政谈话']);
  });

  it('is cleared when the reading throws', () => {
    const asked: string[] = [];
    const find = (text: string) => (asked.push(text), []);
    expect(() => withKindMemo(() => (rememberedKinds('警示教育', find), (() => { throw new Error('boom'); })()))).toThrow('boom');
    withKindMemo(() => rememberedKinds('警示教育', find));
    expect(asked).toEqual(['警示教育', '警示教育']);
  });

  it('gives each caller its own records: one changed is not what the next caller reads', () => {
    withKindMemo(() => {
      const first = findKindMatches('11月20日与王强进行了廉政谈话');
      expect(first.map((m) => m.code)).toEqual(['talk_integrity']);
      first[0]!.start = -1;
      first.pop();
      const again = findKindMatches('11月20日与王强进行了廉政谈话');
      expect(again).toHaveLength(1);
      expect(again[0]!.start).toBeGreaterThan(0);
    });
  });
});
