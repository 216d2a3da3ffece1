// The CPU one reply costs the sending thread inside the Lark SDK, by HTTP layer (axios as the SDK ships it, or node's own
// http for plain JSON calls): a child process answers as Feishu does on 127.0.0.1, this thread's CPU from /proc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { HttpInstance } from '@larksuiteoapi/node-sdk';
import { createFeishuHttp } from '../src/feishu/createFeishuHttp.js';
import { createNativeHttp } from '../src/feishu/createNativeHttp.js';
import { createTokenCache } from '../src/feishu/createTokenCache.js';
import { lark } from '../src/feishu/larkSdk.js';

const SERVER = `
const http = require('node:http');
const token = JSON.stringify({ code: 0, msg: 'ok', tenant_access_token: 't-bench', expire: 7200 });
let n = 0;
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = req.url.includes('/auth/') ? token : JSON.stringify({ code: 0, msg: 'success', data: { message_id: 'om_' + (n++), chat_id: 'oc_1', msg_type: 'text', create_time: String(Date.now()) } });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(0, '127.0.0.1', function () { process.stdout.write(String(this.address().port) + '\\n'); });
`;

/** This thread's user + system CPU in ms (/proc/thread-self/stat, clock ticks of 10 ms). */
function threadCpuMs(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

function clientOver(domain: string, base: HttpInstance | undefined) {
  return new lark.Client({
    appId: 'cli_bench',
    appSecret: 'secret',
    domain,
    cache: createTokenCache(),
    httpInstance: createFeishuHttp({ timeoutMs: 10_000, ...(base ? { base } : {}) }),
    loggerLevel: lark.LoggerLevel.error,
  });
}

/**
 * `rounds` times, each layer in turn: `sends` replies one after another (a short text, as a 帮助's answer is sent), after
 * `warmup` of its own; the thread's CPU ms per reply.
 */
export async function sendPathBench(opts: { rounds: number; sends: number; warmup: number }): Promise<unknown> {
  const server = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((res, rej) => {
      server.stdout!.once('data', (d: Buffer) => res(Number(String(d).trim())));
      server.once('error', rej);
    });
    const domain = `http://127.0.0.1:${port}`;
    const axiosBase = lark.defaultHttpInstance as unknown as HttpInstance;
    const layers: Record<string, ReturnType<typeof clientOver>> = {
      axios: clientOver(domain, axiosBase),
      native: clientOver(domain, createNativeHttp(axiosBase)),
    };
    const content = JSON.stringify({ text: '可以这样说：\n「今天和办公室李明主任进行了廉政谈话」\n「本季度完成情况」「我的任务」「帮助」' });
    const reply = (sdk: ReturnType<typeof clientOver>, i: number) =>
      sdk.im.v1.message.reply({ path: { message_id: `om_in_${i}` }, data: { msg_type: 'text', content, uuid: `u-${i}` } });
    const rows: Record<string, unknown>[] = [];
    for (const [name, sdk] of Object.entries(layers)) for (let i = 0; i < opts.warmup; i++) await reply(sdk, i);
    for (let round = 0; round < opts.rounds; round++) {
      const row: Record<string, unknown> = { round, loadAverage: Math.round(loadavg()[0]! * 100) / 100 };
      const order = round % 2 === 0 ? Object.keys(layers) : Object.keys(layers).reverse();
      for (const name of order) {
        const sdk = layers[name]!;
        const before = threadCpuMs();
        const t0 = performance.now();
        for (let i = 0; i < opts.sends; i++) {
          const res = await reply(sdk, i);
          if (!res?.data?.message_id) throw new Error(`${name}: no message_id`);
        }
        row[name] = { cpuMsPerSend: Math.round(((threadCpuMs() - before) / opts.sends) * 1000) / 1000, wallMsPerSend: Math.round(((performance.now() - t0) / opts.sends) * 1000) / 1000 };
      }
      console.error(JSON.stringify(row));
      rows.push(row);
    }
    return { sends: opts.sends, rows };
  } finally {
    server.kill();
  }
}
