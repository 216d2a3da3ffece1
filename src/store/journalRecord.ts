// One line of DATA_DIR/events.jsonl: an event Feishu delivered and we acknowledged, or the end of its processing.
import { z } from 'zod';

export const journalRecordSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('accepted'),
    id: z.string().min(1),
    type: z.string(),
    at: z.iso.datetime(),
    /** The decrypted envelope. An event handled on the spot (a card callback) is written as a bare `done` instead. */
    payload: z.record(z.string(), z.unknown()),
  }),
  z.object({
    t: z.literal('done'),
    id: z.string().min(1),
    at: z.iso.datetime(),
    /** Present when processing threw: the event is finished all the same (not retried). */
    error: z.string().optional(),
  }),
]);

export type JournalRecord = z.infer<typeof journalRecordSchema>;
export type AcceptedRecord = Extract<JournalRecord, { t: 'accepted' }>;
export type DoneRecord = Extract<JournalRecord, { t: 'done' }>;

/** 'torn' when the line is not JSON at all (what a crash mid-append leaves); a reason when it is JSON of the wrong shape. */
export function parseJournalLine(line: string): { ok: true; record: JournalRecord } | { ok: false; torn: boolean; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { ok: false, torn: true, reason: (error as Error).message };
  }
  const parsed = journalRecordSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, torn: false, reason: `${issue.path.join('.') || 'record'}: ${issue.message}` };
  }
  return { ok: true, record: parsed.data };
}
