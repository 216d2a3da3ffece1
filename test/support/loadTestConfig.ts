// loadConfig for the test harnesses, with each YAML file parsed once per worker: most tests start a bot on the same
// config/, and parsing its YAML was most of loadConfig's CPU (~70 %), paid again at every test's start.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { configFiles } from '../../src/config/configFiles.js';
import { loadConfig, type AppConfig } from '../../src/config/loadConfig.js';
import type { ParsedYaml } from '../../src/config/parsedYaml.js';

const parsed = new Map<string, ParsedYaml>();

/**
 * loadConfig(configDir) as the bot's start calls it with YAML parsed ahead (src/thread/parseConfigAhead.ts): each file's
 * parse is reused only while the file holds exactly the text it was parsed from (readYamlConfig checks), so a test that
 * edits a config copy gets its edit, and validation, the directory and every object returned are built afresh each call.
 */
export function loadTestConfig(configDir = 'config'): AppConfig {
  for (const file of Object.values(configFiles(configDir))) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // loadConfig reports a missing file (reminders.yaml may be absent).
    }
    if (parsed.get(file)?.text === text) continue;
    // As parseYamlThread.ts parses: a file with a syntax error is left to loadConfig, which says where it is.
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length === 0) parsed.set(file, { file, text, value: doc.toJS() });
  }
  return loadConfig(configDir, parsed);
}
