// Round 47 (fsb; t49b F4): a corpus row's single `@部门` asserts the record's first department only, so a 分管科室会议 put at
// 教育就业部、维权部 still passed a row of 教育就业部 alone. For this round's rows a single department is the whole list.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { FORTY_SEVEN_B_ROWS } from './corpusFortySevenB.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');

/** Each record's department spec of a row (`@X`, `@X、Y`, `@-`), or undefined when the row leaves it unchecked. */
const placesSaid = (spec: string) => spec.replace(/^!/, '').split(' | ').map((r) => / @(\S+)/.exec(r)?.[1]);

describe('round 47 fsb rows: a single department is the record\'s only one', () => {
  it.each(FORTY_SEVEN_B_ROWS.filter((r) => placesSaid(r[2]).some((p) => p !== undefined && p !== '-' && !p.includes('、'))))('%s：%s', (from, text, spec) => {
    const sender = directory.org.people.find((p) => p.name === from)!;
    const got = parseReport(text, { now: NOW, directory, senderId: sender.id, mentions: [] })!;
    placesSaid(spec).forEach((p, i) => {
      if (p === undefined || p === '-' || p.includes('、')) return;
      expect((got[i]!.draft.departmentIds ?? []).length).toBeLessThanOrEqual(1);
    });
  });
});
