// The bot as a real process (npm start's bundle), with the reply spill on (REPLY_SPILL's default), killed with SIGKILL
// while Feishu holds its answers and started again on the same DATA_DIR: each member's message is answered exactly once,
// counted by both APIs (test/support/answeredMessageId.ts). Feishu de-duplicates a uuid within one API only (the
// emulator too), so a replayed message's reply must take the API its first attempt took: 回复消息 unless the spill
// journal (DATA_DIR/replies-spilled.jsonl) says 发送消息.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { SentMessage } from '../../src/emulator/emulatorTypes.js';
import { answeredMessageId } from '../support/answeredMessageId.js';
import { waitFor } from '../support/longConnectionBot.js';
import { openIdOf, stopped, useProcessBot } from '../support/processBot.js';
import { SECRETS } from '../support/testBot.js';

const bot = useProcessBot({ prefix: 'replay-spill' });
const startProcess = () => bot.spawn({}, { timeoutMs: 30_000 });
const killed = (proc: ChildProcess) => stopped(proc);

/** One more, whose message arrives only after the restart. */
const NEWCOMER = '王芳';

/**
 * A message from `name` in their p2p chat (its text given at delivery, 帮助 by default): its id, and its delivery to the
 * bot at `url`.
 */
function written(name: string): { id: string; deliver: (url: string, text?: string) => Promise<string> } {
  let envelope: Record<string, unknown> | undefined;
  const id = `om_${randomBytes(16).toString('hex')}`;
  return {
    id,
    async deliver(url, text = '帮助') {
      envelope ??= bot.emulator.messageEvent({ senderOpenId: openIdOf(name), chatType: 'p2p', text, messageId: id });
      const ack = await bot.emulator.deliver(`${url}/feishu/events`, envelope, SECRETS);
      expect(ack.status).toBe(200);
      return id;
    },
  };
}

const asked = (url: string, name: string): Promise<string> => written(name).deliver(url);

