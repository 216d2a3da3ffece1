import { writeFileSync } from 'node:fs';
import { makeLargeDataset } from '../bench/largeDataset.js';
const n = Number(process.argv[2]);
const d = makeLargeDataset({ people: 1000, departments: 20, activities: n, years: 5, seed: 7 });
const acts = d.activities;
writeFileSync(process.argv[3]!, JSON.stringify({ version: 2, activities: acts, audit: acts.map((a) => ({ at: a.createdAt, by: a.reporter, action: 'create', activityId: a.id, after: a })), dialogs: [], outbox: [], settings: { remindersPaused: true } }));
