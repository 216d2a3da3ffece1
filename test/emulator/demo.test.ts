// The terminal demo loop: /_demo/say delivers a member's message to a bot, /_demo/sent shows what the bot answered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/createEmulator.js';
import { createFeishuClient } from '../../src/feishu/createFeishuClient.js';
import { decryptEvent } from '../../src/transport/eventCrypto.js';
import { APP, BRANCH, ZHANG, startEmulator, startReceiver } from './harness.js';

const SEC = { verificationToken: 'v-demo', encryptKey: 'k-demo' };

interface Envelope {
  header: { token: string };
  event: { message: { message_id: string; chat_type: string; chat_id: string; content: string; mentions?: { key: string; id: { open_id: string } }[] } };
}

let emulator: Emulator;
let url: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const seen: Envelope[] = [];
const logLines: string[] = [];

beforeEach(async () => {
  seen.length = 0;
  logLines.length = 0;
  ({ emulator, url } = await startEmulator({ log: (line) => logLines.push(line) }));
  const client = createFeishuClient({ ...APP, domain: url });
  // A minimal bot: decrypt, then answer a p2p message with text and a group mention with a card.
  receiver = await startReceiver(async ({ rawBody }) => {
    const envelope = JSON.parse(decryptEvent((JSON.parse(rawBody) as { encrypt: string }).encrypt, SEC.encryptKey)) as Envelope;
    seen.push(envelope);
    const { message_id: id, chat_type: chatType } = envelope.event.message;
    if (chatType === 'p2p') {
      await client.reply(id, { kind: 'text', text: '收到：已登记\n第二行' });
    } else {
      await client.reply(id, {
        kind: 'card',
        card: {
          schema: '2.0',
          header: { title: { tag: 'plain_text', content: '支部本月进度' } },
          body: { elements: [{ tag: 'markdown', content: '已完成 3/5' }, { tag: 'button', text: { tag: 'plain_text', content: '查看明细' } }] },
        },
      });
    }
    return {};
  });
  emulator.setWebhook(receiver.url, SEC);
});
afterEach(async () => {
  await receiver.close();
  await emulator.close();
});

async function say(body: object): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${url}/_demo/say`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function sent(after: number): Promise<{ next: number; messages: Record<string, unknown>[] }> {
  return (await (await fetch(`${url}/_demo/sent?after=${after}`)).json()) as { next: number; messages: Record<string, unknown>[] };
}

describe('/_demo/say and /_demo/sent', () => {
  it('delivers a p2p message as a signed event and shows the bot\'s reply', async () => {
    const res = await say({ from: ZHANG.openId, text: '本月学习了党章' });
    expect(res).toMatchObject({ status: 200, json: { status: 200, messageId: expect.stringMatching(/^om_/), eventId: expect.any(String) } });
    expect(seen[0]!.header.token).toBe(SEC.verificationToken);
    expect(seen[0]!.event.message).toMatchObject({ message_id: res.json.messageId, chat_type: 'p2p', content: '{"text":"本月学习了党章"}' });

    const page = await sent(0);
    expect(page.next).toBe(1);
    expect(page.messages).toMatchObject([{ index: 0, kind: 'reply', to: '张三', msgType: 'text', text: '收到：已登记\n第二行' }]);
    expect(logLines).toEqual(['清风 ↩ 张三: 收到：已登记 ⏎ 第二行']);
    expect((await sent(1)).messages).toEqual([]);
  });

  it('turns "@清风" into a mention in a group and renders the card reply as text', async () => {
    const res = await say({ from: '张三', text: '@清风 支部进度', chatType: 'group' });
    expect(res.status).toBe(200);
    const message = seen[0]!.event.message;
    expect(message).toMatchObject({ chat_type: 'group', chat_id: BRANCH.chatId, content: '{"text":"@_user_1 支部进度"}' });
    expect(message.mentions).toMatchObject([{ key: '@_user_1', id: { open_id: emulator.bot.openId } }]);
    const [reply] = (await sent(0)).messages;
    expect(reply).toMatchObject({ to: '群「机关党支部」', msgType: 'interactive', text: '【支部本月进度】\n已完成 3/5\n[查看明细]' });
    expect(logLines[0]).toBe('清风 ↩ 群「机关党支部」: [卡片] 支部本月进度 | 已完成 3/5 ⏎ [查看明细]');
  });

  it('explains what is wrong instead of delivering', async () => {
    expect(await say({ from: '王五', text: 'x' })).toMatchObject({ status: 400, json: { error: expect.stringContaining('张三') } });
    expect(await say({ text: 'x' })).toMatchObject({ status: 400, json: { error: expect.stringContaining('from') } });
    const bare = await startEmulator();
    try {
      const res = await fetch(`${bare.url}/_demo/say`, { method: 'POST', body: JSON.stringify({ from: ZHANG.openId, text: 'x' }) });
      expect(res.status).toBe(409);
    } finally {
      await bare.emulator.close();
    }
    expect(seen).toHaveLength(0);
  });
});
