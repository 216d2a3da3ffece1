// Test data for completion, queries and visibility: a small org, the default duty catalogue, activities, a large dataset.
import type { Activity } from '../../src/domain/activity.js';
import type { Duty } from '../../src/domain/duty.js';
import { createDirectory, type Directory, type Organization, type Person, type Role } from '../../src/domain/organization.js';
import { computeCompletion } from '../../src/domain/completion/computeCompletion.js';
import type { CompletionLine, CompletionReport, Scope } from '../../src/domain/completion/types.js';
import { periodOf, type Period } from '../../src/domain/period.js';

/**
 * The default catalogue of ../shared/domain/duties.md as data: the canonical
 * transcription config/duties.yaml is generated from. "secretary (for the 党组)" is
 * `party_group`: any 党组-level activity of the type counts (a secretary's,
 * leader's or inspector's; a 科室's own does not: completion/partyLevel.ts, t48b O1).
 */
export const DEFAULT_DUTIES: Duty[] = [
  duty('special-meeting', '党组专题研究全面从严治党、党风廉政建设', ['meeting_special'], ['party_group'], 'count', 'halfyear', 1, '000 二(一) "每半年不少于一次"; 004 二(一) "年内…不少于两次"'),
  duty('secretary-meetings', '书记主持召开专题会议', ['meeting_special'], ['secretary'], 'count', 'year', 2, '001 三(二)1 "每年主持召开两次以上专题会议"'),
  // 党性党风党纪和廉洁从政教育 includes 警示教育 and 党课: each counts toward the four a year.
  duty('education', '党性党风党纪和廉洁从政教育活动', ['edu_integrity', 'edu_warning', 'edu_lecture'], ['party_group'], 'count', 'year', 4, '001 三(一)3 "全年不少于4次"'),
  duty('warning-education', '警示教育', ['edu_warning'], ['party_group'], 'count', 'year', 1, '000 二(二); 004 四(三)'),
  duty('integrity-lecture', '书记讲廉政党课', ['edu_lecture'], ['secretary'], 'count', 'year', 1, '001 三(二)3 "带头讲好廉政党课"; 003 三'),
  duty('talk-secretary-leaders', '廉政谈话：书记与每位班子成员', ['talk_integrity'], ['secretary'], 'subordinate', 'halfyear', 1, '001 四(二) "每半年开展一次廉政谈话"'),
  duty('talk-leader-heads', '廉政谈话：班子成员与分管科室负责人', ['talk_integrity'], ['leaders'], 'subordinate', 'halfyear', 1, '001 四(二); 000 四(一)'),
  duty('heart-talks', '谈心谈话：班子成员与分管科室', ['talk_heart'], ['leaders'], 'supervised_department', 'halfyear', 1, '002; 003 三'),
  duty('analysis', '党风廉政建设分析研判', ['review_analysis'], ['secretary'], 'count', 'halfyear', 1, '001 三(二)5 "每半年和年终开展一次"'),
  duty('dept-meeting', '分管科室党风廉政建设工作会议', ['meeting_dept'], ['leaders'], 'count', 'year', 1, '001 三(三)3 "每年至少召开一次"'),
  duty('funds-check', '专项资金使用调度会和检查', ['inspect_funds'], ['party_group'], 'count', 'halfyear', 1, '000 三(一)'),
  duty('style-inspection', '工作作风纪律检查', ['inspect_style'], ['inspectors'], 'count', 'month', 1, '004 二(二) "每月…检查1-2次"'),
  duty('self-review', '科室自查总结', ['report_self'], ['dept_heads'], 'count', 'year', 1, '001 三(四)5'),
  duty('duty-report', '述责述廉年度报告', ['report_duty'], ['leaders', 'dept_heads'], 'count', 'year', 1, '001 四(一)'),
  { ...duty('pledge-sign', '签订党风廉政建设责任书', ['pledge_sign'], ['secretary', 'leaders'], 'subordinate', 'year', 1, '002 "年初…签订"; 003 三'), window: { from: '01-01', to: '03-31' } },
  duty('pledge-check', '责任书落实情况检查', ['pledge_check'], ['party_group'], 'count', 'halfyear', 1, '002 "半年对责任书进行一次检查"'),
  duty('unit-report', '向党组报告全面从严治党情况', ['report_to_party'], ['dept_heads'], 'count', 'halfyear', 1, '004 五(一)'),
  duty('info-report', '信息报送', ['report_info'], ['dept_heads'], 'count', 'month', 1, '004 五(一) "每月至少报送1篇信息"'),
  duty('research-report', '调研报告', ['report_research'], ['dept_heads'], 'count', 'year', 1, '004 五(一)'),
];

