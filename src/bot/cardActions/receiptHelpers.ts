// Shared by the receipt's buttons: the records one receipt shows, and why a change was refused.
import type { Activity } from '../../domain/activity.js';
import type { ChangeRefusal } from '../../store/activityLog.js';
import type { BotDeps } from '../botDeps.js';

/** The records created by the same report, so a redrawn receipt shows all of them. */
export function siblingsOf(deps: BotDeps, a: Activity): Activity[] {
  if (!a.sourceEventId) return [a];
  return deps.store.read((db) => db.activities.filter((x) => x.sourceEventId === a.sourceEventId));
}

export function refusalText(reason: ChangeRefusal): string {
  switch (reason) {
    case 'not_found':
      return '找不到这条记录。';
    case 'not_yours':
      return '只能修改或撤销自己上报的记录。';
    case 'deleted':
      return '这条记录已经撤销了。';
  }
}
