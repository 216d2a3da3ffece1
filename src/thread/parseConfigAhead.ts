// Parses CONFIG_DIR's YAML on a short-lived thread while the bot thread loads its modules: the two largest parts of the start, side by side.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { configFiles } from '../config/configFiles.js';
import type { ParsedYaml } from '../config/parsedYaml.js';

/**
 * Starts parsing organization.yaml, duties.yaml and reminders.yaml of `configDir` on a worker_thread of its own (the
 * yaml package's parse of a 1,000-person organization.yaml takes ~0.5 s, the bot thread's module loading ~0.4 s, and the
 * acknowledging thread's core is idle meanwhile). Resolves with what it parsed, which the bot checks as if it had parsed
 * it itself (src/config/readYamlConfig.ts uses an entry only for the same text); with [] when it cannot help (under tsx,
 * where the bot thread parses by itself, or if the thread fails): never rejects. The thread ends once it has answered.
 */
export function parseConfigAhead(configDir: string): Promise<ParsedYaml[]> {
  // Built code only (dist/config/parseYamlThread.js next to dist/thread/): under tsx a worker would need the loader again.
  if (extname(fileURLToPath(import.meta.url)) !== '.js') return Promise.resolve([]);
  const files = Object.values(configFiles(configDir));
  return new Promise<ParsedYaml[]>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../config/parseYamlThread.js', import.meta.url), { workerData: { files } });
    } catch {
      return resolve([]);
    }
    worker.once('message', (parsed: ParsedYaml[]) => resolve(parsed));
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
  });
}
