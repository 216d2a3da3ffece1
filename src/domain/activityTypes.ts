// The activity types a member can report (../shared/domain/duties.md), with the words people use for them.

export const ACTIVITY_TYPES = [
  { code: 'talk_integrity', name: '廉政谈话', aliases: ['廉政约谈', '约谈', '提醒谈话', '任前谈话', '集中谈话', '廉政提醒'] },
  { code: 'talk_heart', name: '谈心谈话', aliases: ['谈心', '谈话谈心', '交心谈心'] },
  { code: 'edu_integrity', name: '廉政教育', aliases: ['廉洁教育', '纪律教育', '廉政学习', '党纪学习', '节前廉政教育', '党性党风党纪教育'] },
  { code: 'edu_warning', name: '警示教育', aliases: ['警示教育片', '以案促改', '三个以案', '典型案例通报学习'] },
  { code: 'edu_lecture', name: '廉政党课', aliases: ['党课', '讲党课'] },
  { code: 'meeting_special', name: '专题会议', aliases: ['专题研究', '专题分析会', '部署会', '全面从严治党专题会'] },
  { code: 'meeting_dept', name: '分管科室党风廉政建设工作会议', aliases: ['分管科室会议'] },
  { code: 'review_analysis', name: '分析研判', aliases: ['政治生态分析', '形势研判'] },
  { code: 'inspect_style', name: '作风纪律检查', aliases: ['监督检查', '暗访', '督查'] },
  { code: 'inspect_funds', name: '专项资金检查', aliases: ['资金使用调度会'] },
  { code: 'report_self', name: '自查总结', aliases: ['自查'] },
  { code: 'report_duty', name: '述责述廉', aliases: ['述职述廉'] },
  { code: 'report_to_party', name: '向党组报告', aliases: ['书面报告', '半年报告'] },
  { code: 'report_info', name: '信息报送', aliases: ['报送信息'] },
  { code: 'report_research', name: '调研报告', aliases: ['调研'] },
  { code: 'pledge_sign', name: '签订责任书/承诺书', aliases: ['党风廉政建设责任书', '家庭助廉承诺书', '廉政承诺书'] },
  { code: 'pledge_check', name: '责任书检查', aliases: ['责任书落实检查'] },
] as const;

export type ActivityTypeCode = (typeof ACTIVITY_TYPES)[number]['code'];
export type ActivityTypeInfo = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_TYPE_CODES = ACTIVITY_TYPES.map((t) => t.code) as [ActivityTypeCode, ...ActivityTypeCode[]];

const byCode = new Map<string, ActivityTypeInfo>(ACTIVITY_TYPES.map((t) => [t.code, t]));

export function activityTypeName(code: ActivityTypeCode): string {
  return byCode.get(code)?.name ?? code;
}

export function isActivityTypeCode(value: string): value is ActivityTypeCode {
  return byCode.has(value);
}

/** Talks have a counterpart (谈话对象); completion counts them per pair. */
export function isTalkType(code: ActivityTypeCode): boolean {
  return code === 'talk_integrity' || code === 'talk_heart';
}

/**
 * The check types (作风纪律检查, 专项资金检查, 责任书检查), in the order a question offers them: a visitor's deed at a
 * place (a department), never with a person as the one checked. One list for every reader that treats checks apart.
 */
export const CHECK_TYPE_CODES: readonly ActivityTypeCode[] = ['inspect_style', 'inspect_funds', 'pledge_check'];

const checkTypes: ReadonlySet<string> = new Set(CHECK_TYPE_CODES);

/** Whether `code` (any string, or undefined for an untyped draft) is one of {@link CHECK_TYPE_CODES}. */
export function isCheckType(code: string | undefined): boolean {
  return code !== undefined && checkTypes.has(code);
}
