// Every file below a directory, for tests that search DATA_DIR for what a member wrote (issue 10 §G).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Paths of every file under `dir`, at any depth (directories themselves not listed). */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}
