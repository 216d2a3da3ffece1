// Emulator.snapshot() and EmulatorOptions.from: a later emulator starts where an earlier one stood, and neither sees
// the other's changes afterwards (test/support/settledChatBot.ts starts every chat test's emulator this way).
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/createEmulator.js';
import { APP, BRANCH, LI, ZHANG } from './harness.js';

const at = new Date('2026-11-30T02:00:00Z');

describe('Emulator.snapshot() and EmulatorOptions.from', () => {
  it('copies the world: bot, people, records, files (as Buffers); later changes stay on their side', () => {
    const first = createEmulator({ ...APP, users: [ZHANG], chats: [BRANCH], now: () => at });
    first.addUser(LI);
    first.sent.push({ messageId: 'om_1', receiveIdType: 'open_id', receiveId: ZHANG.openId, msgType: 'text', content: { text: '一' }, at } as never);
    first.files.push({ fileKey: 'file_1', fileType: 'xls', fileName: 'a.xlsx', size: 3, bytes: Buffer.from('abc'), at });
    const snapshot = first.snapshot();
    const second = createEmulator({ ...APP, now: () => at, from: snapshot });
    expect(second.bot).toEqual(first.bot);
    expect(second.sent).toEqual(first.sent);
    expect(Buffer.isBuffer(second.files[0]!.bytes)).toBe(true);
    expect(second.snapshot().users.get(LI.openId)).toEqual(LI);
    second.sent.push({ ...second.sent[0]!, messageId: 'om_2' });
    first.sent.length = 0;
    expect(snapshot.sent.map((m) => m.messageId)).toEqual(['om_1']);
    expect(second.sent.map((m) => m.messageId)).toEqual(['om_1', 'om_2']);
    // A third from the same snapshot does not see the second's message.
    expect(createEmulator({ ...APP, from: snapshot }).sent.map((m) => m.messageId)).toEqual(['om_1']);
  });

  it('without `from`, a new emulator knows only its options', () => {
    const e = createEmulator({ ...APP, users: [ZHANG] });
    expect(e.sent).toEqual([]);
    expect([...e.snapshot().users.keys()]).toEqual([ZHANG.openId]);
  });
});
