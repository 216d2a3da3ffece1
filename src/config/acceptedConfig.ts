// DATA_DIR/accepted-config.json: the organisation and duty catalogue last accepted (at start or by 重新加载配置), so a restart refuses what a reload refuses.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Duty } from '../domain/duty.js';
import { createDirectory, type Organization } from '../domain/organization.js';
import { errnoOf, StoreError } from '../store/storeError.js';
import { writeFileDurably } from '../store/writeFileDurably.js';
import type { Counted } from './assignmentChanges.js';

const VERSION = 1;

// Only the shape the comparison relies on is checked; the rest is what this code wrote.
const schema = z.object({
  version: z.number().int(),
  acceptedAt: z.string(),
  organization: z.looseObject({
    name: z.string(),
    people: z.array(z.looseObject({ id: z.string(), name: z.string(), roles: z.array(z.string()) })),
    departments: z.array(z.looseObject({ id: z.string(), name: z.string(), headId: z.string(), supervisorId: z.string() })),
  }),
  duties: z.array(z.looseObject({ id: z.string(), name: z.string(), cadence: z.string(), enabled: z.boolean() })),
});

export interface AcceptedConfigFile {
  /** The last accepted config, or undefined on a first start (no file). Throws StoreError DATA_… for a damaged or newer file. */
  load(): Promise<Counted | undefined>;
  /** Does the file (as last loaded or saved) hold this very organisation and catalogue? Then there is nothing to compare. */
  holds(config: Counted): boolean;
  /** Replaces the file (0600, synced, renamed) unless it already holds this organisation and catalogue; saves run one at a time. */
  save(config: Counted, now: Date): Promise<void>;
}

const content = (config: Counted) => JSON.stringify({ organization: config.directory.source, duties: config.duties });

/** The file `file` (DATA_DIR/accepted-config.json). */
export function acceptedConfigFile(file: string): AcceptedConfigFile {
  let onDisk: string | undefined;
  let queue: Promise<void> = Promise.resolve();
  const fix = 'move it aside to start as on a first start (the config files are then accepted as they are)';
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if (errnoOf(error) === 'ENOENT') return undefined;
        throw new StoreError('DATA_UNREADABLE', `${file} cannot be read (${errnoOf(error)}); check its owner and permissions`, { file, errno: errnoOf(error) });
      }
      let parsed: z.output<typeof schema>;
      try {
        parsed = schema.parse(JSON.parse(text));
      } catch (error) {
        throw new StoreError('DATA_INVALID', `${file} is not a stored organisation (${(error as Error).message.split('\n')[0]}); ${fix}`, { file });
      }
      if (parsed.version > VERSION) {
        throw new StoreError('DATA_TOO_NEW', `${file} has version ${parsed.version}, newer than this 清风 reads (${VERSION}); run the newer 清风, or ${fix}`, { file });
      }
      const accepted = { directory: createDirectory(parsed.organization as unknown as Organization), duties: parsed.duties as unknown as Duty[] };
      onDisk = content(accepted);
      return accepted;
    },
    holds: (config) => onDisk !== undefined && content(config) === onDisk,
    save(config, now) {
      const run = async () => {
        const text = content(config);
        if (text === onDisk) return;
        await writeFileDurably(file, `${JSON.stringify({ version: VERSION, acceptedAt: now.toISOString(), organization: config.directory.source, duties: config.duties })}\n`);
        onDisk = text;
      };
      const next = queue.then(run, run);
      queue = next.catch(() => {});
      return next;
    },
  };
}
