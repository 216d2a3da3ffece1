// Validates one stored activity against the schema, quickly: a hand check of the required fields, zod only to word a problem.
import { ACTIVITY_TYPE_CODES } from '../domain/activityTypes.js';
import { activitySchema } from './dbSchema.js';
import { MEETING_BODIES } from '../domain/meetingBody.js';
import { dutyYearProblem } from '../domain/completion/dutyYearProblem.js';

const TYPES = new Set<string>(ACTIVITY_TYPE_CODES);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const BODIES = new Set<string>(MEETING_BODIES);

function plainlyValid(a: Record<string, unknown>): boolean {
  return (
    typeof a.id === 'string' &&
    a.id.length > 0 &&
    typeof a.type === 'string' &&
    TYPES.has(a.type) &&
    typeof a.date === 'string' &&
    DAY.test(a.date) &&
    typeof a.reporter === 'string' &&
    typeof a.actorId === 'string' &&
    Array.isArray(a.counterpartIds) &&
    a.counterpartIds.every((c) => typeof c === 'string') &&
    typeof a.late === 'boolean' &&
    typeof a.createdAt === 'string' &&
    (a.departmentId === undefined || typeof a.departmentId === 'string') &&
    (a.departmentIds === undefined || (Array.isArray(a.departmentIds) && a.departmentIds.every((d) => typeof d === 'string'))) &&
    (a.companionIds === undefined || (Array.isArray(a.companionIds) && a.companionIds.every((c) => typeof c === 'string'))) &&
    (a.meetingBody === undefined || BODIES.has(a.meetingBody as string)) &&
    (a.title === undefined || typeof a.title === 'string') &&
    (a.attendees === undefined || (Number.isInteger(a.attendees) && (a.attendees as number) >= 0)) &&
    (a.allMembers === undefined || a.allMembers === true) &&
    (a.note === undefined || typeof a.note === 'string') &&
    (a.text === undefined || typeof a.text === 'string') &&
    (a.sourceEventId === undefined || typeof a.sourceEventId === 'string') &&
    (a.deletedAt === undefined || typeof a.deletedAt === 'string') &&
    (a.deletedBy === undefined || typeof a.deletedBy === 'string') &&
    (a.evidence === undefined || Array.isArray(a.evidence))
  );
}

/** 「dutyYear: 1999 is not the year…」: a year the record cannot be for, named by its field like zod's problems. */
function yearProblem(a: Record<string, unknown>): string | undefined {
  const problem = dutyYearProblem({ date: a.date as string, dutyYear: a.dutyYear as number | undefined });
  return problem ? `dutyYear: ${problem}` : undefined;
}

/**
 * Returns undefined when `value` is a valid activity (activitySchema in dbSchema.ts, and a dutyYear within a year of its day), else
 * "path: problem" for the operator. The hand check keeps a start with 200,000 records
 * fast (zod alone costs about a second there); anything it does not pass plainly,
 * evidence included, goes through zod, which has the last word.
 */
export function checkActivity(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const a = value as Record<string, unknown>;
    if (plainlyValid(a) && a.evidence === undefined) return yearProblem(a);
  }
  const parsed = activitySchema.safeParse(value);
  if (parsed.success) return yearProblem(value as Record<string, unknown>);
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}
