// 「警示教育几次了」: the number of records of each type asked about, counted from the ledger within the asker's reach.
import { meetingBodyName } from '../domain/meetingBody.js';
import { activityTypeName, ACTIVITY_TYPES } from '../domain/activityTypes.js';
import { scopeTitle } from '../domain/completion/scopeTitle.js';
import type { Scope } from '../domain/completion/types.js';
import type { Directory } from '../domain/organization.js';
import type { ParsedQuery } from '../domain/query/parseQuery.js';
import { ledgerRow, type LedgerRow } from '../domain/ledger/rows.js';
import { recordLateRule } from '../domain/completion/late.js';
import { selectLedgerActivities } from '../domain/ledger/select.js';
import { recordCountCard } from '../feishu/cards/recordCountCard.js';
import type { BotDeps } from './botDeps.js';
import { refusalFor, type Answer } from './completionAnswer.js';
import { isBroad } from './completionState.js';
import { plainInMarkdown } from '../feishu/cards/plainInMarkdown.js';
import { compareText } from '../domain/compareText.js';

type Deps = Pick<BotDeps, 'directory' | 'store' | 'duties'>;

function rowText(r: LedgerRow): string {
  const parts = [r.date, r.typeName, r.actorName];
  // Round 53 (t55b F3): 「专题会议几次了」 listed 赵敏's 机关党委会议 beside 张伟's 党组会 with nothing to tell them apart.
  if (r.meetingBody !== undefined) parts.push(`${meetingBodyName(r.meetingBody)}召开`);
  if (r.counterpartNames.length > 0) parts.push(`对象：${r.counterpartNames.join('、')}`);
  // t48a F5: who went on the check is listed as in the 台账.
  if (r.companionNames.length > 0) parts.push(`同行：${r.companionNames.join('、')}`);
  if (r.title) parts.push(`《${plainInMarkdown(r.title)}》`);
  if (r.attendees !== undefined) parts.push(`${r.attendees}人`);
  if (r.late) parts.push('补录');
  return parts.join('｜');
}

/** What to put before the period in the completion question the card offers: the named person or department. */
function scopeWord(directory: Directory, scope: Scope): string {
  if (scope.kind === 'person') return directory.person(scope.personId)?.name ?? '';
  if (scope.kind === 'department') return directory.department(scope.departmentId)?.name ?? '';
  return scope.kind === 'group' ? scope.label : '';
}

/**
 * Counts exactly the records an export by the asker would list for the same period and scope (not withdrawn,
 * dated in the period, within reach: selectLedgerActivities), per type asked. A named scope out of reach gets
 * the completion question's refusal. Only for a query with `count`.
 */
export function countAnswer(deps: Deps, askerId: string, q: ParsedQuery & { count: NonNullable<ParsedQuery['count']> }): Answer {
  const { directory, store } = deps;
  // 补录 by the one rule the 台账 rows use (late.ts), not a flag an older version stored.
  const isLate = recordLateRule(deps.duties);
  const refusal = refusalFor(directory, [askerId], q.scope, q.count.view);
  if (refusal) return { kind: 'text', text: refusal };
  const types = new Set<string>(q.count.types);
  const rows = store.read((db) =>
    selectLedgerActivities({
      directory,
      activities: db.activities,
      period: q.count.view,
      viewer: { kind: 'person', personId: askerId },
      ...(isBroad(q.scope) ? {} : { scope: q.scope }),
    })
      .filter((a) => types.has(a.type))
      .map((a) => ({ ...ledgerRow(directory, a), late: isLate(a) })),
  );
  rows.sort((a, b) => compareText(a.date, b.date) || compareText(a.reportedAt, b.reportedAt));
  const counts = ACTIVITY_TYPES.filter((t) => types.has(t.code)).map((t) => {
    const of = rows.filter((r) => r.type === t.code);
    return { typeName: activityTypeName(t.code), count: of.length, late: of.filter((r) => r.late).length };
  });
  const names = counts.map((c) => c.typeName).join('、');
  return {
    kind: 'card',
    card: recordCountCard({
      periodLabel: q.count.view.label,
      scopeLabel: scopeTitle(directory, [askerId], q.scope),
      counts,
      rows: rows.map(rowText),
      completionQuestion: `${scopeWord(directory, q.scope)}${q.count.view.label}${names}完成情况`,
    }),
  };
}
