// t51b F8: a reason to confirm said of one record (您是参加者…暂记在您名下) leaves the card with that record; the message's own
// reasons (long, items…) and those still true of a record left stay.
import { describe, expect, it } from 'vitest';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { ownItemReasons, reasonsAfterDrop } from '../../../src/domain/report/reasonsAfterDrop.js';

const item = (reasons?: PendingItem['reasons']): PendingItem => ({ draft: { counterpartIds: [], late: false }, problems: [], ...(reasons ? { reasons } : {}) });

describe('reasonsAfterDrop (t51b F8)', () => {
  const talk = item();
  const attended = item(['took_part']);

  it('a record’s own reason goes with it', () => {
    expect(reasonsAfterDrop(['took_part', 'items'], [talk, attended], [talk])).toEqual(['items']);
  });

  it('kept while a record left still gives it', () => {
    const other = item(['took_part']);
    expect(reasonsAfterDrop(['took_part', 'items'], [talk, attended, other], [talk, other])).toEqual(['took_part', 'items']);
  });

  it('kept when another record was taken off', () => {
    expect(reasonsAfterDrop(['took_part', 'items'], [talk, attended], [attended])).toEqual(['took_part', 'items']);
  });

  it('records read before items carried their reasons keep the card as it was', () => {
    expect(reasonsAfterDrop(['took_part'], [item(), item()], [item()])).toEqual(['took_part']);
  });

  it('only the reasons of one record are kept on it', () => {
    expect(ownItemReasons(['took_part', 'items', 'long'])).toEqual({ reasons: ['took_part'] });
    expect(ownItemReasons(['items'])).toEqual({});
    expect(ownItemReasons(undefined)).toEqual({});
  });
});
