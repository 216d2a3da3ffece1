// The shapes of the year's account (年度总结 / 述责述廉材料): figures traced to records, and the draft built on them.
import type { LedgerRow } from './rows.js';
import type { Period } from '../period.js';

export type FigureKey =
  | 'special_meeting'
  | 'unit_special_meeting'
  | 'analysis'
  | 'heart_talk'
  | 'pledge_sign'
  | 'pledge_outside'
  | 'pledge_check'
  | 'dept_meeting'
  | 'inspect_style'
  | 'inspect_funds'
  | 'integrity_talk'
  | 'talk_received'
  | 'education'
  | 'warning'
  | 'lecture'
  | 'self_review'
  | 'unit_report'
  | 'info_report'
  | 'research_report'
  | 'duty_report';

export type FigureUnit = '次' | '人次' | '份' | '篇';

/** A count split by kind, e.g. 廉政谈话 by pair: 党组书记与班子成员 4人次. */
export interface FigurePart {
  label: string;
  count: number;
}

export interface YearEndFigure {
  key: FigureKey;
  /** What is counted, as the heading of its trace list. */
  label: string;
  count: number;
  unit: FigureUnit;
  /** The records behind the count, in ledger order. */
  rows: LedgerRow[];
  parts: FigurePart[];
  /** Why the figure is what it is where that is not plain from its rows (kept duplicates): said beside 依据N条记录. */
  note?: string;
  /** Departments a talk figure reached, for 「覆盖办公室、财务科」. */
  departments: string[];
  /** Its marker 〔no〕 in the draft; 0 until the draft cites it. */
  no: number;
}

export type YearEndSubject = { kind: 'organization' } | { kind: 'person'; personId: string };

export interface YearEndAccount {
  /** e.g. 某市残疾人联合会2026年党风廉政建设工作总结（草稿） */
  title: string;
  organization: string;
  period: Period;
  subject: YearEndSubject;
  /** The unit's name, or the person's. */
  subjectName: string;
  /** What the viewer may see: 全单位, or a narrower scope named. */
  scope: string;
  asOf: Date;
  /** Records in the period within the scope (all of them, cited or not). */
  recordCount: number;
  /** Lines above the draft: what it is and how to read its markers. */
  notes: string[];
  paragraphs: string[];
  /** Every figure the draft cites, numbered in the order the draft cites them. */
  figures: YearEndFigure[];
}
