// The envelope and event checks of the acknowledging thread (by hand, without zod): what passes, and what is refused with which path.
import { describe, expect, it } from 'vitest';
import { checkEvent, parseEvent } from '../../src/transport/parseEvent.js';

const header = (type: string, extra: Record<string, unknown> = {}) => ({ event_id: 'ev1', event_type: type, token: 't', create_time: '1764547200000', ...extra });
const message = (m: Record<string, unknown> = {}, sender: unknown = { sender_id: { open_id: 'ou_1' }, sender_type: 'user' }) => ({
  schema: '2.0',
  header: header('im.message.receive_v1'),
  event: { sender, message: { message_id: 'om_1', chat_id: 'oc_1', chat_type: 'p2p', message_type: 'text', content: '{"text":"帮助"}', ...m } },
});

describe('parseEvent', () => {
  it('reads a text message, its mentions and its thread', () => {
    const parsed = parseEvent(message({ thread_id: 'omt_1', mentions: [{ key: '@_user_1', id: { open_id: 'ou_2' }, name: '王强' }] }));
    expect(parsed).toMatchObject({
      ok: true,
      update: { kind: 'message', eventId: 'ev1', messageId: 'om_1', chatId: 'oc_1', chatType: 'p2p', senderOpenId: 'ou_1', text: '帮助', threadId: 'omt_1', mentions: [{ key: '@_user_1', openId: 'ou_2', name: '王强' }] },
    });
    expect((parsed as { update: { sentAt: Date } }).update.sentAt.toISOString()).toBe('2025-12-01T00:00:00.000Z');
  });

  it('refuses a broken envelope or message, naming the first field at fault', () => {
    expect(parseEvent({ schema: '2.0', header: { event_type: 'x', token: 't' }, event: {} })).toEqual({ ok: false, reason: expect.stringMatching(/^malformed envelope \(header\.event_id: expected a non-empty string/) });
    expect(parseEvent({ schema: '2.0', header: header('x'), event: [] })).toEqual({ ok: false, reason: expect.stringMatching(/^malformed envelope \(event: expected an object, got an array/) });
    expect(parseEvent(message({ chat_id: '' }))).toEqual({ ok: false, reason: expect.stringMatching(/^malformed message event \(message\.chat_id: expected a non-empty string/) });
    expect(parseEvent(message({ content: { text: 'x' } }))).toEqual({ ok: false, reason: expect.stringMatching(/message\.content: expected a string, got object/) });
    expect(parseEvent(message({ mentions: [{ key: 'k', id: null, name: 'n' }] }))).toEqual({ ok: false, reason: expect.stringMatching(/message\.mentions\.0\.id: expected an object, got null/) });
    expect(parseEvent(message({}, { sender_id: { open_id: '' }, sender_type: 'user' }))).toMatchObject({ ok: false, reason: expect.stringContaining('sender.sender_id.open_id') });
  });

  it('reads recalls, card clicks and the bot being added, and refuses them without their ids', () => {
    const recall = { schema: '2.0', header: header('im.message.recalled_v1'), event: { message_id: 'om_1', chat_id: 'oc_1' } };
    expect(parseEvent(recall)).toEqual({ ok: true, update: { kind: 'recalled', eventId: 'ev1', messageId: 'om_1', chatId: 'oc_1' } });
    expect(parseEvent({ ...recall, event: { message_id: 'om_1' } })).toMatchObject({ ok: false, reason: expect.stringContaining('malformed recall event (chat_id') });

    const card = { schema: '2.0', header: header('card.action.trigger'), event: { operator: { open_id: 'ou_1' }, action: { value: { a: 1 } }, context: { open_message_id: 'om_1', open_chat_id: 'oc_1' } } };
    expect(parseEvent(card)).toEqual({ ok: true, update: { kind: 'card_action', eventId: 'ev1', operatorOpenId: 'ou_1', messageId: 'om_1', chatId: 'oc_1', value: { a: 1 }, formValue: undefined } });
    expect(parseEvent({ ...card, event: { ...card.event, action: { value: 'x' } } })).toMatchObject({ ok: false, reason: expect.stringContaining('action.value: expected an object') });

    const added = { schema: '2.0', header: header('im.chat.member.bot.added_v1'), event: { chat_id: 'oc_9', name: '纪检组', operator_id: { open_id: 'ou_3' } } };
    expect(parseEvent(added)).toEqual({ ok: true, update: { kind: 'bot_added', eventId: 'ev1', chatId: 'oc_9', chatName: '纪检组', operatorOpenId: 'ou_3' } });
    expect(parseEvent({ ...added, event: { chat_id: 'oc_9', operator_id: {} } })).toMatchObject({ ok: false, reason: expect.stringContaining('operator_id.open_id') });
  });

  it('acknowledges and ignores what it does not use: v1 events, other types, other apps’ messages', () => {
    expect(parseEvent({ event: { type: 'message' } })).toEqual({ ok: true, ignored: 'v1:message' });
    expect(parseEvent({ schema: '2.0', header: header('contact.user.updated_v3'), event: {} })).toEqual({ ok: true, ignored: 'contact.user.updated_v3', eventId: 'ev1' });
    expect(parseEvent(message({}, { sender_id: {}, sender_type: 'app' }))).toEqual({ ok: true, ignored: 'message from sender_type app', eventId: 'ev1' });
  });
});

describe('checkEvent', () => {
  it('gives parseEvent’s verdict, and the kind of update it would build, for every shape above', () => {
    const card = { schema: '2.0', header: header('card.action.trigger'), event: { operator: { open_id: 'ou_1' }, action: { value: { a: 1 } }, context: { open_message_id: 'om_1', open_chat_id: 'oc_1' } } };
    const payloads: Record<string, unknown>[] = [
      message(),
      message({ chat_id: '' }),
      message({ content: { text: 'x' } }),
      message({ mentions: [{ key: 'k', id: null, name: 'n' }] }),
      message({}, { sender_id: {}, sender_type: 'app' }),
      message({}, { sender_id: { open_id: '' }, sender_type: 'user' }),
      { schema: '2.0', header: { event_type: 'x', token: 't' }, event: {} },
      { schema: '2.0', header: header('im.message.recalled_v1'), event: { message_id: 'om_1', chat_id: 'oc_1' } },
      { schema: '2.0', header: header('im.message.recalled_v1'), event: { message_id: 'om_1' } },
      card,
      { ...card, event: { ...card.event, context: { open_message_id: 'om_1' } } },
      { schema: '2.0', header: header('im.chat.member.bot.added_v1'), event: { chat_id: 'oc_9' } },
      { schema: '2.0', header: header('im.chat.member.bot.added_v1'), event: { chat_id: 'oc_9', operator_id: {} } },
      { schema: '2.0', header: header('contact.user.updated_v3'), event: {} },
      { event: { type: 'message' } },
    ];
    for (const p of payloads) {
      const parsed = parseEvent(p);
      const checked = checkEvent(p);
      if ('update' in parsed) expect(checked).toEqual({ ok: true, kind: parsed.update.kind, eventId: parsed.update.eventId });
      else expect(checked).toEqual(parsed);
    }
  });
});
