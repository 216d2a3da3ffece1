// What an item left out by the member's answer is called (issue 10 part C, kind 3: a past item dropped was 计划安排).
import { describe, expect, it } from 'vitest';
import { leftOutWord } from '../../../src/domain/report/leftOutWord.js';

const today = '2026-11-30';
const past = { date: '2026-11-09' };
const coming = { date: '2026-12-08' };
const undated = {};

describe('leftOutWord', () => {
  it.each([
    ['第二条先不记', past, '按您的回复删去，未记录；若以后要记，请重新发送'],
    ['第2条别记了', past, '按您的回复删去，未记录；若以后要记，请重新发送'],
    ['那个不用记', undated, '按您的回复删去，未记录'],
    ['第2条还没做', past, '还没有做，未记录；做完后再发给我即可'],
    ['第一条还没谈', undated, '还没有做，未记录；做完后再发给我即可'],
    ['第2条是计划', past, '按您说的是计划、还没有做，未记录；做完后再发给我即可'],
    ['第2条是计划', coming, '是计划安排，未记录；完成后再发给我即可'],
    ['那个是计划', undated, '是计划安排，未记录；完成后再发给我即可'],
    ['最后一条是下月的安排', undated, '是计划安排，未记录；完成后再发给我即可'],
  ])('「%s」 on %j → %s', (answer, draft, word) => {
    expect(leftOutWord(answer, draft, today)).toBe(word);
  });

  it('a past item only dropped is never called 计划安排', () => {
    for (const said of ['第三条先不记', '这条不要记', '第2条不记了', '别记这一条']) expect(leftOutWord(said, past, today)).not.toMatch(/计划/);
  });
});
