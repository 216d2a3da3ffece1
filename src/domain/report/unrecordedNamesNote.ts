// t48b F7 (issue 10): 陈静「受陈理事长委托报一下：11月下旬陈志强副理事长到教就部开展谈心谈话…」 — the card recorded 陈志强 as
// the talks' 活动人 and said beside them 「「受陈理事长委托」：陈志强是委托、安排或同意的人，未记为活动人或对象」. A note saying
// someone was NOT made the doer or a counterpart must not stand beside a record that makes them so: the name goes from the
// note (the note goes when no name is left).
import type { ReportDraft } from './draft.js';

/**
 * The notes of the bystander readers (agencyApart, talkChairApart, companionsApart): 「…」：X、Y是委托、安排或同意的人，未记为活动人或
 * 对象 · 「代表X」：X未记为活动人或对象 · 「…」：X主持或记录这次谈话，未记为活动人 · 「…」：X主持会议，未记为活动人 (round 54,
 * meetingChairNamed) · 「…」：X是一同参加的，未记为对象. Group 1 the
 * quote, 2 the names, 3 what they were said to be, 4 the roles they were said not to have.
 */
const NOT_RECORDED = /^(「.+」：)([\u4e00-\u9fa5]{2,4}(?:、[\u4e00-\u9fa5]{2,4})*?)(是委托、安排或同意的人，|主持或记录这次谈话，|主持会议，|是一同参加的，)?未记为(活动人或对象|活动人|对象)$/;
/** 转达的是X的要求，X未记为活动人或对象 (agencyApart's passed-on words). */
const PASSED_ON = /^转达的是(.+)的要求，\1未记为活动人或对象$/;

/**
 * `remark` without the names it says were not made a doer (or counterpart) that a record of `drafts` does make so; undefined
 * when no name is left. Any other remark is returned as it is. `nameOf` gives a person's name; `senderId` is the doer of a
 * draft with no actorId.
 */
export function unrecordedNamesNote(remark: string, drafts: readonly ReportDraft[], senderId: string, nameOf: (id: string) => string | undefined): string | undefined {
  return noteOnRecord(remark, onRecordOf(drafts, senderId, nameOf));
}

/** Whether a name is on record, as `roles` (活动人 · 对象 · 活动人或对象) says, among the doers and counterparts of `drafts`. */
function onRecordOf(drafts: readonly ReportDraft[], senderId: string, nameOf: (id: string) => string | undefined): (name: string, roles: string) => boolean {
  const doers = new Set(drafts.map((d) => nameOf(d.actorId ?? senderId)));
  const counterparts = new Set(drafts.flatMap((d) => d.counterpartIds.map(nameOf)));
  return (name, roles) => (roles !== '对象' && doers.has(name)) || (roles !== '活动人' && counterparts.has(name));
}

function noteOnRecord(remark: string, onRecord: (name: string, roles: string) => boolean): string | undefined {
  const passed = PASSED_ON.exec(remark);
  if (passed) {
    const still = passed[1]!.split('、').filter((n) => !onRecord(n, '活动人或对象'));
    return still.length === 0 ? undefined : `转达的是${still.join('、')}的要求，${still.join('、')}未记为活动人或对象`;
  }
  const m = NOT_RECORDED.exec(remark);
  if (!m) return remark;
  const [, quote, names, said, roles] = m;
  const still = names!.split('、').filter((n) => !onRecord(n, roles!));
  if (still.length === names!.split('、').length) return remark;
  return still.length === 0 ? undefined : `${quote}${still.join('、')}${said ?? ''}未记为${roles}`;
}

/** `reports` with each remark made true of all their records by unrecordedNamesNote (a remark left empty goes); null stays null. */
export function withUnrecordedNamesTrue<R extends { draft: ReportDraft; remarks: string[] }>(reports: R[] | null, senderId: string, nameOf: (id: string) => string | undefined): R[] | null {
  if (reports === null) return null;
  // The names on record gathered once, not once per remark (issue 14, r53 fkhh: a 400-row table's ~800 records, each with a
  // remark, gathered them ~800 times over, ~0.4 s).
  const onRecord = onRecordOf(reports.map((r) => r.draft), senderId, nameOf);
  return reports.map((r) => ({ ...r, remarks: r.remarks.flatMap((m) => noteOnRecord(m, onRecord) ?? []) }));
}
