// `npm run export` as an operator runs it: a child process (tsx src/cli/export.ts), its exit code and what it printed.
import { execFile } from 'node:child_process';

export interface ExportRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `src/cli/export.ts args…` with DATA_DIR and CONFIG_DIR cleared (tests pass their own in `env`) on a machine far from
 * Shanghai (TZ=America/Los_Angeles, as in production surprises). Never rejects: a failure is a non-zero `code`. Killed
 * after 60 s; stdout up to 64 MiB (a large ledger as JSON lines).
 */
export function exportCli(args: string[], env: Record<string, string> = {}): Promise<ExportRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/export.ts', ...args],
      { env: { ...process.env, TZ: 'America/Los_Angeles', DATA_DIR: '', CONFIG_DIR: '', ...env }, timeout: 60_000, maxBuffer: 64 * 2 ** 20 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
