// Completion as a viewer may see it, and the overview / one-duty cards with their drill-down buttons; shared by the query intent and the card actions.
import { computeCompletion, filterLines, headlineOf } from '../domain/completion/computeCompletion.js';
import type { CompletionLine, CompletionReport, Scope } from '../domain/completion/types.js';
import type { Directory } from '../domain/organization.js';
import { canView, reachDuring, restrictLines } from '../domain/completion/visibility.js';
import { completionCard } from '../feishu/cards/completionCard.js';
import { completionDutyCard, type RecordRow } from '../feishu/cards/completionDutyCard.js';
import { recordsBehind } from '../domain/completion/recordsBehind.js';
import { ledgerRow } from '../domain/ledger/rows.js';
import { callbackButton, note } from '../feishu/cards/completionParts.js';
import { doneAfterWindow } from '../domain/completion/doneAfterWindow.js';
import { unitLevelLeftOut } from '../domain/completion/unitLevelLeftOut.js';
import type { BotDeps } from './botDeps.js';
import { scopeTitle } from '../domain/completion/scopeTitle.js';
import { describeState, isBroad, stateValue, withDuty, type QueryState } from './completionState.js';
import { compareText } from '../domain/compareText.js';

export type Answer = { kind: 'text'; text: string } | { kind: 'card'; card: object };

type Span = { start: string; end: string };
type Deps = Pick<BotDeps, 'directory' | 'duties' | 'store' | 'ledger'>;


/** The report restricted for every viewer at once (the asker and whoever clicked), then filtered. */
export function reportFor(deps: Deps, state: QueryState, viewers: readonly string[], now: Date): CompletionReport {
  const { directory, duties, store, ledger } = deps;
  // Computed inside read, taken out without read's copy: a report holds ids, counts and names, never a stored
  // record, and copying a whole-unit report (thousands of ids) cost more than computing it from the memo.
  let computed: CompletionReport | undefined;
  store.read((db) => {
    computed = computeCompletion({ directory, duties, activities: ledger.index(db), view: state.view, now, scope: state.scope });
  });
  const report = computed as CompletionReport;
  let lines = report.lines;
  for (const viewer of new Set(viewers)) lines = restrictLines(directory, viewer, lines);
  lines = filterLines(lines, state.filter);
  return { ...report, lines, headline: headlineOf(lines) };
}

/**
 * Why a named person or department is out of someone's reach over the period asked (`span`);
 * undefined when every viewer may look. A department supervised for part of the period may be
 * asked about; the lines then show that part only (restrictLines).
 */
export function refusalFor(directory: Directory, viewers: readonly string[], scope: Scope, span: Span): string | undefined {
  if (isBroad(scope)) return undefined;
  const [first, ...others] = viewers;
  const verdict = first ? canView(directory, first, scope, span) : undefined;
  if (verdict && !verdict.allowed) return verdict.reason;
  if (others.some((v) => !canView(directory, v, scope, span).allowed)) return '这张卡片的发起人无权查看该范围，请自己发送问题查询。';
  return undefined;
}


/**
 * Departments with something unmet, in directory order, that every viewer reaches on some day
 * of the period shown (reachDuring, as refusalFor lets them ask): the department buttons.
 */
function openDepartments(directory: Directory, lines: readonly CompletionLine[], viewers: readonly string[], span: Span) {
  const open = new Set<string>();
  for (const line of lines) {
    if (line.status === 'done') continue;
    for (const d of directory.headedBy(line.responsibleId)) open.add(d.id);
    for (const u of line.missing) {
      const id = u.kind === 'department' ? u.id : directory.person(u.id)?.departmentId;
      if (id) open.add(id);
    }
  }
  const reaches = viewers.map((v) => reachDuring(directory, v, span));
  const departments = directory.org.departments.filter((d) => open.has(d.id) && reaches.every((r) => r.everything || r.departments.has(d.id)));
  return departments.length >= 2 ? departments.map((d) => ({ id: d.id, name: d.name })) : [];
}

