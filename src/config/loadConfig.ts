// Loads every config file from CONFIG_DIR once at start; the first mistake stops start-up with a ConfigError.
import { join } from 'node:path';
import type { Duty } from '../domain/duty.js';
import { createDirectory, type Directory } from '../domain/organization.js';
import { loadDuties } from './dutiesConfig.js';
import { loadOrganization } from './organizationConfig.js';

export interface AppConfig {
  directory: Directory;
  duties: Duty[];
}

export function loadConfig(configDir: string): AppConfig {
  const organization = loadOrganization(join(configDir, 'organization.yaml'));
  const duties = loadDuties(join(configDir, 'duties.yaml'));
  return { directory: createDirectory(organization), duties };
}
