// Opening what the exporters produce, as a reader would: the workbook with exceljs, the Word file's document.xml with jszip.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Activity } from '../../src/domain/activity.js';
import { emptyDb } from '../../src/store/dbSchema.js';

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs declares its own Buffer as an ArrayBuffer; hand it a plain copy.
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; have ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** Row n's cells as an array (exceljs rows are 1-based with an empty slot 0). */
export function rowValues(ws: ExcelJS.Worksheet, n: number): ExcelJS.CellValue[] {
  return (ws.getRow(n).values as ExcelJS.CellValue[]).slice(1);
}

/** Data rows under the header, each as header → value. */
export function records(ws: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const headers = rowValues(ws, 1).map(String);
  const out: Record<string, ExcelJS.CellValue>[] = [];
  for (let n = 2; n <= ws.rowCount; n++) {
    const values = rowValues(ws, n);
    out.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  }
  return out;
}

export async function docxXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('no word/document.xml in the .docx');
  return file.async('string');
}

/** The text Word shows, paragraph by paragraph: the <w:t> runs joined within each <w:p>. */
export async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const xml = await docxXml(bytes);
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1] ?? '')).join(''))
    .filter((t) => t.length > 0);
}

/** A data dir holding db.json with these activities, as the bot would have written it. */
export async function dataDirWith(activities: Activity[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-export-'));
  await writeFile(join(dir, 'db.json'), JSON.stringify({ ...emptyDb(), version: 2, activities, audit: [] }));
  return dir;
}
