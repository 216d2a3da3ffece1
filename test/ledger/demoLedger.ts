// A year of demo records (2026) for the organisation in config/: the ledger tests, the CLI tests and the README example use it.
import type { Activity, Evidence } from '../../src/domain/activity.js';
import type { ActivityTypeCode } from '../../src/domain/activityTypes.js';
import { loadConfig } from '../../src/config/loadConfig.js';

export const demoConfig = loadConfig('config');
const directory = demoConfig.directory;

/** When the README's year-end draft was generated: the last week of 2026. */
export const YEAR_END_NOW = new Date('2026-12-28T18:00:00+08:00');

let seq = 0;

interface Fields {
  type: ActivityTypeCode;
  date: string;
  actor: string;
  with?: string[];
  dept?: string;
  title?: string;
  attendees?: number;
  note?: string;
  /** Reported by someone else (代报). */
  by?: string;
  /** Reported on this day instead of the day itself. */
  reportedOn?: string;
  late?: boolean;
  evidence?: Evidence[];
  deletedAt?: string;
}

function openIdOf(id: string): string {
  const p = directory.person(id);
  if (!p?.openId) throw new Error(`no person ${id} in config/organization.yaml`);
  return p.openId;
}

export function demo(f: Fields): Activity {
  seq += 1;
  return {
    id: `d${String(seq).padStart(3, '0')}`,
    type: f.type,
    date: f.date,
    reporter: openIdOf(f.by ?? f.actor),
    actorId: f.actor,
    counterpartIds: f.with ?? [],
    ...(f.dept ? { departmentId: f.dept } : {}),
    ...(f.title ? { title: f.title } : {}),
    ...(f.attendees !== undefined ? { attendees: f.attendees } : {}),
    ...(f.note ? { note: f.note } : {}),
    late: f.late ?? false,
    createdAt: `${f.reportedOn ?? f.date}T17:30:00+08:00`,
    ...(f.evidence ? { evidence: f.evidence } : {}),
    ...(f.deletedAt ? { deletedAt: f.deletedAt, deletedBy: openIdOf(f.actor) } : {}),
  };
}

const LEADERS = ['wangjianguo', 'liufang', 'chenzhiqiang', 'zhaomin'];
const SUPERVISED: [string, string, string][] = [
  ['wangjianguo', 'liming', 'office'],
  ['wangjianguo', 'sunli', 'finance'],
  ['liufang', 'zhoutao', 'liaison'],
  ['liufang', 'wujing', 'rehab'],
  ['chenzhiqiang', 'zhenghua', 'employment'],
  ['chenzhiqiang', 'fengxue', 'rights'],
  ['zhaomin', 'wanglei', 'publicity'],
  ['zhaomin', 'heping', 'center'],
];

