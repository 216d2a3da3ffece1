// buildYearEndAccount: the year's account from the records, for the unit (seed 002) or one person (seed 003), every figure traced.
import type { Activity } from '../activity.js';
import type { Directory } from '../organization.js';
import type { Period } from '../period.js';
import { ledgerRows, type LedgerRow } from './rows.js';
import { outsideWindows, recordLateRule } from '../completion/late.js';
import type { Duty } from '../duty.js';
import { selectLedgerActivities } from './select.js';
import { countingDay } from '../completion/countingDay.js';
import { dutyYearSentences } from './yearEndDutyYears.js';
import { activityFilter, scopeLabel, type Viewer } from './visibility.js';
import { reachDuring } from '../completion/visibility.js';
import { shanghaiDateTime } from '../shanghai.js';
import { createCiter } from './yearEndCite.js';
import { computeFigures } from './yearEndFigures.js';
import { personParagraphs } from './yearEndPersonProse.js';
import type { YearEndAccount, YearEndSubject } from './yearEndTypes.js';
import { unitParagraphs } from './yearEndUnitProse.js';

export type * from './yearEndTypes.js';

export interface YearEndInput {
  directory: Directory;
  activities: readonly Activity[];
  period: Period;
  now: Date;
  viewer: Viewer;
  subject: YearEndSubject;
  /**
   * The duty catalogue: with it, 补录 on the draft's records follows the one rule of the cards and
   * the 台账 (completion/late.ts); without it, the flag stored when the record was reported.
   */
  duties?: readonly Duty[];
}

export class YearEndError extends Error {
  constructor(
    readonly code: 'UNKNOWN_PERSON' | 'NOT_ALLOWED',
    message: string,
  ) {
    super(message);
    this.name = 'YearEndError';
  }
}

function personOf(input: YearEndInput) {
  if (input.subject.kind !== 'person') return undefined;
  const person = input.directory.person(input.subject.personId);
  if (!person) throw new YearEndError('UNKNOWN_PERSON', `通讯录中没有 ${input.subject.personId}`);
  const self = input.viewer.kind === 'person' && input.viewer.personId === person.id;
  // Someone else's material is for whoever may see their records: the secretary, the inspectors, up the chain,
  // on some day of the period (a 分管 that ended in June still covers its months).
  const reach = input.viewer.kind === 'person' ? reachDuring(input.directory, input.viewer.personId, input.period) : undefined;
  const allowed = self || !reach || reach.everything || reach.people.has(person.id);
  if (!allowed) throw new YearEndError('NOT_ALLOWED', `只能生成本人或您可查看范围内同志的述责述廉材料。`);
  return person;
}

/**
 * The draft states only what the records hold: a figure the records lack is left as the
 * seed's own blank (X次) in the unit's account and left out of a person's.
 */
export function buildYearEndAccount(input: YearEndInput): YearEndAccount {
  const { directory, period, viewer, subject } = input;
  const person = personOf(input);
  // A person's material covers their own records, whoever asks for it (personOf checked they may).
  const selection = person ? { viewer: { kind: 'person' as const, personId: person.id }, mine: true } : { viewer };
  // By the day each counts as: 2027年度's 责任书 signed in December 2026 is 2027's work, not 2026's (dutyYearSentences).
  const theirs = selectLedgerActivities({ directory, activities: input.activities, period, by: 'counted', ...selection });
  const signedHere = selectLedgerActivities({ directory, activities: input.activities, period, ...selection });
  // Someone else's material holds only the records the asker may see, each judged on its date (activityFilter):
  // 王建国 drafting for 李明 gets January–June, when 办公室 was his 分管, as his 台账 export does.
  const visible = person && viewer.kind === 'person' && viewer.personId !== person.id ? activityFilter(directory, viewer) : undefined;
  const selected = visible ? theirs.filter(visible) : theirs;
  const dutyYears = dutyYearSentences(period, selected, visible ? signedHere.filter(visible) : signedHere);
  const isLate = input.duties ? recordLateRule(input.duties) : undefined;
  const late = isLate ? new Set(selected.filter(isLate).map((a) => a.id)) : undefined;
  const rows = ledgerRows(directory, selected).map((row) => (late ? { ...row, late: late.has(row.id) } : row));
  const duties = input.duties;
  const outside = duties
    ? (row: LedgerRow) => outsideWindows(duties, row.type, countingDay(row), { directory, actorId: row.actorId, counterpartIds: row.counterpartIds }).length > 0
    : undefined;
  const citer = createCiter(computeFigures(directory, subject, rows, outside));
  const organization = directory.org.name;
  const finished = citer.finish(person ? personParagraphs(citer, { person, period }) : unitParagraphs(citer, { organization, period }));
  const figures = finished.figures;
  const paragraphs = dutyYears.length > 0 ? [...finished.paragraphs, dutyYears.join('')] : finished.paragraphs;
  const scope = person ? `${person.name}本人` : scopeLabel(directory, viewer, false, period);
  const title = person
    ? `${person.name}${period.label}述责述廉材料（草稿）`
    : `${organization}${period.label}党风廉政建设工作总结（草稿）`;
  const blanks = paragraphs.some((p) => p.includes('〔待补充'));
  const notes = [
    `本草稿由清风根据台账生成：${period.start} 至 ${period.end}，范围：${scope}，共 ${rows.length} 条记录，截至 ${shanghaiDateTime(input.now)}。`,
    `文中〔n〕为数字来源编号，对应文末“数字来源”所列台账记录${blanks ? '；“X次〔待补充〕”表示台账中暂无记录，请核实后填写或补录' : ''}。`,
  ];
  if (!person && scope !== '全单位') notes.push(`注意：您只能查看${scope}的记录，数字不代表全单位。`);
  const hidden = theirs.length - selected.length;
  if (hidden > 0) notes.push(`注意：${person?.name ?? ''}另有 ${hidden} 条记录不在您当时的查看范围内（如分管调整前后），未列入本草稿。`);
  return {
    title,
    organization,
    period,
    subject,
    subjectName: person?.name ?? organization,
    scope,
    asOf: input.now,
    recordCount: rows.length,
    notes,
    paragraphs,
    figures,
  };
}
