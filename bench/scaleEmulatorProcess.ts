// Child for the scale benchmark: the Feishu emulator with the large organisation's users, reporting when each reply arrived.
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
  // [message replied to, ms since epoch] of the first reply to each message.
  if (msg.cmd === 'replies') {
    const first = new Map<string, number>();
    for (const s of emulator.sent) if (s.replyTo && !first.has(s.replyTo)) first.set(s.replyTo, s.at.getTime());
    process.send!({ replies: [...first], sent: emulator.sent.length });
  }
  if (msg.cmd === 'stop') void emulator.close().then(() => process.exit(0));
});
