// `npm run say -- [--group] [--image] <member> <text…>` or `npm run say -- --recall [message_id]`: speak to the demo bot as a member, print what it answers.
import { loadEnv } from '../config/env.js';

const USAGE = [
  '用法: npm run say -- [--group] [--image] <成员> <消息>',
  '      npm run say -- --recall [message_id]',
  '  <成员>    演示成员的姓名或 open_id，见 config/organization.yaml（如 李明、张伟）',
  '  --group   作为群消息发送；消息里写「@清风」来 @机器人',
  '  --image   作为富文本消息发送：消息文字加一张照片（带说明的图片），上报后30分钟内会作为证据附上',
  '  --recall  撤回刚才（或指定 message_id 的）那条消息；它创建的记录会被撤销',
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
  const image = args.includes('--image');
  const recall = args.includes('--recall');
  const [from, ...words] = args.filter((a) => !['--group', '--image', '--recall'].includes(a));
  const text = words.join(' ').trim();
  if (!recall && (!from || (!text && !image))) {
    console.error(USAGE);
    return 2;
  }
  const env = loadEnv(process.env);
  const base = process.env.EMULATOR_URL ?? `http://127.0.0.1:${env.emulatorPort}`;
  if (recall) return recallMessage(base, from);
  const before = await sentCursor(base);
  if (!before) return 1;
  const said = await fetch(`${base}/_demo/say`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from, text, chatType: group ? 'group' : 'p2p', ...(image ? { image: true } : {}) }),
  });
  const result = (await said.json()) as { error?: string; status?: number; redeliverInMs?: number };
  const again = result.redeliverInMs !== undefined ? `；模拟器会像飞书一样在 ${Math.round(result.redeliverInMs / 1000)} 秒后重推这条消息` : '';
  if (!said.ok) {
    console.error(`发送失败: ${result.error ?? said.status}${again}`);
    return 1;
  }
  console.log(`${from}: ${text}${image ? ' [图片]' : ''}  (message_id ${(result as { messageId?: string }).messageId ?? '?'})`);
  if (again) console.log(`机器人没有接收（HTTP ${result.status}）${again}。`);
  return printAnswers(base, before.next, group ? '（机器人没有回复。群消息需要写「@清风」；其他情况请看 npm start 窗口里的日志。）' : '（机器人没有回复，请看 npm start 窗口里的日志。）');
}

/** Where the emulator's list of sent messages ends now, so only the answers to this message are printed; undefined (told why) when the emulator is not running. */
async function sentCursor(base: string): Promise<{ next: number } | undefined> {
  try {
    return (await (await fetch(`${base}/_demo/sent?after=0`)).json()) as { next: number };
  } catch {
    console.error(`连不上飞书模拟器 ${base}。请先在另一个终端运行 npm start（演示模式，不设置 FEISHU_APP_ID）。`);
    return undefined;
  }
}

async function recallMessage(base: string, messageId: string | undefined): Promise<number> {
  const before = await sentCursor(base);
  if (!before) return 1;
  const res = await fetch(`${base}/_demo/recall`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(messageId ? { messageId } : {}),
  });
  const result = (await res.json()) as { error?: string; messageId?: string };
  if (!res.ok) {
    console.error(`撤回失败: ${result.error ?? res.status}`);
    return 1;
  }
  console.log(`已撤回消息 ${result.messageId}`);
  return printAnswers(base, before.next, '（机器人没有回复：这条消息没有生成记录，撤回它什么也不用改。）');
}

async function printAnswers(base: string, from: number, silence: string): Promise<number> {
  // The bot answers after acknowledging, so poll briefly for what it sends.
  const deadline = Date.now() + 8000;
  let next = from;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const page = (await (await fetch(`${base}/_demo/sent?after=${next}`)).json()) as { next: number; messages: SentItem[] };
    for (const m of page.messages) console.log(`\n清风 → ${m.to}:\n${m.text}`);
    if (page.messages.length > 0) quietSince = Date.now();
    next = page.next;
    if (quietSince && Date.now() - quietSince > 600) return 0;
    await new Promise((r) => setTimeout(r, 150));
  }
  if (!quietSince) console.log(silence);
  return 0;
}

/** fetch's own failure (the emulator or the bot went away mid-way): told in a line, not as a stack trace. */
function lostConnection(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed/.test(error.message);
}

process.exitCode = await main().catch((error: unknown) => {
  if (!lostConnection(error)) throw error;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  console.error(`与飞书模拟器的连接断开了（${cause?.code ?? cause?.message ?? 'fetch failed'}）：清风可能已停止，请看 npm start 窗口里的日志。`);
  return 1;
});
