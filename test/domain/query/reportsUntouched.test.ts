// The question readers that run before the report reading (how-to, requirement, meaning, the broadcast question) take
// none of the report corpus's messages: every labelled report (all of the corpus files) stays the report reading's.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { termMeaning } from '../../../src/domain/query/canAnswer.js';
import { howToAsked } from '../../../src/domain/query/howTo.js';
import { reminderAsked } from '../../../src/domain/query/reminderAsked.js';
import { requirementAsked } from '../../../src/domain/query/requirementAsked.js';
import { CORPUS_SECTIONS } from '../report/corpusSections.js';

const { duties } = loadConfig('config');
// Every labelled message of the report corpus (round 46, t49a F1 / t49b F1: 「上周五…开了廉政专题会，陈志强副理事长参加并提了
// 廉政要求」 was answered with the duty list; only eight of the corpus files were checked here).
const ROWS = CORPUS_SECTIONS.flatMap(([, rows]) => rows);

describe('reports are never taken for a question read before them', () => {
  const reports = ROWS.filter(([, , expected]) => expected !== '-');

  it('the corpus holds thousands of reports', () => {
    expect(reports.length).toBeGreaterThan(10_000);
  });

  it('none is a how-to, requirement, meaning or broadcast question', () => {
    const taken = reports
      .map(([who, text]) => ({
        who,
        text,
        by: [
          howToAsked(text) && 'how-to',
          requirementAsked(text, duties) && 'requirement',
          termMeaning(text) && 'meaning',
          reminderAsked(text) && 'reminder',
        ].filter(Boolean),
      }))
      .filter((r) => r.by.length > 0)
      .map((r) => `${r.who}「${r.text}」 → ${r.by.join(',')}`);
    expect(taken).toEqual([]);
  });
});
