// The 体验台's HTTP side: the page and its vendored libraries, the live SSE feed, and member actions turned into real signed Feishu events.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/createEmulator.js';
import { p2pChatIdFor } from '../../src/emulator/feishuIds.js';
import { createFeishuClient } from '../../src/feishu/createFeishuClient.js';
import { decryptEvent } from '../../src/transport/eventCrypto.js';
import { verifyDelivery } from '../../src/transport/verifyDelivery.js';
import { APP, BRANCH, LI, ZHANG, startEmulator, startReceiver } from './harness.js';

const SEC = { verificationToken: 'v-web', encryptKey: 'k-web' };

interface Envelope {
  header: { event_type: string; token: string };
  event: Record<string, unknown> & {
    message?: { message_id: string; chat_id: string; chat_type: string; message_type: string; content: string; mentions?: { id: { open_id: string } }[] };
    action?: { value: Record<string, unknown>; form_value?: Record<string, unknown>; tag: string };
    operator?: { open_id: string };
    context?: { open_message_id: string; open_chat_id: string };
  };
}

let emulator: Emulator;
let url: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let answer: (e: Envelope) => object;
const seen: Envelope[] = [];
const unverified: string[] = [];
const client = () => createFeishuClient({ ...APP, domain: url });

beforeEach(async () => {
  seen.length = 0;
  unverified.length = 0;
  answer = () => ({});
  ({ emulator, url } = await startEmulator({ roleOf: (id) => (id === ZHANG.openId ? '党组书记' : undefined) }));
  receiver = await startReceiver(({ rawBody, headers }) => {
    // Every delivery is checked the way the bot checks it: signature, timestamp, token.
    const verified = verifyDelivery({ rawBody, header: (n) => headers[n.toLowerCase()], secrets: SEC, now: new Date() });
    if (!verified.ok) unverified.push(verified.reason);
    const envelope = JSON.parse(decryptEvent((JSON.parse(rawBody) as { encrypt: string }).encrypt, SEC.encryptKey)) as Envelope;
    seen.push(envelope);
    return answer(envelope);
  });
  emulator.setWebhook(receiver.url, SEC);
});
afterEach(async () => {
  expect(unverified).toEqual([]);
  await receiver.close();
  await emulator.close();
});

async function post(path: string, body: object): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function state(): Promise<{ members: Record<string, string>[]; messages: Record<string, unknown>[] }> {
  return (await (await fetch(`${url}/web/api/state`)).json()) as { members: Record<string, string>[]; messages: Record<string, unknown>[] };
}

/** Reads SSE events from the page's stream until `count` of the wanted types arrived. */
function openStream() {
  const abort = new AbortController();
  const events: { event: string; data: Record<string, unknown> }[] = [];
  let buffer = '';
  let wake: () => void = () => undefined;
  const done = (async () => {
    const res = await fetch(`${url}/web/api/events`, { signal: abort.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done: end } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (end) return;
      buffer += value;
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1] ?? '{}';
        events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
        wake();
      }
    }
  })();
  return {
    events,
    async until(pred: (e: { event: string; data: Record<string, unknown> }) => boolean) {
      while (!events.some(pred)) await new Promise<void>((r) => (wake = r));
      return events.find(pred)!;
    },
    async close() {
      abort.abort();
      await done.catch(() => undefined);
    },
  };
}

