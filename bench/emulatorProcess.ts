// Child process for the benchmarks: the Feishu emulator on its own core's worth of event loop, as Feishu would be, away from the bot.
// CONFIG_DIR names the organisation whose users it knows (the scale benchmark's large one; default config/).
import { loadConfig } from '../src/config/loadConfig.js';
import { createEmulator } from '../src/emulator/createEmulator.js';
import { DEMO_APP } from '../src/emulator/demoApp.js';

const { directory } = loadConfig(process.env.CONFIG_DIR ?? 'config');
const emulator = createEmulator({
  appId: DEMO_APP.appId,
  appSecret: DEMO_APP.appSecret,
  users: directory.org.people.filter((p) => p.openId).map((p) => ({ openId: p.openId!, name: p.name })),
});
const url = await emulator.listen(0);
process.send!({ ready: true, url });
const messagePaths = (c: { method: string; path: string }) => c.method === 'POST' && c.path.startsWith('/open-apis/im/v1/messages');
process.on('message', (msg: { cmd: string }) => {
  // Feishu's send limits (50/s and 1000/min per app, 5/s per receiver), with fresh windows: each load is its own minute.
  if (msg.cmd === 'limits') {
    emulator.rateLimit();
    process.send!({ ok: true });
  }
  // Off between loads: the next bot's start (and its outbox) must not find the minute spent by the previous load.
  if (msg.cmd === 'nolimits') {
    emulator.rateLimit(false);
    process.send!({ ok: true });
  }
  if (msg.cmd === 'stats') process.send!({ sent: emulator.sent.length, calls: emulator.calls.length });
  // [message replied to, ms since epoch] of the first reply to each message: when each reply arrived. A reply that went
  // as a 发送消息 to the member's p2p chat (回复消息 full: src/outbox/createSendScheduler.ts) names its message by its
  // uuid (replyUuid: r-<message id>-n).
  if (msg.cmd === 'replies') {
    const first = new Map<string, number>();
    const answered = (s: (typeof emulator.sent)[number]) => s.replyTo ?? /^r-(om_\w+)-\d+$/.exec(s.uuid ?? '')?.[1];
    for (const s of emulator.sent) {
      const to = answered(s);
      if (to && !first.has(to)) first.set(to, s.at.getTime());
    }
    const calls = emulator.calls.filter(messagePaths);
    process.send!({
      replies: [...first],
      sent: emulator.sent.length,
      replyCount: emulator.sent.filter((s) => s.replyTo).length,
      // Replies that went by 发送消息 into the member's chat.
      spilledCount: emulator.sent.filter((s) => !s.replyTo && answered(s)).length,
      // Sends and replies Feishu refused: over the app's limit (429 / 99991400) or one receiver's (230020).
      refused429: calls.filter((c) => c.status === 429).length,
      refused230020: calls.filter((c) => c.code === 230020).length,
      // TCP connections accepted so far: the sockets the bot opened (a keep-alive one is counted once).
      connections: emulator.connectionsAccepted,
    });
  }
  if (msg.cmd === 'stop') void emulator.close().then(() => process.exit(0));
});
