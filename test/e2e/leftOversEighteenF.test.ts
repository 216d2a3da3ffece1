// Over HTTP (f18, issue 10): a dictated type word (连症坦化) is read on the 确认 card only, with the reading named; a deed
// said 已完成 with no day is asked its day for every type; 我们中心/本部门 name the sender's department.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 10:00 in Shanghai. */
const WEDNESDAY = new Date('2026-12-02T10:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('a far homophone of a type word is read on the card, never at once', () => {
  it('刘芳「11月20日和周涛进行了连症坦化」 → 确认 card naming the reading, recorded after 确认', async () => {
    await say('刘芳', '11月20日和周涛进行了连症坦化');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toContain('「连症坦化」按廉政谈话记录');
    expect(rows()).toEqual([]);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-20', 'liufang', 'zhoutao']]);
  });

  it('「连症坦化小组」 standing as a name is no talk', async () => {
    await say('刘芳', '连症坦化小组今天成立');
    expect(rows()).toEqual([]);
    expect(lastText()).not.toMatch(/请确认|按廉政谈话记录/);
  });
});
