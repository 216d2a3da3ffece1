import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
const target = process.argv[2]; const parent = new Map();
const q = [resolve('dist/main.js')]; parent.set(q[0], null);
const hits = [];
while (q.length) { const f = q.shift(); const src = readFileSync(f, 'utf8');
  for (const m of src.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gms)) { const s = m[1] ?? m[2];
    if (s.startsWith('.')) { const r = resolve(dirname(f), s); if (!parent.has(r)) { parent.set(r, f); q.push(r); } }
    else if (s === target) hits.push(f); } }
for (const h of hits.slice(0,3)) { const c = []; let x = h; while (x) { c.push(x.replace(process.cwd() + '/dist/', '')); x = parent.get(x); } console.log(c.join(' <- ')); }
