// Child process for the benchmarks: the real bot as production runs it (FEISHU_* from the parent, pointing at the emulator child), on loopback, with a temp data dir.
import { startBot } from '../src/main.js';
import { loadEnv } from '../src/config/env.js';

const env = { ...loadEnv(process.env), port: 0, host: '127.0.0.1' };
const running = await startBot({ env, log: () => {} });
process.send!({ ready: true, url: running.url });
process.on('message', (msg: { cmd: string }) => {
  if (msg.cmd === 'stats') {
    void running.drain().then(() => {
      const events = running.inbox.stats();
      process.send!({
        rss: process.memoryUsage().rss,
        heapUsed: process.memoryUsage().heapUsed,
        events: events.known,
        done: events.done,
        failed: events.failed,
      });
    });
  }
  if (msg.cmd === 'stop') void running.stop().then(() => process.exit(0));
});
