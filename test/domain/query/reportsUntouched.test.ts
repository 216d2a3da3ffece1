// The question readers that run before the report reading (how-to, requirement, meaning, the broadcast question) take
// none of the report corpus's messages: every labelled report (762 rows and more) stays the report reading's.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { termMeaning } from '../../../src/domain/query/canAnswer.js';
import { howToAsked } from '../../../src/domain/query/howTo.js';
import { reminderAsked } from '../../../src/domain/query/reminderAsked.js';
import { requirementAsked } from '../../../src/domain/query/requirementAsked.js';
import { LIST_ROWS } from '../report/corpusLists.js';
import { NEWCOMER_ROWS } from '../report/corpusNewcomer.js';
import { NEWS_STYLE_ROWS } from '../report/corpusNewsStyle.js';
import { PLAIN_ROWS } from '../report/corpusPlain.js';
import { UNSEEN_ROWS } from '../report/corpusUnseen.js';
import { UNSEEN_MORE_ROWS } from '../report/corpusUnseenMore.js';
import { UNSEEN_THIRD_ROWS } from '../report/corpusUnseenThird.js';
import { TWENTY_FIVE_S_ROWS } from '../report/corpusTwentyFiveS.js';

const { duties } = loadConfig('config');
const ROWS = [...PLAIN_ROWS, ...NEWS_STYLE_ROWS, ...LIST_ROWS, ...NEWCOMER_ROWS, ...UNSEEN_ROWS, ...UNSEEN_MORE_ROWS, ...UNSEEN_THIRD_ROWS, ...TWENTY_FIVE_S_ROWS];

describe('reports are never taken for a question read before them', () => {
  const reports = ROWS.filter(([, , expected]) => expected !== '-');

  it('the corpus holds hundreds of reports', () => {
    expect(reports.length).toBeGreaterThan(500);
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
