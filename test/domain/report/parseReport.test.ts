// The report parser against a table of realistic messages, each with the exact drafts and problems expected.
import { describe, expect, it } from 'vitest';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import type { Mention, ParsedReport, ReportProblem } from '../../../src/domain/report/draft.js';
import { contextFor, mentionOf, SUNDAY } from '../../support/fixtureOrg.js';

interface Want {
  type?: ActivityTypeCode;
  date?: string;
  ids?: string[];
  late?: boolean;
  title?: string;
  attendees?: number;
  allMembers?: boolean;
  problems?: ReportProblem['code'][];
  /** Checked only when given. */
  dept?: string;
  note?: string;
  remark?: string;
  /** Who did it, when not the sender. */
  actor?: string;
}

interface Row {
  text: string;
  from?: string;
  now?: Date;
  mentions?: Mention[];
  want: Want[] | null;
}

/** The bot itself (not in the directory), two colleagues, the default sender, and an outsider. */
const MENTIONS: Mention[] = [
  { key: '@_user_1', name: '清风', openId: 'ou_bot' },
  mentionOf(2, 'liming'),
  mentionOf(3, 'wanggang'),
  mentionOf(4, 'liqiang'),
  { key: '@_user_5', name: '外单位', openId: 'ou_outsider' },
];

const Q4_START = new Date('2026-10-01T00:05:00+08:00');
const NEW_YEAR = new Date('2026-01-01T00:30:00+08:00');
const MONDAY = new Date('2026-11-23T09:00:00+08:00');
/** 00:30 on Sunday 22 in Shanghai, still Saturday 21 in Los Angeles. */
const SHANGHAI_MIDNIGHT = new Date('2026-11-21T16:30:00Z');
/** 17:00 on Sunday 22 in Shanghai: this afternoon has come. */
const SUNDAY_AFTERNOON = new Date('2026-11-22T17:00:00+08:00');

const talk = (date: string | undefined, id: string, more: Want = {}): Want => ({ type: 'talk_integrity', date, ids: [id], ...more });
const heart = (date: string | undefined, id: string, more: Want = {}): Want => ({ type: 'talk_heart', date, ids: [id], ...more });
const did = (type: ActivityTypeCode, date: string | undefined, more: Want = {}): Want => ({ type, date, ...more });

