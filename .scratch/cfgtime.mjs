const R = process.cwd();
let t = performance.now();
const { loadConfig } = await import(R + '/dist/config/loadConfig.js');
console.log('import', Math.round(performance.now() - t)); t = performance.now();
const c = loadConfig(process.argv[2]);
console.log('loadConfig', Math.round(performance.now() - t)); t = performance.now();
c.directory.asOf('2026-11-30');
console.log('asOf', Math.round(performance.now() - t));
