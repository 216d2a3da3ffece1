// The 「…已于X完成，但晚于时限」 note: which records after a duty's window it names, read through the index's byActor.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/domain/activity.js';
import type { Duty } from '../../../src/domain/duty.js';
import { indexActivities, linearScanIndex } from '../../../src/domain/completion/activityIndex.js';
import { doneAfterWindow } from '../../../src/domain/completion/doneAfterWindow.js';
import type { CompletionLine } from '../../../src/domain/completion/types.js';

const duty = { id: 'pledge', name: '签订党风廉政建设责任书', types: ['pledge_sign'], window: { from: '01-01', to: '03-31' } } as unknown as Duty;

const line = {
  dutyId: 'pledge',
  dutyName: '签订党风廉政建设责任书',
  responsibleId: 'L1',
  period: { cadence: 'year', start: '2026-01-01', end: '2026-12-31', label: '2026年' },
  window: { cadence: 'year', start: '2026-01-01', end: '2026-03-31', label: '2026年' },
  status: 'overdue',
  missing: [
    { kind: 'person', id: 'H1', name: '周涛' },
    { kind: 'person', id: 'H2', name: '吴静' },
  ],
  parts: [],
} as unknown as CompletionLine;

let n = 0;
const signing = (date: string, actorId: string, counterpartIds: string[], extra: Partial<Activity> = {}): Activity => ({
  id: `a${(n += 1)}`,
  type: 'pledge_sign',
  date,
  reporter: `ou_${actorId}`,
  actorId,
  counterpartIds,
  late: false,
  createdAt: `${date}T02:00:00.000Z`,
  ...extra,
});

const YEAR = { start: '2026-01-01', end: '2026-12-31' };

describe('doneAfterWindow', () => {
  const cases: { name: string; records: Activity[]; view?: typeof YEAR; expected: string[] }[] = [
    {
      name: 'both signed after the window: one sentence, days in order',
      records: [signing('2026-11-20', 'L1', ['H2']), signing('2026-11-18', 'L1', ['H1'])],
      expected: ['签订党风廉政建设责任书：周涛已于11月18日完成，吴静已于11月20日完成，但晚于时限（1月1日至3月31日），按规定仍计为逾期；下一周期请在时限内完成。'],
    },
    {
      name: 'on the window’s last day is within it, not after; another doer’s and a withdrawn one do not count',
      records: [
        signing('2026-03-31', 'L1', ['H1']),
        signing('2026-11-20', 'L2', ['H1']),
        signing('2026-11-21', 'L1', ['H2'], { deletedAt: '2026-11-22T00:00:00.000Z', deletedBy: 'ou_L1' }),
      ],
      expected: [],
    },
    {
      name: 'a record after the view asked about is left out; the earliest of a unit’s records is named',
      records: [signing('2026-12-20', 'L1', ['H1']), signing('2026-10-09', 'L1', ['H2']), signing('2026-06-02', 'L1', ['H2'])],
      view: { start: '2026-01-01', end: '2026-11-30' },
      expected: ['签订党风廉政建设责任书：吴静已于6月2日完成，但晚于时限（1月1日至3月31日），按规定仍计为逾期；下一周期请在时限内完成。'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      // The bucketed index the bot uses and the linear scan answer alike.
      for (const index of [indexActivities(c.records), linearScanIndex(c.records)]) {
        expect(doneAfterWindow([line], [duty], index, c.view ?? YEAR)).toEqual(c.expected);
      }
    });
  }

  it('a line that is not overdue, or has no window, reads nothing', () => {
    const records = [signing('2026-11-20', 'L1', ['H1'])];
    const index = indexActivities(records);
    expect(doneAfterWindow([{ ...line, status: 'behind' } as CompletionLine], [duty], index, YEAR)).toEqual([]);
    expect(doneAfterWindow([{ ...line, window: undefined } as CompletionLine], [duty], index, YEAR)).toEqual([]);
  });
});
