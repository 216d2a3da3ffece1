// Who sees what after a change of 分管 or head: each duty period is seen by whoever answered for it then (n4's findings).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../../../src/config/loadConfig.js';
import { computeCompletion } from '../../../src/domain/completion/computeCompletion.js';
import { restrictLines } from '../../../src/domain/completion/visibility.js';
import { activityFilter } from '../../../src/domain/ledger/visibility.js';
import type { CompletionLine, Scope } from '../../../src/domain/completion/types.js';
import type { Directory } from '../../../src/domain/organization.js';
import { periodOf } from '../../../src/domain/period.js';
import { act, at } from '../../support/completionFixtures.js';
import { useConfigCopy } from '../../support/configCopy.js';

const copy = useConfigCopy('qingfeng-datedview-');
const edit = copy.edit;

/** n4's organisation: 办公室's 分管 moved to 刘芳 on 1 July, 孙丽 left 财务科 at November's end, 王强 heads it since. */
async function changed(): Promise<AppConfig> {
  await edit(/head: liming, +supervisor: wangjianguo/, 'head: liming, supervisor: [{ id: wangjianguo, until: 2026-06-30 }, { id: liufang, from: 2026-07-01 }]');
  await edit(/head: sunli, +supervisor: wangjianguo/, 'head: [{ id: sunli, until: 2026-11-30 }, { id: wangqiang, from: 2026-12-01 }], supervisor: wangjianguo');
  await edit(/open_id: ou_8830b34d8057803add8c9f3436c42c2b \}/, 'open_id: ou_8830b34d8057803add8c9f3436c42c2b, until: 2026-11-30 }');
  return loadConfig(copy.dir);
}

const NOW = at('2026-12-02 10:00');
const TODAY = '2026-12-02';
const YEAR = periodOf('year', '2026-06-01');
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'];
/** 信息报送 every month until November by both heads; none yet in December. */
const RECORDS = [
  ...MONTHS.map((m) => act({ id: `li${m}`, type: 'report_info', date: `2026-${m}-15`, actorId: 'liming' })),
  ...MONTHS.map((m) => act({ id: `sun${m}`, type: 'report_info', date: `2026-${m}-15`, actorId: 'sunli' })),
];

function lines(directory: Directory, config: AppConfig, scope?: Scope): CompletionLine[] {
  return computeCompletion({ directory, duties: config.duties, activities: RECORDS, view: YEAR, now: NOW, ...(scope ? { scope } : {}) }).lines.filter(
    (l) => l.dutyId === 'info-report',
  );
}

/** required | done per responsible, as the card's rows read. */
function figures(ls: readonly CompletionLine[]): Record<string, string> {
  return Object.fromEntries(ls.map((l) => [l.responsibleId, `${l.required} | ${l.done}`]));
}

describe('a change of 分管 or head keeps each period with whoever answered for it', () => {
  it('the leader who supervised 财务科 all year still sees 孙丽\'s eleven months, and 办公室 until June', async () => {
    const config = await changed();
    const today = config.directory.asOf(TODAY);
    const seen = restrictLines(today, 'wangjianguo', lines(today, config));
    expect(figures(seen)).toEqual({ liming: '6 | 6', sunli: '11 | 11', wangqiang: '1 | 0' });
    expect(seen.find((l) => l.responsibleId === 'liming')?.period).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
  });

  it('the new 分管领导 sees 办公室 from July only', async () => {
    const config = await changed();
    const today = config.directory.asOf(TODAY);
    const seen = restrictLines(today, 'liufang', lines(today, config));
    expect(figures(seen).liming).toBe('6 | 5');
  });

  it('the new head sees the department\'s year as the secretary does', async () => {
    const config = await changed();
    const today = config.directory.asOf(TODAY);
    const secretary = restrictLines(today, 'zhangwei', lines(today, config, { kind: 'department', departmentId: 'finance' }));
    expect(figures(secretary)).toEqual({ sunli: '11 | 11', wangqiang: '1 | 0' });
    expect(figures(restrictLines(today, 'wangqiang', lines(today, config)))).toEqual(figures(secretary));
    expect(figures(restrictLines(today, 'wangjianguo', lines(today, config, { kind: 'department', departmentId: 'finance' })))).toEqual(figures(secretary));
  });

  it('an undated organisation sees as before', () => {
    const config = loadConfig('config');
    expect(figures(restrictLines(config.directory, 'wangjianguo', lines(config.directory, config)))).toEqual({ liming: '12 | 11', sunli: '12 | 11' });
  });
});

describe('the 台账 export follows the record\'s date', () => {
  it('gives 办公室\'s records to the leader who supervised it on their date', async () => {
    const config = await changed();
    const today = config.directory.asOf(TODAY);
    const ids = (viewer: string) => RECORDS.filter(activityFilter(today, { kind: 'person', personId: viewer })).map((a) => a.id);
    expect(ids('liufang')).toEqual(['li07', 'li08', 'li09', 'li10', 'li11']);
    expect(ids('wangjianguo')).toEqual(['li01', 'li02', 'li03', 'li04', 'li05', 'li06', ...MONTHS.map((m) => `sun${m}`)]);
    expect(ids('wangqiang')).toEqual(MONTHS.map((m) => `sun${m}`));
  });
});
