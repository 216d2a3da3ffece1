// Round 60, fbf (issue 10): a bare 书记 asked which 书记 (fce's left-alone: 张伟's on a card), and a morning report sent
// before dawn (t62b F4: the plan reply, nothing recorded) — over HTTP, the answers stored as given.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';


describe('书记 alone from 纪检: asked which 书记', () => {
  const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));

  it('林晓 「书记11月9日与何平进行了廉政谈话」 → 「书记」是哪一位？ offering the three; 黄志刚 → his talk with 何平', async () => {
    const offered = await chat.offered('林晓', '书记11月9日与何平进行了廉政谈话');
    expect(chat.lastText()).toMatch(/「书记」是哪一位/);
    expect(offered.slice(0, 3)).toEqual(['张伟', '赵敏', '黄志刚']);
    expect(chat.activities()).toEqual([]);
    const answer = await chat.answerText('林晓', '黄志刚');
    if (/确认/.test(answer) && chat.activities().length === 0) await chat.say('林晓', '确认');
    expect(chat.rows()).toEqual([['talk_integrity', '2026-11-09', 'huangzhigang', 'heping']]);
  });

  it('near-miss: 胡军 「书记11月9日与李明进行了廉政谈话」 → 张伟 on the card, as before', async () => {
    await chat.confirmHeadsCard('胡军', '书记11月9日与李明进行了廉政谈话', '张伟');
    expect(chat.rows()).toEqual([['talk_integrity', '2026-11-09', 'zhangwei', 'liming']]);
  });
});

describe('a morning report sent at 05:20', () => {
  const chat = useChatBot(new Date('2026-11-30T05:20:00+08:00'));

  it('李明 「报告：今天上午张书记带队到财务科开展作风纪律检查」 → its day asked, never the plan reply; 昨天 → stored on 11-29', async () => {
    const asked = await chat.answerText('李明', '报告：今天上午张书记带队到财务科开展作风纪律检查');
    expect(asked).toMatch(/哪一天/);
    expect(asked).not.toMatch(/计划/);
    expect(chat.activities()).toEqual([]);
    const answer = await chat.answerText('李明', '昨天');
    if (/确认/.test(answer) && chat.activities().length === 0) await chat.say('李明', '确认');
    expect(chat.rows()).toEqual([['inspect_style', '2026-11-29', 'zhangwei', '']]);
  });

  it('near-miss: 「今天上午要去财务科检查」 stays a plan: nothing recorded', async () => {
    await chat.answerText('李明', '今天上午要去财务科检查');
    expect(chat.activities()).toEqual([]);
  });
});
