// Replays DATA_DIR/events.jsonl into a JournalState, forgiving only the torn last line that a crash mid-append leaves.
import { readFile } from 'node:fs/promises';
import { parseJournalLine, type AcceptedRecord } from './journalRecord.js';
import { createJournalState, type JournalState, type Placed } from './journalState.js';
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
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state, lines: 0, tornLines: 0, cleanEnd: true, existed: false };
    throw new StoreError('DATA_UNREADABLE', `${file} cannot be read (${(error as Error).message}); check its owner and permissions`);
  }
  // Line by line in bytes (a newline byte is never inside a UTF-8 character), so each line's place in the file is known.
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; ) {
    starts.push(at);
    const nl = bytes.indexOf(10, at);
    at = nl === -1 ? bytes.length : nl + 1;
  }
  let tornLines = 0;
  starts.forEach((start, i) => {
    const nl = bytes.indexOf(10, start);
    const end = nl === -1 ? bytes.length : nl;
    const row = bytes.toString('utf8', start, end);
    const parsed = parseJournalLine(row);
    if (parsed.ok) return state.apply(parsed.record, parsed.record.t === 'accepted' ? payloadPlace(parsed.record, bytes, start, end) : undefined);
    // Groups are written one after another at the end, so only the last line can be half-written: a crash mid-write (never
    // acknowledged) or a power cut before its fdatasync.
    if (parsed.torn && i === starts.length - 1) {
      tornLines = 1;
      return;
    }
    throw new StoreError(
      'DATA_INVALID',
      `${file} line ${i + 1}: not a journal record (${parsed.reason}); remove that line, or move the file aside to start with an empty journal (events accepted but not yet processed in it are then lost)`,
    );
  });
  return { state, lines: starts.length, tornLines, cleanEnd: bytes.length === 0 || bytes[bytes.length - 1] === 10, existed: true };
}

/**
 * Where a replayed `accepted` line's payload text stands in the file, when the line is as the journal writes it (its
 * fields in that order, the payload last: `{"t":"accepted","id":…,"type":…,"at":…,"payload":<text>}`), so the state holds
 * a pending event recovered at start as its place, as it does one accepted in this run, rather than its payload's tree
 * until the first compaction. Undefined for any other spelling of the record (then the payload is held as before).
 */
function payloadPlace(record: AcceptedRecord, bytes: Buffer, start: number, end: number): Placed | undefined {
  const head = Buffer.from(`{"t":"accepted","id":${JSON.stringify(record.id)},"type":${JSON.stringify(record.type)},"at":${JSON.stringify(record.at)},"payload":`);
  const from = start + head.length;
  // At least the payload's `{}` and the record's closing brace.
  if (end - from < 3 || bytes[end - 1] !== 0x7d || !bytes.subarray(start, from).equals(head)) return undefined;
  // The text between them is the payload only if it is one JSON value by itself (not followed by more fields).
  try {
    JSON.parse(bytes.toString('utf8', from, end - 1));
  } catch {
    return undefined;
  }
  return { offset: from, length: end - 1 - from };
}
