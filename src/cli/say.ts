// `npm run say -- [--group] <member> <text…>`: speak to the demo bot as a member and print what it answers.
import { loadEnv } from '../config/env.js';

const USAGE = [
  '用法: npm run say -- [--group] <成员> <消息>',
  '  <成员>   演示成员的姓名或 open_id，见 config/organization.yaml（如 李明、张伟）',
  '  --group  作为群消息发送；消息里写「@清风」来 @机器人',
  '例如:  npm run say -- 李明 "今天和王建国副理事长进行了廉政谈话"',
].join('\n');

interface SentItem {
  index: number;
  kind: string;
  to: string;
  text: string;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const group = args.includes('--group');
  const [from, ...words] = args.filter((a) => a !== '--group');
  const text = words.join(' ').trim();
  if (!from || !text) {
    console.error(USAGE);
    return 2;
  }
  const env = loadEnv(process.env);
  const base = process.env.EMULATOR_URL ?? `http://127.0.0.1:${env.emulatorPort}`;
  let before: { next: number };
  try {
    before = (await (await fetch(`${base}/_demo/sent?after=0`)).json()) as { next: number };
  } catch {
    console.error(`连不上飞书模拟器 ${base}。请先在另一个终端运行 npm start（演示模式，不设置 FEISHU_APP_ID）。`);
    return 1;
  }
  const said = await fetch(`${base}/_demo/say`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from, text, chatType: group ? 'group' : 'p2p' }),
  });
  const result = (await said.json()) as { error?: string; status?: number };
  if (!said.ok) {
    console.error(`发送失败: ${result.error ?? said.status}`);
    return 1;
  }
  console.log(`${from}: ${text}`);
  // The bot answers after acknowledging, so poll briefly for what it sends.
  const deadline = Date.now() + 8000;
  let next = before.next;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const page = (await (await fetch(`${base}/_demo/sent?after=${next}`)).json()) as { next: number; messages: SentItem[] };
    for (const m of page.messages) console.log(`\n清风 → ${m.to}:\n${m.text}`);
    if (page.messages.length > 0) quietSince = Date.now();
    next = page.next;
    if (quietSince && Date.now() - quietSince > 600) return 0;
    await new Promise((r) => setTimeout(r, 150));
  }
  if (!quietSince) console.log('（机器人没有回复。群消息需要写「@清风」；其他情况请看 npm start 窗口里的日志。）');
  return 0;
}

process.exitCode = await main();
