// Cost against ledger size: v2 data files of 0 to 200,000 records, per size the write cost of a report, acks and replies at 50 events/s, RSS and start time, beside a bare endpoint.
import { fork } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { Activity } from '../src/domain/activity.js';
import type { Organization } from '../src/domain/organization.js';
import { DEMO_APP } from '../src/emulator/demoApp.js';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import { startChild } from './child.js';
import { makeLargeDataset } from './largeDataset.js';
import { buildProduction, startProductionBot } from './productionBot.js';
import { signedDelivery } from './signedDelivery.js';

const MiB = 2 ** 20;
const RATE = 50;

/** VmRSS and VmHWM (peak) of a process, from /proc, in MiB: no help needed from the process itself. */
async function memoryOf(pid: number): Promise<{ rssMiB: number; peakMiB: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMiB: Math.round(kb('VmRSS') / 1024), peakMiB: Math.round(kb('VmHWM') / 1024) };
}

const pct = (samples: number[], q: number) => {
  if (samples.length === 0) return null;
  const s = [...samples].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]!);
};

/** Real-looking distinct names (the report parser reads names, not 党员17). */
function renamed(org: Organization): Organization {
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
  const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏宇浩凯健俊帆帅旭宁波斌峰亮林海鑫晨欣悦婷雪琳颖倩璐瑶怡';
  const names = new Set<string>();
  const people = org.people.map((p, i) => {
    let k = i;
    let name = '';
    do {
      name = `${surnames[k % surnames.length]}${given[Math.floor(k / surnames.length) % given.length]}${given[(Math.floor(k / 7) + k) % given.length]}`;
      k += 9973;
    } while (names.has(name));
    names.add(name);
    return { ...p, name };
  });
  return { ...org, people };
}

interface Texts {
  sender: string;
  text: string;
}

/** What traffic(i) sends, by i % 6. */
const KINDS = ['talk report', '本季度完成情况 (secretary, whole unit)', '帮助', 'talk report (leader)', '我的任务', 'training report'];

/** The traffic of a busy moment: talks and trainings reported, completion asked, 帮助 and 我的任务. */
function traffic(org: Organization): (i: number) => Texts {
  const byId = new Map(org.people.map((p) => [p.id, p]));
  const heads = org.departments.map((d) => ({ head: byId.get(d.headId!)!, supervisor: byId.get(d.supervisorId!)! }));
  const members = org.people.filter((p) => p.roles.length === 1);
  const leaders = org.people.filter((p) => p.roles.includes('leader'));
  const secretary = org.people.find((p) => p.roles.includes('secretary'))!;
  return (i) => {
    const h = heads[i % heads.length]!;
    switch (i % 6) {
      case 0:
        return { sender: h.head.openId!, text: `今天和${h.supervisor.name}进行了廉政谈话` };
      case 1:
        return { sender: secretary.openId!, text: '本季度完成情况' };
      case 2:
        return { sender: members[i % members.length]!.openId!, text: '帮助' };
      case 3:
        return { sender: h.supervisor.openId!, text: `昨天和${h.head.name}进行了廉政谈话` };
      case 4:
        return { sender: leaders[i % leaders.length]!.openId!, text: '我的任务' };
      default:
        return { sender: h.head.openId!, text: '昨天组织观看警示教育片《贪毁人生》，参加23人' };
    }
  };
}

function delivery(tag: string, i: number, t: Texts): { body: string; headers: Record<string, string> } {
  const event = {
    schema: '2.0',
    header: { event_id: `${tag}-${i}`, event_type: 'im.message.receive_v1', create_time: String(Date.now()), token: DEMO_APP.verificationToken, app_id: DEMO_APP.appId, tenant_key: 'bench' },
    event: {
      sender: { sender_id: { open_id: t.sender }, sender_type: 'user', tenant_key: 'bench' },
      message: {
        message_id: `om_${tag}_${i}`,
        chat_id: `oc_p2p_${t.sender}`,
        chat_type: 'p2p',
        message_type: 'text',
        content: JSON.stringify({ text: t.text }),
        create_time: String(Date.now()),
      },
    },
  };
  return signedDelivery(event, `n${tag}${i}`);
}

/** Paced at RATE per second; returns ack percentiles and when each message was posted. */
async function paced(url: string, seconds: number, tag: string, texts: (i: number) => Texts): Promise<{ p50: number; p99: number; requests: number; non2xx: number; postedAt: Map<string, number> }> {
  const postedAt = new Map<string, number>();
  let next = 0;
  const result = await autocannon({
    url: `${url}/feishu/events`,
    method: 'POST',
    connections: 10,
    duration: seconds,
    overallRate: RATE,
    requests: [
      {
        setupRequest: (req) => {
          const i = next++;
          const d = delivery(tag, i, texts(i));
          postedAt.set(`om_${tag}_${i}`, Date.now());
          return { ...req, method: 'POST', body: d.body, headers: d.headers };
        },
      },
    ],
  });
  return { p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, non2xx: result.non2xx, postedAt };
}

/** Seeds DATA_DIR with a version 2 db.json as the previous release wrote it: activities, and a create audit entry for each. */
async function seed(dir: string, activities: Activity[]): Promise<void> {
  const audit = activities.map((a) => ({ at: a.createdAt, by: a.reporter, action: 'create', activityId: a.id, after: a }));
  await writeFile(join(dir, 'db.json'), JSON.stringify({ version: 2, activities, audit, dialogs: [], outbox: [], settings: { remindersPaused: true } }));
}

