// The inbox over a real event journal in a temp dir: de-duplication, per-key order, failures, recovery after a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openJournal, type Journal } from '../../src/store/openJournal.js';
import { createInbox, type Inbox } from '../../src/transport/createInbox.js';
import { payloadOf, type EventBody } from '../../src/transport/eventBody.js';

let dir: string;
let journal: Journal;
const seen: string[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-inbox-'));
  journal = await openJournal(join(dir, 'events.jsonl'));
  seen.length = 0;
});
afterEach(async () => {
  await journal.close();
  await rm(dir, { recursive: true, force: true });
});

/** An inbox over the test's journal, keyed by the payload's chat, silent, recording processed ids in `seen`; `more` adds or replaces options. */
function inboxWith(more: Partial<Parameters<typeof createInbox>[0]>): Inbox {
  return createInbox({ journal, process: async (_p, id) => void seen.push(id), keyOf: (p) => String(p.chat), now: () => new Date(), log: () => {}, ...more });
}

function inbox(process?: (body: EventBody, id: string) => Promise<void>): Inbox {
  return inboxWith(process ? { process } : {});
}

it('accepts an id once, even when deliveries race before the first reaches the disk', async () => {
  const box = inbox();
  const answers = await Promise.all([box.accept('e1', 'im', { chat: 'a' }), box.accept('e1', 'im', { chat: 'a' })]);
  expect(answers).toEqual(['accepted', 'duplicate']);
  await box.drain();
  expect(await box.accept('e1', 'im', { chat: 'a' })).toBe('duplicate');
  expect(seen).toEqual(['e1']);
  expect(box.stats()).toEqual({ known: 1, pending: 0, done: 1, failed: 0 });
});

it('processes one key in order and records a throw as failed', async () => {
  const order: string[] = [];
  const box = inbox(async (p, id) => {
    if (id === 'e1') await new Promise((r) => setTimeout(r, 30));
    order.push(id);
    if (payloadOf(p).fail) throw new Error('handler broke');
  });
  await box.accept('e1', 'im', { chat: 'a' });
  await box.accept('e2', 'im', { chat: 'a', fail: true });
  await box.drain();
  expect(order).toEqual(['e1', 'e2']);
  expect(box.stats()).toEqual({ known: 2, pending: 0, done: 1, failed: 1 });
});

it('does not accept what it could not write, so a redelivery is accepted later', async () => {
  await journal.close();
  await expect(inbox().accept('e1', 'im', { chat: 'a' })).rejects.toThrow(/closed/);
  journal = await openJournal(join(dir, 'events.jsonl'));
  expect(journal.has('e1')).toBe(false);
  expect(await inbox().accept('e1', 'im', { chat: 'a' })).toBe('accepted');
});

it('claims a card callback once and keeps it finished', async () => {
  const box = inbox();
  expect([await box.claim('c1', 'card.action.trigger'), await box.claim('c1', 'card.action.trigger')]).toEqual([true, false]);
  expect(box.stats()).toEqual({ known: 1, pending: 0, done: 1, failed: 0 });
});

it('recovers events accepted but unfinished before a restart', async () => {
  await journal.append({ t: 'accepted', id: 'e1', type: 'im', at: new Date().toISOString(), payload: { chat: 'a' } });
  await journal.close();
  journal = await openJournal(join(dir, 'events.jsonl'));
  const box = inbox();
  expect(box.recover()).toBe(1);
  await box.drain();
  expect(seen).toEqual(['e1']);
  expect(box.stats()).toEqual({ known: 1, pending: 0, done: 1, failed: 0 });
});

it('acknowledges before the work starts: the synchronous work of an event never delays the answer that accepted it', async () => {
  const order: string[] = [];
  const box = inbox(async (_p, id) => {
    // Synchronous work, as a whole-unit question is: it must come after the accept's continuation (the HTTP answer).
    order.push(`work ${id}`);
  });
  await Promise.all(['e1', 'e2', 'e3'].map((id, i) => box.accept(id, 'im', { chat: `c${i}` }).then(() => void order.push(`ack ${id}`))));
  await box.drain();
  for (const id of ['e1', 'e2', 'e3']) expect(order.indexOf(`ack ${id}`)).toBeLessThan(order.indexOf(`work ${id}`));
});

