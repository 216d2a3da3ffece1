// Writes config/organization.yaml safely: never over an existing file without --force, and then the old one is kept as a dated backup.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OrgCliError } from './orgCliError.js';

/**
 * Writes `text` to `file` atomically (temp file + rename). Throws OrgCliError
 * ORG_EXISTS when the file exists and `force` is false. Returns the backup's path
 * when an old file was kept (`organization.yaml.bak-20261130-153000`).
 */
export async function writeOrganizationFile(file: string, text: string, opts: { force: boolean; now: Date }): Promise<string | undefined> {
  let backup: string | undefined;
  if (existsSync(file)) {
    if (!opts.force) {
      throw new OrgCliError(
        'ORG_EXISTS',
        `${file} 已存在，未覆盖。确认要替换时加 --force（旧文件会另存为备份），或用 --out 写到别处。`,
        `${file} exists and was left alone; add --force to replace it (the old file is kept as a backup) or --out to write elsewhere`,
      );
    }
    const stamp = opts.now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    backup = `${file}.bak-${stamp}`;
    await copyFile(file, backup);
  }
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
  return backup;
}
