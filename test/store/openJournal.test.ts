// The event journal against real files in a temp dir: replay, group commit, torn and corrupt lines, compaction.
import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalRecord } from '../../src/store/journalRecord.js';
import { openJournal, type Journal } from '../../src/store/openJournal.js';

let dir: string;
let file: string;
const open: Journal[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-journal-'));
  file = join(dir, 'events.jsonl');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((j) => j.close()));
  await rm(dir, { recursive: true, force: true });
});

const T0 = new Date('2026-11-22T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();
const accepted = (id: string, minutes = 0, text = `body of ${id}`): JournalRecord => ({
  t: 'accepted',
  id,
  type: 'im.message.receive_v1',
  at: at(minutes),
  payload: { event: { message: { content: JSON.stringify({ text }) } } },
});
const done = (id: string, minutes = 0, error?: string): JournalRecord => ({ t: 'done', id, at: at(minutes), ...(error ? { error } : {}) });

async function journal(opts: Parameters<typeof openJournal>[1] = {}): Promise<Journal> {
  const j = await openJournal(file, { now: () => T0, ...opts });
  open.push(j);
  return j;
}
async function reopen(j: Journal, opts: Parameters<typeof openJournal>[1] = {}): Promise<Journal> {
  await j.close();
  return journal(opts);
}
const linesOf = async () => (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as JournalRecord);

describe('openJournal', () => {
  it('replays what was appended: known ids, pending events with their payloads, finished ones', async () => {
    const j = await journal();
    await j.append(accepted('e1'));
    await j.append(accepted('e2'));
    await j.append(accepted('e3'));
    await j.append(done('e1'));
    await j.append(done('e3', 1, 'boom'));
    await j.append(done('card-1'));

    const again = await reopen(j);
    expect(['e1', 'e2', 'e3', 'card-1', 'e4'].map((id) => again.has(id))).toEqual([true, true, true, true, false]);
    expect(again.pending()).toEqual([accepted('e2')]);
    expect(again.counts()).toEqual({ known: 4, pending: 1, done: 2, failed: 1 });
  });

  it('writes an accepted payload’s JSON text as received, one line even when the text spans lines', async () => {
    const text = '{\r\n  "schema": "2.0",\n  "event": {"message": {"content": "{\\"text\\":\\"廉政谈话\\\\n第二行\\u2028\\"}"}}\n}';
    const payload = JSON.parse(text) as Record<string, unknown>;
    const j = await journal();
    await Promise.all([
      j.append({ t: 'accepted', id: 'message:om_1', type: 'im.message.receive_v1', at: at(0), payload }, text),
      j.append({ t: 'accepted', id: 'message:om_2', type: 'im.message.receive_v1', at: at(0), payload: { plain: true } }),
    ]);
    expect((await readFile(file, 'utf8')).split('\n')).toHaveLength(3);
    const lines = await linesOf();
    expect(lines[0]).toEqual({ t: 'accepted', id: 'message:om_1', type: 'im.message.receive_v1', at: at(0), payload });
    expect(lines[1]).toEqual({ t: 'accepted', id: 'message:om_2', type: 'im.message.receive_v1', at: at(0), payload: { plain: true } });
    const again = await reopen(j);
    expect(again.pending().map((r) => r.payload)).toEqual([payload, { plain: true }]);
  });

  it('keeps a pending payload appended with its text as that text: pending() and a compaction give back the same payload', async () => {
    const text = '{"schema":"2.0","header":{"event_id":"ev1"},"event":{"message":{"chat_id":"oc_1","content":"{\\"text\\":\\"廉政谈话\\"}"}}}';
    const payload = JSON.parse(text) as Record<string, unknown>;
    const j = await journal();
    await j.append({ t: 'accepted', id: 'message:om_1', type: 'im.message.receive_v1', at: at(0), payload }, text);
    await j.append(accepted('e2'));
    await j.append(done('e2'));
    const record = { t: 'accepted', id: 'message:om_1', type: 'im.message.receive_v1', at: at(0), payload };
    // In this run, parsed again from the text it holds, not the object it was given.
    const [held] = j.pending();
    expect(held).toEqual(record);
    expect(held!.payload).not.toBe(payload);
    await j.compact();
    expect(await linesOf()).toEqual([record, done('e2')]);
    const again = await reopen(j);
    expect(again.pending()).toEqual([record]);
  });

  it('gives a pending payload’s text back from the file, the same before and after a compaction moved its line', async () => {
    const text = '{"schema":"2.0","event":{"message":{"chat_id":"oc_1","content":"{\\"text\\":\\"廉政谈话 😀\\"}"}}}';
    const payload = JSON.parse(text) as Record<string, unknown>;
    const j = await journal();
    // In one group with others, Chinese before it, so its place is not the start of the file or of the group.
    await Promise.all([
      j.append(accepted('first', 0, '先到的谈话内容')),
      j.append({ t: 'accepted', id: 'message:om_1', type: 'im.message.receive_v1', at: at(0), payload }, text),
      j.append(accepted('third', 0, '第三条')),
    ]);
    await j.append(done('first', 1));
    expect(j.payloadText('message:om_1')).toBe(text);
    expect(JSON.parse(j.payloadText('third')!)).toEqual((accepted('third', 0, '第三条') as { payload: unknown }).payload);
    expect(j.payloadText('first')).toBeUndefined();
    expect(j.payloadText('never')).toBeUndefined();
    await j.compact();
    expect(await readFile(file, 'utf8')).not.toContain('先到的谈话内容');
    expect(j.payloadText('message:om_1')).toBe(text);
    // Appends after the compaction land after the moved lines, and are read back too.
    await j.append(accepted('fourth', 2, '第四条'));
    expect(j.payloadText('message:om_1')).toBe(text);
    expect(JSON.parse(j.payloadText('fourth')!)).toEqual((accepted('fourth', 2, '第四条') as { payload: unknown }).payload);
    const again = await reopen(j);
    expect(again.pending().map((r) => r.id)).toEqual(['message:om_1', 'third', 'fourth']);
    expect(again.pending()[0]!.payload).toEqual(payload);
    expect(JSON.parse(again.payloadText('message:om_1')!)).toEqual(payload);
  });

  it('holds a pending event recovered at start as its place in the file: its text given back as written, before and after a compaction', async () => {
    // Spaces and \u escapes that JSON.stringify of the parsed payload would not write: only the file has this text.
    const text = '{ "schema": "2.0", "event": {"message": {"chat_id": "oc_1", "content": "{\\"text\\":\\"\\u5ec9\\u653f 谈话\\"}"}} }';
    const payload = JSON.parse(text) as Record<string, unknown>;
    const j = await journal();
    await j.append(accepted('before', 0, '先到的谈话内容'));
    await j.append({ t: 'accepted', id: 'message:om_1', type: 'im.message.receive_v1', at: at(0), payload }, text);
    const again = await reopen(j);
    // Already one line per id: nothing compacted at open, so the text comes from the replayed line's place.
    expect(again.stats().compactions).toBe(0);
    expect(again.payloadText('message:om_1')).toBe(text);
    expect(again.pending().map((r) => r.payload)).toEqual([(accepted('before', 0, '先到的谈话内容') as { payload: unknown }).payload, payload]);
    await again.append(done('before', 1));
    await again.compact();
    expect(await readFile(file, 'utf8')).not.toContain('先到的谈话内容');
    expect(again.payloadText('message:om_1')).toBe(text);
    expect((await reopen(again)).payloadText('message:om_1')).toBe(text);
  });

  it('replays an accepted line spelled otherwise (its fields in another order, one more after the payload) with its payload as before', async () => {
    const payload = { schema: '2.0', event: { message: { content: '{"text":"廉政"}' } } };
    await writeFile(
      file,
      `${JSON.stringify({ id: 'a', t: 'accepted', type: 'x', at: at(0), payload })}\n${JSON.stringify({ t: 'accepted', id: 'b', type: 'x', at: at(0), payload, note: 1 })}\n`,
    );
    const j = await journal();
    expect(j.pending().map((r) => [r.id, r.payload])).toEqual([['a', payload], ['b', payload]]);
    expect(JSON.parse(j.payloadText('b')!)).toEqual(payload);
  });

  it('commits concurrent appends together: one write per group, not per record', async () => {
    const j = await journal();
    await Promise.all(Array.from({ length: 200 }, (_, i) => j.append(accepted(`c${i}`))));
    expect(j.stats()).toMatchObject({ records: 200, groups: 1 });

    // A group is written in the check phase: appends made in the same turn of the event loop share it, even across
    // awaits (requests whose bodies arrived in one poll phase); an append in a later turn starts the next group.
    const first = j.append(accepted('late-0'));
    await Promise.resolve();
    const rest = Array.from({ length: 50 }, (_, i) => j.append(accepted(`late-${i + 1}`)));
    await Promise.all([first, ...rest]);
    expect(j.stats()).toMatchObject({ records: 251, groups: 2 });

    await j.append(done('c0'));
    await j.append(done('c1'));
    expect(j.stats()).toMatchObject({ records: 253, groups: 4 });
    expect((await reopen(j)).counts()).toMatchObject({ known: 251, pending: 249, done: 2 });
  });

  it("with durability 'synced', syncs each group before its appends resolve (the acknowledgement waits for the disk)", async () => {
    const j = await journal({ durability: 'synced' });
    for (let i = 0; i < 5; i++) await j.append(accepted(`s${i}`));
    expect(j.stats()).toMatchObject({ records: 5, groups: 5, syncs: 5 });
  });

  it("by default resolves once written (a killed process cannot lose it), syncs behind, and close() leaves it all synced", async () => {
    const j = await journal();
    await Promise.all(Array.from({ length: 20 }, (_, i) => j.append(accepted(`w${i}`))));
    // In the file as soon as the append resolved: what a kill -9 right after the acknowledgement leaves.
    expect((await linesOf()).map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => `w${i}`));
    for (let i = 0; i < 20; i++) await j.append(done(`w${i}`));
    await j.flush();
    const { groups, syncs } = j.stats();
    expect(groups).toBe(21);
    // One sync at a time covers every line written before it began: never more syncs than writes.
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs).toBeLessThanOrEqual(groups);
    await j.append(accepted('last'));
    await j.close();
    expect(j.stats().syncs).toBeGreaterThan(syncs);
    expect((await reopen(j)).counts()).toMatchObject({ known: 21, pending: 1, done: 20 });
  });

  it('skips a torn last line (a crash mid-append), counts it, and leaves a valid file to append to', async () => {
    await writeFile(file, `${JSON.stringify(accepted('e1'))}\n${JSON.stringify(accepted('e2')).slice(0, 40)}`);
    const j = await journal();
    expect(j.stats().tornLines).toBe(1);
    expect(j.counts()).toMatchObject({ known: 1, pending: 1 });
    await j.append(accepted('e3'));
    expect((await linesOf()).map((r) => r.id)).toEqual(['e1', 'e3']);
    expect((await reopen(j)).stats().tornLines).toBe(0);
  });

  it('repairs a last line that lost only its newline, so the next append is not glued to it', async () => {
    await writeFile(file, JSON.stringify(accepted('e1')));
    const j = await journal();
    await j.append(accepted('e2'));
    expect((await reopen(j)).counts()).toMatchObject({ known: 2, pending: 2 });
  });

  it('refuses a corrupt line in the middle with DATA_INVALID, naming the file and the line', async () => {
    await writeFile(file, [JSON.stringify(accepted('e1')), '{"t":"accepted","id":', JSON.stringify(done('e1')), ''].join('\n'));
    await expect(journal()).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining(`${file} line 2`) });

    await writeFile(file, [JSON.stringify(accepted('e1')), JSON.stringify({ t: 'done', id: 'e1' }), ''].join('\n'));
    await expect(journal()).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringMatching(/line 2: .*at/) });
  });

  it('compacts: keeps pending events with payloads, finished ones as bare ids for 24 h, then forgets them', async () => {
    const clock = { now: T0 };
    const j = await journal({ now: () => clock.now });
    await j.append(accepted('old', 0, '旧的谈话内容'));
    await j.append(done('old', 0));
    await j.append(accepted('recent', 60, '最近的谈话内容'));
    await j.append(done('recent', 61));
    await j.append(accepted('stuck', 0, '尚未处理的内容'));

    clock.now = new Date(T0.getTime() + (24 * 60 + 30) * 60_000);
    await j.compact();
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('旧的谈话内容');
    expect(text).not.toContain('最近的谈话内容');
    expect(await linesOf()).toEqual([done('recent', 61), accepted('stuck', 0, '尚未处理的内容')]);
    expect(j.has('old')).toBe(false);
    expect(j.counts()).toEqual({ known: 2, pending: 1, done: 1, failed: 0 });
    expect(await readdir(dir)).toEqual(['events.jsonl']);

    // The rewritten file is a valid journal that later appends extend.
    await j.append(done('stuck', 24 * 60 + 31));
    const again = await reopen(j, { now: () => clock.now });
    expect(again.counts()).toEqual({ known: 2, pending: 0, done: 2, failed: 0 });
    expect(again.stats().tornLines).toBe(0);
  });

  it('compacts on open, and after a `done` on its own timer rather than in the append', async () => {
    await appendFile(file, [accepted('a'), done('a')].map((r) => `${JSON.stringify(r)}\n`).join(''));
    // Never quiet long enough for the idle compaction: this is the interval's.
    const j = await journal({ compactEveryMs: 1000, idleCompactMs: 3_600_000 });
    expect(j.stats()).toMatchObject({ compactions: 1, lines: 1 });

    await j.append(accepted('b', 1, '机密内容'));
    await j.append(done('b', 2));
    expect(await readFile(file, 'utf8')).toContain('机密内容');
    // Due an interval after the compaction at open, without any further append.
    await vi.waitFor(() => expect(j.stats().compactions).toBe(2), { timeout: 5000 });
    expect(await readFile(file, 'utf8')).not.toContain('机密内容');
    expect(await linesOf()).toEqual([done('a'), done('b', 2)]);
  });

  it('once quiet after an event finished, compacts within idleCompactMs rather than the hour (issue 10 §G)', async () => {
    const j = await journal({ idleCompactMs: 200 });
    await j.append(accepted('a', 0, '谈话中提到的家事'));
    expect(await readFile(file, 'utf8')).toContain('谈话中提到的家事');
    await j.append(done('a', 1));
    await vi.waitFor(() => expect(j.stats().compactions).toBe(1), { timeout: 10_000 });
    expect(await readFile(file, 'utf8')).not.toContain('谈话中提到的家事');
    expect(await linesOf()).toEqual([done('a', 1)]);
    // Still remembered: a redelivery is known.
    expect(j.has('a')).toBe(true);
  });

  it('does not compact while appends keep coming less than idleCompactMs apart, then does once they stop', async () => {
    const j = await journal({ idleCompactMs: 3000 });
    const started = Date.now();
    for (let i = 0; Date.now() - started < 1500; i++) {
      await j.append(accepted(`e${i}`, 0, `第${i}条的内容`));
      await j.append(done(`e${i}`, 1));
      await new Promise((r) => setTimeout(r, 100));
    }
    // A compaction here would have held up the appends behind it.
    expect(j.stats().compactions).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('第0条的内容');
    await vi.waitFor(() => expect(j.stats().compactions).toBe(1), { timeout: 20_000 });
    expect(await readFile(file, 'utf8')).not.toContain('的内容');
  });

  it('an event still pending keeps its payload but does not hold back the finished ones', async () => {
    const j = await journal({ idleCompactMs: 200 });
    await j.append(accepted('done-one', 0, '已处理的谈话内容'));
    await j.append(accepted('retried', 0, '还在重试的内容'));
    await j.append(done('done-one', 1));
    await vi.waitFor(() => expect(j.stats().compactions).toBe(1), { timeout: 10_000 });
    expect(await linesOf()).toEqual([done('done-one', 1), accepted('retried', 0, '还在重试的内容')]);
    // Nothing more finished: no further rewrite however long it stays quiet.
    await new Promise((r) => setTimeout(r, 600));
    expect(j.stats().compactions).toBe(1);
    const again = await reopen(j);
    expect(again.pending()).toEqual([accepted('retried', 0, '还在重试的内容')]);
  });

  it('leaves an already compact file alone, and refuses appends once closed', async () => {
    const j = await journal();
    await j.append(accepted('a'));
    await j.compact();
    expect(j.stats().compactions).toBe(0);
    await j.close();
    await expect(j.append(accepted('b'))).rejects.toThrow(/closed/);
  });
});
