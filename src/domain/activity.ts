// A recorded activity: the unit of the ledger (台账). Stored as-is in db.json's `activities`.
import type { ActivityTypeCode } from './activityTypes.js';
import type { MeetingBody } from './meetingBody.js';

export interface Evidence {
  kind: 'image' | 'file';
  /** Feishu's image_key / file_key: we keep the key, never the bytes. */
  key: string;
  name?: string;
  addedAt: string;
  /** The member's message that carried it: recalling (撤回) that message detaches it. */
  messageId?: string;
}

export interface Activity {
  id: string;
  type: ActivityTypeCode;
  /** The day it happened, YYYY-MM-DD in Asia/Shanghai. */
  date: string;
  /** open_id of whoever reported it. */
  reporter: string;
  /** Directory id of the person who held or led it (usually the reporter). */
  actorId: string;
  /** Directory ids of talk counterparts (谈话对象); one per record for pairwise duties. */
  counterpartIds: string[];
  /** Organising department, or the department a talk was with. */
  departmentId?: string;
  /** Every department a check visited, when more than one (departmentId is the first). */
  departmentIds?: string[];
  /**
   * Directory ids of those who went on a check with its doer (同行, t48a F5): the 台账 lists them among 参加人员 and each
   * one's monthly 作风纪律检查 counts it. Absent on other records and on records stored before round 46.
   */
  companionIds?: string[];
  title?: string;
  attendees?: number;
  /**
   * 全体党员 · 全体干部职工 · 全体参加 (round 68, ghi; t71a F6: the card of a 党课 for 机关全体党员 said 全体参加 and the record
   * and the export had no word of it): held for everyone of its unit or of the 机关, as the card showed it. Absent otherwise
   * and on records stored before round 68.
   */
  allMembers?: true;
  /**
   * The body that held a 专题会议, when not the 党组 (机关党委 · 机关纪委 · 党支部 · 理事长办公会; round 53, t55b F3): not counted
   * toward a 党组 duty (completion/partyLevel). Absent on other records, on 党组 meetings and on records stored before round 53.
   */
  meetingBody?: MeetingBody;
  /** The year a 责任书 says it is for (2027年度…责任书), when named: its duty counts there (completion/countingDay). */
  dutyYear?: number;
  note?: string;
  /** The member's message as written; only kept when the operator sets RETAIN_REPORT_TEXT. */
  text?: string;
  /** 补录: reported after the period it happened in had closed. */
  late: boolean;
  createdAt: string;
  /** Feishu event that created it; makes redelivered reports idempotent. */
  sourceEventId?: string;
  /** The member's message that created it (im message_id): recalling (撤回) that message withdraws the record. */
  sourceMessageId?: string;
  /** The member's other messages that made it (the report an answer completed): recalling any of them withdraws it too. */
  relatedMessageIds?: string[];
  evidence?: Evidence[];
  deletedAt?: string;
  deletedBy?: string;
}
