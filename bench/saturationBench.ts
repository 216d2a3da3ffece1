// Saturated acknowledgements only, alternating the bare endpoint, this checkout and another (BENCH_ROOT) in rounds, so a shared machine's load moves all three alike.
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, setPriority, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { demoAppEnv } from './demoAppEnv.js';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import { startChild } from './child.js';
import { makeLargeDataset } from './largeDataset.js';
import { buildProduction, startEnv, startFlags, startProductionBot } from './productionBot.js';
import { renamed, saturated, seed, traffic } from './scaleBench.js';

/** Each thread's nice value when last read by threadCpu, by thread id. */
const threadInfo = new Map<number, { nice: number }>();

/** CPU time (user + system, ms) of each thread of a process so far, by thread id, from /proc (Linux; empty elsewhere). */
export async function threadCpu(pid: number): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const tids = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  for (const tid of tids) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '');
    // Fields after the parenthesised name: state is field 3, utime 14 and stime 15 (clock ticks, 100 a second on
    // Linux), nice 19.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length > 16) {
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * 10);
      threadInfo.set(Number(tid), { nice: Number(fields[16]) });
    }
  }
  return out;
}

/**
 * Context switches of one thread so far (/proc status: voluntary, i.e. it waited, and involuntary, i.e. it was
 * preempted): a thread woken by the acknowledging thread (libuv's pool for an fdatasync) can preempt it on two cores.
 */
async function switchesOf(pid: number, tid: number): Promise<{ voluntary: number; involuntary: number }> {
  const status = await readFile(`/proc/${pid}/task/${tid}/status`, 'utf8').catch(() => '');
  const n = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { voluntary: n('voluntary_ctxt_switches'), involuntary: n('nonvoluntary_ctxt_switches') };
}

/** CPU ms a process's threads used between two threadCpu readings. */
function sumCpu(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [tid, used] of after) ms += used - (before.get(tid) ?? 0);
  return ms;
}

/** CPU ms the whole machine has used so far, every core and every process (/proc/stat: all but idle and iowait; Linux). */
export async function machineBusyMs(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8').catch(() => '')).split('\n')[0] ?? '';
  const f = line.split(/\s+/).slice(1).map(Number);
  if (f.length < 8) return NaN;
  // user nice system idle iowait irq softirq steal (USER_HZ ticks, 100 a second).
  return (f[0]! + f[1]! + f[2]! + f[5]! + f[6]! + f[7]!) * 10;
}

/**
 * What bounds a saturated window, from the cores each party used in it (ms of CPU per request × requests per second):
 * the server's acknowledging thread, the server process, the load generator (autocannon and its signing, one thread),
 * the emulator (the bot's replies), and the machine as a whole (/proc/stat: every process, other sessions included).
 * `boundBy`: 'acknowledging thread' when it was busy ≥ 85 % of the window, else 'load generator' likewise, else
 * 'cores' when the machine's cores were ≥ 90 % busy (`others`: what processes outside this run took of them), else
 * 'round trips' (10 connections each waiting for its answer: every party waits on another part of the time).
 */
export function boundOf(w: { rps: number; mainMsPerRequest?: number; processMsPerRequest: number; clientMsPerRequest: number; emulatorMsPerRequest?: number; machineMs: number; seconds: number }): Record<string, unknown> {
  const cores = (msPerRequest: number) => Math.round(((msPerRequest * w.rps) / 1000) * 100) / 100;
  const main = w.mainMsPerRequest === undefined ? undefined : cores(w.mainMsPerRequest);
  const server = cores(w.processMsPerRequest);
  const client = cores(w.clientMsPerRequest);
  const emulator = cores(w.emulatorMsPerRequest ?? 0);
  const machine = Math.round((w.machineMs / 1000 / Math.max(0.001, w.seconds)) * 100) / 100;
  const ncpu = availableParallelism();
  const others = Math.round(Math.max(0, machine - server - client - emulator) * 100) / 100;
  const boundBy = (main ?? server) >= 0.85 ? 'acknowledging thread' : client >= 0.85 ? 'load generator' : machine >= 0.9 * ncpu ? 'cores' : 'round trips';
  return { ...(main === undefined ? {} : { main }), server, client, emulator, others, machine, of: ncpu, boundBy };
}

