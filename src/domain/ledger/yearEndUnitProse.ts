// The unit's account (年度总结), paragraph by paragraph in the order and wording of seed 002's report.
import type { Period } from '../period.js';
import type { Citer } from './yearEndCite.js';
import type { FigureKey } from './yearEndTypes.js';
import { dateList, nameList, paren, sentence, titleList } from './yearEndWords.js';

export interface UnitProseContext {
  organization: string;
  period: Period;
}

/** The pair label (yearEndFigures.ts) of talks a leader held with a department head. */
const LEADERS_WITH_HEADS = '班子成员与科室负责人';

function isWholeYear(period: Period): boolean {
  return period.start.endsWith('-01-01') && period.end.endsWith('-12-31') && period.start.slice(0, 4) === period.end.slice(0, 4);
}

/** 「3次〔1〕（3月5日、6月18日）」: the count, then when. */
function withDates(c: Citer, key: FigureKey): string {
  return `${c.cite(key)}${paren(dateList(c.figure(key).rows))}`;
}

/** 002 says 「年初…签订」; say 年初 only when every signature falls in the first quarter. */
function pledgeWhen(c: Citer): string {
  const rows = c.figure('pledge_sign').rows;
  // One signed in December for this year (dutyYear) was signed before the year began: 年初 still holds.
  return rows.length === 0 || rows.every((r) => r.dutyYear !== undefined || r.date.slice(5) <= '03-31') ? '年初，' : '';
}

/** Signatures after the window are told apart, never as 年初 and never as meeting the duty. */
function pledgesOutside(c: Citer): string {
  if (c.count('pledge_outside') === 0) return '';
  return `另于${dateList(c.figure('pledge_outside').rows)}签订责任书${c.cite('pledge_outside')}，已过规定的签订期限，不计入年初签订要求。`;
}

function leadership(c: Citer, ctx: UnitProseContext, span: string): string {
  return [
    `${ctx.period.label}，${ctx.organization}党组认真履行全面从严治党主体责任，对党风廉政建设负全面领导责任，坚持党风廉政建设与业务工作同部署、同落实、同检查、同考核。`,
    `${span}，领导班子专题研究部署党风廉政建设和反腐败工作${withDates(c, 'special_meeting')}，及时传达学习上级党委、纪委有关党风廉政建设和反腐败工作的重要决策部署、重要会议精神。`,
    c.count('unit_special_meeting') > 0 ? `各科室、中心另自行召开党风廉政建设专题会议${withDates(c, 'unit_special_meeting')}。` : '',
    c.count('analysis') > 0 ? `开展党风廉政建设分析研判${withDates(c, 'analysis')}，分析评估政治生态、净化政治生态。` : '',
    heartTalks(c),
    `${pledgeWhen(c)}党组主要负责人与分管领导、分管领导与各科室负责人签订《党风廉政建设责任书》${withDates(c, 'pledge_sign')}，把党风廉政建设和反腐败工作任务分解落实到各科室和个人。`,
    pledgesOutside(c),
    `对责任书落实情况开展检查${withDates(c, 'pledge_check')}。`,
  ].join('');
}

/**
 * Seed 002's sentence gives every 谈心谈话 to the leaders with their departments; said so only when that is what the
 * records hold. Otherwise the total is told apart by who held them with whom (found by a newcomer: a department head's
 * talks with her staff were counted as the leaders').
 */
function heartTalks(c: Citer): string {
  const heart = c.figure('heart_talk');
  const covered = heart.departments.length > 0 ? `，覆盖${nameList(heart.departments, 8, '个科室')}` : '';
  if (heart.parts.every((p) => p.label === LEADERS_WITH_HEADS)) return `每位班子成员就分管领域与分管科室开展党风廉政谈心谈话，共${c.cite('heart_talk')}${covered}。`;
  return `开展党风廉政谈心谈话共${c.cite('heart_talk')}${heart.parts.length > 1 ? talksDetail(c, 'heart_talk') : ''}${covered}。`;
}

function talksDetail(c: Citer, key: 'integrity_talk' | 'heart_talk' = 'integrity_talk'): string {
  const parts = c.figure(key).parts;
  if (parts.length === 0) return '';
  return `，其中${parts.map((p) => `${p.label}${p.count}人次`).join('、')}`;
}

function oneJobTwoDuties(c: Citer): string {
  const checks = [`作风纪律检查${withDates(c, 'inspect_style')}`];
  if (c.count('inspect_funds') > 0) checks.push(`专项资金使用检查${withDates(c, 'inspect_funds')}`);
  return [
    '党组主要负责人履行党风廉政建设“第一责任人”职责，主抓直管；班子其他成员严格履行“一岗双责”。',
    c.count('dept_meeting') > 0
      ? `班子成员召开分管科室党风廉政建设工作会议${withDates(c, 'dept_meeting')}，定期研究、布置、检查分管范围内的党风廉政建设工作。`
      : '',
    `加强日常教育管理和经常性监督检查，开展${checks.join('、')}。`,
    `开展廉政谈话${c.cite('integrity_talk')}${talksDetail(c)}，对发现的苗头性、倾向性问题做到早提醒早制止早纠正。`,
  ].join('');
}

/** 「，其中党组组织2次、科室和中心自行组织5次」 when both are there (t48b O1). */
function levelDetail(c: Citer): string {
  const parts = c.figure('education').parts;
  return parts.length > 1 ? `，其中${parts.map((p) => `${p.label}${p.count}次`).join('、')}` : '';
}

function lectureDetail(c: Citer): string {
  const rows = c.figure('lecture').rows;
  return rows.map((r) => `${r.actorName}${r.title ? `《${r.title}》` : ''}`).slice(0, 4).join('、');
}

function education(c: Citer, span: string): string {
  const themes = titleList(c.figure('education').rows);
  const warning = c.figure('warning').rows;
  return [
    `充分利用党组集中学习、全体党员大会、全体工作人员会议等形式开展党性党风党纪和廉洁从政教育，${span}共组织各类学习教育${c.cite('education')}${levelDetail(c)}${themes ? `，主题包括${themes}` : ''}。`,
    `组织警示教育${c.cite('warning')}${paren([dateList(warning), titleList(warning)].filter((x) => x).join('，'))}，`,
    `讲授廉政党课${c.cite('lecture')}${paren(lectureDetail(c))}，帮助党员干部筑牢思想道德防线，提高拒腐防变的能力。`,
  ].join('');
}

const REPORTS: [FigureKey, string][] = [
  ['self_review', '开展科室自查总结'],
  ['unit_report', '向党组报告全面从严治党情况'],
  ['info_report', '报送党风廉政建设信息'],
  ['research_report', '形成调研报告'],
  ['duty_report', '提交述责述廉报告'],
];

function reports(c: Citer): string {
  return sentence(
    '各科室压实主体责任，',
    REPORTS.filter(([key]) => c.count(key) > 0).map(([key, verb]) => `${verb}${c.cite(key)}`),
  );
}

export function unitParagraphs(c: Citer, ctx: UnitProseContext): string[] {
  const span = isWholeYear(ctx.period) ? '全年' : ctx.period.label;
  return [leadership(c, ctx, span), oneJobTwoDuties(c), education(c, span), reports(c)].filter((p) => p.length > 0);
}
