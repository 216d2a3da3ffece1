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
  it('a day-opened line with no subject under a talk (a check) with a named doer is that doer\'s (round 62, gbe)', () => {
    expect(withNextLineDoer('11月24日黄书记与孙丽进行了提醒谈话\n11月25日与王强进行了提醒谈话', ctx('林晓'))).toBe('11月24日黄书记与孙丽进行了提醒谈话\n11月25日黄书记与王强进行了提醒谈话');
    expect(withNextLineDoer('1. 11.24 黄书记与孙丽进行了提醒谈话\n2. 11.25 与王强进行了提醒谈话\n3. 11.26 与李娟进行了提醒谈话', ctx('林晓'))).toBe('1. 11.24 黄书记与孙丽进行了提醒谈话\n2. 11.25黄书记与王强进行了提醒谈话\n3. 11.26黄书记与李娟进行了提醒谈话');
    expect(withNextLineDoer('11月24日，党组书记张伟与孙丽进行了廉政谈话\n11月25日，与王强进行了廉政谈话', ctx('王芳'))).toBe('11月24日，党组书记张伟与孙丽进行了廉政谈话\n11月25日，党组书记张伟与王强进行了廉政谈话');
    expect(withNextLineDoer('11.24 黄书记到财务科开展作风纪律检查\n11.25 到办公室检查', ctx('林晓'))).toBe('11.24 黄书记到财务科开展作风纪律检查\n11.25黄书记到办公室检查');
    // The sender's own doer line: nothing to carry.
    expect(withNextLineDoer('11月24日与孙丽进行了廉政谈话\n11月25日与王强进行了廉政谈话', ctx('林晓'))).toBe('11月24日与孙丽进行了廉政谈话\n11月25日与王强进行了廉政谈话');
  });
  it('leaves a line with a day or a subject of its own, and the sender\'s own lines', () => {
    // Round 62 (gbe): 11月24日黄书记与孙丽…⏎11月25日与王强… is 黄书记's second talk now (the brief's finding); a new subject,
    // a heading between, or another kind of deed still leave the line.
    for (const text of ['11月24日黄书记与孙丽进行了廉政谈话\n11月25日王磊与杨帆进行了谈话', '11月24日黄书记与孙丽进行了廉政谈话\n二、警示教育\n11月25日与王强进行了廉政谈话', '11月24日黄书记与孙丽进行了廉政谈话\n11月25日到财务科检查', '11.25 张书记到财务科开展作风纪律检查\n第二天黄书记到办公室检查', '11月25日到财务科开展作风纪律检查\n第二天到办公室检查', '张书记到财务科检查'])
      expect(withNextLineDoer(text, ctx('林晓'))).toBe(text);
    expect(withNextLineDoer('11月25日黄书记到财务科检查\n第二天到办公室检查', ctx('黄志刚'))).toBe('11月25日黄书记到财务科检查\n第二天到办公室检查');
  });
});
