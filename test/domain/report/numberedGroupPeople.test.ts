import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { numberedGroupPeople } from '../../../src/domain/report/numberedGroupPeople.js';
import { editContext, talk } from './cardEditSupport.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
/** Department ids by name or alias, as the bot's departmentInWords reads a bare name. */
const departmentId = (w: string) => directory.org.departments.find((d) => d.name === w || (d.aliases ?? []).includes(w))?.id;
const ctx = { ...editContext('wangjianguo'), departmentId };
const study: PendingItem = { draft: { type: 'edu_warning', date: '2026-11-25', counterpartIds: [], late: false }, problems: [] };
// 1. 11月24日与李明进行廉政谈话 2. 11月25日与孙丽进行廉政谈话 3. 11月25日组织观看警示教育片 (王建国's card).
const CARD = [talk('liming', '2026-11-24', undefined, 1), talk('sunli', '2026-11-25', undefined, 2), study];
const rows = (read: ReturnType<typeof numberedGroupPeople>) => read?.items.map((i) => [i.draft.type, i.draft.date, i.draft.counterpartIds.join(','), i.draft.departmentIds ?? i.draft.departmentId ?? '', i.draft.allMembers ? 'all' : '']);

describe('numberedGroupPeople', () => {
  it.each([['第2条对象是财务科全体人员'], ['第二条对象是财务科全体人员'], ['第2项的对象是财务科全体同志'], ['第2条 对象是 财务科 全体人员'], ['不对 第2条对象改为财务科所有人员']])(
    '%s → record 2 one talk per member of 财务科 (孙丽 kept, 王强, 李娟), the others as they were',
    (text) => {
      const read = numberedGroupPeople(text, CARD, ctx);
      expect(rows(read)).toEqual([
        ['talk_integrity', '2026-11-24', 'liming', '', ''],
        ['talk_integrity', '2026-11-25', 'sunli', '', ''],
        ['talk_integrity', '2026-11-25', 'wangqiang', 'finance', ''],
        ['talk_integrity', '2026-11-25', 'lijuan', 'finance', ''],
        ['edu_warning', '2026-11-25', '', '', ''],
      ]);
      expect(read?.what).toMatch(/^第2条谈话对象改为财务科全体人员（3人，不含活动人）/);
    },
  );

  it('two departments: the doer is never one of the people', () => {
    const read = numberedGroupPeople('第1条对象是办公室、财务科全体人员', CARD, ctx);
    expect(read?.items.filter((i) => i.draft.type === 'talk_integrity' && i.draft.date === '2026-11-24').flatMap((i) => i.draft.counterpartIds)).toEqual([
      'liming', 'huangzhigang', 'linxiao', 'wangfang', 'hujun', 'sunli', 'wangqiang', 'lijuan',
    ]);
    expect(read?.items.some((i) => i.draft.counterpartIds.includes('wangjianguo'))).toBe(false);
  });

  it.each([['第3条对象是办公室全体人员', ['office']], ['第3条参加的是办公室和财务科全体人员', ['office', 'finance']]])('%s → the study held for all of them', (text, places) => {
    const read = numberedGroupPeople(text, CARD, ctx);
    const third = read?.items[2]?.draft;
    expect(third?.allMembers).toBe(true);
    expect(third?.departmentIds ?? [third?.departmentId]).toEqual(places);
    expect(third?.counterpartIds).toEqual([]);
    expect(read?.items.slice(0, 2)).toEqual(CARD.slice(0, 2));
  });

  it.each([['第2条对'], ['第2条对象是王强'], ['对象是财务科全体人员'], ['第5条对象是财务科全体人员'], ['第3条对象是某某科全体人员'], ['2号那天对象是财务科全体人员']])('%s → not this reader', (text) => {
    expect(numberedGroupPeople(text, CARD, ctx)).toBeUndefined();
  });
});
