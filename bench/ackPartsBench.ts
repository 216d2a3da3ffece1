// The acknowledging thread's pure CPU per delivery before the journal (verify: envelope, signature, decryption, depth,
// token; then checkEvent and the de-duplication key), for this checkout and BENCH_ROOT's src/ loaded side by side in one
// process and timed in alternated rounds: the parts a change there touches, without the journal's I/O and the inbox,
// whose noise under load (±20 % per delivery in ackPathBench) hides a microsecond. Thread CPU from /proc schedstat (ns).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_APP } from '../src/emulator/demoApp.js';
import { p2pChatIdFor } from '../src/emulator/feishuIds.js';
import { signedDelivery } from './signedDelivery.js';

const TEXTS = ['昨天和王伟进行了廉政谈话', '本季度完成情况', '帮助', '我的任务', '今天组织支部学习廉政教育材料，参加人员：李娜、张敏、刘静，共3人'];

/** This thread's CPU time so far, ns (the scheduler's own count, not 10 ms ticks). */
function threadCpuNs(): number {
  return Number(readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
}

function deliveries(count: number): Array<{ body: string; headers: Record<string, string> }> {
  return Array.from({ length: count }, (_, i) => {
    const sender = `ou_bench_${i % 200}`;
    const event = {
      schema: '2.0',
      header: { event_id: `parts-${i}`, event_type: 'im.message.receive_v1', create_time: String(Date.now()), token: DEMO_APP.verificationToken, app_id: DEMO_APP.appId, tenant_key: 'bench' },
      event: {
        sender: { sender_id: { open_id: sender }, sender_type: 'user', tenant_key: 'bench' },
        message: { message_id: `om_parts_${i}`, chat_id: p2pChatIdFor(sender), chat_type: 'p2p', message_type: 'text', content: JSON.stringify({ text: TEXTS[i % TEXTS.length] }), create_time: String(Date.now()) },
      },
    };
    return signedDelivery(event, `np${i}`);
  });
}

interface Side {
  root: string;
  pass: (ds: Array<{ body: string; headers: Record<string, string> }>) => number;
  usPerDelivery: number[];
}

async function side(root: string): Promise<Side> {
  const src = (file: string) => pathToFileURL(join(root, 'src', file)).href;
  const { verifyDelivery } = (await import(src('transport/verifyDelivery.ts'))) as typeof import('../src/transport/verifyDelivery.js');
  const { checkEvent } = (await import(src('transport/parseEvent.ts'))) as typeof import('../src/transport/parseEvent.js');
  const { messageDedupKey } = (await import(src('transport/messageDedupKey.ts'))) as typeof import('../src/transport/messageDedupKey.js');
  const secrets = { verificationToken: DEMO_APP.verificationToken, encryptKey: DEMO_APP.encryptKey };
  return {
    root,
    usPerDelivery: [],
    pass(ds) {
      const now = new Date();
      let n = 0;
      for (const d of ds) {
        const v = verifyDelivery({ rawBody: d.body, header: (name) => d.headers[name], secrets, now });
        if (!v.ok || v.kind !== 'event') throw new Error(`${root}: not verified`);
        const c = checkEvent(v.payload);
        if (!c.ok || 'ignored' in c) throw new Error(`${root}: not checked`);
        n += (messageDedupKey(v.payload) ?? c.eventId).length + v.json.length;
      }
      return n;
    },
  };
}

export async function ackPartsBench(opts: { roots: string[]; rounds: number; passes: number; count: number }): Promise<Record<string, unknown>> {
  const sides = [];
  for (const root of opts.roots) sides.push(await side(root));
  const ds = deliveries(opts.count);
  // Warm-up: each side's code compiled before any round is timed.
  for (const s of sides) for (let i = 0; i < 3; i++) s.pass(ds);
  let check = -1;
  for (let round = 0; round < opts.rounds; round++) {
    // Alternated, the order flipped every round.
    for (const s of round % 2 === 0 ? sides : [...sides].reverse()) {
      const before = threadCpuNs();
      for (let p = 0; p < opts.passes; p++) {
        const n = s.pass(ds);
        if (check === -1) check = n;
        else if (n !== check) throw new Error(`${s.root}: a different verdict (${n} vs ${check})`);
      }
      s.usPerDelivery.push(Math.round((threadCpuNs() - before) / (opts.passes * ds.length)) / 1000);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    deliveries: ds.length,
    passes: opts.passes,
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
    sides: sides.map((s) => ({ root: s.root, medianUsPerDelivery: median(s.usPerDelivery), usPerDelivery: s.usPerDelivery })),
  };
}