it('keeps at most maxInFlight events in processing across chats, the rest started in arrival order, each chat in order', async () => {
  let running = 0;
  let most = 0;
  const order: string[] = [];
  const gates: Array<() => void> = [];
  const box = inboxWith({
    maxInFlight: 3,
    process: async (_p, id) => {
      running += 1;
      most = Math.max(most, running);
      order.push(id);
      await new Promise<void>((r) => gates.push(r));
      running -= 1;
    },
  });
  // Ten chats, two events each: e0..e9 first, then f0..f9 (each behind its chat's e).
  for (let i = 0; i < 10; i++) await box.accept(`e${i}`, 'im', { chat: `c${i}` });
  for (let i = 0; i < 10; i++) await box.accept(`f${i}`, 'im', { chat: `c${i}` });
  const drained = box.drain();
  // Let the work run, opening one gate at a time.
  for (let opened = 0; opened < 20; opened++) {
    while (gates.length === 0) await new Promise((r) => setImmediate(r));
    expect(running).toBeLessThanOrEqual(3);
    gates.shift()!();
    await new Promise((r) => setImmediate(r));
  }
  await drained;
  expect(most).toBe(3);
  expect(order.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `e${i}`));
  for (let i = 0; i < 10; i++) expect(order.indexOf(`f${i}`)).toBeGreaterThan(order.indexOf(`e${i}`));
  expect(box.stats()).toEqual({ known: 20, pending: 0, done: 20, failed: 0 });
});

it('works off one busy chat of thousands of events one at a time in arrival order, beside other chats, and drain waits for all', async () => {
  const order: string[] = [];
  let inChat = 0;
  let mostInChat = 0;
  const box = inboxWith({
    maxInFlight: 4,
    process: async (body, id) => {
      const p = payloadOf(body);
      if (p.chat === 'busy') inChat += 1;
      mostInChat = Math.max(mostInChat, inChat);
      await new Promise((r) => setImmediate(r));
      order.push(id);
      if (p.chat === 'busy') inChat -= 1;
    },
  });
  // Past the queues' compaction point (1,024 taken from the head), accepted in one burst as a saturated webhook does.
  const ids = Array.from({ length: 2100 }, (_, i) => `b${i}`);
  await Promise.all([...ids.map((id) => box.accept(id, 'im', { chat: 'busy' })), ...['x', 'y', 'z'].map((c) => box.accept(c, 'im', { chat: c }))]);
  await box.drain();
  expect(order.filter((id) => id.startsWith('b'))).toEqual(ids);
  expect(order).toEqual(expect.arrayContaining(['x', 'y', 'z']));
  expect(mostInChat).toBe(1);
  expect(box.stats()).toEqual({ known: 2103, pending: 0, done: 2103, failed: 0 });
}, 30_000);

it('lets a chat go on past an event parked after a transient failure, and tries that event again later', async () => {
  const order: string[] = [];
  let failOnce = true;
  const box = inboxWith({
    retryAfterMs: 20,
    isTransient: (e) => (e as Error).message === 'disk busy',
    process: async (_p, id) => {
      if (id === 'e1' && failOnce) {
        failOnce = false;
        throw new Error('disk busy');
      }
      order.push(id);
    },
  });
  await box.accept('e1', 'im', { chat: 'a' });
  await box.accept('e2', 'im', { chat: 'a' });
  await box.drain();
  expect(order).toEqual(['e2']);
  expect(box.stats()).toMatchObject({ pending: 1, done: 1 });
  await new Promise((r) => setTimeout(r, 60));
  await box.drain();
  expect(order).toEqual(['e2', 'e1']);
  expect(box.stats()).toMatchObject({ pending: 0, done: 2 });
  box.close();
});

