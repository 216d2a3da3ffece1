// The records an export covers: in the period, not deleted, and within what the viewer may see.
import type { Activity } from '../activity.js';
import type { Directory } from '../organization.js';
import { inPeriod, type Period } from '../period.js';
import { activityFilter, type Viewer } from './visibility.js';

export interface LedgerSelection {
  directory: Directory;
  activities: readonly Activity[];
  period: Pick<Period, 'start' | 'end'>;
  viewer: Viewer;
  /** Only the viewer's own records (「导出我的台账」「我的述廉材料」). */
  mine?: boolean;
}

export function selectLedgerActivities(s: LedgerSelection): Activity[] {
  const visible = activityFilter(s.directory, s.viewer, s.mine);
  return s.activities.filter((a) => !a.deletedAt && inPeriod(s.period, a.date) && visible(a));
}