/**
 * ms the threads of a process have waited on a run queue so far (/proc/<pid>/task/<tid>/schedstat, second field): work
 * ready to run that the machine had no core for. The bot thread runs at nice 10; on a loaded machine its warm-up can
 * wait for seconds while using almost no CPU, which CPU time alone takes for quiet.
 */
async function runQueueWaitMs(pid: number): Promise<number> {
  let ns = 0;
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
    const sched = await readFile(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').catch(() => '');
    ns += Number(sched.split(' ')[1] ?? 0) || 0;
  }
  return ns / 1e6;
}

/** Idle waits before a saturation window: at least QUIET_MIN_MS, then until a QUIET_SPAN_MS span in which the whole process used under QUIET_CPU_SHARE of one core and waited on a run queue less than that, at most BENCH_QUIET_MAX_MS (default 30 s). */
const QUIET_MIN_MS = 2000;
const QUIET_SPAN_MS = 500;
const QUIET_CPU_SHARE = 0.05;

/**
 * Waits, with no delivery, until the bot has finished its start (index build, warm-up rehearsal, the compiler's first
 * passes): returns how long it waited after /healthz and the process's CPU ms per second in the last span (idle CPU the
 * window still counts).
 */
export async function untilQuiet(pid: number): Promise<{ quietAfterMs: number; idleCpuMsPerSecond: number }> {
  const maxMs = Number(process.env.BENCH_QUIET_MAX_MS ?? 30_000);
  const started = performance.now();
  await new Promise((r) => setTimeout(r, QUIET_MIN_MS - QUIET_SPAN_MS));
  let last = sumCpu(new Map(), await threadCpu(pid));
  let lastQueued = await runQueueWaitMs(pid);
  for (;;) {
    await new Promise((r) => setTimeout(r, QUIET_SPAN_MS));
    const now = sumCpu(new Map(), await threadCpu(pid));
    const queuedNow = await runQueueWaitMs(pid);
    const used = now - last;
    const queued = queuedNow - lastQueued;
    last = now;
    lastQueued = queuedNow;
    const waited = performance.now() - started;
    if ((used < QUIET_SPAN_MS * QUIET_CPU_SHARE && queued < QUIET_SPAN_MS * QUIET_CPU_SHARE) || waited >= maxMs) {
      return { quietAfterMs: Math.round(waited), idleCpuMsPerSecond: Math.round((used * 1000) / QUIET_SPAN_MS) };
    }
  }
}

/**
 * Seconds of saturated warm-up before each window (BENCH_WARMUP_SECONDS, default 0: none, as before p20), for the bare
 * endpoint and each bot alike, with group messages that mention no one (the bot journals them, hands them to its
 * thread and lets go at once): a bot runs for days, and in a window right after its start V8's compiler threads were
 * still optimising the acknowledging path (perf, load ~13: about as many samples as the acknowledging thread itself).
 */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 0);

/**
 * BENCH_WARM_SECONDS=n (default 0: a cold window, the headline as before r50): before each measured window, the bare
 * endpoint and each bot are saturated for n seconds with the same traffic as the window (direct messages: reports,
 * questions, 帮助, 我的任务), then left until quiet (untilQuiet, also for the bare endpoint), then measured. A bot that has
 * served nothing first optimises the whole acknowledging path inside its window (r49 fvh: the "rest" is ~80 % TurboFan
 * compiling then, a cost per window, not per delivery); this tells that start cost from the cost per delivery. The
 * warm-up leaves the bot thread a backlog (it finishes ~200 events a window while thousands are acknowledged), so its
 * quiet wait usually runs to BENCH_QUIET_MAX_MS and its window is measured with the backlog still being worked, as the
 * later part of a cold window is.
 */
const WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? 0);

/**
 * BENCH_BOT_SCHED=nice19|idle (an experiment, f14): before the window, the first checkout's bot thread (the process's
 * one thread at nice 10) is set to nice 19, or to SCHED_IDLE with chrt, for the rest of its run; the other checkout is
 * left as it starts. Returns the thread id changed, or undefined.
 */
async function schedBotThread(pid: number): Promise<number | undefined> {
  const how = process.env.BENCH_BOT_SCHED;
  if (!how) return undefined;
  const tid = [...(await nicesOf(pid))].find(([, nice]) => nice === 10)?.[0];
  if (tid === undefined) return undefined;
  if (how === 'nice19') setPriority(tid, 19);
  else if (how === 'idle') spawnSync('chrt', ['--idle', '-p', '0', String(tid)], { stdio: 'inherit' });
  return tid;
}

/** Starts `perf record` of every thread of a process; the function returned stops it (SIGINT) and waits for its file. */
function startPerf(pid: number, file: string): () => Promise<void> {
  // BENCH_PERF_EVENTS=list: perf's events instead of its default, e.g. cpu-clock,syscalls:sys_enter_fdatasync to count
  // the journal's fdatasyncs in the window beside the samples (tracepoints need root or perf_event_paranoid ≤ -1).
  const events = process.env.BENCH_PERF_EVENTS;
  const child = spawn('perf', ['record', '-g', ...(events ? ['-e', events] : []), '-p', String(pid), '-o', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  return () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGINT');
    });
}

/** Each thread's nice value now (/proc stat field 19; SCHED_IDLE shows its nice as it was), by thread id. */
async function nicesOf(pid: number): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length > 16) out.set(Number(tid), Number(fields[16]));
  }
  return out;
}

/**
 * BENCH_BARE_FLAGS=start: the bare endpoint under npm start's V8 flags and environment (this checkout's), as the bots run, instead of
 * node's defaults. Those flags keep a 1 MiB young generation and collect on the thread itself (README, Running): alone,
 * four alternated pairs of 10,000 requests at load ~23 cost the bare endpoint 0.098 / 0.088 / 0.123 / 0.149 ms of process
 * CPU per request against 0.067 / 0.076 / 0.075 / 0.096 with the defaults (issue 14, r51 fzh). Default: node's (the
 * headline share, as before).
 */
const BARE_FLAGS = process.env.BENCH_BARE_FLAGS;

/**
 * BENCH_FLAGS_0 / BENCH_FLAGS_1 (space-separated node flags): the first / second checkout's bot under these instead of its
 * npm start's (row field `flags`), e.g. one build under two flag sets with BENCH_ROOT set to this checkout (the second
 * one's row is then keyed `<root>#1`).
 */
function flagsOf(root: string, k: number): string[] {
  const given = process.env[`BENCH_FLAGS_${k}`];
  return given === undefined ? startFlags(root) : given.split(/\s+/).filter(Boolean);
}

/** BENCH_AFTER_SECONDS=n: the bot runs n s more after its window, and the events it finished then are counted (default 0). */
const AFTER_SECONDS = Number(process.env.BENCH_AFTER_SECONDS ?? 0);

/** `done` lines in an event journal (every event finished, whatever its outcome). */
async function doneLines(file: string): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => '');
  let n = 0;
  for (let at = text.indexOf('"t":"done"'); at >= 0; at = text.indexOf('"t":"done"', at + 1)) n += 1;
  return n;
}

const perRequest = (ms: number, requests: number) => Math.round((ms / Math.max(1, requests)) * 1000) / 1000;

/**
 * CPU ms per acknowledged request during a saturation run: the acknowledging (main) thread's, the busiest other
 * thread's (the bot thread), and the whole process's. Less moved by other work on the machine than the rate is.
 */
