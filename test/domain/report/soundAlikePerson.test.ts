// Round 63 (gcc): a companion's name written with a homophone (周滔 for 周涛) is the one person it sounds like.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { soundAlikePerson } from '../../../src/domain/report/soundAlikePerson.js';

const directory = loadConfig('config').directory;
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (from: string) => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: idOf(from), mentions: [] });

describe('soundAlikePerson', () => {
  it.each([
    ['周滔', '昨天和李明谈了心，周滔也在', '周涛'],
    ['周滔部长', '昨天和李明谈了心 周滔部长也在', '周涛'],
    ['吴经', '昨天和周涛谈了廉政谈话，吴经也在', '吴静'],
    ['张英', '昨天和周涛谈了廉政谈话，张英也在', '张颖'],
  ])('「%s」 in 「%s」 is %s', (words, text, name) => {
    expect(soundAlikePerson(words, text, ctx('王建国'))).toBe(idOf(name));
  });

  it.each([
    ['钱多多', '昨天和李明谈了心，钱多多也在'],
    ['大家', '昨天和李明谈了心，大家也在'],
    ['周涛和吴静', '周涛和吴静也在'],
    ['周滔', '没有这个名字的消息'],
  ])('「%s」: no one', (words, text) => {
    expect(soundAlikePerson(words, text, ctx('王建国'))).toBeUndefined();
  });

  it('never the sender', () => {
    expect(soundAlikePerson('周滔', '昨天和张颖谈了心，周滔也在', ctx('周涛'))).toBeUndefined();
  });
});
