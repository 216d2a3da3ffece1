// The YAML files of CONFIG_DIR that the bot reads at start: one list for loadConfig and for the thread that parses them ahead.
import { join } from 'node:path';

/** organization.yaml, duties.yaml and reminders.yaml (optional) of `configDir`, as absolute or CONFIG_DIR-relative paths. */
export function configFiles(configDir: string): { organization: string; duties: string; reminders: string } {
  return { organization: join(configDir, 'organization.yaml'), duties: join(configDir, 'duties.yaml'), reminders: join(configDir, 'reminders.yaml') };
}
