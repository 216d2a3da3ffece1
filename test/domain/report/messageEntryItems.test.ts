// 第N条 while a question waits (round 31f X4): the member's own number of a numbered message's entry, which may have
// given several records; a message with no numbers of its own counts its records.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { entryNumbers, messageEntryItems } from '../../../src/domain/report/messageEntryItems.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const entries = (from: string, text: string) =>
  parseReport(text, { now, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.map((r) => [r.draft.type, r.entry]);
const item = (entry?: number): PendingItem => ({ draft: { counterpartIds: [], late: false }, problems: [], ...(entry !== undefined ? { entry } : {}) });

describe('parseReport keeps the member\'s own number of each record\'s entry', () => {
  // 报送廉政信息2篇 is two papers inside the list as alone (round 34c §4), both of entry 2. Item 3 is the 机关纪委's meeting:
  // one a body above the unit held (市纪委组织的…), only attended, is no record since round 49 (fvc, t51b F5).
  it('1. two talks · 2. 信息报送 ×2 · 3. 警示教育: 1, 1, 2, 2, 3', () => {
    expect(entries('胡军', '办公室11月工作：\n1. 11月5日李明主任与王芳、胡军开展谈心谈话\n2. 11月19日报送廉政信息2篇\n3. 11月26日参加机关纪委组织的警示教育大会')).toEqual([
      ['talk_heart', 1],
      ['talk_heart', 1],
      ['report_info', 2],
      ['report_info', 2],
      ['edu_warning', 3],
    ]);
  });

  it('一是…；二是…: numbered in words, the same', () => {
    expect(entries('李明', '一是11月20日与王芳进行了廉政谈话；二是11月25日组织观看警示教育片《围猎》。')).toEqual([
      ['talk_integrity', 1],
      ['edu_warning', 2],
    ]);
  });

  it('near-miss: entries with no numbers of their own carry none', () => {
    expect(entries('李明', '11月20日与王芳进行了廉政谈话；11月25日组织观看警示教育片《围猎》')).toEqual([
      ['talk_integrity', undefined],
      ['edu_warning', undefined],
    ]);
  });
});

describe('messageEntryItems', () => {
  it('every item numbered: all the items of entry N, in order', () => {
    const items = [item(1), item(1), item(2), item(3)];
    expect(messageEntryItems(items, 1)).toEqual([0, 1]);
    expect(messageEntryItems(items, 3)).toEqual([3]);
    expect(messageEntryItems(items, 4)).toEqual([]);
    expect(entryNumbers(items)).toEqual([1, 2, 3]);
  });

  it('near-miss: an item with no number makes the list count as written', () => {
    const items = [item(1), item(), item(3)];
    expect(messageEntryItems(items, 3)).toEqual([2]);
    expect(messageEntryItems(items, 4)).toEqual([]);
    expect(entryNumbers(items)).toEqual([1, 2, 3]);
  });
});
