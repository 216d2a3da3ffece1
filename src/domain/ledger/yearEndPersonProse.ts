// One person's 述责述廉 material, in seed 003's first person: only what the records show they did, nothing invented.
import type { Person } from '../organization.js';
import type { Period } from '../period.js';
import type { Citer } from './yearEndCite.js';
import type { FigureKey, YearEndFigure } from './yearEndTypes.js';
import { dateList, nameList, paren, sentence, titleList } from './yearEndWords.js';

export interface PersonProseContext {
  person: Person;
  period: Period;
}

/** The duty the person answers for, in the words seed 001/003 use for their role. */
function roleLead(person: Person): string {
  if (person.roles.includes('secretary')) return '本人切实履行党风廉政建设“第一责任人”职责，部署重点工作、过问重大问题、协调重要环节';
  if (person.roles.includes('leader')) return '本人严格履行“一岗双责”，对分管范围内的党风廉政建设负主要领导责任';
  if (person.roles.includes('dept_head')) return '本人认真履行本科室党风廉政建设主要负责人职责';
  if (person.roles.includes('inspector')) return '本人认真履行纪检监督职责';
  return '本人认真遵守党风廉政建设各项规定';
}

function counterparts(f: YearEndFigure, me: string): string[] {
  return f.rows.flatMap((r) => (r.actorId === me ? r.counterpartNames : [r.actorName]));
}

/** A clause when the person has records of this kind, nothing otherwise: a person's material lists what they did. */
function clause(c: Citer, key: FigureKey, render: (count: string, f: YearEndFigure) => string): string {
  return c.count(key) > 0 ? render(c.cite(key), c.figure(key)) : '';
}

function responsibilities(c: Citer, me: string): string[] {
  return [
    clause(c, 'special_meeting', (n, f) => `主持召开专题会议研究部署党风廉政建设工作${n}${paren(dateList(f.rows))}`),
    clause(c, 'analysis', (n, f) => `开展党风廉政建设分析研判${n}${paren(dateList(f.rows))}`),
    clause(c, 'pledge_sign', (n, f) => `签订《党风廉政建设责任书》${n}${paren(`与${nameList(counterparts(f, me))}`)}`),
    clause(c, 'pledge_outside', (n, f) => `规定期限后签订责任书${n}${paren(`与${nameList(counterparts(f, me))}，${dateList(f.rows)}，不计入年初签订要求`)}`),
    clause(c, 'pledge_check', (n, f) => `检查责任书落实情况${n}${paren(dateList(f.rows))}`),
    clause(c, 'dept_meeting', (n, f) => `召开分管科室党风廉政建设工作会议${n}${paren(dateList(f.rows))}`),
    clause(c, 'inspect_style', (n, f) => `开展作风纪律检查${n}${paren(dateList(f.rows))}`),
    clause(c, 'inspect_funds', (n, f) => `开展专项资金使用检查${n}${paren(dateList(f.rows))}`),
  ];
}

function talks(c: Citer, me: string): string[] {
  return [
    clause(c, 'integrity_talk', (n, f) => `开展廉政谈话${n}${paren(`谈话对象：${nameList(counterparts(f, me))}`)}`),
    clause(c, 'heart_talk', (n, f) => {
      const whom = f.departments.length > 0 ? nameList(f.departments, 6, '个科室') : nameList(counterparts(f, me));
      return `与分管科室开展谈心谈话${n}${paren(whom)}`;
    }),
    clause(c, 'talk_received', (n, f) => `接受廉政谈话${n}${paren(`谈话人：${nameList(f.rows.map((r) => r.actorId === me ? r.counterpartNames.join('、') : r.actorName))}`)}`),
  ];
}

function education(c: Citer): string[] {
  return [
    clause(c, 'education', (n, f) => `组织廉政教育等学习教育${n}${paren(titleList(f.rows) ? `主题包括${titleList(f.rows)}` : '')}`),
    clause(c, 'warning', (n, f) => `其中警示教育${n}${paren([dateList(f.rows), titleList(f.rows)].filter((x) => x).join('，'))}`),
    clause(c, 'lecture', (n, f) => (titleList(f.rows) ? `作题为${titleList(f.rows)}的廉政党课${n}` : `讲授廉政党课${n}${paren(dateList(f.rows))}`)),
  ];
}

function reports(c: Citer): string[] {
  return [
    clause(c, 'self_review', (n) => `完成本科室自查总结${n}`),
    clause(c, 'unit_report', (n) => `向党组报告全面从严治党情况${n}`),
    clause(c, 'info_report', (n) => `报送党风廉政建设信息${n}`),
    clause(c, 'research_report', (n) => `形成调研报告${n}`),
    clause(c, 'duty_report', (n) => `提交述责述廉报告${n}`),
  ];
}

export function personParagraphs(c: Citer, ctx: PersonProseContext): string[] {
  const me = ctx.person.id;
  const paragraphs = [
    sentence('', responsibilities(c, me)),
    sentence('加强日常教育管理和监督，', talks(c, me)),
    sentence('加强党性党风党纪和廉洁从政教育，', education(c)),
    sentence('', reports(c)),
  ].filter((p) => p.length > 0);
  const lead = `${ctx.period.label}，${roleLead(ctx.person)}。`;
  if (paragraphs.length === 0) return [`${lead}台账中暂无本人${ctx.period.label}的党风廉政建设记录，请先在清风中上报，或核实后手工填写。`];
  return [`${lead}${paragraphs[0]}`, ...paragraphs.slice(1)];
}
