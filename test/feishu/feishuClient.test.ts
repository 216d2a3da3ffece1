// The real SDK Client, through createFeishuClient, against the emulator on loopback: what goes over the wire.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/createEmulator.js';
import { TOKEN_PATH } from '../../src/emulator/failureInjector.js';
import { createFeishuClient } from '../../src/feishu/createFeishuClient.js';
import { FeishuError } from '../../src/feishu/FeishuError.js';
import type { FeishuClient } from '../../src/feishu/feishuTypes.js';
import { APP, BRANCH, LI, ZHANG, startEmulator } from '../emulator/harness.js';

const card = {
  schema: '2.0',
  header: { title: { tag: 'plain_text', content: '本月待办' } },
  body: { elements: [{ tag: 'markdown', content: '**学习**：尚未登记' }] },
};

let emulator: Emulator;
let client: FeishuClient;
let url: string;

beforeEach(async () => {
  ({ emulator, url } = await startEmulator());
  client = createFeishuClient({ ...APP, domain: url });
});
afterEach(() => emulator.close());

const apiCalls = (path: string) => emulator.calls.filter((c) => c.path === path);

describe('createFeishuClient against the emulator', () => {
  it('fetches the tenant token once and reuses it for later calls', async () => {
    await client.send({ openId: ZHANG.openId }, { kind: 'text', text: '一' });
    await client.send({ chatId: BRANCH.chatId }, { kind: 'text', text: '二' });
    await client.getUser(ZHANG.openId);
    expect(apiCalls(TOKEN_PATH)).toHaveLength(1);
    expect(apiCalls(TOKEN_PATH)[0]!.body).toEqual({ app_id: APP.appId, app_secret: APP.appSecret });
    expect(emulator.calls.filter((c) => c.path !== TOKEN_PATH).every((c) => c.code === 0)).toBe(true);
  });

  it('sends text to an open_id with content serialised as a JSON string', async () => {
    const { messageId } = await client.send({ openId: ZHANG.openId }, { kind: 'text', text: '请登记本月学习' });
    const call = apiCalls('/open-apis/im/v1/messages')[0]!;
    expect(call.query).toEqual({ receive_id_type: 'open_id' });
    expect(call.body).toEqual({ receive_id: ZHANG.openId, msg_type: 'text', content: '{"text":"请登记本月学习"}' });
    expect(messageId).toMatch(/^om_[0-9a-f]{32}$/);
    expect(emulator.sent).toMatchObject([
      { messageId, kind: 'send', receiveIdType: 'open_id', receiveId: ZHANG.openId, msgType: 'text', content: { text: '请登记本月学习' } },
    ]);
  });

  it('sends a card to a chat_id as an interactive message', async () => {
    const { messageId } = await client.send({ chatId: BRANCH.chatId }, { kind: 'card', card });
    const call = apiCalls('/open-apis/im/v1/messages')[0]!;
    expect(call.query).toEqual({ receive_id_type: 'chat_id' });
    expect(typeof (call.body as { content: unknown }).content).toBe('string');
    expect(emulator.sent[0]).toMatchObject({ messageId, msgType: 'interactive', chatId: BRANCH.chatId, content: card });
  });

  it('replies to a member message in the chat it came from, with the uuid on the wire', async () => {
    const event = emulator.messageEvent({ senderOpenId: ZHANG.openId, chatType: 'group', chatId: BRANCH.chatId, text: '@_user_1 你好' });
    const parentId = (event.event as { message: { message_id: string } }).message.message_id;
    const { messageId } = await client.reply(parentId, { kind: 'text', text: '收到' }, { uuid: 'reply-1' });
    expect(apiCalls(`/open-apis/im/v1/messages/${parentId}/reply`)[0]!.body).toEqual({
      msg_type: 'text',
      content: '{"text":"收到"}',
      uuid: 'reply-1',
    });
    expect(emulator.sent).toMatchObject([{ messageId, kind: 'reply', replyTo: parentId, chatId: BRANCH.chatId, uuid: 'reply-1' }]);
  });

  it('patches a card the bot sent, and refuses to patch a text message', async () => {
    const { messageId } = await client.send({ openId: ZHANG.openId }, { kind: 'card', card });
    const updated = { ...card, body: { elements: [{ tag: 'markdown', content: '已完成 ✅' }] } };
    await client.patchCard(messageId, updated);
    expect(emulator.patched).toMatchObject([{ messageId, content: updated }]);
    expect(apiCalls(`/open-apis/im/v1/messages/${messageId}`)[0]!.method).toBe('PATCH');

    const text = await client.send({ openId: ZHANG.openId }, { kind: 'text', text: 'x' });
    const err = await client.patchCard(text.messageId, updated).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeishuError);
    expect(err).toMatchObject({ code: 'FEISHU_API', feishuCode: 230054, retryable: false });
  });

  it('de-duplicates sends that share a uuid: same message id, one message recorded', async () => {
    const first = await client.send({ openId: ZHANG.openId }, { kind: 'text', text: '提醒' }, { uuid: 'remind-2025-05-zs' });
    const second = await client.send({ openId: ZHANG.openId }, { kind: 'text', text: '提醒' }, { uuid: 'remind-2025-05-zs' });
    expect(second.messageId).toBe(first.messageId);
    expect(emulator.sent).toHaveLength(1);
    expect(apiCalls('/open-apis/im/v1/messages')).toHaveLength(2);
    const third = await client.send({ openId: ZHANG.openId }, { kind: 'text', text: '提醒' }, { uuid: 'remind-2025-05-ls' });
    expect(third.messageId).not.toBe(first.messageId);
  });

  it('gets a user by open_id', async () => {
    const user = await client.getUser(ZHANG.openId);
    expect(user).toEqual({
      openId: ZHANG.openId,
      name: '张三',
      userId: 'zhangsan01',
      unionId: ZHANG.unionId,
      email: ZHANG.email,
      mobile: ZHANG.mobile,
      jobTitle: '科员',
      departmentIds: ['od-office'],
    });
    expect(apiCalls(`/open-apis/contact/v3/users/${ZHANG.openId}`)[0]!.query).toMatchObject({ user_id_type: 'open_id' });
  });

  it('resolves mobiles and e-mails to open_ids, leaving unknown ones out and batching by 50', async () => {
    const ids = await client.resolveIds({
      mobiles: ['13800138000', '+8613900139000', '13000000000'],
      emails: [ZHANG.email!, 'nobody@example.gov.cn'],
    });
    expect(ids).toEqual(
      new Map([
        ['13800138000', ZHANG.openId],
        ['+8613900139000', LI.openId],
        [ZHANG.email!, ZHANG.openId],
      ]),
    );
    const many = Array.from({ length: 51 }, (_, i) => `1370000${String(i).padStart(4, '0')}`);
    emulator.reset();
    await client.resolveIds({ mobiles: many });
    const batches = apiCalls('/open-apis/contact/v3/users/batch_get_id');
    expect(batches.map((c) => (c.body as { mobiles: string[] }).mobiles.length)).toEqual([50, 1]);
  });

  it('uploads a file byte for byte and sends it as a file message', async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x0d, 0x0a]);
    const fileKey = await client.uploadFile({ name: '2025年5月台账.xls', bytes, fileType: 'xls' });
    expect(emulator.files).toMatchObject([{ fileKey, fileType: 'xls', fileName: '2025年5月台账.xls', size: bytes.length }]);
    expect(emulator.files[0]!.bytes.equals(bytes)).toBe(true);
    await client.send({ openId: ZHANG.openId }, { kind: 'file', fileKey });
    expect(emulator.sent[0]).toMatchObject({ msgType: 'file', content: { file_key: fileKey } });
  });

  it('lists every chat across pages', async () => {
    for (let i = 0; i < 120; i += 1) emulator.addChat({ chatId: `oc_${String(i).padStart(32, '0')}`, name: `群${i}` });
    const chats = await client.listChats();
    expect(chats).toHaveLength(121);
    expect(chats[0]).toEqual({ chatId: BRANCH.chatId, name: BRANCH.name, description: '', external: false });
    expect(apiCalls('/open-apis/im/v1/chats').map((c) => c.query.page_token)).toEqual([undefined, expect.any(String)]);
  });

  it('fetches a new token once when Feishu rejects the cached one', async () => {
    await client.send({ openId: ZHANG.openId }, { kind: 'text', text: '一' });
    emulator.revokeTokens();
    await client.send({ openId: ZHANG.openId }, { kind: 'text', text: '二' });
    expect(apiCalls(TOKEN_PATH)).toHaveLength(2);
    expect(apiCalls('/open-apis/im/v1/messages').map((c) => c.code)).toEqual([0, 99991663, 0]);
    expect(emulator.sent).toHaveLength(2);
  });

  it('keeps tokens per client, so two apps with the same id on different hosts do not share one', async () => {
    const other = await startEmulator();
    try {
      const otherClient = createFeishuClient({ ...APP, domain: other.url });
      await client.send({ openId: ZHANG.openId }, { kind: 'text', text: 'A' });
      await otherClient.send({ openId: ZHANG.openId }, { kind: 'text', text: 'B' });
      expect(other.emulator.sent).toHaveLength(1);
      expect(other.emulator.calls.filter((c) => c.path === TOKEN_PATH)).toHaveLength(1);
    } finally {
      await other.emulator.close();
    }
  });
});