export function backButton(state: QueryState): object {
  return callbackButton('返回汇总', { action: 'drill_overview', ...stateValue(state) });
}

export function overviewCard(
  deps: Deps,
  state: QueryState,
  viewers: readonly string[],
  now: Date,
  opts: { understood?: string; footer?: object[] } = {},
): object {
  const report = reportFor(deps, state, viewers, now);
  const understood = opts.understood ?? describeState(state, deps.directory, deps.duties, viewers);
  // 签订责任书 逾期 beside a record made after its time limit: the card says why (round 12).
  // Only an overdue line of a duty with a time limit needs the records read (most answers have none).
  const windowedOverdue = report.lines.some((l) => l.status === 'overdue' && (l.window ?? l.parts.find((p) => p.window)?.window) !== undefined);
  // Read in place, like reportFor: only the notes (text) leave read. Taking the period's records out made read copy
  // them all (structuredClone), the largest of the bot's own costs at 50,000 records in a profile of the scale bench,
  // since every year question in December has an overdue 责任书; each responsible's records come from the index.
  let late: string[] = [];
  let unitLevel: string[] = [];
  deps.store.read((db) => {
    const index = deps.ledger.index(db);
    if (windowedOverdue) late = doneAfterWindow(report.lines, deps.duties, index, report.view);
    unitLevel = unitLevelLeftOut(report.lines, deps.duties, deps.directory, index, report.view);
  });
  const footer = [...late.map(note), ...unitLevel.map(note), ...(opts.footer ?? [])];
  return completionCard(report, {
    title: `${scopeTitle(deps.directory, viewers, state.scope)}的完成情况`,
    understood,
    labels: { directory: deps.directory, duties: deps.duties },
    drill: {
      duty: (dutyId) => ({ action: 'drill_duty', ...stateValue(state), dutyId }),
      department: (departmentId) => ({ action: 'drill_department', ...stateValue(state), departmentId }),
      departments: isBroad(state.scope) ? openDepartments(deps.directory, report.lines, viewers, report.view) : [],
    },
    ...(footer.length > 0 ? { footer } : {}),
  });
}

/** One duty of the question in full, with a way back to the overview it came from. */
export function dutyCard(deps: Deps, state: QueryState, dutyId: string, viewers: readonly string[], now: Date): object {
  const narrowed = { ...state, scope: withDuty(state.scope, dutyId) };
  const report = reportFor(deps, narrowed, viewers, now);
  const understood = describeState(narrowed, deps.directory, deps.duties, viewers);
  const records = recordRows(deps, report.lines);
  // t48b O1: the 明细 of a 党组 duty lists the 党组's records; the 科室's own of its type are named as not counted.
  const unitLevel = deps.store.read((db) => unitLevelLeftOut(report.lines, deps.duties, deps.directory, deps.ledger.index(db), report.view));
  return completionDutyCard(report, {
    understood,
    labels: { directory: deps.directory, duties: deps.duties },
    footer: [...unitLevel.map(note), backButton(state)],
    records,
  });
}

/** The records behind the lines, resolved from the store with names, oldest first. */
function recordRows(deps: Deps, lines: readonly CompletionLine[]): RecordRow[] {
  const refs = recordsBehind(lines);
  const wanted = new Map(refs.map((r) => [r.activityId, r.late]));
  return deps.store
    .read((db) => db.activities.filter((a) => wanted.has(a.id) && !a.deletedAt))
    .map((a) => ({ row: ledgerRow(deps.directory, a), late: wanted.get(a.id) === true }))
    .sort((x, y) => compareText(x.row.date, y.row.date))
    .map(({ row, late }) => ({
      date: row.date,
      typeName: row.typeName,
      actorName: row.actorName,
      counterpartNames: row.counterpartNames,
      ...(row.title ? { title: row.title } : {}),
      late,
    }));
}
