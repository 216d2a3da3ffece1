// `npm start -- --demo-data`: fills an EMPTY data directory with the demo year, through the same writes (and audit entries) a member's report makes.
import type { Directory } from '../domain/organization.js';
import { shanghaiDate } from '../domain/shanghai.js';
import { recordActivities, undoActivity } from '../store/activityLog.js';
import type { Store } from '../store/openStore.js';
import { demoYear } from './demoYear.js';

export type SeedResult = { seeded: true; records: number } | { seeded: false; reason: string };

/**
 * Seeds the demo year unless the store already holds any activity (withdrawn ones included): real data is never
 * mixed with demo data. Each record is written with its own report time, so audit and createdAt read naturally.
 */
export async function seedDemoData(store: Store, directory: Directory, now: Date): Promise<SeedResult> {
  const existing = store.read((db) => db.activities.length);
  if (existing > 0) return { seeded: false, reason: `${store.file} 已有 ${existing} 条记录，未载入演示数据` };
  const records = demoYear(directory, shanghaiDate(now));
  for (const r of records) {
    const [created] = await recordActivities(store, [r.activity], r.activity.reporter, new Date(r.reportedAt));
    if (r.withdrawnAt && created) await undoActivity(store, created.id, r.activity.reporter, new Date(r.withdrawnAt));
  }
  return { seeded: true, records: records.length };
}
