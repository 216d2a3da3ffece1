// Loads every config file from CONFIG_DIR once at start; the first mistake stops start-up with a ConfigError.
import type { Duty } from '../domain/duty.js';
import { createDirectory, type Directory } from '../domain/organization.js';
import type { ReminderSettings } from '../domain/reminders/settings.js';
import { configFiles } from './configFiles.js';
import { loadDuties } from './dutiesConfig.js';
import { loadOrganization } from './organizationConfig.js';
import type { ParsedAhead } from './parsedYaml.js';
import { loadReminders } from './remindersConfig.js';

export interface AppConfig {
  directory: Directory;
  duties: Duty[];
  /** config/reminders.yaml; the defaults when the file is absent. */
  reminders: ReminderSettings;
  /** The organization.yaml it was read from: a refused change names its line there. */
  organizationFile?: string;
}

/** Every config file of `configDir`; throws the first ConfigError. `ahead`: files parsed on another thread at start (see readYamlConfig). */
export function loadConfig(configDir: string, ahead?: ParsedAhead): AppConfig {
  const files = configFiles(configDir);
  const organization = loadOrganization(files.organization, ahead);
  const duties = loadDuties(files.duties, ahead);
  const reminders = loadReminders(files.reminders, ahead);
  return { directory: createDirectory(organization), duties, reminders, organizationFile: files.organization };
}
