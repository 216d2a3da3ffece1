// The year's account as a Word document (.docx): title, notes, the draft in 仿宋, then a table of the records behind each figure.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { LedgerRow } from '../domain/ledger/rows.js';
import { figureHeading } from '../domain/ledger/yearEndText.js';
import type { YearEndAccount, YearEndFigure } from '../domain/ledger/yearEndTypes.js';

/** Official documents (党政机关公文) set the body in 仿宋 三号 and titles in 方正小标宋/黑体; Word falls back if absent. */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const BODY_SIZE = 32; // half-points: 16 pt = 三号
const SMALL_SIZE = 21; // 10.5 pt = 五号
const INDENT_TWO_CHARS = 640; // twips: two 16 pt characters

function run(text: string, size = BODY_SIZE, bold = false, font = BODY_FONT): TextRun {
  return new TextRun({ text, size, bold, font });
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ children: [run(text)], indent: { firstLine: INDENT_TWO_CHARS }, spacing: { line: 560 } });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [run(text, SMALL_SIZE, bold)] })] });
}

const TRACE_HEADERS = ['序号', '日期', '类型', '责任人', '对象', '题目', '人数', '补录', '编号'];

function traceCells(row: LedgerRow, index: number): string[] {
  return [
    String(index + 1),
    row.date,
    row.typeName,
    row.reporterName ? `${row.actorName}（${row.reporterName}上报）` : row.actorName,
    [...row.counterpartNames, ...row.companionNames.map((n) => `${n}（同行）`)].join('、'),
    row.title ? `《${row.title}》` : '',
    row.attendees !== undefined ? String(row.attendees) : '',
    row.late ? '补录' : '',
    row.id,
  ];
}

function traceTable(f: YearEndFigure): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: TRACE_HEADERS.map((h) => cell(h, true)) }),
      ...f.rows.map((r, i) => new TableRow({ children: traceCells(r, i).map((t) => cell(t)) })),
    ],
  });
}

function traceSection(account: YearEndAccount): (Paragraph | Table)[] {
  if (account.figures.length === 0) return [];
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run('附：数字来源', BODY_SIZE, true, TITLE_FONT)], spacing: { before: 480 } }),
  ];
  for (const f of account.figures) {
    out.push(new Paragraph({ children: [run(figureHeading(f), SMALL_SIZE + 3, true)], spacing: { before: 240, after: 120 } }));
    out.push(traceTable(f));
  }
  return out;
}

export async function buildYearEndDocx(account: YearEndAccount): Promise<Buffer> {
  const doc = new Document({
    creator: '清风',
    title: account.title,
    description: account.notes[0] ?? '',
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE, children: [run(account.title, 36, true, TITLE_FONT)], spacing: { after: 240 } }),
          ...account.notes.map((n) => new Paragraph({ children: [run(n, SMALL_SIZE)] })),
          new Paragraph({ children: [] }),
          ...account.paragraphs.map(bodyParagraph),
          ...traceSection(account),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
