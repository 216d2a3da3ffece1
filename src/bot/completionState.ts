// A completion question as buttons carry it (period, scope, filter, who asked), and its safe reading back from a card callback.
import type { LineFilter } from '../domain/completion/status.js';
import { scopeDutyIds } from '../domain/completion/scope.js';
import type { Scope } from '../domain/completion/types.js';
import type { Cadence, Duty } from '../domain/duty.js';
import type { Directory } from '../domain/organization.js';
import { isSpan, periodOf, spanPeriod, type Period } from '../domain/period.js';
import { scopeTitle } from '../domain/completion/scopeTitle.js';

export interface QueryState {
  view: Period;
  scope: Scope;
  filter?: LineFilter;
  /** Directory id of whoever asked: a click in a group never shows more than they could see either. */
  asker: string;
}

const CADENCES: readonly Cadence[] = ['month', 'quarter', 'halfyear', 'year'];
const FILTERS: readonly LineFilter[] = ['open', 'overdue', 'behind'];
const FILTER_WORDS: Record<LineFilter, string> = { open: '（只看未完成）', overdue: '（只看逾期）', behind: '（只看滞后和逾期）' };

/** The part of a button value that names the question; kept small, a card holds many buttons. */
export function stateValue(state: QueryState): Record<string, unknown> {
  return {
    view: isSpan(state.view) ? `span:${state.view.start}:${state.view.end}` : `${state.view.cadence}:${state.view.start}`,
    scope: state.scope,
    ...(state.filter ? { filter: state.filter } : {}),
    asker: state.asker,
  };
}

function readView(value: unknown): Period | undefined {
  if (typeof value !== 'string') return undefined;
  const span = value.match(/^span:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/);
  if (span) return span[1]! <= span[2]! && Date.parse(span[1]!) && Date.parse(span[2]!) ? spanPeriod(span[1]!, span[2]!) : undefined;
  const m = value.match(/^(month|quarter|halfyear|year):(\d{4}-\d{2}-\d{2})$/);
  if (!m || !CADENCES.includes(m[1] as Cadence)) return undefined;
  const period = periodOf(m[1] as Cadence, m[2]!);
  return period.start === m[2] ? period : undefined;
}

function readIds(value: unknown, known: (id: string) => boolean): string[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((x) => typeof x === 'string' && known(x))) return null;
  return value as string[];
}

function readScope(value: unknown, directory: Directory, duties: readonly Duty[]): Scope | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const isDuty = (id: string) => duties.some((d) => d.id === id);
  const dutyIds = readIds(v.dutyIds, isDuty);
  if (dutyIds === null) return undefined;
  const extra = dutyIds ? { dutyIds } : {};
  switch (v.kind) {
    case 'all':
      return { kind: 'all', ...extra };
    case 'duty':
      return typeof v.dutyId === 'string' && isDuty(v.dutyId) ? { kind: 'duty', dutyId: v.dutyId, ...extra } : undefined;
    case 'person':
      return typeof v.personId === 'string' && directory.person(v.personId) ? { kind: 'person', personId: v.personId, ...extra } : undefined;
    case 'department':
      return typeof v.departmentId === 'string' && directory.department(v.departmentId)
        ? { kind: 'department', departmentId: v.departmentId, ...extra }
        : undefined;
    case 'group': {
      const personIds = readIds(v.personIds, (id) => directory.person(id) !== undefined);
      const departmentIds = readIds(v.departmentIds, (id) => directory.department(id) !== undefined);
      if (!personIds || !departmentIds || typeof v.label !== 'string' || v.label.length > 60) return undefined;
      return { kind: 'group', personIds, departmentIds, label: v.label, ...extra };
    }
    default:
      return undefined;
  }
}

/** Null for a value this config cannot have produced (a stale card after 重新加载配置, or a forgery). */
export function readState(value: Record<string, unknown>, directory: Directory, duties: readonly Duty[]): QueryState | null {
  const view = readView(value.view);
  const scope = readScope(value.scope, directory, duties);
  const filter = value.filter === undefined ? undefined : FILTERS.find((f) => f === value.filter);
  const asker = typeof value.asker === 'string' && directory.person(value.asker) ? value.asker : undefined;
  if (!view || !scope || (value.filter !== undefined && !filter) || !asker) return null;
  return { view, scope, ...(filter ? { filter } : {}), asker };
}

/** A broad scope (the whole organisation, or duties across it) is answered within reach rather than refused. */
export function isBroad(scope: Scope): boolean {
  return scope.kind === 'all' || scope.kind === 'duty';
}

/** The same question narrowed to one duty. */
export function withDuty(scope: Scope, dutyId: string): Scope {
  return isBroad(scope) ? { kind: 'duty', dutyId } : { ...scope, dutyIds: [dutyId] };
}

/** The same question narrowed to one department, keeping the duties it named. */
export function withDepartment(scope: Scope, departmentId: string): Scope {
  const dutyIds = scopeDutyIds(scope);
  return { kind: 'department', departmentId, ...(dutyIds ? { dutyIds } : {}) };
}

/**
 * The header of a completion card: 「2026年第四季度办公室的廉政谈话完成情况」, or for a
 * broad question asked by someone who sees part of the unit 「2026年第四季度王建国分管范围的完成情况」.
 */
export function describeState(state: QueryState, directory: Directory, duties: readonly Duty[], viewers: readonly string[] = [state.asker]): string {
  const s = state.scope;
  const who = scopeTitle(directory, viewers, s);
  const ids = scopeDutyIds(s) ?? [];
  const names = ids.map((id) => duties.find((d) => d.id === id)?.name).filter((n): n is string => !!n);
  return `${state.view.label}${who}的${names.join('、')}完成情况${state.filter ? FILTER_WORDS[state.filter] : ''}`;
}
