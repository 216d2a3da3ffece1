// config/duties.yaml: the duty catalogue as data.
import { z } from 'zod';
import { ACTIVITY_TYPE_CODES } from '../domain/activityTypes.js';
import type { Duty } from '../domain/duty.js';
import type { ParsedAhead } from './parsedYaml.js';
import { readYamlConfig } from './readYamlConfig.js';

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD such as 03-31');

const dutySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and -'),
  name: z.string().min(1),
  types: z.array(z.enum(ACTIVITY_TYPE_CODES)).min(1, 'expected at least one activity type'),
  responsible: z.array(z.enum(['party_group', 'secretary', 'leaders', 'dept_heads', 'inspectors'])).min(1),
  per: z.enum(['count', 'subordinate', 'supervised_department']).default('count'),
  cadence: z.enum(['month', 'quarter', 'halfyear', 'year']),
  min: z.number().int().min(1),
  window: z.strictObject({ from: monthDay, to: monthDay }).optional(),
  source: z.string().default(''),
  enabled: z.boolean().default(true),
});

const dutiesSchema = z.strictObject({ duties: z.array(dutySchema) });

/** config/duties.yaml, checked; `ahead`: the file parsed on another thread (see readYamlConfig). */
export function loadDuties(file: string, ahead?: ParsedAhead): Duty[] {
  const { value, fail } = readYamlConfig(file, dutiesSchema, ahead);
  const seen = new Set<string>();
  value.duties.forEach((d, i) => {
    if (seen.has(d.id)) fail(['duties', i, 'id'], `duplicate duty id "${d.id}"`);
    seen.add(d.id);
    if (d.per !== 'count' && d.responsible.some((r) => r !== 'secretary' && r !== 'leaders')) {
      fail(['duties', i, 'per'], `per: ${d.per} needs responsible secretary or leaders (they have subordinates)`);
    }
    if (d.window && d.window.from > d.window.to) fail(['duties', i, 'window'], 'expected from ≤ to');
  });
  return value.duties;
}
