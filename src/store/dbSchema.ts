// The shape of DATA_DIR/db.json (version 1), validated on load. Unknown fields are kept, not stripped, so an older build never drops a newer one's data.
import { z } from 'zod';
import { ACTIVITY_TYPE_CODES } from '../domain/activityTypes.js';
import type { Activity } from '../domain/activity.js';

export const DB_VERSION = 1;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const activitySchema = z.looseObject({
  id: z.string().min(1),
  type: z.enum(ACTIVITY_TYPE_CODES),
  date,
  reporter: z.string(),
  actorId: z.string(),
  counterpartIds: z.array(z.string()),
  departmentId: z.string().optional(),
  title: z.string().optional(),
  attendees: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
  late: z.boolean(),
  createdAt: z.string(),
  sourceEventId: z.string().optional(),
  evidence: z
    .array(z.object({ kind: z.enum(['image', 'file']), key: z.string(), name: z.string().optional(), addedAt: z.string() }))
    .optional(),
  deletedAt: z.string().optional(),
  deletedBy: z.string().optional(),
});

/** An event Feishu delivered and we acknowledged. The payload is dropped once processed (it may hold a confidential talk). */
export const inboxEventSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  receivedAt: z.string(),
  status: z.enum(['pending', 'done', 'failed']),
  attempts: z.number().int().nonnegative(),
  payload: z.unknown().optional(),
  doneAt: z.string().optional(),
  error: z.string().optional(),
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
});

// Collections added after version 1 first shipped default to empty, so older v1 files load unchanged.
export const dbSchema = z.looseObject({
  version: z.literal(DB_VERSION),
  activities: z.array(activitySchema),
  events: z.array(inboxEventSchema),
  audit: z.array(auditEntrySchema),
  dialogs: z.array(dialogSchema).default([]),
});

export type InboxEvent = z.infer<typeof inboxEventSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type Dialog = z.infer<typeof dialogSchema>;
// Written out rather than inferred: loose objects infer an index signature that would hide these keys.
export interface DbData {
  version: typeof DB_VERSION;
  activities: Activity[];
  events: InboxEvent[];
  audit: AuditEntry[];
  dialogs: Dialog[];
}

export function emptyDb(): DbData {
  return { version: DB_VERSION, activities: [], events: [], audit: [], dialogs: [] };
}

// Compile-time check that the stored shape and the domain type agree.
type Assert<T extends true> = T;
export type ActivityShapeAgrees = Assert<z.infer<typeof activitySchema> extends Activity ? true : false>;
