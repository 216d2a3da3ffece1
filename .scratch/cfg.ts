import { cpSync } from 'node:fs';
import { makeLargeDataset } from '../bench/largeDataset.js';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
const d = makeLargeDataset({ people: 1000, departments: 20, activities: 10, years: 5, seed: 7 });
const dir = await writeConfigDir(d.directory.org);
cpSync(dir, '/tmp/d14-largecfg', { recursive: true });
console.log(dir);
