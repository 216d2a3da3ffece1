// Loads every config file from CONFIG_DIR once at start; the first mistake stops start-up with a ConfigError.
import { join } from 'node:path';
import type { Duty } from '../domain/duty.js';
import { createDirectory, type Directory } from '../domain/organization.js';
import type { ReminderSettings } from '../domain/reminders/settings.js';
import { loadDuties } from './dutiesConfig.js';
import { loadOrganization } from './organizationConfig.js';
import { loadReminders } from './remindersConfig.js';

export interface AppConfig {
  directory: Directory;
  duties: Duty[];
  /** config/reminders.yaml; the defaults when the file is absent. */
  reminders: ReminderSettings;
}

export function loadConfig(configDir: string): AppConfig {
  const organization = loadOrganization(join(configDir, 'organization.yaml'));
  const duties = loadDuties(join(configDir, 'duties.yaml'));
  const reminders = loadReminders(join(configDir, 'reminders.yaml'));
  return { directory: createDirectory(organization), duties, reminders };
}
