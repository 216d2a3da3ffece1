// Replays DATA_DIR/events.jsonl into a JournalState, forgiving only the torn last line that a crash mid-append leaves.
import { readFile } from 'node:fs/promises';
import { parseJournalLine } from './journalRecord.js';
import { createJournalState, type JournalState } from './journalState.js';
import { StoreError } from './storeError.js';

export interface ReplayedJournal {
  state: JournalState;
  /** Lines in the file, the torn one included. */
  lines: number;
  /** 0 or 1: an unparsable last line, skipped. */
  tornLines: number;
  /** False when the file does not end in a newline: the next append would be glued to the last line. */
  cleanEnd: boolean;
  existed: boolean;
}

export async function readJournal(file: string): Promise<ReplayedJournal> {
  const state = createJournalState();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state, lines: 0, tornLines: 0, cleanEnd: true, existed: false };
    throw new StoreError('DATA_UNREADABLE', `${file} cannot be read (${(error as Error).message}); check its owner and permissions`);
  }
  const rows = text.split('\n');
  if (rows.at(-1) === '') rows.pop();
  let tornLines = 0;
  rows.forEach((row, i) => {
    const parsed = parseJournalLine(row);
    if (parsed.ok) return state.apply(parsed.record);
    // Groups are written one after another at the end, so only the last line can be half-written: a crash mid-write (never
    // acknowledged) or a power cut before its fdatasync.
    if (parsed.torn && i === rows.length - 1) {
      tornLines = 1;
      return;
    }
    throw new StoreError(
      'DATA_INVALID',
      `${file} line ${i + 1}: not a journal record (${parsed.reason}); remove that line, or move the file aside to start with an empty journal (events accepted but not yet processed in it are then lost)`,
    );
  });
  return { state, lines: rows.length, tornLines, cleanEnd: text === '' || text.endsWith('\n'), existed: true };
}
