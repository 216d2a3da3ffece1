// Writes a config dir for a generated organisation (bench/largeDataset), so the whole bot can be started on 1,000 people.
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Organization } from '../../src/domain/organization.js';

/** organization.yaml as an operator would write it (dept_head comes from departments[].head), duties.yaml from config/. */
export async function writeConfigDir(org: Organization): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-config-'));
  const people = org.people.map((p) => ({
    id: p.id,
    name: p.name,
    title: p.title,
    roles: p.roles.filter((r) => r === 'secretary' || r === 'leader' || r === 'inspector'),
    ...(p.departmentId && !org.departments.some((d) => d.headId === p.id && d.id === p.departmentId) ? { department: p.departmentId } : {}),
    open_id: p.openId,
  }));
  const departments = org.departments.map((d) => ({ id: d.id, name: d.name, aliases: d.aliases, head: d.headId, supervisor: d.supervisorId }));
  await writeFile(join(dir, 'organization.yaml'), stringify({ name: org.name, people, departments }));
  await copyFile('config/duties.yaml', join(dir, 'duties.yaml'));
  return dir;
}