it('tells the bot which events may have been processed before: recovered ones and retries after a transient failure, never fresh ones', async () => {
  // e1 was accepted by the last run and not finished (a kill -9 before its done mark, perhaps after its reply).
  await journal.append({ t: 'accepted', id: 'e1', type: 'im', at: new Date().toISOString(), payload: { chat: 'a' } });
  await journal.close();
  journal = await openJournal(join(dir, 'events.jsonl'));
  const calls: string[] = [];
  let failOnce = true;
  const box = inboxWith({
    retryAfterMs: 20,
    isTransient: (e) => (e as Error).message === 'disk busy',
    process: async (_p, id, replay) => {
      calls.push(`${id}${replay ? ' replay' : ''}`);
      if (id === 'e3' && failOnce) {
        failOnce = false;
        throw new Error('disk busy');
      }
    },
  });
  expect(box.recover()).toBe(1);
  // e2 waits behind e1 in the same chat, e3 starts in another: neither was processed before.
  await box.accept('e2', 'im', { chat: 'a' });
  await box.accept('e3', 'im', { chat: 'b' });
  // Feishu pushes e1 and e2 again: duplicates, never processed a second time.
  expect([await box.accept('e1', 'im', { chat: 'a' }), await box.accept('e2', 'im', { chat: 'a' })]).toEqual(['duplicate', 'duplicate']);
  await box.drain();
  await new Promise((r) => setTimeout(r, 60));
  await box.drain();
  expect(calls.filter((c) => c.startsWith('e1') || c.startsWith('e2'))).toEqual(['e1 replay', 'e2']);
  // e3's first attempt may have replied before its write failed: its retry is a replay.
  expect(calls.filter((c) => c.startsWith('e3'))).toEqual(['e3', 'e3 replay']);
  expect(box.stats()).toMatchObject({ pending: 0, done: 3 });
  box.close();
});

it('hands an event accepted with its JSON text to the bot as that text, and one recovered from the journal as its payload', async () => {
  const bodies: EventBody[] = [];
  const box = inbox(async (body) => void bodies.push(body));
  const text = '{"chat":"a","n":1}';
  await box.accept('e1', 'im', JSON.parse(text) as Record<string, unknown>, text);
  await box.accept('e2', 'im', { chat: 'b', n: 2 });
  await box.drain();
  expect(bodies).toEqual([{ json: text }, { payload: { chat: 'b', n: 2 } }]);
});

it('holds an event that waits behind its chat as nothing but its place in the journal, and hands it over as the text read back', async () => {
  const bodies: EventBody[] = [];
  let release!: () => void;
  const first = new Promise<void>((r) => (release = r));
  const box = inbox(async (body, id) => {
    bodies.push(body);
    if (id === 'e1') await first;
  });
  const texts = ['{"chat":"a","n":1}', '{"chat":"a","n":2,"text":"廉政谈话"}', '{"chat":"a","n":3}'];
  for (const [i, text] of texts.entries()) await box.accept(`e${i + 1}`, 'im', JSON.parse(text) as Record<string, unknown>, text);
  await box.accept('e4', 'im', { chat: 'a', n: 4 });
  // e2 to e4 wait behind e1: the journal gives their texts back.
  expect(journal.payloadText('e2')).toBe(texts[1]);
  release();
  await box.drain();
  expect(bodies).toEqual([{ json: texts[0] }, { json: texts[1] }, { json: texts[2] }, { json: '{"chat":"a","n":4}' }]);
  expect(box.stats()).toEqual({ known: 4, pending: 0, done: 4, failed: 0 });
});

it('leaves a waiting event not done when its text cannot be read back, and the chat goes on', async () => {
  const seenIds: string[] = [];
  let release!: () => void;
  const first = new Promise<void>((r) => (release = r));
  const logged: string[] = [];
  const box = inboxWith({
    log: (line) => logged.push(line),
    process: async (_body, id) => {
      seenIds.push(id);
      if (id === 'e1') await first;
    },
  });
  await box.accept('e1', 'im', { chat: 'a' }, '{"chat":"a"}');
  await box.accept('e2', 'im', { chat: 'a' }, '{"chat":"a"}');
  await box.accept('e3', 'im', { chat: 'a' }, '{"chat":"a"}');
  const read = journal.payloadText;
  journal.payloadText = (id) => {
    if (id === 'e2') throw new Error('EIO');
    return read(id);
  };
  release();
  await box.drain();
  expect(seenIds).toEqual(['e1', 'e3']);
  expect(logged.join('\n')).toMatch(/e2: could not read it back from the journal, left not done/);
  // Still pending on disk: the next start processes it.
  expect(journal.pending().map((r) => r.id)).toEqual(['e2']);
  journal.payloadText = read;
});
