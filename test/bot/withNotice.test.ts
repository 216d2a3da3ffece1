// A notice (a pending report dropped, a question expired) rides at the top of the one reply, or says it cannot.
import { describe, expect, it } from 'vitest';
import { withNotice } from '../../src/bot/withNotice.js';
import { button, card, markdown } from '../../src/feishu/cards/cardParts.js';

const NOTICE = ['上一条待确认的上报（廉政谈话｜2026-11-30）没有记录，已放弃；如仍需记录，请重新发送。'];

describe('withNotice', () => {
  it('puts the lines before a text, with a blank line between', () => {
    expect(withNotice({ kind: 'text', text: '已撤销。' }, NOTICE)).toEqual({ kind: 'text', text: `${NOTICE[0]}\n\n已撤销。` });
  });

  it('puts a markdown line and a rule atop a card, keeping its header, elements and buttons, and leaves the card as it was', () => {
    const original = card('已记录', 'green', [markdown('廉政谈话｜2026-11-30'), button('撤销', { action: 'undo', id: 'a1' })]);
    const before = JSON.stringify(original);
    const out = withNotice({ kind: 'card', card: original }, [...NOTICE, '第二行']);
    expect(out).toEqual({
      kind: 'card',
      card: {
        ...original,
        body: { elements: [{ tag: 'markdown', content: `${NOTICE[0]}\n第二行` }, { tag: 'hr' }, ...(original as { body: { elements: object[] } }).body.elements] },
      },
    });
    expect(JSON.stringify(original)).toBe(before);
  });

  it('cannot ride on a file, nor on a card without body.elements: null, so the caller sends the notice on its own', () => {
    expect(withNotice({ kind: 'file', fileKey: 'file_v2_x' }, NOTICE)).toBeNull();
    expect(withNotice({ kind: 'card', card: { config: {}, elements: [] } }, NOTICE)).toBeNull();
  });
});
