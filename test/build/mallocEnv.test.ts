// `npm start` and the systemd unit give node the same glibc malloc settings (idle RSS, issue 14).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** VAR=value pairs of glibc's malloc (MALLOC_…) in `text`, sorted. */
function mallocEnv(text: string): string[] {
  return [...text.matchAll(/\b(MALLOC_[A-Z_]+=\d+)/g)].map((m) => m[1]!).sort();
}

describe('malloc settings of a production start', () => {
  const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  const unit = readFileSync('deploy/qingfeng.service', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('Environment='))
    .join('\n');

  it('npm start fixes the trim threshold at glibc default (no dynamic raise), keeps two arenas and maps 32 KiB blocks (V8\'s zone segments)', () => {
    expect(mallocEnv(start)).toEqual(['MALLOC_ARENA_MAX=2', 'MALLOC_MMAP_THRESHOLD_=32768', 'MALLOC_TRIM_THRESHOLD_=131072']);
  });

  it('the systemd unit sets the same', () => {
    expect(mallocEnv(unit)).toEqual(mallocEnv(start));
  });
});