export interface CpuPerAck {
  mainMsPerAck: number;
  busiestOtherThreadMsPerAck: number;
  processMsPerAck: number;
  restMsPerAck: number;
  /**
   * The rest, thread by thread, busiest first (those that used any CPU): under Node 20 every thread is named `node`, so
   * one busy thread here is one of libuv's pool (fdatasyncs, the store's writes) or V8's compiler, several even ones the pool.
   */
  restThreads: number[];
  busiestNice: number;
  emulatorMsPerAck?: number;
  clientMsPerRequest?: number;
}

export function cpuPerAck(before: Map<number, number>, after: Map<number, number>, pid: number, acks: number): CpuPerAck {
  const used = [...after].map(([tid, ms]) => [tid, ms - (before.get(tid) ?? 0)] as const);
  const main = used.find(([tid]) => tid === pid)?.[1] ?? 0;
  const other = Math.max(0, ...used.filter(([tid]) => tid !== pid).map(([, ms]) => ms));
  const total = used.reduce((sum, [, ms]) => sum + ms, 0);
  const per = (ms: number) => Math.round((ms / Math.max(1, acks)) * 1000) / 1000;
  // The busiest other thread's nice value as /proc shows it during the run: the bot thread lowers its own (botThread.ts).
  const busiest = used.filter(([tid]) => tid !== pid).sort((a, b) => b[1] - a[1])[0]?.[0];
  const busiestNice = busiest === undefined ? NaN : (threadInfo.get(busiest)?.nice ?? NaN);
  // What neither of the two used: libuv's pool (the journal's and the store's fdatasyncs), V8's compiler threads.
  const restThreads = used
    .filter(([tid, ms]) => tid !== pid && tid !== busiest && ms > 0)
    .map(([, ms]) => per(ms))
    .sort((a, b) => b - a);
  return { mainMsPerAck: per(main), busiestOtherThreadMsPerAck: per(other), processMsPerAck: per(total), restMsPerAck: per(total - main - other), restThreads, busiestNice };
}

/**
 * `rounds` times: the bare endpoint, then each checkout in `roots` on a fresh `npm start` over its own copy of a v2
 * db.json of `records` records, each saturated for `seconds` (10 connections, every request a new signed, encrypted
 * message event). Prints per round each one's acknowledgements per second, its ratio to the bare endpoint's, and the CPU
 * it spent per acknowledgement (cpuPerAck).
 */
