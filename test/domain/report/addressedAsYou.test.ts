// Round 12: 您 in a message that opens by addressing someone is that person, not the sender.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { confirmReasons } from '../../../src/domain/report/confirmReasons.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-12-01T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string, mentions: { key: string; openId?: string; name: string }[] = []) => ({ now: NOW, directory, senderId: id(sender), mentions });

describe('您 in a message addressed to someone', () => {
  it('is the @-mentioned person, and the sender only reports it (round 12, probe P6)', () => {
    const zhang = directory.person(id('张伟'))!;
    const text = '@_user_1 书记 今天上午您和王建国副理事长的廉政谈话我帮您登记一下';
    const got = parseReport(text, ctx('胡军', [{ key: '@_user_1', openId: zhang.openId, name: '张伟' }]))!;
    expect(got.map((r) => [r.draft.type, r.draft.date, r.draft.actorId, r.draft.counterpartIds])).toEqual([['talk_integrity', '2026-12-01', id('张伟'), [id('王建国')]]]);
    expect(confirmReasons(got, text)).toContain('third_person');
  });

  it('is not read into a message that addresses no one in the directory', () => {
    const got = parseReport('今天上午您和王建国副理事长的廉政谈话我帮您登记一下', ctx('胡军'));
    expect(got?.some((r) => r.draft.actorId === id('张伟'))).not.toBe(true);
  });
});
