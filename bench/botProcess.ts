// Child process for the benchmarks: the real bot in demo mode (its own emulator), on loopback, with a temp data dir.
import { startBot } from '../src/main.js';
import { loadEnv } from '../src/config/env.js';

const env = { ...loadEnv(process.env), port: 0, host: '127.0.0.1', emulatorPort: 0 };
const running = await startBot({ env, log: () => {} });
process.send!({ ready: true, url: running.url, emulatorUrl: running.emulator?.url });
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
        replies: running.emulator?.sent.length ?? 0,
      });
    });
  }
  if (msg.cmd === 'stop') void running.stop().then(() => process.exit(0));
});