export function demoActivities(): Activity[] {
  seq = 0;
  const a: Activity[] = [];
  // 年初: 责任书, secretary with each leader, each leader with each supervised head.
  for (const l of LEADERS) a.push(demo({ type: 'pledge_sign', date: '2026-01-20', actor: 'zhangwei', with: [l] }));
  for (const [l, h, d] of SUPERVISED) a.push(demo({ type: 'pledge_sign', date: '2026-02-10', actor: l, with: [h], dept: d }));
  a.push(demo({ type: 'edu_integrity', date: '2026-01-28', actor: 'huangzhigang', title: '春节前廉政提醒教育', attendees: 45 }));
  a.push(demo({ type: 'meeting_special', date: '2026-02-26', actor: 'zhangwei', title: '2026年党风廉政建设和反腐败工作部署会' }));
  for (const l of LEADERS) a.push(demo({ type: 'talk_integrity', date: '2026-03-12', actor: 'zhangwei', with: [l], note: '重点谈了分管领域廉政风险' }));
  a.push(demo({ type: 'meeting_dept', date: '2026-03-18', actor: 'wangjianguo', dept: 'office' }));
  a.push(demo({ type: 'talk_heart', date: '2026-03-30', actor: 'wangjianguo', with: ['liming'], dept: 'office' }));
  a.push(demo({ type: 'talk_heart', date: '2026-03-31', actor: 'wangjianguo', with: ['sunli'], dept: 'finance' }));
  a.push(demo({ type: 'talk_integrity', date: '2026-04-10', actor: 'wangjianguo', with: ['liming'] }));
  a.push(demo({ type: 'talk_integrity', date: '2026-04-10', actor: 'sunli', with: ['wangjianguo'] }));
  a.push(demo({ type: 'meeting_dept', date: '2026-04-15', actor: 'liufang' }));
  a.push(demo({ type: 'edu_integrity', date: '2026-04-22', actor: 'zhangwei', title: '中国共产党纪律处分条例', attendees: 52 }));
  a.push(demo({ type: 'talk_integrity', date: '2026-05-06', actor: 'liufang', with: ['zhoutao'] }));
  a.push(demo({ type: 'report_info', date: '2026-05-10', actor: 'wangfang', dept: 'office', title: '办公室开展节前廉政提醒' }));
  a.push(demo({ type: 'talk_integrity', date: '2026-05-20', actor: 'zhaomin', with: ['wanglei'] }));
  a.push(demo({
    type: 'edu_warning', date: '2026-05-28', actor: 'huangzhigang', title: '贪毁人生', attendees: 47, note: '机关三楼会议室',
    evidence: [{ kind: 'image', key: 'img_v3_demo_1', addedAt: '2026-05-28T18:00:00+08:00' }],
  }));
  a.push(demo({ type: 'meeting_dept', date: '2026-06-10', actor: 'chenzhiqiang', dept: 'employment' }));
  a.push(demo({ type: 'inspect_funds', date: '2026-06-12', actor: 'zhangwei', title: '助残资金使用调度会' }));
  a.push(demo({ type: 'talk_heart', date: '2026-06-18', actor: 'liufang', with: ['zhoutao'], dept: 'liaison' }));
  // 补录: held in June, reported in July after the half-year had closed.
  a.push(demo({ type: 'talk_heart', date: '2026-06-25', actor: 'chenzhiqiang', with: ['fengxue'], dept: 'rights', reportedOn: '2026-07-03', late: true }));
  a.push(demo({
    type: 'edu_lecture', date: '2026-06-30', actor: 'zhangwei', by: 'huangzhigang', title: '驰而不息正风肃纪 合力打造清廉残联', attendees: 56,
    evidence: [{ kind: 'file', key: 'file_v3_demo_1', name: '廉政党课讲稿.pdf', addedAt: '2026-06-30T18:00:00+08:00' }],
  }));
  a.push(demo({ type: 'pledge_check', date: '2026-07-08', actor: 'zhangwei' }));
  a.push(demo({ type: 'meeting_special', date: '2026-07-15', actor: 'zhangwei', title: '上半年党风廉政建设形势分析暨专题研究会' }));
  a.push(demo({ type: 'review_analysis', date: '2026-07-15', actor: 'zhangwei', title: '上半年政治生态分析研判' }));
  // Reported twice by mistake and withdrawn: must appear nowhere.
  a.push(demo({ type: 'edu_warning', date: '2026-08-08', actor: 'linxiao', title: '重复上报的警示教育', deletedAt: '2026-08-08T18:00:00+08:00' }));
  for (const l of ['wangjianguo', 'liufang', 'chenzhiqiang']) a.push(demo({ type: 'talk_integrity', date: '2026-09-08', actor: 'zhangwei', with: [l] }));
  a.push(demo({ type: 'edu_integrity', date: '2026-09-24', actor: 'huangzhigang', title: '中秋国庆节前廉政教育', attendees: 48 }));
  a.push(demo({ type: 'talk_integrity', date: '2026-10-15', actor: 'wangjianguo', with: ['liming'] }));
  a.push(demo({ type: 'edu_warning', date: '2026-10-30', actor: 'linxiao', title: '省纪委典型案例通报', attendees: 39 }));
  a.push(demo({ type: 'inspect_funds', date: '2026-11-05', actor: 'zhangwei', title: '下半年助残资金使用检查' }));
  a.push(demo({ type: 'report_duty', date: '2026-11-15', actor: 'liming' }));
  for (const [month, who] of [['01', 'huangzhigang'], ['03', 'linxiao'], ['04', 'huangzhigang'], ['06', 'linxiao'], ['09', 'huangzhigang'], ['11', 'linxiao']] as const) {
    a.push(demo({ type: 'inspect_style', date: `2026-${month}-16`, actor: who, title: '工作作风纪律检查暗访' }));
  }
  a.push(demo({ type: 'meeting_special', date: '2026-11-20', actor: 'zhangwei', title: '全面从严治党专题会议' }));
  // Last year's record: outside every 2026 export.
  a.push(demo({ type: 'meeting_special', date: '2025-12-20', actor: 'zhangwei', title: '2025年度党风廉政建设总结会' }));
  return a;
}