export async function scaleBench(opts: { seconds: number; sizes: number[]; root?: string; drainSeconds?: number }): Promise<Record<string, unknown>> {
  const root = resolve(opts.root ?? process.cwd());
  const here = process.cwd();
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-scale-'));
  const data = makeLargeDataset({ people: 1000, departments: 20, activities: Math.max(...opts.sizes), years: 5, seed: 7 });
  const org = renamed(data.directory.org);
  const configDir = await writeConfigDir(org);
  const texts = traffic(org);
  const out: Record<string, unknown> = { root, seconds: opts.seconds, ratePerSecond: RATE };
  const emulator = await startChild(join(here, 'bench/emulatorProcess.ts'), { CONFIG_DIR: configDir }, { cwd: here });
  // The build under test as `npm start` runs it (node dist/main.js, not tsx): start time and RSS are production's.
  buildProduction(root);
  const productionEnv = {
    CONFIG_DIR: configDir,
    FEISHU_APP_ID: DEMO_APP.appId,
    FEISHU_APP_SECRET: DEMO_APP.appSecret,
    FEISHU_VERIFICATION_TOKEN: DEMO_APP.verificationToken,
    FEISHU_ENCRYPT_KEY: DEMO_APP.encryptKey,
    FEISHU_DOMAIN: emulator.url,
  };
  try {
    const bare = await startChild(join(here, 'bench/bareProcess.ts'), {}, { cwd: here });
    const floor = await paced(bare.url, opts.seconds, 'bare', texts);
    await bare.stop();
    out.bare = { ackP50: floor.p50, ackP99: floor.p99, requests: floor.requests };
    for (const size of opts.sizes) {
      const seeded = join(work, `seed-${size}`);
      await mkdir(seeded, { recursive: true });
      await seed(seeded, data.activities.slice(0, size));

      // Write cost: the store of the build under test, on its own copy of the data.
      const writeDir = join(work, `write-${size}`);
      await cp(seeded, writeDir, { recursive: true });
      const writer = await new Promise<Record<string, number>>((res, rej) => {
        const p = fork(join(here, 'bench/scaleWriteProcess.ts'), [], {
          cwd: root,
          execArgv: ['--import', 'tsx'],
          env: { ...process.env, BENCH_ROOT: root, DATA_DIR: writeDir },
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        });
        p.once('message', (m) => res(m as Record<string, number>));
        p.once('exit', (code) => code !== 0 && rej(new Error(`write child exited with ${code}`)));
      });
      await rm(writeDir, { recursive: true, force: true });

      // The bot, as production runs it, on the seeded data.
      const botDir = join(work, `bot-${size}`);
      await cp(seeded, botDir, { recursive: true });
      const botEnv = { ...productionEnv, DATA_DIR: botDir };
      const bot = await startProductionBot(root, botEnv);
      const health = await fetch(`${bot.url}/healthz`).then((r) => r.status);
      await new Promise((r) => setTimeout(r, 2000));
      const idle = await memoryOf(bot.proc.pid!);
      const tag = `s${size}`;
      const load = await paced(bot.url, opts.seconds, tag, texts);
      // Replies still coming are waited for, up to drainSeconds: the backlog is part of the figure.
      const deadline = performance.now() + (opts.drainSeconds ?? 60) * 1000;
      let replies: [string, number][] = [];
      for (;;) {
        replies = (await emulator.ask<{ replies: [string, number][] }>('replies')).replies.filter(([m]) => m.startsWith(`om_${tag}_`));
        if (replies.length >= load.postedAt.size || performance.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const after = await memoryOf(bot.proc.pid!);
      const latencies = replies.map(([m, at]) => at - load.postedAt.get(m)!).filter((x) => Number.isFinite(x));
      // By kind of message (see traffic): which work the tail comes from.
      const byKind: Record<string, { p50: number | null; p99: number | null }> = {};
      KINDS.forEach((kind, k) => {
        const of = replies.filter(([m]) => Number(m.slice(m.lastIndexOf('_') + 1)) % KINDS.length === k).map(([m, at]) => at - load.postedAt.get(m)!);
        byKind[kind] = { p50: pct(of, 0.5), p99: pct(of, 0.99) };
      });
      await bot.stop();
      // Started again on the same files: a start without the one-time migration from version 2.
      const again = await startProductionBot(root, botEnv);
      await new Promise((r) => setTimeout(r, 2000));
      const idleAgain = await memoryOf(again.proc.pid!);
      await again.stop();
      await rm(botDir, { recursive: true, force: true });
      await rm(seeded, { recursive: true, force: true });
      out[String(size)] = {
        records: size,
        writeMsPerReport: { p50: writer.p50, p99: writer.p99, mean: writer.mean, reports: writer.reports },
        storeOpenMs: writer.openMs,
        startToReadyMs: bot.readyMs,
        restartToReadyMs: again.readyMs,
        idleRssAfterRestartMiB: idleAgain.rssMiB,
        healthz: health,
        ackP50: load.p50,
        ackP99: load.p99,
        ackRequests: load.requests,
        non2xx: load.non2xx,
        replyP50: pct(latencies, 0.5),
        replyP99: pct(latencies, 0.99),
        replied: `${replies.length}/${load.postedAt.size}`,
        replyByKind: byKind,
        idleRssMiB: idle.rssMiB,
        rssAfterLoadMiB: after.rssMiB,
        peakRssMiB: after.peakMiB,
      };
      console.error(JSON.stringify({ [size]: out[String(size)] }));
    }
  } finally {
    await emulator.stop();
    await rm(work, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
  return out;
}
