// encodeParts: the same bytes as Buffer.from(parts.join('')), whatever the characters and however large the group.
import { expect, it } from 'vitest';
import { encodeParts } from '../../src/store/encodeParts.js';

const same = (parts: string[]) => expect(Buffer.compare(encodeParts(parts), Buffer.from(parts.join('')))).toBe(0);

it('encodes ASCII, Chinese, a surrogate pair and a lone surrogate as Buffer.from of the joined string does', () => {
  same([]);
  same(['{"t":"accepted","payload":', '{"text":"廉政谈话 😀 \ud800 x"}', '}\n']);
  same(['', 'a', '', 'é中']);
});

it('grows past its kept buffer and past the size it keeps, and a later small group still encodes right', () => {
  same(Array.from({ length: 100 }, (_, i) => `${'中'.repeat(1000)}${i}\n`));
  same([`${'文'.repeat(400_000)}\n`, 'tail']);
  same(['small', '一行\n']);
});
