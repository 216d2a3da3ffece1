// Who still went along on a record after a change (t48a F5): 同行 belong to a check and are never its doer.
import type { Activity } from './activity.js';
import { isCheckType } from './activityTypes.js';

/**
 * The record's companionIds as they hold after a change of its type or doer: none once it is no check, the new doer
 * left out (活动人改成林晓 makes her the one who led, no 同行 of her own check); undefined when none are left.
 */
export function keptCompanions(a: Pick<Activity, 'type' | 'actorId' | 'companionIds'>): string[] | undefined {
  if (!isCheckType(a.type) || !a.companionIds) return undefined;
  const ids = a.companionIds.filter((id) => id !== a.actorId);
  return ids.length > 0 ? ids : undefined;
}