function duty(
  id: string,
  name: string,
  types: Duty['types'],
  responsible: Duty['responsible'],
  per: Duty['per'],
  cadence: Duty['cadence'],
  min: number,
  source: string,
): Duty {
  return { id, name, types, responsible, per, cadence, min, source, enabled: true };
}

export function dutyById(id: string): Duty {
  const found = DEFAULT_DUTIES.find((d) => d.id === id);
  if (!found) throw new Error(`no duty ${id}`);
  return found;
}

function person(id: string, name: string, title: string, roles: Role[], departmentId?: string): Person {
  return { id, name, title, roles: ['member', ...roles], ...(departmentId ? { departmentId } : {}), openId: `ou_${id}` };
}

/**
 * 张国华 is secretary; 李明, 王强, 赵敏 are leaders; 赵敏 also heads 信息中心 (a person
 * with two roles, who supervises her own department); 孙丽 of 办公室 is the inspector.
 */
export const SMALL_ORG: Organization = {
  name: '市残联',
  people: [
    person('sec', '张国华', '党组书记', ['secretary']),
    person('l1', '李明', '副理事长', ['leader']),
    person('l2', '王强', '副理事长', ['leader']),
    person('l3', '赵敏', '党组成员', ['leader', 'dept_head'], 'd-info'),
    person('h1', '陈静', '办公室主任', ['dept_head'], 'd-office'),
    person('h2', '刘洋', '财务科科长', ['dept_head'], 'd-finance'),
    person('h3', '周杰', '康复中心主任', ['dept_head'], 'd-rehab'),
    person('h4', '吴芳', '教育就业科科长', ['dept_head'], 'd-edu'),
    person('h5', '郑伟', '维权科科长', ['dept_head'], 'd-rights'),
    person('m1', '钱进', '科员', [], 'd-office'),
    person('insp', '孙丽', '纪检干事', ['inspector'], 'd-office'),
    person('m2', '马超', '科员', [], 'd-finance'),
    person('m3', '何平', '康复师', [], 'd-rehab'),
    person('m4', '林涛', '科员', [], 'd-rights'),
    person('m5', '高远', '工程师', [], 'd-info'),
  ],
  departments: [
    { id: 'd-office', name: '办公室', aliases: ['综合办'], headId: 'h1', supervisorId: 'l1' },
    { id: 'd-finance', name: '财务科', aliases: ['财务'], headId: 'h2', supervisorId: 'l1' },
    { id: 'd-rehab', name: '康复中心', aliases: ['康复部'], headId: 'h3', supervisorId: 'l2' },
    { id: 'd-edu', name: '教育就业科', aliases: ['就业科', '教就科'], headId: 'h4', supervisorId: 'l2' },
    { id: 'd-rights', name: '维权科', aliases: ['维权'], headId: 'h5', supervisorId: 'l3' },
    { id: 'd-info', name: '信息中心', aliases: ['信息科'], headId: 'l3', supervisorId: 'l3' },
  ],
};

export function smallDirectory(): Directory {
  return createDirectory(SMALL_ORG);
}

/** The quarter (or other cadence) containing a date: views in tests are named by a day in them. */
export function viewOf(date: string, cadence: Period['cadence'] = 'quarter'): Period {
  return periodOf(cadence, date);
}

/** Completion over the small org and the default catalogue. */
export function completionOf(activities: Activity[], view: Period, now: Date, scope?: Scope): CompletionReport {
  return computeCompletion({ directory: smallDirectory(), duties: DEFAULT_DUTIES, activities, view, now, ...(scope ? { scope } : {}) });
}

export function lineOf(report: CompletionReport, dutyId: string, responsibleId: string): CompletionLine {
  const found = report.lines.find((l) => l.dutyId === dutyId && l.responsibleId === responsibleId);
  if (!found) throw new Error(`no line ${dutyId}/${responsibleId}`);
  return found;
}

let nextId = 0;

/** An activity with sensible defaults; ids are unique within a test run. */
export function act(fields: Pick<Activity, 'type' | 'date' | 'actorId'> & Partial<Activity>): Activity {
  nextId += 1;
  return {
    id: fields.id ?? `a${nextId}`,
    reporter: `ou_${fields.actorId}`,
    counterpartIds: [],
    late: false,
    createdAt: `${fields.date}T10:00:00+08:00`,
    ...fields,
  };
}

/** Instants named in Shanghai wall-clock time, e.g. at('2026-03-31 23:59:59'). */
export function at(shanghai: string): Date {
  return new Date(`${shanghai.replace(' ', 'T')}+08:00`);
}

export { makeLargeDataset, type LargeDataset } from '../../bench/largeDataset.js';