describe('体验台 page and assets', () => {
  it('serves the chat page with its test hooks, its modules, and VChart and marked from node_modules', async () => {
    const html = await (await fetch(`${url}/`)).text();
    for (const id of ['member-select', 'chat-list', 'message-input', 'send']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    for (const path of ['/web/static/app.js', '/web/static/renderCard.js', '/web/static/renderMarkdown.js', '/web/static/colorOf.js', '/web/static/style.css']) {
      expect((await fetch(`${url}${path}`)).status, path).toBe(200);
    }
    const vchart = await fetch(`${url}/web/vendor/vchart.js`);
    expect(vchart.headers.get('content-type')).toContain('javascript');
    expect(await vchart.text()).toContain('VChart');
    expect(await (await fetch(`${url}/web/vendor/marked.js`)).text()).toContain('export');
    expect((await fetch(`${url}/web/vendor/lodash.js`)).status).toBe(404);
    // Only the web folder is served: an encoded ../ does not reach the emulator's sources.
    for (const escape of ['%2e%2e/webRoutes.ts', '..%2fwebRoutes.ts', '%2e%2e%2fwebRoutes.ts']) {
      const res = await fetch(`${url}/web/static/${escape}`);
      expect(await res.text(), escape).not.toContain('registerWebRoutes');
    }
  });

  it('lists members with title, role and their p2p chat, and the groups', async () => {
    const s = await state();
    expect(s.members).toContainEqual({ openId: ZHANG.openId, name: '张三', title: '科员', role: '党组书记', p2pChatId: p2pChatIdFor(ZHANG.openId) });
    expect(s.members.find((m) => m.openId === LI.openId)?.role).toBe('');
  });
});

describe('体验台 live feed (SSE)', () => {
  it('pushes what the bot sends on its own, and a patched card as an update of the same message', async () => {
    const stream = openStream();
    await stream.until((e) => e.event === 'ready');
    const card = { schema: '2.0', header: { title: { tag: 'plain_text', content: '节前廉政提醒' } }, body: { elements: [{ tag: 'markdown', content: '**清明**将至' }] } };
    const sent = await client().send({ openId: LI.openId }, { kind: 'card', card });
    const pushed = await stream.until((e) => e.event === 'message' && e.data.messageId === sent.messageId);
    expect(pushed.data).toMatchObject({ chatId: p2pChatIdFor(LI.openId), from: 'bot', msgType: 'interactive', content: card, recalled: false });

    const changed = { ...card, header: { title: { tag: 'plain_text', content: '已读' } } };
    await client().patchCard(sent.messageId, changed);
    const update = await stream.until((e) => e.event === 'update' && e.data.messageId === sent.messageId);
    expect(update.data.content).toEqual(changed);
    // Nothing is announced twice.
    expect(stream.events.filter((e) => e.data.messageId === sent.messageId)).toHaveLength(2);
    await stream.close();
  });

  it('holds at most 32 pages at once and takes a new one when a page leaves', async () => {
    const streams = Array.from({ length: 32 }, () => openStream());
    await Promise.all(streams.map((st) => st.until((e) => e.event === 'ready')));
    const refused = await fetch(`${url}/web/api/events`);
    expect(refused.status).toBe(503);
    await streams.pop()!.close();
    // The server learns of the departure when the socket closes: ask until the seat is free.
    await expect
      .poll(async () => {
        const ac = new AbortController();
        const res = await fetch(`${url}/web/api/events`, { signal: ac.signal });
        ac.abort();
        return res.status;
      })
      .toBe(200);
    await Promise.all(streams.map((st) => st.close()));
  });

  it('shows a file the bot sent under the name it was uploaded with, and serves it with that name', async () => {
    const fileKey = await client().uploadFile({ fileType: 'xls', name: '党风廉政建设台账_2026年.xlsx', bytes: Buffer.from('PK-xlsx-bytes') });
    const sent = await client().send({ openId: ZHANG.openId }, { kind: 'file', fileKey });
    const view = (await state()).messages.find((m) => m.messageId === sent.messageId);
    expect(view).toMatchObject({ msgType: 'file', file: { name: '党风廉政建设台账_2026年.xlsx', size: 13 } });
    const res = await fetch(`${url}/web/files/${fileKey}`);
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('党风廉政建设台账_2026年.xlsx')}`);
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('PK-xlsx-bytes');
    expect((await fetch(`${url}/web/files/file_v3_unknown`)).status).toBe(404);
  });
});

describe('体验台 member actions', () => {
  it('sends a multi-line p2p message as im.message.receive_v1 from that member', async () => {
    const res = await post('/web/api/send', { from: ZHANG.openId, chatId: p2pChatIdFor(ZHANG.openId), text: '第一行\n第二行' });
    expect(res.status).toBe(200);
    expect(seen[0]!.header.event_type).toBe('im.message.receive_v1');
    expect(seen[0]!.event.message).toMatchObject({ message_id: res.json.messageId, chat_type: 'p2p', content: JSON.stringify({ text: '第一行\n第二行' }) });
    expect((await state()).messages.find((m) => m.messageId === res.json.messageId)).toMatchObject({ from: 'user', senderName: '张三' });
  });

  it('mentions the bot in a group only when @清风 is written', async () => {
    await post('/web/api/send', { from: LI.openId, chatId: BRANCH.chatId, text: '大家好' });
    await post('/web/api/send', { from: LI.openId, chatId: BRANCH.chatId, text: '@清风 本季度完成情况' });
    expect(seen.map((e) => e.event.message!.content)).toEqual(['{"text":"大家好"}', '{"text":"@_user_1 本季度完成情况"}']);
    expect(seen[0]!.event.message!.mentions).toBeUndefined();
    expect(seen[1]!.event.message!.mentions).toMatchObject([{ id: { open_id: emulator.bot.openId } }]);
  });

  it('refuses what a member could not do in Feishu, with a reason and no event', async () => {
    expect(await post('/web/api/send', { from: ZHANG.openId, chatId: p2pChatIdFor(LI.openId), text: '你好' })).toMatchObject({
      status: 403,
      json: { code: 'WEB_NOT_IN_CHAT', error: expect.stringContaining('只能在自己与清风的单聊') },
    });
    expect(await post('/web/api/send', { from: 'ou_nobody', chatId: BRANCH.chatId, text: '你好' })).toMatchObject({ status: 404 });
    expect(await post('/web/api/send', { from: ZHANG.openId, chatId: BRANCH.chatId, text: '   ' })).toMatchObject({ status: 400 });
    const mine = await post('/web/api/send', { from: ZHANG.openId, chatId: BRANCH.chatId, text: '我的消息' });
    seen.length = 0;
    expect(await post('/web/api/recall', { from: LI.openId, messageId: mine.json.messageId })).toMatchObject({ status: 403 });
    expect(await post('/web/api/recall', { from: LI.openId, messageId: 'om_unknown' })).toMatchObject({ status: 404 });
    expect(await post('/web/api/action', { from: LI.openId, messageId: mine.json.messageId, value: {} })).toMatchObject({ status: 400 });
    expect(seen).toEqual([]);
  });

  it('recalls a member\'s own message: im.message.recalled_v1 to the bot, and the page marks it', async () => {
    const sent = await post('/web/api/send', { from: ZHANG.openId, chatId: BRANCH.chatId, text: '发错了' });
    const res = await post('/web/api/recall', { from: ZHANG.openId, messageId: sent.json.messageId });
    expect(res.status).toBe(200);
    expect(seen[1]).toMatchObject({
      header: { event_type: 'im.message.recalled_v1', token: SEC.verificationToken },
      event: { message_id: sent.json.messageId, chat_id: BRANCH.chatId, recall_type: 'message_owner' },
    });
    expect((await state()).messages.find((m) => m.messageId === sent.json.messageId)?.recalled).toBe(true);
  });

  it('uploads an image and a file as Feishu image/file messages whose keys serve the bytes back', async () => {
    const form = (name: string, type: string, bytes: string) => {
      const f = new FormData();
      f.append('from', ZHANG.openId);
      f.append('chatId', p2pChatIdFor(ZHANG.openId));
      f.append('file', new File([bytes], name, { type }));
      return f;
    };
    expect((await fetch(`${url}/web/api/upload`, { method: 'POST', body: form('现场.png', 'image/png', 'PNGDATA') })).status).toBe(200);
    expect((await fetch(`${url}/web/api/upload`, { method: 'POST', body: form('签到表.pdf', 'application/pdf', '%PDF') })).status).toBe(200);
    const [image, file] = seen.map((e) => ({ type: e.event.message!.message_type, content: JSON.parse(e.event.message!.content) as Record<string, string> }));
    expect(image).toMatchObject({ type: 'image', content: { image_key: expect.stringMatching(/^img_v3_/) } });
    expect(file).toMatchObject({ type: 'file', content: { file_key: expect.stringMatching(/^file_v3_/), file_name: '签到表.pdf' } });
    expect(await (await fetch(`${url}/web/files/${image!.content.image_key}`)).text()).toBe('PNGDATA');
    expect((await fetch(`${url}/web/api/upload`, { method: 'POST', body: form('空.txt', 'text/plain', '') })).status).toBe(400);
  });

  it('a button press is a signed card.action.trigger; the answer\'s toast comes back and its card replaces the message', async () => {
    const card = { schema: '2.0', body: { elements: [{ tag: 'button', text: { tag: 'plain_text', content: '撤销' }, behaviors: [{ type: 'callback', value: { action: 'undo', id: 'a1' } }] }] } };
    const sent = await client().send({ openId: ZHANG.openId }, { kind: 'card', card });
    const struck = { schema: '2.0', header: { title: { tag: 'plain_text', content: '已撤销' }, template: 'grey' }, body: { elements: [] } };
    answer = () => ({ toast: { type: 'success', content: '已撤销' }, card: { type: 'raw', data: struck } });
    const res = await post('/web/api/action', { from: ZHANG.openId, messageId: sent.messageId, value: { action: 'undo', id: 'a1' }, formValue: { date: '2026-11-30 +0800' } });
    expect(res).toMatchObject({ status: 200, json: { toast: { type: 'success', content: '已撤销' }, updated: true } });
    expect(seen[0]).toMatchObject({
      header: { event_type: 'card.action.trigger' },
      event: {
        operator: { open_id: ZHANG.openId },
        action: { value: { action: 'undo', id: 'a1' }, form_value: { date: '2026-11-30 +0800' } },
        context: { open_message_id: sent.messageId, open_chat_id: p2pChatIdFor(ZHANG.openId) },
      },
    });
    expect((await state()).messages.find((m) => m.messageId === sent.messageId)?.content).toEqual(struck);
  });

  it('a select or an input outside a form sends its option or input_value with the element\'s tag and name', async () => {
    const card = { schema: '2.0', body: { elements: [{ tag: 'select_static', name: 'period', options: [] }] } };
    const sent = await client().send({ openId: ZHANG.openId }, { kind: 'card', card });
    await post('/web/api/action', { from: ZHANG.openId, messageId: sent.messageId, value: { action: 'pick' }, tag: 'select_static', name: 'period', option: 'q3' });
    await post('/web/api/action', { from: ZHANG.openId, messageId: sent.messageId, value: { action: 'note' }, tag: 'input', name: 'note', inputValue: '补充说明' });
    expect(seen.map((e) => e.event.action)).toMatchObject([
      { tag: 'select_static', name: 'period', option: 'q3', value: { action: 'pick' } },
      { tag: 'input', name: 'note', input_value: '补充说明', value: { action: 'note' } },
    ]);
    // Nothing in the answer: the card stays as it was.
    expect((await state()).messages.find((m) => m.messageId === sent.messageId)?.content).toEqual(card);
  });

  it('a failing callback shows Feishu\'s error toast and leaves the card alone', async () => {
    const card = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'x' }] } };
    const sent = await client().send({ openId: ZHANG.openId }, { kind: 'card', card });
    answer = () => {
      throw new Error('bot crashed');
    };
    const res = await post('/web/api/action', { from: ZHANG.openId, messageId: sent.messageId, value: { action: 'x' } });
    expect(res).toMatchObject({ status: 200, json: { toast: { type: 'error' }, updated: false } });
    expect((await state()).messages.find((m) => m.messageId === sent.messageId)?.content).toEqual(card);
  });
});
