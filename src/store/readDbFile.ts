// Reads db.json for openStore: missing is a fresh start; anything but a JSON object is refused, naming the file, and left untouched.
import { readFile } from 'node:fs/promises';
import { StoreError, errnoOf } from './storeError.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * The parsed top-level object of `file`, or undefined when the file does not exist.
 * Throws StoreError DATA_UNREADABLE (not readable, not JSON) or DATA_INVALID (valid JSON but not an object:
 * `[]`, `null`, a number…): starting empty on such a file would overwrite the ledger at the first write.
 */
export async function readDbFile(file: string): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw new StoreError('DATA_UNREADABLE', `${file} cannot be read (${errnoOf(error)}); check its owner and permissions`, {
      file,
      errno: errnoOf(error),
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StoreError('DATA_UNREADABLE', `${file} is not valid JSON (${(error as Error).message}); restore a backup or move it aside`, { file });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new StoreError(
      'DATA_INVALID',
      `${file}: expected a JSON object with "version" and "activities" at the top level, found ${describe(parsed)}; the file was left untouched — restore a backup or move it aside`,
      { file },
    );
  }
  return parsed as Record<string, unknown>;
}
