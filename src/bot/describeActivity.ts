// One-line Chinese descriptions of reported activities and of what a report is missing.
import { activityTypeName } from '../domain/activityTypes.js';
import type { Directory } from '../domain/organization.js';
import type { ReportDraft, ReportProblem } from '../domain/reportDraft.js';
import { addDays } from '../domain/shanghai.js';

export function personLabel(directory: Directory, id: string): string {
  const p = directory.person(id);
  return p ? (p.title ? `${p.name}（${p.title}）` : p.name) : id;
}

export function dayLabel(date: string, today: string): string {
  if (date === today) return `${date}（今天）`;
  if (date === addDays(today, -1)) return `${date}（昨天）`;
  return date;
}

export function describeDraft(directory: Directory, d: ReportDraft, today: string): string {
  const parts = [d.type ? activityTypeName(d.type) : '（类型未知）', d.date ? dayLabel(d.date, today) : '（日期未知）'];
  if (d.counterpartIds.length > 0) parts.push(`对象：${d.counterpartIds.map((id) => personLabel(directory, id)).join('、')}`);
  if (d.title) parts.push(`《${d.title}》`);
  if (d.allMembers) parts.push('全体党员参加');
  else if (d.attendees !== undefined) parts.push(`${d.attendees}人参加`);
  if (d.departmentId && d.counterpartIds.length === 0) {
    const dept = directory.department(d.departmentId);
    if (dept) parts.push(dept.name);
  }
  if (d.late) parts.push('补录');
  return parts.join('｜');
}

export function describeProblem(directory: Directory, p: ReportProblem): string {
  switch (p.code) {
    case 'missing_type':
      return '没看出是哪类活动（如廉政谈话、谈心谈话、警示教育、廉政党课、专题会议）';
    case 'missing_date':
      return '没写是哪一天（如「今天」「昨天」「11月20日」）';
    case 'future_date':
      return `${p.date} 还没到，只能记录已经完成的活动`;
    case 'missing_counterpart':
      return '没写谈话对象（如「和办公室李明主任」，或 @对方）';
    case 'unknown_counterpart':
      return `通讯录里找不到「${p.text}」，请写全名`;
    case 'ambiguous_counterpart':
      return `「${p.text}」可能是：${p.candidateIds.map((id) => personLabel(directory, id)).join('、')}，请写全名`;
  }
}
