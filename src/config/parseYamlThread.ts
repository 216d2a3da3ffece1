// A short-lived worker_thread's entry (src/thread/parseConfigAhead.ts): parses the config's YAML files while the bot thread loads its modules, and posts what it made of them.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument } from 'yaml';
import type { ParsedYaml } from './parsedYaml.js';

const out: ParsedYaml[] = [];
for (const file of (workerData as { files: string[] }).files) {
  try {
    const text = readFileSync(file, 'utf8');
    // As readYamlConfig parses it. A file with a syntax error, or missing, is left to the bot, which says what is wrong.
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length === 0) out.push({ file, text, value: doc.toJS() });
  } catch {
    // Unreadable here: the bot reads it itself and reports it.
  }
}
parentPort!.postMessage(out);
