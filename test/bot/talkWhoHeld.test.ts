// Round 64, gda: who held a talk the member was only present at is asked by name of what is missing.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import { talkWhoHeld } from '../../src/bot/talkWhoHeld.js';
import type { ReportDraft } from '../../src/domain/report/draft.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const draft = (type: ReportDraft['type'], names: string[]): ReportDraft => ({ type, date: '2026-12-07', counterpartIds: names.map(id), late: false });

describe('talkWhoHeld', () => {
  it('names the kind and the people talked to', () => {
    expect(talkWhoHeld({ directory }, draft('talk_heart', ['王磊']), [id('张伟')], id('赵敏'))).toBe('这次谈心是谁和王磊谈的？请点选，或回复姓名（记在其名下，您为上报人）。');
    expect(talkWhoHeld({ directory }, draft('talk_integrity', ['王磊', '杨帆']), [], id('胡军'))).toBe('这次廉政谈话是谁和王磊、杨帆谈的？请回复姓名（记在其名下，您为上报人）。');
  });

  it('steps aside where the member is offered, no one is talked to yet, or it is no talk', () => {
    expect(talkWhoHeld({ directory }, draft('talk_heart', ['王磊']), [id('赵敏'), id('杨帆')], id('杨帆'))).toBeUndefined();
    expect(talkWhoHeld({ directory }, draft('talk_heart', []), [id('张伟')], id('赵敏'))).toBeUndefined();
    expect(talkWhoHeld({ directory }, draft('edu_lecture', ['王磊']), [id('张伟')], id('赵敏'))).toBeUndefined();
    expect(talkWhoHeld({ directory }, draft('talk_heart', ['王磊']), [id('张伟')], undefined)).toBeUndefined();
  });

  it('round 65 (geb): the two of a pair asked between are named as the pair written: 谁和谁', () => {
    expect(talkWhoHeld({ directory }, draft('talk_heart', ['周涛', '王磊']), [id('周涛'), id('王磊')], id('刘芳'))).toBe(
      '这次谈心是谁和谁谈的？消息里只写了「周涛和王磊」。请点选谈话人（另一位记为谈话对象），或回复姓名（记在其名下，您为上报人）。',
    );
    // One of them only offered, or a third person: the question names those talked to as before.
    expect(talkWhoHeld({ directory }, draft('talk_heart', ['周涛', '王磊']), [id('张伟')], id('刘芳'))).toBe('这次谈心是谁和周涛、王磊谈的？请点选，或回复姓名（记在其名下，您为上报人）。');
  });
});