const TALKS: Row[] = [
  { text: '廉政谈话 今天 李明', want: [talk('2026-11-22', 'liming', { dept: 'office' })] },
  { text: '今天和李明廉政谈话了', want: [talk('2026-11-22', 'liming', { note: undefined })] },
  { text: '跟李明谈了谈心', want: [heart(undefined, 'liming', { problems: ['missing_date'] })] },
  { text: '刚才跟李明谈了谈心', want: [heart('2026-11-22', 'liming')] },
  { text: '今天上午与办公室主任李明进行了廉政谈话', want: [talk('2026-11-22', 'liming', { dept: 'office' })] },
  { text: '11月20日与办公室李明主任进行廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '昨天下午和财务科负责人廉政约谈', want: [talk('2026-11-21', 'wanggang', { dept: 'finance' })] },
  { text: '前天对王副科长进行了提醒谈话', want: [talk('2026-11-20', 'wangjuan', { dept: 'finance' })] },
  { text: '3天前与人事科科长王磊同志进行任前谈话', want: [talk('2026-11-19', 'wanglei', { dept: 'personnel' })] },
  // 张书记 is the default sender's superior: the talk is held from above (superiorHolds), with or without 我.
  { text: '本周一和张书记谈心谈话', want: [heart('2026-11-16', 'liqiang', { actor: 'zhangwei', remark: '张伟是您的上级' })] },
  { text: '这周三跟赵书记交心谈心', want: [heart('2026-11-18', 'zhaomin')] },
  {
    text: '上周五与各班子成员分别开展廉政谈话',
    want: [talk('2026-11-13', 'chenjing'), talk('2026-11-13', 'liuyang'), talk('2026-11-13', 'zhaomin')],
  },
  {
    text: '上周五与各班子成员分别开展廉政谈话',
    from: 'zhangwei',
    want: ['liqiang', 'chenjing', 'liuyang', 'zhaomin'].map((id) => talk('2026-11-13', id)),
  },
  {
    text: '11.20 与分管科室负责人集中谈话',
    want: [talk('2026-11-20', 'liming', { dept: 'office' }), talk('2026-11-20', 'wanggang', { dept: 'finance' })],
  },
  {
    text: '今天与分管科室负责人谈心谈话',
    from: 'zhaomin',
    want: [heart('2026-11-22', 'zhengkai', { dept: 'rights' }), heart('2026-11-22', 'zhanghua', { dept: 'party' })],
  },
  {
    text: '今天与各科室负责人分别进行了廉政谈话',
    from: 'zhangwei',
    want: ['liming', 'wanggang', 'wanglei', 'sunli', 'zhoujie', 'wufang', 'zhengkai', 'zhanghua'].map((id) => talk('2026-11-22', id)),
  },
  { text: '上周三与王科长廉政谈话', want: [{ type: 'talk_integrity', date: '2026-11-11', problems: ['ambiguous_counterpart'] }] },
  { text: '今天和王科长谈心', from: 'wanggang', want: [heart('2026-11-22', 'wanglei')] },
  { text: '今天和王副科长谈心', want: [heart('2026-11-22', 'wangjuan')] },
  { text: '今天与书记进行了廉政谈话', want: [talk('2026-11-22', 'liqiang', { actor: 'zhangwei', remark: '张伟是您的上级' })] },
  { text: '今天与财务科谈心谈话', want: [heart('2026-11-22', 'wanggang', { dept: 'finance', remark: '按其负责人王刚记录' })] },
  { text: '今天与财务科长谈心', want: [heart('2026-11-22', 'wanggang')] },
  { text: '今天与康复中心负责人谈心谈话', want: [heart('2026-11-22', 'zhoujie', { dept: 'rehab' })] },
  { text: '今天与机关党委书记谈话谈心', want: [heart('2026-11-22', 'zhaomin')] },
  { text: '今天和李主任廉政谈话', want: [talk('2026-11-22', 'liming')] },
  { text: '今天和周部长廉政谈话', want: [talk('2026-11-22', 'zhoujie')] },
  { text: '今天与组联部孙丽部长开展廉政提醒', want: [talk('2026-11-22', 'sunli', { dept: 'liaison' })] },
  { text: '与就业部吴芳谈心，11月18日', want: [heart('2026-11-18', 'wufang', { dept: 'employment' })] },
  { text: '对新提拔的马超进行任前谈话 11月19日', want: [talk('2026-11-19', 'machao', { note: undefined })] },
  { text: '今天与教就部负责人进行廉政谈话', want: [talk('2026-11-22', 'wufang')] },
  { text: '今天和权益保障部部长谈心', want: [heart('2026-11-22', 'zhengkai', { dept: 'rights' })] },
  { text: '今天与张华同志谈心', want: [heart('2026-11-22', 'zhanghua', { dept: 'party' })] },
  { text: '今天找小李谈心', want: [heart('2026-11-22', 'liming')] },
  { text: '今天与李明开展廉政约谈', want: [talk('2026-11-22', 'liming')] },
  { text: '今天和刘主任廉政谈话', want: [{ type: 'talk_integrity', date: '2026-11-22', problems: ['unknown_counterpart'] }] },
  { text: '今天和老王谈心', want: [{ type: 'talk_heart', date: '2026-11-22', problems: ['ambiguous_counterpart'] }] },
  { text: '今天和王五廉政谈话', want: [{ type: 'talk_integrity', date: '2026-11-22', problems: ['unknown_counterpart'] }] },
  {
    text: '今天与副理事长谈话谈心',
    from: 'zhangwei',
    want: [{ type: 'talk_heart', date: '2026-11-22', problems: ['ambiguous_counterpart'] }],
  },
  {
    text: '分别与张三、李四进行了廉政谈话',
    want: [
      { type: 'talk_integrity', problems: ['missing_date', 'unknown_counterpart'] },
      { type: 'talk_integrity', problems: ['missing_date', 'unknown_counterpart'] },
    ],
  },
  {
    text: '昨天与李明、王刚、何静分别进行了廉政谈话',
    want: [talk('2026-11-21', 'liming'), talk('2026-11-21', 'wanggang'), talk('2026-11-21', 'hejing', { dept: 'office' })],
  },
  { text: '昨天 廉政谈话 王刚 王磊', want: [talk('2026-11-21', 'wanggang'), talk('2026-11-21', 'wanglei')] },
  {
    text: '今天张书记与李强进行了廉政谈话',
    from: 'hejing',
    want: [talk('2026-11-22', 'liqiang', { remark: '谈话人为张伟' })],
  },
  { text: '张伟与李强今天进行了廉政谈话', from: 'zhangwei', want: [talk('2026-11-22', 'liqiang')] },
  { text: '今天与李强进行了廉政谈话', from: 'zhangwei', want: [talk('2026-11-22', 'liqiang')] },
  { text: '刚刚和@_user_2 廉政谈话', mentions: MENTIONS, want: [talk('2026-11-22', 'liming')] },
  {
    text: '@_user_1 今天和@_user_3 @_user_2 廉政谈话',
    mentions: MENTIONS,
    want: [talk('2026-11-22', 'wanggang'), talk('2026-11-22', 'liming')],
  },
  {
    text: '@_user_1 今天和@_user_5廉政谈话',
    mentions: MENTIONS,
    want: [{ type: 'talk_integrity', date: '2026-11-22', problems: ['unknown_counterpart'] }],
  },
  {
    text: '今天和@_user_4廉政谈话',
    mentions: MENTIONS,
    want: [{ type: 'talk_integrity', date: '2026-11-22', problems: ['missing_counterpart'] }],
  },
  { text: '@_user_2 今天廉政谈话', mentions: MENTIONS, want: [talk('2026-11-22', 'liming')] },
  { text: '9月30日与李明廉政谈话', want: [talk('2026-09-30', 'liming', { late: true })] },
  { text: '2026-11-25与李明进行了廉政谈话', want: [talk('2026-11-25', 'liming', { problems: ['future_date'] })] },
  { text: '下周一与李明廉政谈话了', want: [talk('2026-11-23', 'liming', { problems: ['future_date'] })] },
  { text: '廉政谈话', want: [{ type: 'talk_integrity', problems: ['missing_date', 'missing_counterpart'] }] },
  { text: '今天廉政谈话', want: [{ type: 'talk_integrity', date: '2026-11-22', problems: ['missing_counterpart'] }] },
  { text: '和李明廉政谈话', want: [talk(undefined, 'liming', { problems: ['missing_date'] })] },
  { text: '昨天和李明谈了', want: [{ date: '2026-11-21', ids: ['liming'], problems: ['missing_type'] }] },
  { text: '昨天和李明聊了聊', want: [{ date: '2026-11-21', ids: ['liming'], problems: ['missing_type'] }] },
  {
    text: '今天廉政谈话，谈了财务报销风险',
    want: [{ type: 'talk_integrity', date: '2026-11-22', problems: ['missing_counterpart'], note: undefined }],
  },
  { text: '今天和李明廉政谈话，重点提醒了财务报销风险', want: [talk('2026-11-22', 'liming', { note: undefined })] },
  {
    text: '报告书记，我今天上午跟财务科的王刚同志进行了一次廉政谈话，主要围绕财务报销规范。',
    want: [talk('2026-11-22', 'wanggang', { note: undefined })],
  },
  {
    text: '今天对康复部、教育就业部负责人开展了谈心谈话',
    want: [heart('2026-11-22', 'zhoujie', { dept: 'rehab' }), heart('2026-11-22', 'wufang', { dept: 'employment' })],
  },
  {
    text: '今天与财务科、人事科谈心谈话',
    want: [heart('2026-11-22', 'wanggang', { dept: 'finance' }), heart('2026-11-22', 'wanglei', { dept: 'personnel' })],
  },
  { text: '本周四和吴芳部长、郑凯部长分别谈心', want: [heart('2026-11-19', 'wufang'), heart('2026-11-19', 'zhengkai')] },
  { text: '这周二我和孙丽谈了谈心', want: [heart('2026-11-17', 'sunli')] },
  { text: '已与李明完成廉政谈话（11月18日）', want: [talk('2026-11-18', 'liming')] },
  { text: '昨天跟李明 王刚 谈心', want: [heart('2026-11-21', 'liming'), heart('2026-11-21', 'wanggang')] },
  // The secretary held the talk; the sender was the one talked to.
  { text: '党组书记张伟与我进行了廉政谈话，昨天', want: [talk('2026-11-21', 'liqiang', { actor: 'zhangwei' })] },
  {
    text: '今天和李明、王科长廉政谈话',
    want: [talk('2026-11-22', 'liming'), { type: 'talk_integrity', date: '2026-11-22', problems: ['ambiguous_counterpart'] }],
  },
  { text: '11月份与李明进行了廉政谈话', want: [talk(undefined, 'liming', { problems: ['missing_date'] })] },
  { text: '前几天与李明廉政谈话了', want: [talk(undefined, 'liming', { problems: ['missing_date'] })] },
];

const DAYS: Row[] = [
  { text: '今日与李明廉政谈话', want: [talk('2026-11-22', 'liming')] },
  { text: '昨日与李明谈心', want: [heart('2026-11-21', 'liming')] },
  { text: '前天与李明谈心', want: [heart('2026-11-20', 'liming')] },
  { text: '今早和李明谈心', want: [heart('2026-11-22', 'liming')] },
  // round 35a: at 10:00 the afternoon is still ahead and nothing is said done: a plan; sent at 15:00, a talk of today.
  { text: '下午与李明谈心', want: null },
  { text: '下午与李明谈心', now: SUNDAY_AFTERNOON, want: [heart('2026-11-22', 'liming')] },
  { text: '本周日与李明廉政谈话', want: [talk('2026-11-22', 'liming')] },
  { text: '上周日与李明廉政谈话', want: [talk('2026-11-15', 'liming')] },
  { text: '周五与李明廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '星期三与李明廉政谈话', want: [talk('2026-11-18', 'liming')] },
  { text: '上星期二与李明廉政谈话', want: [talk('2026-11-10', 'liming')] },
  { text: '上个月20号与李明廉政谈话', want: [talk('2026-10-20', 'liming')] },
  { text: '本月3日与李明廉政谈话', want: [talk('2026-11-03', 'liming')] },
  { text: '20号与李明廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '25号与李明廉政谈话', want: [talk('2026-10-25', 'liming')] },
  { text: '11月20号与李明廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '11/20 与李明廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '2026/11/20 与李明廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '2026年11月20日与李明廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '十一月二十日与李明廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '二十号与李明廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '两天前与李明廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '二〇二六年十一月二十日与李明廉政谈话', want: [talk('2026-11-20', 'liming')] },
  { text: '今年3月5日与李明廉政谈话', want: [talk('2026-03-05', 'liming', { late: true })] },
  { text: '去年12月20日与李明廉政谈话', want: [talk('2025-12-20', 'liming', { late: true })] },
  // Without a year a day is the most recent one not after today, even if that is last year,
  // unless it lies within a month ahead: then it is this year's, and in the future.
  { text: '11月18日至20日开展作风纪律督查', want: [did('inspect_style', '2026-11-18')] },
  { text: '11月25日与李明进行了廉政谈话', want: [talk('2026-11-25', 'liming', { problems: ['future_date'] })] },
  { text: '11月25日与李明廉政谈话', want: null },
  { text: '12月28日与李明进行了廉政谈话', want: [talk('2025-12-28', 'liming', { late: true })] },
  { text: '2月30日与李明廉政谈话', want: [talk(undefined, 'liming', { problems: ['missing_date'], remark: '不是有效日期' })] },
  { text: '2026年11月20日下午3点与李明廉政谈话', want: [talk('2026-11-20', 'liming', { note: undefined })] },
  { text: '前天上午10:30和李明谈心', want: [heart('2026-11-20', 'liming', { note: undefined })] },
  { text: '今天下午3点半与李明廉政谈话，谈话1.5小时', now: SUNDAY_AFTERNOON, want: [talk('2026-11-22', 'liming')] },
  { text: '今天与李明廉政谈话', now: Q4_START, want: [talk('2026-10-01', 'liming')] },
  { text: '昨天与李明廉政谈话', now: Q4_START, want: [talk('2026-09-30', 'liming', { late: true })] },
  { text: '30号与李明廉政谈话', now: Q4_START, want: [talk('2026-09-30', 'liming', { late: true })] },
  { text: '本周三与李明廉政谈话了', now: Q4_START, want: [talk('2026-09-30', 'liming', { late: true })] },
  { text: '今天与李明廉政谈话', now: NEW_YEAR, want: [talk('2026-01-01', 'liming')] },
  { text: '昨天与李明廉政谈话', now: NEW_YEAR, want: [talk('2025-12-31', 'liming', { late: true })] },
  { text: '12月28日与李明廉政谈话', now: NEW_YEAR, want: [talk('2025-12-28', 'liming', { late: true })] },
  { text: '今天与李明廉政谈话', now: MONDAY, want: [talk('2026-11-23', 'liming')] },
  { text: '周日与李明廉政谈话', now: MONDAY, want: [talk('2026-11-22', 'liming')] },
  { text: '本周三与李明廉政谈话了', now: MONDAY, want: [talk('2026-11-25', 'liming', { problems: ['future_date'] })] },
  { text: '今天与李明廉政谈话', now: SHANGHAI_MIDNIGHT, want: [talk('2026-11-22', 'liming')] },
  { text: '昨天与李明廉政谈话', now: SHANGHAI_MIDNIGHT, want: [talk('2026-11-21', 'liming')] },
];

const ACTIVITIES: Row[] = [
  {
    text: '组织观看警示教育片《贪毁人生》，参加23人',
    want: [did('edu_warning', undefined, { title: '贪毁人生', attendees: 23, problems: ['missing_date'] })],
  },
  {
    text: '11/18 组织观看警示教育片《贪毁人生》，全体党员参加',
    want: [did('edu_warning', '2026-11-18', { title: '贪毁人生', allMembers: true })],
  },
  { text: '2026-11-20 讲了一堂廉政党课，参加人员32人', want: [did('edu_lecture', '2026-11-20', { attendees: 32, note: undefined })] },
  { text: '2026/11/19 开展了廉洁教育，共30名党员', want: [did('edu_integrity', '2026-11-19', { attendees: 30 })] },
  { text: '2026年11月18日召开全面从严治党专题会', want: [did('meeting_special', '2026-11-18')] },
  { text: '十一月二十日召开专题会议研究党风廉政建设', want: [did('meeting_special', '2026-11-20', { note: undefined })] },
  { text: '上个月20号召开分管科室党风廉政建设工作会议', want: [did('meeting_dept', '2026-10-20')] },
  { text: '本月3日开展政治生态分析研判', want: [did('review_analysis', '2026-11-03')] },
  { text: '20号对各科室作风纪律进行暗访', want: [did('inspect_style', '2026-11-20')] },
  { text: '二十号召开资金使用调度会', want: [did('inspect_funds', '2026-11-20')] },
  { text: '11月20号完成科室自查总结', want: [did('report_self', '2026-11-20')] },
  { text: '前天提交述责述廉报告', want: [did('report_duty', '2026-11-20', { note: undefined })] },
  // A fragment of the clause the type was read from is no note (issue 10: only a remark set apart in a clause of its own).
  { text: '昨天向党组书面报告了上半年全面从严治党情况', want: [did('report_to_party', '2026-11-21', { note: undefined })] },
  { text: '今天报送廉政信息一篇', want: [did('report_info', '2026-11-22', { note: undefined })] },
  { text: '11月15日完成残疾人就业情况调研报告', want: [did('report_research', '2026-11-15', { note: undefined })] },
  { text: '今天与财务科签订了党风廉政建设责任书', want: [did('pledge_sign', '2026-11-22', { ids: ['wanggang'], dept: 'finance' })] },
  { text: '昨日开展责任书落实检查', want: [did('pledge_check', '2026-11-21')] },
  { text: '今早节前廉政教育，全体干部职工参加', want: [did('edu_integrity', '2026-11-22', { allMembers: true })] },
  {
    text: '开展廉政教育，组织观看警示教育片《贪毁人生》，今天',
    want: [did('edu_warning', '2026-11-22', { title: '贪毁人生', remark: '「警示教育片」按警示教育记录（未按廉政教育）' })],
  },
  { text: '昨天召开警示教育部署会', want: [did('meeting_special', '2026-11-21', { remark: '按专题会议记录' })] },
  { text: '召开专题会议研究部署警示教育工作 昨天', want: [did('meeting_special', '2026-11-21')] },
  {
    text: '学习《中国共产党纪律处分条例》，共30名党员参加 昨天',
    want: [did('edu_integrity', '2026-11-21', { title: '中国共产党纪律处分条例', attendees: 30, remark: '按廉政教育记录' })],
  },
  { text: '今天学习中央八项规定精神，参加15人', want: [did('edu_integrity', '2026-11-22', { title: '中央八项规定精神', attendees: 15 })] },
  { text: '昨天康复部组织开展廉政学习，参加人数18人', want: [did('edu_integrity', '2026-11-21', { attendees: 18, dept: 'rehab' })] },
  { text: '今天组织观看《贪毁人生》', want: [{ date: '2026-11-22', title: '贪毁人生', problems: ['missing_type'] }] },
  { text: '今天签订家庭助廉承诺书', want: [did('pledge_sign', '2026-11-22')] },
  { text: '今天开展专项资金使用情况检查', want: [did('inspect_funds', '2026-11-22')] },
  { text: '今天开展作风纪律督查', want: [did('inspect_style', '2026-11-22')] },
  { text: '今天召开党组会议专题研究党风廉政建设工作', want: [did('meeting_special', '2026-11-22', { note: undefined })] },
  { text: '今天开展以案促改警示教育，23人参加', want: [did('edu_warning', '2026-11-22', { attendees: 23 })] },
  { text: '昨天组织开展党纪学习教育，机关全体党员参加', want: [did('edu_integrity', '2026-11-21', { allMembers: true })] },
  { text: '今天张书记讲了一堂廉政党课', want: [did('edu_lecture', '2026-11-22')] },
  { text: '昨天组织旁听庭审', want: [did('edu_warning', '2026-11-21')] },
  { text: '今天开展典型案例通报学习', want: [did('edu_warning', '2026-11-22')] },
  { text: '昨天开展以案促改', want: [did('edu_warning', '2026-11-21')] },
  { text: '今天召开专题分析会', want: [did('meeting_special', '2026-11-22')] },
  { text: '上周三开展形势研判', want: [did('review_analysis', '2026-11-11')] },
  { text: '今天开展监督检查', want: [did('inspect_style', '2026-11-22')] },
  { text: '今天开展述职述廉', want: [did('report_duty', '2026-11-22')] },
  { text: '今天完成半年报告', want: [did('report_to_party', '2026-11-22')] },
  { text: '今天开展专题调研', want: [did('report_research', '2026-11-22')] },
  { text: '今天签订廉政承诺书', want: [did('pledge_sign', '2026-11-22')] },
  { text: '今天开展责任书检查', want: [did('pledge_check', '2026-11-22')] },
  { text: '今天党纪学习，参加20人', want: [did('edu_integrity', '2026-11-22', { attendees: 20 })] },
  { text: '今天开展纪律教育', want: [did('edu_integrity', '2026-11-22')] },
  { text: '今天召开部署会', want: [did('meeting_special', '2026-11-22')] },
  { text: '警示教育', want: [did('edu_warning', undefined, { problems: ['missing_date'] })] },
  { text: '2026-11-30 召开了专题会议', want: [did('meeting_special', '2026-11-30', { problems: ['future_date'] })] },
  { text: '9月28日组织观看警示教育片', want: [did('edu_warning', '2026-09-28', { late: true })] },
  {
    text: '11月19日下午，党组书记张伟同志以《守住底线》为题讲了一堂廉政党课，机关全体党员干部40余人参加。',
    want: [did('edu_lecture', '2026-11-19', { title: '守住底线', attendees: 40, allMembers: true })],
  },
  { text: '2026.11.21 财务科开展自查自纠', want: [did('report_self', '2026-11-21', { dept: 'finance', note: undefined })] },
  {
    text: '@_user_1 今天@_user_2 讲了一堂廉政党课',
    mentions: MENTIONS,
    // The one mentioned gave the lecture: their 党课, not a note on the sender's.
    want: [did('edu_lecture', '2026-11-22', { note: undefined, actor: 'liming' })],
  },
];

const SEVERAL: Row[] = [
  {
    text: '昨天与李明廉政谈话，今天组织观看警示教育片',
    want: [talk('2026-11-21', 'liming'), did('edu_warning', '2026-11-22')],
  },
  {
    text: '今天上午与李明进行了廉政谈话，下午与王刚进行谈心谈话',
    want: [talk('2026-11-22', 'liming'), heart('2026-11-22', 'wanggang')],
  },
  {
    text: '讲了一堂廉政党课，并组织观看警示教育片，昨天',
    want: [did('edu_lecture', '2026-11-21'), did('edu_warning', '2026-11-21')],
  },
  {
    text: '11月20日\n1. 与李明廉政谈话\n2. 组织学习《中国共产党纪律处分条例》，参加23人\n3、王科长 谈心',
    want: [
      talk('2026-11-20', 'liming'),
      did('edu_integrity', '2026-11-20', { title: '中国共产党纪律处分条例', attendees: 23 }),
      { type: 'talk_heart', date: '2026-11-20', problems: ['ambiguous_counterpart'] },
    ],
  },
  { text: '今天：\n与王刚、王磊分别进行了廉政谈话', want: [talk('2026-11-22', 'wanggang'), talk('2026-11-22', 'wanglei')] },
  {
    text: '昨天与李明廉政谈话\n今天组织观看警示教育片，参加20人\n怎么导出台账？',
    want: [talk('2026-11-21', 'liming'), did('edu_warning', '2026-11-22', { attendees: 20 })],
  },
  {
    text: '1、11月18日与李明谈心\n2、11月19日与王刚谈心',
    want: [heart('2026-11-18', 'liming'), heart('2026-11-19', 'wanggang')],
  },
  {
    text: '今天和李明进行了廉政谈话。下午组织全体党员学习《条例》',
    want: [talk('2026-11-22', 'liming'), did('edu_integrity', '2026-11-22', { title: '条例', allMembers: true })],
  },
  { text: '今天和李明廉政谈话，下周和王刚谈心', want: [talk('2026-11-22', 'liming')] },
  {
    text: '与李明廉政谈话；与王刚廉政谈话',
    want: [talk(undefined, 'liming', { problems: ['missing_date'] }), talk(undefined, 'wanggang', { problems: ['missing_date'] })],
  },
];

const NOT_REPORTS: Row[] = [
  '怎么上报廉政谈话？',
  '下周准备开展警示教育',
  '本季度完成情况',
  '帮助',
  '今天天气不错',
  '廉政谈话需要几个人参加',
  '计划下个月召开专题会议',
  '明天上午拟召开党风廉政建设专题会',
  '查看我的任务',
  '尚未开展廉政党课',
  '删除昨天的警示教育记录',
  '提醒我周五和李明廉政谈话',
  '昨天的廉政谈话记上了吗',
  '廉政教育很重要',
  '昨天和李明吃饭了',
  '昨天开了个会',
  '好的',
  '本季度廉政谈话完成情况',
  '我们科室下周要和李明谈心',
  '待会儿和李明廉政谈话',
  '明天和李明廉政谈话',
  '这次廉政谈话是跟谁',
  '收到，下周开展廉政谈话',
  '好的，谢谢书记',
  '',
].map((text) => ({ text, want: null }));

function check(report: ParsedReport, want: Want): void {
  expect({
    type: report.draft.type,
    date: report.draft.date,
    ids: report.draft.counterpartIds,
    late: report.draft.late,
    title: report.draft.title,
    attendees: report.draft.attendees,
    allMembers: report.draft.allMembers,
    problems: report.problems.map((p) => p.code),
  }).toEqual({
    type: want.type,
    date: want.date,
    ids: want.ids ?? [],
    late: want.late ?? false,
    title: want.title,
    attendees: want.attendees,
    allMembers: want.allMembers,
    problems: want.problems ?? [],
  });
  if ('dept' in want) expect(report.draft.departmentId).toBe(want.dept);
  if ('note' in want) expect(report.draft.note).toBe(want.note);
  if (want.remark) expect(report.remarks.join('\n')).toContain(want.remark);
  if ('actor' in want) expect(report.draft.actorId).toBe(want.actor);
}

describe.each([
  ['talks', TALKS],
  ['day forms', DAYS],
  ['trainings, meetings and other activities', ACTIVITIES],
  ['several activities in one message', SEVERAL],
  ['messages that report nothing', NOT_REPORTS],
])('parseReport: %s', (_name, rows) => {
  it.each(rows.map((row) => [`${row.text.replace(/\n/g, '⏎')}${row.now ? ` @${row.now.toISOString()}` : ''}${row.from ? ` from ${row.from}` : ''}`, row] as const))(
    '%s',
    (_label, row) => {
      const result = parseReport(row.text, contextFor(row.from ?? 'liqiang', row.now ?? SUNDAY, row.mentions ?? []));
      if (row.want === null) {
        expect(result).toBeNull();
        return;
      }
      expect(result).not.toBeNull();
      expect(result!.map((r) => r.draft.counterpartIds)).toHaveLength(row.want.length);
      row.want.forEach((want, i) => check(result![i]!, want));
    },
  );
});

describe('parseReport: details', () => {
  it('names the candidates of an ambiguous reference', () => {
    const [report] = parseReport('上周三与王科长廉政谈话', contextFor('liqiang'))!;
    expect(report!.problems).toEqual([{ code: 'ambiguous_counterpart', text: '王科长', candidateIds: ['wanggang', 'wanglei'] }]);
  });

  it('keeps the words of an unknown name and the date of a future day', () => {
    expect(parseReport('今天和王五廉政谈话', contextFor('liqiang'))![0]!.problems).toEqual([{ code: 'unknown_counterpart', text: '王五' }]);
    expect(parseReport('2026-11-25与李明进行了廉政谈话', contextFor('liqiang'))![0]!.problems).toEqual([
      { code: 'future_date', date: '2026-11-25' },
    ]);
  });

  it('keeps no words of a talk, and no clause fragments elsewhere', () => {
    const long = `今天和李明廉政谈话，${'重点提醒财务报销和公务接待中的廉洁风险'.repeat(6)}`;
    const [report] = parseReport(long, contextFor('liqiang'))!;
    expect(report!.draft.note).toBeUndefined();
    const news = parseReport('今天组织全体党员观看警示教育片，会上李明强调，要以案为鉴、警钟长鸣，切实筑牢拒腐防变思想防线', contextFor('liqiang'))!;
    expect(news.map((r) => r.draft.note)).toEqual([undefined]);
  });

  it('reads a 500-character message of many lines', () => {
    const line = '11月20日与李明廉政谈话，重点提醒了财务报销风险\n';
    const text = line.repeat(Math.ceil(500 / line.length));
    const reports = parseReport(text, contextFor('liqiang'))!;
    expect(reports).toHaveLength(Math.ceil(500 / line.length));
    expect(reports.every((r) => r.draft.date === '2026-11-20' && r.draft.counterpartIds[0] === 'liming')).toBe(true);
  });
});
