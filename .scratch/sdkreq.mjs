import { createRequire } from 'node:module';
const f = (x) => (x / 1048576).toFixed(1);
const show = (l) => { globalThis.gc(); const m = process.memoryUsage(); console.log(l, 'rss', f(m.rss), 'heapUsed', f(m.heapUsed), 'heapTotal', f(m.heapTotal)); };
show('start');
const t = performance.now();
const lark = createRequire(import.meta.url)('@larksuiteoapi/node-sdk');
show('require ' + Math.round(performance.now() - t) + 'ms');
const c = new lark.Client({ appId: 'cli_x', appSecret: 'y', domain: 'http://127.0.0.1:1', loggerLevel: 0 });
show('client');
