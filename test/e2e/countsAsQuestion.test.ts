// Over HTTP (round 20u N01, N05): 「…算不算廉政教育？需要上报吗？」 was answered with a quarter's completion card that
// 「没能识别「参加市」、「廉政知识测试算不算」」 and a garbled suggestion 「请问里组织的廉政教育？报吗？」. It asks which kind
// an activity is: the answer says who decides, what the kinds named are and count toward, how to report; nothing recorded.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 18:00 in Shanghai, after the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T18:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { lastText, rows, say } = chat;

describe('asking whether an activity counts', () => {
  it('names the kind and its duty, says who decides and how to report, and records nothing', async () => {
    await say('孙杰', '请问参加市里组织的廉政知识测试算不算廉政教育？需要上报吗？');
    const reply = lastText();
    expect(reply).toMatch(/由本单位机关纪委认定/);
    expect(reply).toMatch(/· 廉政教育（也叫廉洁教育/);
    expect(reply).toMatch(/计入「党性党风党纪和廉洁从政教育活动」（每年至少4次）/);
    expect(reply).toMatch(/做过的党风廉政建设活动都可以上报/);
    expect(reply).not.toMatch(/完成情况|没能识别|您是不是想问/);
    expect(rows()).toEqual([]);
  });

  it('a planned activity with two kinds named: both explained, reported when done', async () => {
    await say('周涛', '下个月准备组织部里同志去廉政教育基地参观，到时候算廉政教育还是警示教育？');
    const reply = lastText();
    expect(reply).toMatch(/· 廉政教育/);
    expect(reply).toMatch(/· 警示教育（也叫警示教育片/);
    expect(reply).toMatch(/活动做完后再上报/);
    expect(reply).not.toMatch(/还没有开始/);
    expect(rows()).toEqual([]);
  });

  it('asked while the bot waits for a day: answered, the question still open, and the answer then records', async () => {
    await say('李明', '办公室组织学习了《中国共产党纪律处分条例》，参加6人');
    expect(lastText()).toMatch(/哪一天/);
    await say('李明', '观看廉政微电影算不算警示教育？');
    expect(lastText()).toMatch(/· 警示教育/);
    expect(lastText()).toMatch(/上面的问题仍在等您回答/);
    expect(rows()).toEqual([]);
    await say('李明', '11月27日');
    expect(rows()).toEqual([['edu_integrity', '2026-11-27', 'liming', '']]);
  });

  it('「补录还算数吗」 is still answered with how a 补录 counts', async () => {
    await say('王建国', '9月份的谈话现在补录还算数吗？');
    expect(lastText()).not.toMatch(/机关纪委认定/);
    expect(lastText()).toMatch(/补录/);
  });
});
