import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
const seen = new Set(); const pk = new Map();
function walk(f, from) {
  if (seen.has(f)) return; seen.add(f);
  const src = readFileSync(f, 'utf8');
  for (const m of src.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gms)) {
    const s = m[1] ?? m[2];
    if (s.startsWith('.')) walk(resolve(dirname(f), s), f);
    else if (!s.startsWith('node:')) { const k = s; if (!pk.has(k)) pk.set(k, []); pk.get(k).push(f.replace(process.cwd()+'/dist/','')); }
  }
}
walk(resolve('dist/main.js'));
console.log(seen.size, 'modules');
for (const [k, v] of pk) console.log(k, '<-', v.slice(0,4).join(', '), v.length > 4 ? `(+${v.length-4})` : '');
