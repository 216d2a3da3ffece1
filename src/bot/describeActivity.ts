// One-line Chinese descriptions of reported activities and the people in them.
import { meetingBodyName } from '../domain/meetingBody.js';
import { activityTypeName, isCheckType } from '../domain/activityTypes.js';
import type { Directory } from '../domain/organization.js';
import type { ReportDraft } from '../domain/report/draft.js';
import { addDays } from '../domain/shanghai.js';
import { outsideWindows, outsideWindowText, recordLateRule } from '../domain/completion/late.js';
import { countingDay } from '../domain/completion/countingDay.js';
import type { Duty } from '../domain/duty.js';
import { plainInMarkdown } from '../feishu/cards/plainInMarkdown.js';
import { isMeetingAgendaNote } from '../domain/report/meetingAgendaNote.js';
import { AGENDA_TYPES } from '../domain/report/cardAgenda.js';
import { isAdoptedPaperNote } from '../domain/report/adoptedPaperNote.js';
import { isEducationPlaceNote } from '../domain/report/educationBasePlace.js';

export function personLabel(directory: Directory, id: string): string {
  const p = directory.person(id);
  return p ? (p.title ? `${p.name}（${p.title}）` : p.name) : id;
}

export function dayLabel(date: string, today: string): string {
  if (date === today) return `${date}（今天）`;
  if (date === addDays(today, -1)) return `${date}（昨天）`;
  return date;
}

/** The meetings whose agenda is said (parseKindPatterns' MEETING_TYPES holds 专项资金检查 too, whose note is its findings). */
const AGENDA_SHOWN = AGENDA_TYPES;

export function describeDraft(directory: Directory, d: ReportDraft, today: string): string {
  const parts = [d.type ? activityTypeName(d.type) : '（类型未知）', d.date ? dayLabel(d.date, today) : '（日期未知）'];
  if (d.counterpartIds.length > 0) parts.push(`对象：${d.counterpartIds.map((id) => personLabel(directory, id)).join('、')}`);
  // 机关党委会议 (round 53, t55b F3): the body that held a 专题会议, when not the 党组, and that it is not the 党组's 专题研究.
  if (d.meetingBody !== undefined && d.type === 'meeting_special') parts.push(`${meetingBodyName(d.meetingBody)}召开（不计入党组专题研究）`);
  if (d.title) parts.push(`《${plainInMarkdown(d.title)}》`);
  // 专题会议｜12-03 with no subject is thin for the 纪检 officer who signs the 台账 (t50c F5): a meeting's agenda, kept as its
  // note (研究部署年终廉政工作), is said on the card and the receipt, as a title is. Other notes stay unsaid (a talk keeps none).
  const agenda = d.type !== undefined && AGENDA_SHOWN.has(d.type) && d.note !== undefined && isMeetingAgendaNote(d.note) ? d.note : undefined;
  if (agenda !== undefined) parts.push(`议题：${plainInMarkdown(agenda)}`);
  // 全体人员参加，参加8人: the head count is shown whenever there is one; 全体 is said as written, not as 全体党员 (found by the tester).
  // 应到35人实到32人 (t49b F7): those present, with those expected, never 全体.
  if (d.expected !== undefined && d.attendees !== undefined && d.attendees < d.expected) parts.push(`${d.attendees}人参加（应到${d.expected}人）`);
  else if (d.allMembers && d.attendees !== undefined) parts.push(`全体参加（${d.attendees}人）`);
  else if (d.allMembers) parts.push('全体参加');
  else if (d.attendees !== undefined) parts.push(`${d.attendees}人参加`);
  if (d.departmentId && d.counterpartIds.length === 0) {
    // A check that visited several departments names them all.
    const names = (d.departmentIds ?? [d.departmentId]).map((id) => directory.department(id)?.name).filter((n) => n !== undefined);
    if (names.length > 0) parts.push(names.join('、'));
  }
  // 陪同黄书记到财务科检查 (round 62, gbe; gad's left-alone: those who went along were in no card line, no receipt): whoever went
  // on a check with its doer is shown with its people, as the 台账 and the year-end draft keep them.
  const along = d.type === undefined || isCheckType(d.type) ? (d.companionIds ?? []).filter((id) => id !== d.actorId) : [];
  if (along.length > 0) parts.push(`陪同：${[...new Set(along)].map((id) => personLabel(directory, id)).join('、')}`);
  // 签订了2027年度…责任书 in December 2026: the card says which year's duty it meets (completion/countingDay).
  if (d.dutyYear !== undefined && d.date && Number(d.date.slice(0, 4)) !== d.dutyYear) parts.push(`计入${d.dutyYear}年度`);
  if (d.late) parts.push('补录');
  // 报送廉政信息2篇，被市残联网站采用1篇 · 到市廉政教育基地参观学习 (round 68, ghl; t71b F4, ghd's leftover): what became of the
  // papers and where a study went are stored in the note; the card says them, so a wrong copy is seen before 确认. Last, so
  // the line's fields keep their places.
  if (d.note !== undefined && ((d.type === 'report_info' && isAdoptedPaperNote(d.note)) || (d.type?.startsWith('edu_') === true && isEducationPlaceNote(d.note)))) {
    parts.push(`备注：${plainInMarkdown(d.note)}`);
  }
  return parts.join('｜');
}


/**
 * 补录 for a draft as its record would be marked if recorded today (completion/late.ts: reported after the shortest duty
 * period it counts toward had closed), so a card or a question says 补录 exactly when the receipt after it will
 * (found: the parser's quarter rule marked a September talk 补录 on the card, and its receipt did not).
 */
export function lateIfRecordedOn(duties: readonly Duty[], d: Pick<ReportDraft, 'type' | 'date' | 'dutyYear'>, today: string): boolean {
  if (d.date === undefined || d.date > today) return false;
  // Any time of the day gives the same answer: periods close at midnight, Asia/Shanghai.
  return recordLateRule(duties)({ type: d.type ?? 'edu_integrity', date: d.date, ...(d.dutyYear !== undefined ? { dutyYear: d.dutyYear } : {}), createdAt: `${today}T12:00:00+08:00` });
}

/**
 * 「｜不在规定期限（1月1日至3月31日）内，不计入「签订党风廉政建设责任书」的完成情况」 for a day outside its duty's
 * window, else '': the record is kept, but the member must not read a normal receipt as the duty met (赵敏's
 * 12月1日 责任书 was recorded silently while the card still called her 逾期).
 */
export function windowRemark(
  directory: Directory,
  duties: readonly Duty[],
  d: Pick<ReportDraft, 'type' | 'date' | 'counterpartIds' | 'departmentId' | 'actorId' | 'dutyYear'>,
  senderId?: string,
): string {
  if (!d.type || !d.date) return '';
  const actorId = d.actorId ?? senderId;
  const who = actorId ? { directory, actorId, counterpartIds: d.counterpartIds, ...(d.departmentId ? { departmentId: d.departmentId } : {}) } : undefined;
  const misses = outsideWindows(duties, d.type, countingDay({ date: d.date, dutyYear: d.dutyYear }), who);
  return misses.length > 0 ? `｜${outsideWindowText(misses)}` : '';
}

/** describeDraft with 补录 by the rule the receipt will use (lateIfRecordedOn), for cards and questions before recording. */
export function describePending(directory: Directory, duties: readonly Duty[], d: ReportDraft, today: string, senderId?: string): string {
  return `${describeDraft(directory, { ...d, late: lateIfRecordedOn(duties, d, today) }, today)}${windowRemark(directory, duties, d, senderId)}`;
}
