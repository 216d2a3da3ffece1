// DATA_WRITE_FAILED names the file and the errno once (Node's own message already starts with the code).
import { writeFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { writeFailed } from '../../src/store/writeFailed.js';

it('says the errno once, with the file and what to do', async () => {
  const file = '/nonexistent-qingfeng-dir/db.json';
  const error = await writeFile(file, 'x').then(() => undefined, (e: unknown) => e);
  const failed = writeFailed(file, error);
  expect(failed.code).toBe('DATA_WRITE_FAILED');
  expect(failed.detail).toEqual({ file, errno: 'ENOENT' });
  expect(failed.message).toContain('ENOENT: no such file or directory');
  expect(failed.message).not.toContain('ENOENT: ENOENT');
  expect(failed.message).toContain('rolled back');
});

it('adds the errno to a message that lacks it', () => {
  const failed = writeFailed('/data/db.json', Object.assign(new Error('disk quota exceeded'), { code: 'EDQUOT' }));
  expect(failed.message).toContain('(EDQUOT: disk quota exceeded)');
});
