// referredRecords (round 63, gca): the one reading of a record reference the correction intents share — 刚才那次 · 那两份 ·
// 上周三财务科那次 · 和王强那条 — against a store of real records (a minimal context: directory, records, sender, clock).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import type { Activity } from '../../src/domain/activity.js';
import type { BotContext } from '../../src/bot/botContext.js';
import { latestReportAsListed, referredRecords } from '../../src/bot/referredRecords.js';

const directory = loadConfig('config').directory;
const person = (name: string) => directory.org.people.find((p) => p.name === name)!;
const NOW = new Date('2026-12-07T10:00:00+08:00');

let n = 0;
/** A standing record `who` reported in one message (`event`), `daysAgo` before NOW. */
function rec(who: string, event: string, fields: Partial<Activity> & Pick<Activity, 'type' | 'date' | 'actorId' | 'counterpartIds'>, daysAgo = 0): Activity {
  n += 1;
  return { id: `a${n}`, reporter: person(who).openId!, late: false, createdAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(), sourceEventId: event, ...fields };
}

/** A context of `sender` over `activities` (all the store reads). */
function ctxOf(sender: string, activities: Activity[]): BotContext {
  const store = { read: <T>(f: (db: { activities: Activity[] }) => T): T => f({ activities }) };
  return {
    update: { senderOpenId: person(sender).openId!, mentions: [], chatType: 'p2p' },
    sender: person(sender),
    now: NOW,
    deps: { store, directory },
  } as unknown as BotContext;
}

const wjg = 'wangjianguo';
const signings = () => [
  rec('王建国', 'e1', { type: 'pledge_sign', date: '2026-12-02', actorId: wjg, counterpartIds: ['sunli'], departmentId: 'finance' }, 5),
  rec('王建国', 'e1', { type: 'pledge_sign', date: '2026-12-02', actorId: wjg, counterpartIds: ['wangqiang'], departmentId: 'finance' }, 5),
  rec('王建国', 'e2', { type: 'pledge_sign', date: '2026-12-07', actorId: wjg, counterpartIds: ['liming'], departmentId: 'office' }),
];

describe('referredRecords', () => {
  it('pointing words alone mean the latest report of the member own, standing', () => {
    const all = signings();
    expect(referredRecords(ctxOf('王建国', all), { words: '', deictic: true }).map((a) => a.id)).toEqual([all[2]!.id]);
  });

  it('a day, a department (placeIsWhere) and a kind noun name the pair signed there, whoever reported them (anyReporter)', () => {
    const all = signings();
    const found = referredRecords(ctxOf('胡军', all), { words: '上周三财务科承诺书', anyReporter: true, placeIsWhere: true, recent: true });
    expect(found.map((a) => a.counterpartIds[0])).toEqual(['sunli', 'wangqiang']);
  });

  it('without placeIsWhere 财务科承诺书 reads as its head 孙丽 (the report parser reading): only her signing', () => {
    const all = signings();
    const found = referredRecords(ctxOf('胡军', all), { words: '上周三财务科承诺书', anyReporter: true });
    expect(found.map((a) => a.counterpartIds[0])).toEqual(['sunli']);
  });

  it('records another reported are never found without anyReporter', () => {
    expect(referredRecords(ctxOf('胡军', signings()), { words: '上周三财务科承诺书', placeIsWhere: true })).toEqual([]);
  });

  it('a person named (和王强) picks that record; recent leaves out one reported over 14 days ago unless the day is said', () => {
    const old = rec('王建国', 'e0', { type: 'talk_integrity', date: '2026-11-02', actorId: wjg, counterpartIds: ['wangqiang'] }, 35);
    const all = [old, ...signings()];
    expect(referredRecords(ctxOf('王建国', all), { words: '和王强', recent: true }).map((a) => a.id)).toEqual([all[2]!.id]);
    expect(referredRecords(ctxOf('王建国', all), { words: '和王强' }).map((a) => a.id)).toEqual([old.id, all[2]!.id]);
    expect(referredRecords(ctxOf('王建国', all), { words: '11月2日和王强', recent: true }).map((a) => a.id)).toEqual([old.id]);
  });

  it('words that name nothing are no record, or the latest report with orLatest', () => {
    const all = signings();
    expect(referredRecords(ctxOf('王建国', all), { words: '那个' })).toEqual([]);
    expect(referredRecords(ctxOf('王建国', all), { words: '那个', orLatest: true }).map((a) => a.id)).toEqual([all[2]!.id]);
  });

  it('pointing words from someone with no report of their own, with anyReporter: the newest recent record naming them', () => {
    const talk = rec('陈志强', 'e9', { type: 'talk_integrity', date: '2026-12-07', actorId: 'chenzhiqiang', counterpartIds: ['zhenghua'] });
    expect(referredRecords(ctxOf('郑华', [talk]), { words: '刚才', deictic: true, anyReporter: true }).map((a) => a.id)).toEqual([talk.id]);
    expect(referredRecords(ctxOf('郑华', [talk]), { words: '刚才', deictic: true })).toEqual([]);
  });
});

// Round 64 (gdc): dropNamedRecord and numberedSidesChange read the latest report here too.
describe('referredRecords: withdrawn, and latestReportAsListed', () => {
  it('withdrawn keeps the latest report\'s withdrawn records (fromNewest: the newest record even when withdrawn)', () => {
    const all = signings();
    all[2] = { ...all[2]!, deletedAt: NOW.toISOString() };
    const ctx = ctxOf('王建国', all);
    expect(referredRecords(ctx, { words: '', deictic: true, fromNewest: true }).map((a) => a.id)).toEqual([]);
    expect(referredRecords(ctx, { words: '', deictic: true, fromNewest: true, withdrawn: true }).map((a) => a.id)).toEqual([all[2]!.id]);
    // Without fromNewest the latest standing record's report is meant: the 12-02 pair.
    expect(referredRecords(ctx, { words: '', deictic: true }).map((a) => a.counterpartIds[0])).toEqual(['sunli', 'wangqiang']);
  });

  it('latestReportAsListed numbers the report as its receipt did, a withdrawn record and another reporter\'s kept', () => {
    const all = signings();
    all[1] = { ...all[1]!, deletedAt: NOW.toISOString() };
    const other = rec('胡军', 'e1', { type: 'pledge_sign', date: '2026-12-02', actorId: wjg, counterpartIds: ['hujun'] }, 5);
    const ctx = ctxOf('王建国', [all[0]!, all[1]!, other]);
    expect(latestReportAsListed(ctx).map((a) => a.counterpartIds[0])).toEqual(['sunli', 'wangqiang', 'hujun']);
    expect(latestReportAsListed(ctxOf('王建国', []))).toEqual([]);
  });
});
