// The counts a year's account states, each with the ledger rows behind it: per unit, or per person (who held what).
import type { ActivityTypeCode } from '../activityTypes.js';
import type { LedgerRow } from './rows.js';
import type { Directory, Role } from '../organization.js';
import type { FigureKey, FigurePart, FigureUnit, YearEndFigure, YearEndSubject } from './yearEndTypes.js';

interface FigureSpec {
  key: FigureKey;
  label: string;
  unit: FigureUnit;
  types: readonly ActivityTypeCode[];
  /** For a person: records they held (default), or talks held with them. Unit accounts ignore it. */
  side?: 'held' | 'received';
}

/** In the order seed 002's report speaks of them; the prose cites them in its own order. */
export const FIGURE_SPECS: readonly FigureSpec[] = [
  { key: 'special_meeting', label: '专题研究部署党风廉政建设工作（专题会议）', unit: '次', types: ['meeting_special'] },
  { key: 'analysis', label: '党风廉政建设分析研判', unit: '次', types: ['review_analysis'] },
  { key: 'heart_talk', label: '谈心谈话', unit: '人次', types: ['talk_heart'] },
  { key: 'pledge_sign', label: '签订《党风廉政建设责任书》', unit: '份', types: ['pledge_sign'] },
  { key: 'pledge_check', label: '责任书落实情况检查', unit: '次', types: ['pledge_check'] },
  { key: 'dept_meeting', label: '分管科室党风廉政建设工作会议', unit: '次', types: ['meeting_dept'] },
  { key: 'inspect_style', label: '作风纪律检查', unit: '次', types: ['inspect_style'] },
  { key: 'inspect_funds', label: '专项资金使用检查', unit: '次', types: ['inspect_funds'] },
  { key: 'integrity_talk', label: '廉政谈话', unit: '人次', types: ['talk_integrity'] },
  { key: 'talk_received', label: '接受廉政谈话', unit: '次', types: ['talk_integrity'], side: 'received' },
  { key: 'education', label: '各类学习教育（廉政教育、警示教育、廉政党课）', unit: '次', types: ['edu_integrity', 'edu_warning', 'edu_lecture'] },
  { key: 'warning', label: '警示教育', unit: '次', types: ['edu_warning'] },
  { key: 'lecture', label: '廉政党课', unit: '次', types: ['edu_lecture'] },
  { key: 'self_review', label: '科室自查总结', unit: '份', types: ['report_self'] },
  { key: 'unit_report', label: '向党组报告全面从严治党情况', unit: '次', types: ['report_to_party'] },
  { key: 'info_report', label: '信息报送', unit: '篇', types: ['report_info'] },
  { key: 'research_report', label: '调研报告', unit: '篇', types: ['report_research'] },
  { key: 'duty_report', label: '述责述廉报告', unit: '份', types: ['report_duty'] },
];

const RANK: Record<Role, number> = { secretary: 4, leader: 3, dept_head: 2, inspector: 2, member: 1 };

function rankOf(directory: Directory, id: string): number {
  return Math.max(0, ...(directory.person(id)?.roles ?? []).map((r) => RANK[r]));
}

/**
 * Who held a talk: the senior side, whoever reported it (a leader may record the
 * secretary's talk with them); the reporter's side when neither outranks the other.
 */
export function talkHolder(organisation: Directory, row: LedgerRow): string {
  // Ranks as of the talk's day: a head replaced since still held the talk as a head.
  const directory = organisation.asOf(row.date);
  let holder = row.actorId;
  for (const id of row.counterpartIds) if (rankOf(directory, id) > rankOf(directory, holder)) holder = id;
  return holder;
}

const PAIR_LABELS: [Role, Role, string][] = [
  ['secretary', 'leader', '党组书记与班子成员'],
  ['leader', 'dept_head', '班子成员与科室负责人'],
];

function pairLabel(organisation: Directory, row: LedgerRow): string {
  const directory = organisation.asOf(row.date);
  const people = [row.actorId, ...row.counterpartIds].map((id) => directory.person(id));
  for (const [a, b, label] of PAIR_LABELS) {
    const hasA = people.some((p) => p?.roles.includes(a));
    const hasB = people.some((p) => p?.roles.includes(b) && !p.roles.includes(a));
    if (hasA && hasB) return label;
  }
  return '其他';
}

/** A talk with three counterparts is three 人次; a talk with a department as a whole is one. */
function countOf(unit: FigureUnit, rows: readonly LedgerRow[]): number {
  return unit === '人次' ? rows.reduce((n, r) => n + Math.max(1, r.counterpartIds.length), 0) : rows.length;
}

function partsOf(directory: Directory, spec: FigureSpec, rows: readonly LedgerRow[]): FigurePart[] {
  // Talks are told apart by who held them with whom: the account must not give a head's talks to the leaders.
  if (spec.key !== 'integrity_talk' && spec.key !== 'heart_talk') return [];
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(pairLabel(directory, r), (counts.get(pairLabel(directory, r)) ?? 0) + Math.max(1, r.counterpartIds.length));
  const order = [...PAIR_LABELS.map(([, , l]) => l), '其他'];
  return order.filter((l) => counts.has(l)).map((label) => ({ label, count: counts.get(label)! }));
}

function belongs(directory: Directory, spec: FigureSpec, subject: YearEndSubject, row: LedgerRow): boolean {
  if (!spec.types.includes(row.type)) return false;
  if (subject.kind === 'organization') return spec.side !== 'received';
  const me = subject.personId;
  if (row.type === 'talk_integrity' || row.type === 'talk_heart') {
    const involved = row.actorId === me || row.counterpartIds.includes(me);
    const held = talkHolder(directory, row) === me;
    return involved && (spec.side === 'received' ? !held : held);
  }
  return spec.side !== 'received' && row.actorId === me;
}

/**
 * One talk told by both of its two people (李明 with 王建国, then 王建国 with 李明, same type and day) is one deed,
 * counted once per pair as the duties count it (a newcomer's finding: the year account said 11人次 with both).
 */
function oncePerPair(rows: readonly LedgerRow[]): LedgerRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (r.counterpartIds.length !== 1) return true;
    const key = JSON.stringify([r.type, r.date, [r.actorId, r.counterpartIds[0]!].sort()]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every figure, zero ones included (the unit's draft shows those as blanks to fill). */
export function computeFigures(directory: Directory, subject: YearEndSubject, rows: readonly LedgerRow[]): Map<FigureKey, YearEndFigure> {
  const figures = new Map<FigureKey, YearEndFigure>();
  for (const spec of FIGURE_SPECS) {
    const all = rows.filter((r) => belongs(directory, spec, subject, r));
    const mine = spec.unit === '人次' ? oncePerPair(all) : all;
    const departments = spec.unit === '人次' ? [...new Set(mine.map((r) => r.departmentName).filter((d): d is string => !!d))] : [];
    figures.set(spec.key, {
      key: spec.key,
      label: spec.label,
      count: countOf(spec.unit, mine),
      unit: spec.unit,
      rows: mine,
      parts: partsOf(directory, spec, mine),
      departments,
      no: 0,
    });
  }
  return figures;
}
