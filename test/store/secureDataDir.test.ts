// DATA_DIR at start-up: a file where the folder should be is named as such, with the fix.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { secureDataDir } from '../../src/store/secureDataDir.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-datadir-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('DATA_DIR that is a file', () => {
  it('says it is a file, not a folder, and how to fix it (a newcomer was told to free some space)', async () => {
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    await expect(secureDataDir(file, () => {})).rejects.toMatchObject({
      code: 'DATA_DIR_UNWRITABLE',
      message: expect.stringMatching(/is a file, or lies under one, not a folder \(EEXIST\); set DATA_DIR to a folder/),
    });
    await expect(secureDataDir(join(file, 'data'), () => {})).rejects.toMatchObject({ message: expect.stringMatching(/not a folder \(ENOTDIR\)/) });
  });

  it('creates a missing folder private, as before', async () => {
    await secureDataDir(join(dir, 'a', 'b'), () => {});
  });
});
