// The shapes of DATA_DIR/db.json (version 3; version 2 still read, to migrate it), validated on load. Unknown fields are kept, not stripped, so an older build never drops a newer one's data.
import { z } from 'zod';
import { ACTIVITY_TYPE_CODES } from '../domain/activityTypes.js';
import type { Activity } from '../domain/activity.js';
import { MEETING_BODIES } from '../domain/meetingBody.js';

export const DB_VERSION = 3;
/** The last version that kept activities and audit inside db.json. */
export const LEDGER_IN_DB_VERSION = 2;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const activitySchema = z.looseObject({
  id: z.string().min(1),
  type: z.enum(ACTIVITY_TYPE_CODES),
  date,
  reporter: z.string(),
  actorId: z.string(),
  counterpartIds: z.array(z.string()),
  departmentId: z.string().optional(),
  departmentIds: z.array(z.string()).optional(),
  /** Those who went on a check with its doer (round 46, t48a F5); older files have none. */
  companionIds: z.array(z.string()).optional(),
  /** The body that held a 专题会议 when not the 党组 (round 53, t55b F3); older files have none. */
  meetingBody: z.enum(MEETING_BODIES).optional(),
  title: z.string().optional(),
  attendees: z.number().int().nonnegative().optional(),
  /** 全体参加, as the card showed it (round 68, t71a F6); older files have none. */
  allMembers: z.literal(true).optional(),
  dutyYear: z.number().int().optional(),
  note: z.string().optional(),
  text: z.string().optional(),
  late: z.boolean(),
  createdAt: z.string(),
  sourceEventId: z.string().optional(),
  /** The member's message that created it (im message_id): recalling that message withdraws the record. */
  sourceMessageId: z.string().optional(),
  /** The member's other messages that made it (the report an answer completed): recalling any of them withdraws it too. */
  relatedMessageIds: z.array(z.string()).optional(),
  evidence: z
    .array(z.object({ kind: z.enum(['image', 'file']), key: z.string(), name: z.string().optional(), addedAt: z.string(), messageId: z.string().optional() }))
    .optional(),
  deletedAt: z.string().optional(),
  deletedBy: z.string().optional(),
});

export const auditEntrySchema = z.looseObject({
  at: z.string(),
  /** open_id of whoever made the change. */
  by: z.string(),
  action: z.enum(['create', 'update', 'delete', 'restore']),
  activityId: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

/** A conversation waiting for the member's next message (a missing day, a counterpart to pick). Keyed by chat + sender. */
export const dialogSchema = z.looseObject({
  key: z.string(),
  kind: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  data: z.unknown(),
  /** The answer buttons of the card sent for it (label shown, text a tap answers), so a label typed back is the tap after a restart too. */
  buttons: z.array(z.object({ label: z.string(), text: z.string() })).optional(),
});

/** A message the bot decided to send (see src/outbox): its key is remembered forever, its body dropped once sent. */
export const outboxItemSchema = z.looseObject({
  key: z.string().min(1),
  /** Feishu's idempotency uuid, derived from the key (≤ 50 characters). */
  uuid: z.string().min(1).max(50),
  to: z.union([z.object({ openId: z.string().min(1) }), z.object({ chatId: z.string().min(1) })]),
  /** An OutgoingMessage; absent once sent. */
  message: z.unknown().optional(),
  status: z.enum(['queued', 'sending', 'sent', 'failed']),
  createdAt: z.string(),
  notBefore: z.string().optional(),
  attempts: z.number().int().nonnegative(),
  attemptAt: z.string().optional(),
  /** Earliest attempt whose outcome is unknown (timeout, 5xx, crash): Feishu's uuid de-duplication lasts one hour from about then. */
  inDoubtSince: z.string().optional(),
  retryAt: z.string().optional(),
  messageId: z.string().optional(),
  sentAt: z.string().optional(),
  failedAt: z.string().optional(),
  error: z
    .object({ code: z.string(), message: z.string(), feishuCode: z.number().optional(), hint: z.string().optional() })
    .optional(),
});

/** Switches inspectors flip from the chat (暂停提醒/恢复提醒); they outlive restarts. */
export const settingsSchema = z.looseObject({
  remindersPaused: z.boolean().default(false),
  /** open_id of whoever last paused or resumed, and when. */
  remindersPausedBy: z.string().optional(),
  remindersPausedAt: z.string().optional(),
});

// Collections added after version 1 first shipped default to empty, so older v1 files load unchanged.
const smallDocFields = {
  dialogs: z.array(dialogSchema).default([]),
  outbox: z.array(outboxItemSchema).default([]),
  settings: settingsSchema.prefault({}),
};

/** db.json up to version 2: everything in one document, activities and audit included (migrated forward on open). */
export const v2Schema = z.looseObject({
  version: z.literal(LEDGER_IN_DB_VERSION),
  activities: z.array(activitySchema),
  audit: z.array(auditEntrySchema),
  ...smallDocFields,
});

/** The small documents of a v2 db.json, checked on their own when it is migrated (the ledger is checked without zod's copies). */
export const v2SmallSchema = z.looseObject(smallDocFields);

/**
 * db.json from version 3: the small documents only. Activities live in activities.jsonl
 * (a snapshot) and audit.jsonl (the append-only log); see src/store/openStore.ts.
 */
export const dbSchema = z.looseObject({
  version: z.literal(DB_VERSION),
  ...smallDocFields,
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type Dialog = z.infer<typeof dialogSchema>;
export type OutboxItem = z.infer<typeof outboxItemSchema>;
export type Settings = z.infer<typeof settingsSchema>;
// Written out rather than inferred: loose objects infer an index signature that would hide these keys.
/** What db.json holds (version 3). */
export interface SmallDoc {
  version: typeof DB_VERSION;
  dialogs: Dialog[];
  outbox: OutboxItem[];
  settings: Settings;
}

/** The store as its users see it: db.json's documents plus the ledger (see Store in openStore.ts for how `audit` behaves). */
export interface DbData extends SmallDoc {
  activities: Activity[];
  audit: AuditEntry[];
}

/** A new db.json: no dialogs, no outbox, reminders running. */
export function emptyDb(): SmallDoc {
  return { version: DB_VERSION, dialogs: [], outbox: [], settings: { remindersPaused: false } };
}

// Compile-time check that the stored shape and the domain type agree.
type Assert<T extends true> = T;
export type ActivityShapeAgrees = Assert<z.infer<typeof activitySchema> extends Activity ? true : false>;
