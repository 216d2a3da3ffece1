// Over HTTP: what a member typed is shown on the bot's cards as written, never as Feishu markdown (a newcomer's title
// 《[点这里](https://…)》 became a link on the receipt, and <font color=red> coloured it). The record keeps the title as typed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainInMarkdown } from '../../src/feishu/cards/plainInMarkdown.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot({ now: new Date('2026-11-30T18:00:00+08:00') });
});
afterEach(() => t.close());

/** Every markdown element's content in the cards the bot sent (what Feishu would render as markup). */
function markdownSent(): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.tag === 'markdown' && typeof o.content === 'string') out.push(o.content);
    Object.values(o).forEach(walk);
  };
  for (const m of t.emulator.sent) walk(m.content);
  return out;
}

describe('a member’s words on a card', () => {
  it.each([
    ['今天组织观看警示教育片《[点这里](https://evil.example/x)》，参加12人', '[点这里](https://evil.example/x)', '［点这里］（https://evil.example/x）'],
    ["今天组织观看警示教育片《<font color='red'>红色</font>》，参加12人", "<font color='red'>红色</font>", "＜font color='red'＞红色＜/font＞"],
    ['今天组织观看警示教育片《**警钟**长鸣》，参加12人', '**警钟**长鸣', '＊＊警钟＊＊长鸣'],
  ])('「%s」: the receipt shows the title as typed, the record keeps it', async (text, title, shown) => {
    await t.say('李明', text);
    await t.running.drain();
    const md = markdownSent().join('\n');
    expect(md).toContain(`《${shown}》`);
    expect(md).not.toContain(title);
    const recorded = t.running.store.read((db) => db.activities.map((a) => a.title));
    expect(recorded).toEqual([title]);
  });

  it('a message the bot could not read is quoted back without its markup', async () => {
    await t.say('李明', '[看这里](https://evil.example/y) <at id=all></at>');
    await t.running.drain();
    const all = JSON.stringify(t.emulator.sent.map((m) => m.content));
    expect(all).not.toContain('<at id=all>');
    expect(all).not.toContain('](https://evil.example/y)');
  });
});

describe('plainInMarkdown', () => {
  it('keeps Chinese text and full-width punctuation, turns markup characters full width, and lines into one', () => {
    expect(plainInMarkdown('《守纪律 讲规矩》（第二讲）')).toBe('《守纪律 讲规矩》（第二讲）');
    expect(plainInMarkdown('a_b|c\\d`e`~~f~~#g')).toBe('a＿b｜c＼d｀e｀～～f～～＃g');
    expect(plainInMarkdown('第一行\n第二行')).toBe('第一行 第二行');
  });
});
