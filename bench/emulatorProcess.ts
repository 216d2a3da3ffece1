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
process.on('message', (msg: { cmd: string }) => {
  if (msg.cmd === 'stats') process.send!({ sent: emulator.sent.length, calls: emulator.calls.length });
  // [message replied to, ms since epoch] of the first reply to each message: when each reply arrived.
  if (msg.cmd === 'replies') {
    const first = new Map<string, number>();
    for (const s of emulator.sent) if (s.replyTo && !first.has(s.replyTo)) first.set(s.replyTo, s.at.getTime());
    process.send!({ replies: [...first], sent: emulator.sent.length });
  }
  if (msg.cmd === 'stop') void emulator.close().then(() => process.exit(0));
});
