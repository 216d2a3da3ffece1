// The counts a year's account states, each with the ledger rows behind it: per unit, or per person (who held what).
import type { ActivityTypeCode } from '../activityTypes.js';
import type { LedgerRow } from './rows.js';
import type { Directory, Role } from '../organization.js';
import { isPartyLevel } from '../completion/partyLevel.js';
import type { FigureKey, FigurePart, FigureUnit, YearEndFigure, YearEndSubject } from './yearEndTypes.js';

interface FigureSpec {
  key: FigureKey;
  label: string;
  unit: FigureUnit;
  types: readonly ActivityTypeCode[];
  /** For a person: records they held (default), or talks held with them. Unit accounts ignore it. */
  side?: 'held' | 'received';
  /** Records on a day outside their duty's window (责任书 after 3月31日) only, or none of them; default either. */
  window?: 'inside' | 'outside';
  /** For the unit's account: the 党组's own records only, or the 科室/中心's own only (partyLevel.ts); default both. */
  level?: 'party' | 'unit';
}

/** In the order seed 002's report speaks of them; the prose cites them in its own order. */
export const FIGURE_SPECS: readonly FigureSpec[] = [
  // t48b O1: a 科室/中心's own 专题会议 is no 领导班子专题研究; it is counted on its own line, never dropped.
  { key: 'special_meeting', label: '专题研究部署党风廉政建设工作（专题会议）', unit: '次', types: ['meeting_special'], level: 'party' },
  { key: 'unit_special_meeting', label: '机关党委、支部和科室、中心自行召开的党风廉政建设专题会议', unit: '次', types: ['meeting_special'], level: 'unit' },
  { key: 'analysis', label: '党风廉政建设分析研判', unit: '次', types: ['review_analysis'] },
  { key: 'heart_talk', label: '谈心谈话', unit: '人次', types: ['talk_heart'] },
  { key: 'pledge_sign', label: '签订《党风廉政建设责任书》', unit: '份', types: ['pledge_sign'], window: 'inside' },
  { key: 'pledge_outside', label: '规定期限外签订的《党风廉政建设责任书》（不计入责任书签订要求）', unit: '份', types: ['pledge_sign'], window: 'outside' },
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

/**
 * The unit's 学习教育 told apart by who organised it (t48b O1): the 党组's own and the 科室/中心's own, only when both
 * are there; the unit's account counts every one, the 党组's duty (completion) only the first.
 */
function levelParts(directory: Directory, rows: readonly LedgerRow[]): FigurePart[] {
  const party = rows.filter((r) => isPartyLevel(directory, r)).length;
  if (party === 0 || party === rows.length) return [];
  return [
    { label: '党组组织', count: party },
    { label: '科室和中心自行组织', count: rows.length - party },
  ];
}

/** A talk with three counterparts is three 人次; a talk with a department as a whole is one. */
function countOf(unit: FigureUnit, rows: readonly LedgerRow[]): number {
  return unit === '人次' ? rows.reduce((n, r) => n + Math.max(1, r.counterpartIds.length), 0) : rows.length;
}

function partsOf(directory: Directory, spec: FigureSpec, rows: readonly LedgerRow[]): FigurePart[] {
  if (spec.key === 'education') return levelParts(directory, rows);
  // Talks are told apart by who held them with whom: the account must not give a head's talks to the leaders.
  if (spec.key !== 'integrity_talk' && spec.key !== 'heart_talk') return [];
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(pairLabel(directory, r), (counts.get(pairLabel(directory, r)) ?? 0) + Math.max(1, r.counterpartIds.length));
  const order = [...PAIR_LABELS.map(([, , l]) => l), '其他'];
  return order.filter((l) => counts.has(l)).map((label) => ({ label, count: counts.get(label)! }));
}

function belongs(directory: Directory, spec: FigureSpec, subject: YearEndSubject, row: LedgerRow): boolean {
  if (!spec.types.includes(row.type)) return false;
  if (subject.kind === 'organization') return spec.side !== 'received' && (spec.level === undefined || (spec.level === 'party') === isPartyLevel(directory, row));
  const me = subject.personId;
  if (row.type === 'talk_integrity' || row.type === 'talk_heart') {
    const involved = row.actorId === me || row.counterpartIds.includes(me);
    const held = talkHolder(directory, row) === me;
    return involved && (spec.side === 'received' ? !held : held);
  }
  return spec.side !== 'received' && row.actorId === me;
}

/**
 * Records of the same type, day and pair as an earlier one. The bot asks before recording such a record
 * (「已有一条相同记录，仍要再记一条吗？」), so one that is kept was kept on purpose and counts, as the count
 * card and the 台账 count it; the draft says so beside the figure instead of dropping it (a newcomer's finding:
 * the count card said 11 talks, the 台账 had 11 rows, the draft 10人次 依据10条记录).
 */
function keptDuplicates(rows: readonly LedgerRow[]): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (const r of rows) {
    if (r.counterpartIds.length !== 1) continue;
    const key = JSON.stringify([r.type, r.date, [r.actorId, r.counterpartIds[0]!].sort()]);
    if (seen.has(key)) repeats++;
    else seen.add(key);
  }
  return repeats;
}

function inWindow(spec: FigureSpec, outside: (row: LedgerRow) => boolean, row: LedgerRow): boolean {
  return spec.window === undefined || (spec.window === 'outside') === outside(row);
}

/**
 * Every figure, zero ones included (the unit's draft shows those as blanks to fill). `outside` tells a record
 * whose day misses its duty's window (赵敏's 12月1日 责任书): it is counted apart, never as 年初 signing.
 */
export function computeFigures(
  directory: Directory,
  subject: YearEndSubject,
  rows: readonly LedgerRow[],
  outside: (row: LedgerRow) => boolean = () => false,
): Map<FigureKey, YearEndFigure> {
  const figures = new Map<FigureKey, YearEndFigure>();
  for (const spec of FIGURE_SPECS) {
    const mine = rows.filter((r) => belongs(directory, spec, subject, r) && inWindow(spec, outside, r));
    const repeats = spec.unit === '人次' ? keptDuplicates(mine) : 0;
    const departments = spec.unit === '人次' ? [...new Set(mine.map((r) => r.departmentName).filter((d): d is string => !!d))] : [];
    figures.set(spec.key, {
      key: spec.key,
      label: spec.label,
      count: countOf(spec.unit, mine),
      unit: spec.unit,
      rows: mine,
      parts: partsOf(directory, spec, mine),
      ...(repeats > 0 ? { note: `其中${repeats}条与同日同一对象的另一条记录相同，上报时已确认仍要记录，均计入` } : {}),
      departments,
      no: 0,
    });
  }
  return figures;
}
