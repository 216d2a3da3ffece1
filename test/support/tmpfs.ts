// A real small file system for tests that need a full disk or a read-only one: a tmpfs mounted in a temp dir (root only).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Tmpfs {
  dir: string;
  unmount(): Promise<void>;
}

/** Why a tmpfs cannot be mounted here (not root, no mount permission), or undefined when it can. Probed once. */
export const tmpfsUnavailable: string | undefined = (() => {
  if (process.platform !== 'linux') return `tmpfs needs Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root; run the tests as root (e.g. in the CI container) to exercise ENOSPC';
  return undefined;
})();

/** Mounts a tmpfs of `sizeBytes` (read-only with `readOnly`) on a fresh temp dir. Throws when mount is refused. */
export async function mountTmpfs(sizeBytes: number, opts: { readOnly?: boolean; mode?: number } = {}): Promise<Tmpfs> {
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-tmpfs-'));
  const options = [`size=${sizeBytes}`, `mode=0${(opts.mode ?? 0o755).toString(8)}`, ...(opts.readOnly ? ['ro'] : [])].join(',');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    async unmount() {
      execFileSync('umount', [dir], { stdio: 'pipe' });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
