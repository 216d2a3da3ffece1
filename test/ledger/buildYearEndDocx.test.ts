// The Word draft unzipped: title, notes, the draft paragraphs, and a table of records per figure, checked against the records.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodOf } from '../../src/domain/period.js';
import { buildYearEndAccount, type YearEndAccount } from '../../src/domain/ledger/yearEndAccount.js';
import { buildYearEndDocx } from '../../src/ledger/buildYearEndDocx.js';
import { demoActivities, demoConfig, YEAR_END_NOW } from './demoLedger.js';
import { docxParagraphs, docxXml } from './exportTestKit.js';

const activities = demoActivities();
let account: YearEndAccount;
let paragraphs: string[];
let xml: string;

beforeAll(async () => {
  account = buildYearEndAccount({
    directory: demoConfig.directory,
    activities,
    period: periodOf('year', '2026-01-01'),
    now: YEAR_END_NOW,
    viewer: { kind: 'operator' },
    subject: { kind: 'organization' },
  });
  const bytes = await buildYearEndDocx(account);
  expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as every .docx is
  xml = await docxXml(bytes);
  paragraphs = await docxParagraphs(bytes);
});

describe('the year-end .docx', () => {
  it('opens with the title and the notes, then the draft word for word', () => {
    expect(paragraphs[0]).toBe('某市残疾人联合会2026年党风廉政建设工作总结（草稿）');
    expect(paragraphs.slice(1, 1 + account.notes.length)).toEqual(account.notes);
    for (const p of account.paragraphs) expect(paragraphs).toContain(p);
    expect(paragraphs.join('')).toContain('领导班子专题研究部署党风廉政建设和反腐败工作3次〔1〕');
  });

  it('sets the draft in 仿宋 with a two-character first-line indent, as official documents are', () => {
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toMatch(/<w:ind w:firstLine="640"\/>/);
  });

  it('lists the records behind each figure in a table: one header row plus one row per record', () => {
    expect(paragraphs).toContain('附：数字来源');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(account.figures.length);
    account.figures.forEach((f, i) => {
      const rows = tables[i]!.match(/<w:tr[ >]/g) ?? [];
      expect(rows).toHaveLength(f.rows.length + 1);
      for (const r of f.rows) expect(tables[i]).toContain(`>${r.id}<`);
    });
    const heading = paragraphs.find((p) => p.startsWith('〔4〕'))!;
    expect(heading).toBe('〔4〕签订《党风廉政建设责任书》：12份，依据12条记录');
  });

  it('marks the late record and leaves out the withdrawn one and the talk notes', () => {
    const all = paragraphs.join('\n');
    expect(all).toContain('补录');
    const deleted = activities.find((a) => a.deletedAt)!;
    expect(all).not.toContain(deleted.title!);
    expect(xml).not.toContain(`>${deleted.id}<`);
    expect(all).not.toContain('廉政风险');
  });
});
