// The README's year-end example is what the code produces from the demo records, so the documentation cannot drift.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { periodOf } from '../../src/domain/period.js';
import { buildYearEndAccount } from '../../src/domain/ledger/yearEndAccount.js';
import { renderYearEndText } from '../../src/domain/ledger/yearEndText.js';
import { demoActivities, demoConfig, YEAR_END_NOW } from './demoLedger.js';

it('the README shows the draft exactly as generated', () => {
  const account = buildYearEndAccount({
    directory: demoConfig.directory,
    activities: demoActivities(),
    period: periodOf('year', '2026-01-01'),
    now: YEAR_END_NOW,
    viewer: { kind: 'operator' },
    subject: { kind: 'organization' },
  });
  const generated = renderYearEndText(account).split('\n');
  const draft = generated.slice(0, generated.indexOf('数字来源（每个数字所依据的台账记录）：'));
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain(draft.join('\n'));
  // And the trace lines it quotes are real ones.
  const quoted = readme.split('\n').filter((l) => /^ {2}\d+\. 2026-/.test(l));
  expect(quoted.length).toBeGreaterThan(0);
  for (const line of quoted) expect(generated).toContain(line);
});
