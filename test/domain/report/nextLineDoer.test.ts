import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParseContext } from '../../../src/domain/report/draft.js';
import { withNextLineDoer } from '../../../src/domain/report/nextLineDoer.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const ctx = (sender: string): ParseContext => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === sender)!.id, mentions: [] });

describe('withNextLineDoer', () => {
  it('a line going on (第二天 · 次日 · 随后 · 当天下午) with no subject takes the doer of the line before (fbf)', () => {
    expect(withNextLineDoer('11.25 张书记到财务科开展作风纪律检查\n第二天到办公室检查', ctx('林晓'))).toBe('11.25 张书记到财务科开展作风纪律检查\n第二天张书记到办公室检查');
    expect(withNextLineDoer('11月25日，黄志刚书记到财务科开展作风纪律检查。\n次日，到康复中心开展作风纪律检查。', ctx('林晓'))).toBe(
      '11月25日，黄志刚书记到财务科开展作风纪律检查。\n次日，黄志刚书记到康复中心开展作风纪律检查。',
    );
    expect(withNextLineDoer('11月24日王副理事长与李明进行了廉政谈话\n随后又与孙丽进行了廉政谈话', ctx('王芳'))).toBe('11月24日王副理事长与李明进行了廉政谈话\n随后王副理事长又与孙丽进行了廉政谈话');
  });
  it('leaves a line with a day or a subject of its own, and the sender\'s own lines', () => {
    for (const text of ['11月24日黄书记与孙丽进行了廉政谈话\n11月25日与王强进行了廉政谈话', '11.25 张书记到财务科开展作风纪律检查\n第二天黄书记到办公室检查', '11月25日到财务科开展作风纪律检查\n第二天到办公室检查', '张书记到财务科检查'])
      expect(withNextLineDoer(text, ctx('林晓'))).toBe(text);
    expect(withNextLineDoer('11月25日黄书记到财务科检查\n第二天到办公室检查', ctx('黄志刚'))).toBe('11月25日黄书记到财务科检查\n第二天到办公室检查');
  });
});
