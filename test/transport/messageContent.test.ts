// Rich-text posts as Feishu delivers them (issue 11): images are attachments, text nodes the text, whatever the wrapping.
import { describe, expect, it } from 'vitest';
import { messageContent } from '../../src/transport/messageContent.js';
import { parseEvent } from '../../src/transport/parseEvent.js';

const img = (key: string) => ({ tag: 'img', image_key: key, width: 1280, height: 960 });
const text = (t: string) => ({ tag: 'text', text: t, style: [] });

describe('posts', () => {
  const cases: [string, object, { text: string; keys: string[] }][] = [
    ['a photo with a caption', { title: '', content: [[text('观影现场')], [img('img_v3_1')]] }, { text: '观影现场', keys: ['img_v3_1'] }],
    ['only an image', { title: '', content: [[img('img_v3_2')]] }, { text: '', keys: ['img_v3_2'] }],
    ['wrapped in zh_cn', { zh_cn: { title: '签到表', content: [[img('img_v3_3')]] } }, { text: '签到表', keys: ['img_v3_3'] }],
    ['wrapped in en_us', { en_us: { title: 'sheet', content: [[text('p1'), img('img_v3_4')]] } }, { text: 'sheet\np1', keys: ['img_v3_4'] }],
    ['two images on one line, text between', { title: '', content: [[img('img_a'), text('两页'), img('img_b')]] }, { text: '两页', keys: ['img_a', 'img_b'] }],
    ['an @mention node keeps its placeholder', { title: '', content: [[{ tag: 'at', user_id: '@_user_1', user_name: '清风' }, text(' 现场')], [img('img_c')]] }, { text: '@_user_1 现场', keys: ['img_c'] }],
    ['a link and an emoji', { title: '', content: [[text('见'), { tag: 'a', text: '通知', href: 'https://example.gov.cn' }, { tag: 'emotion', emoji_type: 'SMILE' }]] }, { text: '见通知', keys: [] }],
    ['an img node without a key is not an attachment', { title: '', content: [[{ tag: 'img' }, text('坏图')]] }, { text: '坏图', keys: [] }],
    ['a malformed row is skipped', { title: 't', content: [null, 'x', [img('img_d')]] }, { text: 't', keys: ['img_d'] }],
    ['no content at all', { title: '标题' }, { text: '标题', keys: [] }],
  ];
  for (const [name, content, want] of cases) {
    it(name, () => {
      const got = messageContent('post', JSON.stringify(content));
      expect(got.text).toBe(want.text);
      expect((got.attachments ?? []).map((a) => a.key)).toEqual(want.keys);
      expect(got.attachment?.key).toBe(want.keys[0]);
    });
  }
});

describe('who sent it', () => {
  const envelope = (sender: object, mentions?: object[]) => ({
    schema: '2.0',
    header: { event_id: 'e1', event_type: 'im.message.receive_v1', token: 't' },
    event: {
      sender,
      message: { message_id: 'om_1', chat_id: 'oc_1', chat_type: 'group', message_type: 'text', content: '{"text":"hi"}', ...(mentions ? { mentions } : {}) },
    },
  });
  it('another app, with sender_id {} or with an app id, is ignored, not malformed', () => {
    expect(parseEvent(envelope({ sender_id: {}, sender_type: 'app' }))).toMatchObject({ ok: true, ignored: 'message from sender_type app' });
    expect(parseEvent(envelope({ sender_id: { app_id: 'cli_x' }, sender_type: 'app', tenant_key: 'k' }))).toMatchObject({ ok: true, ignored: expect.any(String) });
    expect(parseEvent(envelope({ sender_type: 'app' }))).toMatchObject({ ok: true, ignored: expect.any(String) });
  });
  it('a user without an open_id is still malformed', () => {
    expect(parseEvent(envelope({ sender_id: {}, sender_type: 'user' }))).toMatchObject({ ok: false });
  });
  it('「@所有人」 arrives with empty ids and is kept as a mention of nobody', () => {
    const parsed = parseEvent(envelope({ sender_id: { open_id: 'ou_1' }, sender_type: 'user' }, [{ key: '@_all', id: { open_id: '', union_id: '', user_id: '' }, name: '所有人' }]));
    expect(parsed).toMatchObject({ ok: true, update: { mentions: [{ key: '@_all', openId: '', name: '所有人' }] } });
  });
  it('a recall names the message and chat', () => {
    const parsed = parseEvent({
      schema: '2.0',
      header: { event_id: 'e2', event_type: 'im.message.recalled_v1', token: 't' },
      event: { message_id: 'om_1', chat_id: 'oc_1', recall_time: '1764000000000', recall_type: 'message_owner' },
    });
    expect(parsed).toEqual({ ok: true, update: { kind: 'recalled', eventId: 'e2', messageId: 'om_1', chatId: 'oc_1' } });
  });
});
