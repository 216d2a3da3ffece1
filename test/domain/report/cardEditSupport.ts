// Shared by round 62's card-edit reader tests (gbc): the demo directory's reading of names and groups, and card items.
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { parseCounterparts } from '../../../src/domain/report/parseCounterparts.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');

/** The directory's readers as the bot gives them to a card edit, for the member `senderId`. */
export function editContext(senderId: string) {
  const found = (w: string) => parseCounterparts(w, { now: NOW, directory, senderId, mentions: [] });
  return {
    today: '2026-11-30',
    senderId,
    personId: (w: string) => {
      const f = found(w);
      return f.counterparts.length === 1 && f.problems.length === 0 ? f.counterparts[0]!.id : undefined;
    },
    personName: (id: string) => directory.person(id)?.name ?? id,
    peopleIn: (w: string) => {
      const f = found(w);
      return f.problems.length === 0 && f.counterparts.length > 0 ? f.counterparts.map((c) => c.id) : undefined;
    },
    departmentOf: (id: string) => directory.person(id)?.departmentId,
  };
}

/** A talk record on the card: `who` talked to, on `date`, by `actorId` (the member when absent), from entry `entry`. */
export function talk(who: string, date: string, actorId?: string, entry?: number): PendingItem {
  return {
    draft: { type: 'talk_integrity', date, counterpartIds: [who], late: false, ...(actorId ? { actorId } : {}) },
    problems: [],
    ...(entry !== undefined ? { entry } : {}),
  };
}
