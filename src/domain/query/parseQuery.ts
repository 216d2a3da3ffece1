// parseQuery: a completion question in Chinese ("办公室本季度完成情况", "我还差什么") → view, scope, filter.
import type { LineFilter } from '../completion/status.js';
import type { Scope } from '../completion/types.js';
import type { Duty } from '../duty.js';
import { currentPeriod, type Period } from '../period.js';
import { parseQueryDuties } from './duty.js';
import { leftovers, looksLikeQuery, parseQueryIntent } from './intent.js';
import { parseQueryPeriod } from './period.js';
import type { ParsedQuery, QueryContext } from './types.js';
import { parseQueryWho, parseRoleWord, type WhoResult } from './who.js';

export type { ParsedQuery, QueryContext } from './types.js';

/** Full-width digits and letters as typed on phones; Feishu's @mention keys are not words. */
function normalize(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/@_user_\d+/g, ' ')
    .replace(/\s+/g, '')
    .trim();
}

const FILTER_TEXT: Record<LineFilter, string> = { open: '只看未完成', overdue: '只看逾期', behind: '只看滞后和逾期' };

interface Subject {
  scope: Scope;
  name: string;
}

function subjectOf(who: WhoResult, secretaryName: string | undefined, ctx: QueryContext, mine: boolean): Subject {
  const self: Subject = { scope: { kind: 'person', personId: ctx.senderId }, name: '你' };
  if (mine) return self;
  if (who.person && !who.self) return { scope: { kind: 'person', personId: who.person.id }, name: who.person.name };
  if (who.department) return { scope: { kind: 'department', departmentId: who.department.id }, name: who.department.name };
  if (who.self) return self;
  const secretary = ctx.directory.secretary();
  if (secretaryName && secretary) return { scope: { kind: 'person', personId: secretary.id }, name: secretary.name };
  return { scope: { kind: 'all' }, name: '全单位' };
}

function withDuties(scope: Scope, duties: readonly Duty[]): Scope {
  if (duties.length === 0) return scope;
  const ids = duties.map((d) => d.id);
  if (scope.kind === 'all') {
    const [first, ...more] = ids as [string, ...string[]];
    return more.length > 0 ? { kind: 'duty', dutyId: first, dutyIds: more } : { kind: 'duty', dutyId: first };
  }
  return { ...scope, dutyIds: ids };
}

function understoodText(q: { view?: Period; subject: Subject; duties: readonly Duty[]; filter?: LineFilter; mine: boolean }): string {
  const duties = q.duties.length > 0 ? q.duties.map((d) => d.name).join('、') : '';
  const filter = q.filter && !(q.mine && q.filter === 'open') ? `（${FILTER_TEXT[q.filter]}）` : '';
  if (q.mine) {
    const when = q.view ? `${q.view.label}` : '各项任务当前周期';
    return `你的待办：${when}${duties ? `，${duties}` : ''}${filter}`;
  }
  const view = q.view as Period;
  return `${view.label}${q.subject.name}的${duties ? `${duties}` : ''}完成情况${filter}`;
}

/**
 * Null when the message is not a completion question (a report, 帮助). Otherwise the
 * query, with `unplaced` naming what looked meaningful but matched nothing, so the
 * bot can say what it understood rather than guess.
 */
export function parseQuery(text: string, ctx: QueryContext): ParsedQuery | null {
  const clean = normalize(text);
  const intent = parseQueryIntent(clean);
  const period = parseQueryPeriod(intent.rest, ctx.now);
  const who = parseQueryWho(period.rest, ctx.directory, ctx.senderId);
  const duties = parseQueryDuties(who.rest, ctx.duties);
  const role = who.value.person || who.value.department || who.value.self ? undefined : parseRoleWord(duties.rest, ctx.directory);
  const rest = role?.rest ?? duties.rest;
  const unplaced = [...leftovers(rest), ...(who.value.ambiguous ? [`${who.value.ambiguous}（有同名，请说明科室）`] : [])];
  const periodOnly = period.value !== undefined && leftovers(period.rest).length === 0;
  if (!looksLikeQuery(clean) && !periodOnly) return null;

  const { mine, filter } = intent.value;
  const subject = subjectOf(who.value, role?.value?.name, ctx, mine);
  const view = period.value ?? currentPeriod(mine ? 'month' : 'quarter', ctx.now);
  const understood = understoodText({
    ...(period.value || !mine ? { view } : {}),
    subject,
    duties: duties.value,
    ...(filter ? { filter } : {}),
    mine,
  });
  return {
    view,
    scope: withDuties(subject.scope, duties.value),
    ...(filter ? { filter } : {}),
    ...(mine ? { mine } : {}),
    understood,
    ...(unplaced.length > 0 ? { unplaced } : {}),
  };
}