/** The bot's log line when Feishu refused a reply with 429 (createLimitedSender's retry line). */
const RATE_LIMITED = /reply to oc_\w+: attempt 1 failed \(FEISHU_RATE_LIMITED/;

/** What `proc` prints from now on (stdout and stderr), read as it comes. */
function output(proc: ChildProcess): () => string {
  let text = '';
  const add = (b: Buffer) => void (text += b.toString());
  proc.stdout!.on('data', add);
  proc.stderr!.on('data', add);
  return () => text;
}

const sentWith = (uuid: string): SentMessage[] => bot.emulator.sent.filter((m) => m.uuid === uuid);
const answers = (messageId: string): SentMessage[] => bot.emulator.sent.filter((m) => answeredMessageId(m) === messageId);
const callsWith = (uuid: string, api: 'reply' | 'send', status = 200) =>
  bot.emulator.calls.filter((c) => (c.body as { uuid?: string } | undefined)?.uuid === uuid && c.path.endsWith('/reply') === (api === 'reply') && c.status === status);

it('a reply that went by 回复消息 before a kill -9, replayed while 回复消息 is paused by a 429: answered once, never spilled', async () => {
  // 导出台账 uploads its workbook before it replies: after the restart Feishu holds that upload while another replay's
  // 429 pauses 回复消息, so the export's reply is first tried inside the pause, where a new reply would spill.
  const exported = written('张伟');
  const helped = written('李明');
  const [e, h] = [`r-${exported.id}-0`, `r-${helped.id}-0`];
  // Feishu holds both answers (less than the bot's 10 s timeout): the first process dies with both events answered by
  // 回复消息, neither marked done.
  bot.emulator.fail({ times: 1, kind: 'timeout', path: /\/reply$/, uuid: new RegExp(`^${e}$`), holdMs: 8000 });
  bot.emulator.fail({ times: 1, kind: 'timeout', path: /\/reply$/, uuid: new RegExp(`^${h}$`), holdMs: 6000 });
  const first = await startProcess();
  await exported.deliver(first.url, '导出台账');
  await waitFor(() => bot.emulator.held === 1, 'the export’s answer in Feishu’s hands', 90_000);
  await helped.deliver(first.url);
  // Before the export's hold ends (8 s).
  await waitFor(() => bot.emulator.held === 2, 'both answers in Feishu’s hands', 7_000);
  await killed(first.proc);
  // The held replies are made after the bot died: each member has their answer by 回复消息, once.
  await waitFor(() => sentWith(e).length === 1 && sentWith(h).length === 1, 'the first answers made', 15_000);
  expect([sentWith(e)[0]!.kind, sentWith(h)[0]!.kind]).toEqual(['reply', 'reply']);

  // After the restart: 回复消息 refuses 李明's replayed answer (429, reset 8 s), and Feishu holds the export's upload 4 s.
  bot.emulator.fail({ times: 1, kind: 'rate_limit_429', path: /\/reply$/, uuid: new RegExp(`^${h}$`), resetSeconds: 8 });
  bot.emulator.fail({ times: 1, kind: 'timeout', path: /\/im\/v1\/files$/, holdMs: 4000 });
  const second = await startProcess();
  const said = output(second.proc);
  // The bot has read the 429 (on a busy machine its answer can take a second to be read): 回复消息 is paused now.
  // Counted from the listening line, so the bot thread's start is in it (over 45 s seen at load 38).
  await waitFor(() => RATE_LIMITED.test(said()), 'a replay refused by 回复消息', 90_000);
  // A message the new process has never seen, in the pause: its reply spills (the spill is on, 回复消息 full).
  const fresh = await asked(second.url, NEWCOMER);
  await waitFor(() => answers(fresh).length === 1, 'the newcomer answered', 20_000);
  expect(answers(fresh)[0]).toMatchObject({ kind: 'send', uuid: `r-${fresh}-0` });
  // Each replay reaches Feishu again with its uuid: by 回复消息, which de-duplicates it (by 发送消息 it would be a
  // second message); the export's file, never sent before, follows its text.
  const again = (uuid: string) => callsWith(uuid, 'reply').length + callsWith(uuid, 'send').length;
  await waitFor(() => again(e) >= 2 && again(h) >= 2, 'both replays at Feishu', 40_000);
  await waitFor(() => answers(exported.id).some((m) => m.msgType === 'file'), 'the export’s file', 20_000);
  await new Promise((r) => setTimeout(r, 500));
  await killed(second.proc);

  expect([sentWith(e).length, sentWith(h).length, answers(helped.id).length]).toEqual([1, 1, 1]);
  expect([callsWith(e, 'send'), callsWith(h, 'send')].map((c) => c.length)).toEqual([0, 0]);
  // Counted by both APIs: the export's text once and its file once.
  expect(answers(exported.id).map((m) => m.msgType).sort()).toEqual(['file', 'text']);
  expect(answers(fresh)).toHaveLength(1);
}, 300_000);

it('a reply that spilled before a kill -9 goes by 发送消息 again after the restart, with 回复消息 free: answered once', async () => {
  // 回复消息 refuses the first reply (429, reset 5 s): the bot pauses it, so the next member's reply spills.
  bot.emulator.fail({ times: 1, kind: 'rate_limit_429', path: /\/reply$/, resetSeconds: 5 });
  const first = await startProcess();
  const said = output(first.proc);
  const refused = await asked(first.url, '李明');
  await waitFor(() => RATE_LIMITED.test(said()), 'the first reply refused', 90_000);
  const next = written('孙丽');
  const spilled = next.id;
  const uuid = `r-${spilled}-0`;
  // Feishu holds the spilled answer; the journal names it before it leaves.
  bot.emulator.fail({ times: 1, kind: 'timeout', path: /\/im\/v1\/messages$/, uuid: new RegExp(`^${uuid}$`), holdMs: 4000 });
  await next.deliver(first.url);
  await waitFor(() => bot.emulator.held === 1, 'the spilled answer in Feishu’s hands', 20_000);
  expect(readFileSync(join(bot.dataDir, 'replies-spilled.jsonl'), 'utf8')).toContain(uuid);
  await killed(first.proc);
  await waitFor(() => answers(spilled).length === 1, 'the spilled answer made', 10_000);
  expect(answers(spilled)[0]).toMatchObject({ kind: 'send', uuid });

  const second = await startProcess();
  await waitFor(() => callsWith(uuid, 'send').length + callsWith(uuid, 'reply').length >= 2, 'the replay at Feishu', 30_000);
  await waitFor(() => answers(refused).length === 1, 'the refused one answered after the restart', 30_000);
  await new Promise((r) => setTimeout(r, 500));
  await killed(second.proc);

  expect(callsWith(uuid, 'reply', 200)).toHaveLength(0);
  expect(answers(spilled)).toHaveLength(1);
  expect(answers(refused)).toHaveLength(1);
}, 240_000);