export async function saturationBench(opts: { seconds: number; records: number; rounds: number; roots: string[] }): Promise<Record<string, unknown>> {
  const here = process.cwd();
  const roots = opts.roots.map((r) => resolve(r));
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-saturation-'));
  const data = makeLargeDataset({ people: 1000, departments: 20, activities: opts.records, years: 5, seed: 7 });
  const org = renamed(data.directory.org);
  const configDir = await writeConfigDir(org);
  const texts = traffic(org);
  const seeded = join(work, 'seed');
  await mkdir(seeded, { recursive: true });
  await seed(seeded, data.activities);
  for (const root of roots) buildProduction(root);
  const emulator = await startChild(join(here, 'bench/emulatorProcess.ts'), { CONFIG_DIR: configDir }, { cwd: here });
  const rounds: Record<string, unknown>[] = [];
  // BENCH_PROFILE_DIR=dir: a CPU profile of each bot's main thread during its load (bench/mainProfileProbe.mjs).
  const profileDir = process.env.BENCH_PROFILE_DIR;
  // Made here: the probe writes on SIGUSR2 in the bot, where a missing directory was an uncaught ENOENT that ended it.
  if (profileDir) await mkdir(profileDir, { recursive: true });
  const profile = profileDir ? ['--import', pathToFileURL(join(here, 'bench/mainProfileProbe.mjs')).href] : [];
  // BENCH_PERF_DIR=dir: `perf record -g -p` of each bot process during its window (every thread, native frames: what
  // libuv's pool and V8's background threads do; `perf report --sort pid` splits it by thread, `perf script` has times).
  const perfDir = process.env.BENCH_PERF_DIR;
  if (perfDir) await mkdir(perfDir, { recursive: true });
  try {
    for (let round = 0; round < opts.rounds; round++) {
      const asStarted = BARE_FLAGS === 'start';
      const bare = await startChild(join(here, 'bench/bareProcess.ts'), asStarted ? startEnv(here) : {}, { cwd: here, nodeFlags: asStarted ? startFlags(here) : [] });
      if (WARMUP_SECONDS > 0) await saturated(bare.url, WARMUP_SECONDS, `barewarm${round}_${Date.now()}`, texts, true);
      const bareWarm = WARM_SECONDS > 0 ? await saturated(bare.url, WARM_SECONDS, `barewarmsame${round}_${Date.now()}`, texts, false, true) : undefined;
      const bareQuiet = WARM_SECONDS > 0 ? await untilQuiet(bare.proc.pid!) : undefined;
      const bareBefore = await threadCpu(bare.proc.pid!);
      const bareMachineBefore = await machineBusyMs();
      const bareStarted = performance.now();
      const floor = await saturated(bare.url, opts.seconds, `bare${round}_${Date.now()}`, texts);
      const bareSeconds = (performance.now() - bareStarted) / 1000;
      const bareMachineMs = (await machineBusyMs()) - bareMachineBefore;
      const bareUsed = sumCpu(bareBefore, await threadCpu(bare.proc.pid!));
      await bare.stop();
      const row: Record<string, unknown> = {
        round,
        warmSeconds: WARM_SECONDS,
        bareFlags: asStarted ? 'start' : 'default',
        bareRps: floor.rps,
        bareWarmRps: bareWarm?.rps,
        bareQuietAfterMs: bareQuiet?.quietAfterMs,
        bareBuiltInWindow: floor.builtInWindow,
        // The load generator's own CPU per request (signing and encrypting each delivery, autocannon): on two cores it
        // competes with the server, so it bounds what any server can reach.
        clientMsPerRequest: floor.clientMsPerRequest,
        // The bare endpoint's own CPU per request (all its threads): what a server that does no crypto and no disk costs.
        bareMsPerRequest: perRequest(bareUsed, floor.requests),
        // Cores each party used in the bare window and what bounded it (boundOf).
        bareCores: boundOf({ rps: floor.rps, processMsPerRequest: perRequest(bareUsed, floor.requests), clientMsPerRequest: floor.clientMsPerRequest, machineMs: bareMachineMs, seconds: bareSeconds }),
        loadAverage: Math.round(loadavg()[0]! * 100) / 100,
      };
      // The checkouts' order turns with the round (round 0: as given, round 1: the second first, …): the first bot after
      // the bare endpoint did worse in two rounds of three of a same-vs-same run (sat54-before), so a fixed order leans on
      // one side. k stays the checkout's index (BENCH_FLAGS_k, BENCH_BOT_SCHED's first checkout, the row key).
      const order = roots.map((_, i) => (i + round) % roots.length);
      row.order = order;
      for (const k of order) {
        const root = roots[k]!;
        const dir = join(work, `bot-${round}-${k}`);
        await cp(seeded, dir, { recursive: true });
        const env = demoAppEnv(emulator.url, dir, configDir);
        // BENCH_MIGRATED=1: a restart on migrated files, so the first start's migration is not part of the figure.
        if (process.env.BENCH_MIGRATED === '1') await (await startProductionBot(root, env)).stop();
        const bot = await startProductionBot(root, env, { nodeFlags: [...flagsOf(root, k), ...profile] });
        // As in the scale run, idle after /healthz so that the start's own work (index, warm-up) is not in the figure:
        // until the process is quiet rather than a fixed 2 s, which at load ~13 left the bot thread spending 60–160 ms of
        // CPU a second on its start during the window (README, issue 14, p20).
        const warm = WARMUP_SECONDS > 0 ? await saturated(bot.url, WARMUP_SECONDS, `warm${round}_${k}_${Date.now()}`, texts, true) : undefined;
        const warmSame = WARM_SECONDS > 0 ? await saturated(bot.url, WARM_SECONDS, `warmsame${round}_${k}_${Date.now()}`, texts, false, true) : undefined;
        const quiet = await untilQuiet(bot.proc.pid!);
        const schedTid = k === 0 ? await schedBotThread(bot.proc.pid!) : undefined;
        const doneBefore = await doneLines(join(dir, 'events.jsonl'));
        const cpuBefore = await threadCpu(bot.proc.pid!);
        const switchesBefore = await switchesOf(bot.proc.pid!, bot.proc.pid!);
        const emulatorBefore = await threadCpu(emulator.proc.pid!);
        const sentBefore = (await emulator.ask<{ sent: number }>('stats')).sent;
        if (profileDir) bot.proc.kill('SIGUSR1');
        const perf = perfDir ? startPerf(bot.proc.pid!, join(perfDir, `round${round}-${k}.data`)) : undefined;
        const machineBefore = await machineBusyMs();
        const satStarted = performance.now();
        const sat = await saturated(bot.url, opts.seconds, `sat${round}_${k}_${Date.now()}`, texts);
        const satSeconds = (performance.now() - satStarted) / 1000;
        const machineMs = (await machineBusyMs()) - machineBefore;
        if (perf) await perf();
        if (profileDir) bot.proc.kill('SIGUSR2');
        // Messages the bot sent in the window (its replies): the events it finished, to give the bot thread's CPU per event.
        const statsAfter = await emulator.ask<{ sent: number; calls: number }>('stats');
        const repliesInWindow = statsAfter.sent - sentBefore;
        // Events the bot finished in the window (the journal's `done` lines, read at its end): whether processing kept
        // pace with the acknowledgements, i.e. whether the window measured acknowledging alone or acknowledging and work.
        const processedInWindow = (await doneLines(join(dir, 'events.jsonl'))) - doneBefore;
        const cpu = cpuPerAck(cpuBefore, await threadCpu(bot.proc.pid!), bot.proc.pid!, sat.requests);
        const switchesAfter = await switchesOf(bot.proc.pid!, bot.proc.pid!);
        // The acknowledging thread's context switches per acknowledgement in the window (p22).
        const mainSwitchesPerAck = {
          voluntary: perRequest(switchesAfter.voluntary - switchesBefore.voluntary, sat.requests),
          involuntary: perRequest(switchesAfter.involuntary - switchesBefore.involuntary, sat.requests),
        };
        // The emulator receives the bot's replies on the same two cores: its CPU per acknowledgement, and the load
        // generator's, so that what the bot itself costs can be told from what shares the machine with it.
        cpu.emulatorMsPerAck = perRequest(sumCpu(emulatorBefore, await threadCpu(emulator.proc.pid!)), sat.requests);
        cpu.clientMsPerRequest = sat.clientMsPerRequest;
        const cores = boundOf({ rps: sat.rps, mainMsPerRequest: cpu.mainMsPerAck, processMsPerRequest: cpu.processMsPerAck, clientMsPerRequest: sat.clientMsPerRequest, emulatorMsPerRequest: cpu.emulatorMsPerAck, machineMs, seconds: satSeconds });
        // The bot thread's nice value just after the window (a switch back from a flood's shows here), then what it
        // finished in AFTER_SECONDS more.
        const nicesAfterWindow = [...new Set((await nicesOf(bot.proc.pid!)).values())];
        const doneAtEnd = AFTER_SECONDS > 0 ? await doneLines(join(dir, 'events.jsonl')) : 0;
        if (AFTER_SECONDS > 0) await new Promise((r) => setTimeout(r, AFTER_SECONDS * 1000));
        const processedAfterWindow = AFTER_SECONDS > 0 ? (await doneLines(join(dir, 'events.jsonl'))) - doneAtEnd : undefined;
        const nicesLater = AFTER_SECONDS > 0 ? [...new Set((await nicesOf(bot.proc.pid!)).values())] : undefined;
        const status = await readFile(`/proc/${bot.proc.pid}/status`, 'utf8').catch(() => '');
        const peakRssMiB = Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
        if (profileDir) await new Promise((r) => setTimeout(r, 1000));
        await bot.stop();
        await rm(dir, { recursive: true, force: true });
        const botThreadMsPerReply = perRequest(cpu.busiestOtherThreadMsPerAck * sat.requests, repliesInWindow);
        row[roots.indexOf(root) === k ? root : `${root}#${k}`] = { flags: flagsOf(root, k).join(' '), rps: sat.rps, p99: sat.p99, non2xx: sat.non2xx, builtInWindow: sat.builtInWindow, ratio: Math.round((sat.rps / floor.rps) * 100) / 100, cores, ...cpu, mainSwitchesPerAck, repliesInWindow, processedInWindow, processedAfterWindow, nicesAfterWindow, nicesLater, schedTid, botThreadMsPerReply, ...quiet, warmupRps: warm?.rps, warmRps: warmSame?.rps, peakRssMiB, loadAverage: Math.round(loadavg()[0]! * 100) / 100 };
      }
      console.error(JSON.stringify(row));
      rounds.push(row);
    }
  } finally {
    await emulator.stop();
    await rm(work, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
  return { seconds: opts.seconds, records: opts.records, warmSeconds: WARM_SECONDS, spread: spreadOf(rounds, roots.map((root, k) => (roots.indexOf(root) === k ? root : `${root}#${k}`))), rounds };
}

/** min / median / max of numbers (undefined when there are none). */
function range(xs: number[]): { min: number; median: number; max: number } | undefined {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
  return { min: v[0]!, median: Math.round(mid * 1000) / 1000, max: v[v.length - 1]! };
}

/**
 * The spread over the rounds, per checkout (share, acknowledging thread's / bot thread's / process's CPU per ack, peak RSS),
 * and with two checkouts the per-round difference (first minus second) of the share and of the acknowledging thread's ms
 * per ack, with the same difference split by which checkout went first in the round: a same-vs-same run (BENCH_ROOT = a
 * checkout of the same code) shows how large a difference the bench makes by itself.
 */
export function spreadOf(rounds: Record<string, unknown>[], keys: string[]): Record<string, unknown> {
  const roots = keys;
  type Side = { ratio: number; mainMsPerAck: number; busiestOtherThreadMsPerAck: number; processMsPerAck: number; peakRssMiB: number };
  const sides = (root: string) => rounds.map((r) => r[root] as Side | undefined).filter((x): x is Side => x !== undefined);
  const out: Record<string, unknown> = {};
  for (const root of roots) {
    const s = sides(root);
    out[root] = {
      ratio: range(s.map((x) => x.ratio)),
      mainMsPerAck: range(s.map((x) => x.mainMsPerAck)),
      botThreadMsPerAck: range(s.map((x) => x.busiestOtherThreadMsPerAck)),
      processMsPerAck: range(s.map((x) => x.processMsPerAck)),
      peakRssMiB: range(s.map((x) => x.peakRssMiB)),
    };
  }
  out.bareRps = range(rounds.map((r) => r.bareRps as number));
  if (roots.length === 2) {
    const [a, b] = roots as [string, string];
    const diffs = rounds
      .filter((r) => r[a] && r[b])
      .map((r) => ({ aFirst: (r.order as number[] | undefined)?.[0] === 0, ratio: Math.round(((r[a] as Side).ratio - (r[b] as Side).ratio) * 100) / 100, main: Math.round(((r[a] as Side).mainMsPerAck - (r[b] as Side).mainMsPerAck) * 1000) / 1000 }));
    out.difference = {
      of: 'first checkout minus second, per round',
      ratio: diffs.map((d) => d.ratio),
      mainMsPerAck: diffs.map((d) => d.main),
      ratioWhenFirstWentFirst: diffs.filter((d) => d.aFirst).map((d) => d.ratio),
      ratioWhenSecondWentFirst: diffs.filter((d) => !d.aFirst).map((d) => d.ratio),
    };
  }
  return out;
}
