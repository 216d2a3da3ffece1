// Events as Feishu delivers them: envelope shapes, encryption our transport can decrypt, signatures it can reproduce.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/createEmulator.js';
import { p2pChatIdFor } from '../../src/emulator/feishuIds.js';
import { decryptEvent, signEvent } from '../../src/transport/eventCrypto.js';
import { BRANCH, ZHANG, startEmulator, startReceiver } from './harness.js';

const NOW = new Date('2025-05-20T02:00:00.000Z');
const SEC = { verificationToken: 'v-token-123', encryptKey: 'encrypt-key-456' };

let emulator: Emulator;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeEach(async () => {
  ({ emulator } = await startEmulator({ now: () => NOW, verificationToken: SEC.verificationToken }));
  receiver = await startReceiver(() => ({ ok: true }));
});
afterEach(async () => {
  await receiver.close();
  await emulator.close();
});

describe('messageEvent', () => {
  it('builds the schema 2.0 im.message.receive_v1 envelope with content as a JSON string', () => {
    const envelope = emulator.messageEvent({
      senderOpenId: ZHANG.openId,
      chatType: 'group',
      chatId: BRANCH.chatId,
      text: '@_user_1 本月学习了党章',
      mentions: [{ key: '@_user_1', openId: emulator.bot.openId, name: '清风' }],
    });
    expect(envelope).toMatchObject({
      schema: '2.0',
      header: {
        event_type: 'im.message.receive_v1',
        create_time: String(NOW.getTime()),
        token: SEC.verificationToken,
        app_id: 'cli_a1b2c3d4e5f60718',
        tenant_key: expect.any(String),
      },
      event: {
        sender: { sender_id: { open_id: ZHANG.openId, union_id: ZHANG.unionId, user_id: ZHANG.userId }, sender_type: 'user' },
        message: {
          chat_id: BRANCH.chatId,
          chat_type: 'group',
          message_type: 'text',
          content: '{"text":"@_user_1 本月学习了党章"}',
          create_time: String(NOW.getTime()),
          mentions: [{ key: '@_user_1', id: { open_id: emulator.bot.openId, union_id: expect.stringMatching(/^on_/) }, name: '清风' }],
        },
      },
    });
    const header = envelope.header as { event_id: string };
    const message = (envelope.event as { message: { message_id: string } }).message;
    expect(header.event_id).toMatch(/^[0-9a-f]{32}$/);
    expect(message.message_id).toMatch(/^om_[0-9a-f]{32}$/);
  });

  it('gives a p2p message the sender\'s stable p2p chat, and insists on a chat for groups', () => {
    const a = emulator.messageEvent({ senderOpenId: ZHANG.openId, chatType: 'p2p', text: '一' });
    const b = emulator.messageEvent({ senderOpenId: ZHANG.openId, chatType: 'p2p', text: '二' });
    const chatOf = (e: Record<string, unknown>) => (e.event as { message: { chat_id: string } }).message.chat_id;
    expect(chatOf(a)).toBe(p2pChatIdFor(ZHANG.openId));
    expect(chatOf(b)).toBe(chatOf(a));
    expect((a.header as { event_id: string }).event_id).not.toBe((b.header as { event_id: string }).event_id);
    expect(() => emulator.messageEvent({ senderOpenId: ZHANG.openId, chatType: 'group', text: 'x' })).toThrow(/chatId/);
  });

  it('builds card.action.trigger with the card message\'s chat as context', () => {
    const msg = emulator.messageEvent({ senderOpenId: ZHANG.openId, chatType: 'group', chatId: BRANCH.chatId, text: 'x' });
    const messageId = (msg.event as { message: { message_id: string } }).message.message_id;
    const envelope = emulator.cardActionEvent({ operatorOpenId: ZHANG.openId, messageId, value: { action: 'confirm', draft: 'd1' } });
    expect(envelope).toMatchObject({
      schema: '2.0',
      header: { event_type: 'card.action.trigger', token: SEC.verificationToken },
      event: {
        operator: { open_id: ZHANG.openId },
        token: expect.stringMatching(/^c-/),
        action: { value: { action: 'confirm', draft: 'd1' }, tag: 'button' },
        context: { open_message_id: messageId, open_chat_id: BRANCH.chatId },
      },
    });
  });
});

describe('deliver', () => {
  it('encrypts the envelope and signs the encrypted body exactly as sent', async () => {
    const envelope = emulator.messageEvent({ senderOpenId: ZHANG.openId, chatType: 'p2p', text: '我的任务' });
    const result = await emulator.deliver(receiver.url, envelope, SEC);
    expect(result).toEqual({ status: 200, body: { ok: true } });
    const { rawBody, headers } = receiver.received[0]!;
    const body = JSON.parse(rawBody) as { encrypt: string };
    expect(Object.keys(body)).toEqual(['encrypt']);
    expect(JSON.parse(decryptEvent(body.encrypt, SEC.encryptKey))).toEqual(envelope);
    const timestamp = headers['x-lark-request-timestamp']!;
    const nonce = headers['x-lark-request-nonce']!;
    expect(timestamp).toBe(String(NOW.getTime() / 1000));
    expect(nonce).toMatch(/^[0-9a-f]{16}$/);
    expect(headers['x-lark-signature']).toBe(signEvent(timestamp, nonce, SEC.encryptKey, rawBody));
  });

  it('sends plain JSON carrying header.token, without signature headers, when there is no encrypt key', async () => {
    const envelope = emulator.messageEvent({ senderOpenId: ZHANG.openId, chatType: 'p2p', text: '帮助' });
    await emulator.deliver(receiver.url, envelope, { verificationToken: SEC.verificationToken });
    const { rawBody, headers } = receiver.received[0]!;
    expect(JSON.parse(rawBody)).toEqual(envelope);
    expect((JSON.parse(rawBody) as { header: { token: string } }).header.token).toBe(SEC.verificationToken);
    expect(headers['x-lark-signature']).toBeUndefined();
  });

  it('encrypts the URL check but does not sign it', async () => {
    await emulator.deliver(receiver.url, emulator.urlVerification(SEC.verificationToken, 'ch-1'), SEC);
    const { rawBody, headers } = receiver.received[0]!;
    const inner = JSON.parse(decryptEvent((JSON.parse(rawBody) as { encrypt: string }).encrypt, SEC.encryptKey));
    expect(inner).toEqual({ challenge: 'ch-1', token: SEC.verificationToken, type: 'url_verification' });
    expect(headers['x-lark-signature']).toBeUndefined();
  });
});
