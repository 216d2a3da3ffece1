// The 汇总 sheet: completion per duty and responsible person over the export period, as the viewer may see it.
import { computeCompletion, statusName } from '../completion/computeCompletion.js';
import type { CompletionInput, CompletionLine, Scope } from '../completion/types.js';
import { gapText } from '../completion/status.js';
import type { Cadence, Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import type { Period } from '../period.js';
import type { Viewer } from './visibility.js';
import { restrictLines } from '../completion/visibility.js';

export interface SummaryRow {
  dutyId: string;
  dutyName: string;
  responsibleName: string;
  /** e.g. 每半年（2026年下半年） or 每月（2026年共12期） */
  cycle: string;
  required: number;
  done: number;
  /** 完成 / 进行中 / 滞后 / 逾期 */
  status: string;
  /** Who or which department is still owed, 、-separated; empty when done. */
  missing: string;
  /** Of `done`, what rests on 补录 records: the same unit as `done` (see completion/partProgress.ts lateShare). */
  lateCount: number;
  /** What the export period itself holds (the rows of 活动台账), when the duty period is longer than it. */
  doneInView: number;
  /** The duty period reaches past the export period: `done` then counts records the file does not list. */
  wider: boolean;
}

const CADENCE_WORDS: Record<Cadence, string> = { month: '每月', quarter: '每季度', halfyear: '每半年', year: '每年' };

function cycleOf(line: CompletionLine, view: Period): string {
  const word = CADENCE_WORDS[line.cadence];
  if (line.parts.length > 1) return `${word}（${view.label}共${line.parts.length}期）`;
  return `${word}（${(line.window ?? line.period).label}）`;
}

export interface SummaryInput {
  directory: Directory;
  duties: readonly Duty[];
  /**
   * Every record, or the bot's cached index of them: a duty period can be longer than
   * the view, so completion needs records outside it. Deleted ones it ignores itself.
   */
  activities: CompletionInput['activities'];
  view: Period;
  now: Date;
  viewer: Viewer;
  /** Only the viewer's own lines. */
  mine?: boolean;
  /** A named person, department or group; `mine` wins over it. */
  scope?: Scope;
}

export function ledgerSummary(input: SummaryInput): SummaryRow[] {
  const { directory, duties, activities, view, now, viewer } = input;
  const scope: Scope | undefined = viewer.kind === 'person' && input.mine ? { kind: 'person', personId: viewer.personId } : input.scope;
  const report = computeCompletion({ directory, duties, activities, view, now, ...(scope ? { scope } : {}) });
  const lines = viewer.kind === 'operator' ? report.lines : restrictLines(directory, viewer.personId, report.lines);
  return lines.map((line) => ({
    dutyId: line.dutyId,
    dutyName: line.dutyName,
    responsibleName: line.responsibleName,
    cycle: cycleOf(line, view),
    required: line.required,
    done: line.done,
    status: statusName(line.status),
    // The same per-period wording as the cards: 「上半年尚缺 吴静；下半年已完成」.
    missing: gapText(line),
    lateCount: line.lateCount,
    doneInView: line.doneInView,
    wider: line.period.start < view.start || line.period.end > view.end,
  }));
}
