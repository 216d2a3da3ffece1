// Round 20u L15 (issue 10, h20): 「冯雪是和谁谈的？」 answered with someone not in organization.yaml (新来的见习生小马) came
// back word for word, forever. Now the talk is left out, said plainly on the 确认 card, and the rest of the message goes on.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('a counterpart not in the directory', () => {
  it('answered in the member\'s words: the talk is left out on the card, the other records are kept after 确认', async () => {
    await say(
      '郑华',
      '教育就业部11月工作小结：\n一、11月12日，部门召开会议学习《中国共产党纪律处分条例》；\n二、11月19日，陈静同志和刚调来的小宋进行了提醒谈话。',
    );
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/和谁谈的/);
    expect(lastText()).toContain('不在名单里');
    await say('郑华', '小宋，刚调来的，通讯录里还没有');
    const card = lastText();
    expect(card).toContain('「小宋」不在名单（通讯录）里');
    expect(card).toContain('未记录');
    expect(card).not.toMatch(/和谁谈的/);
    await say('郑华', '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['edu_integrity', '2026-11-12']]);
  });

  it('the 不在名单里 button on 和谁谈的 of a lone talk ends it with nothing recorded and says why', async () => {
    await say('刘洋', '上周五我对新来的实习生进行了廉政提醒谈话');
    expect(lastText()).toMatch(/和谁谈的/);
    await say('刘洋', '不在名单里');
    expect(lastText()).toContain('不在名单（通讯录）里');
    expect(lastText()).toContain('没有记录任何内容');
    expect(activities()).toEqual([]);
    await say('刘洋', '不在名单里');
    expect(lastText()).not.toMatch(/和谁谈的/);
  });

  it('a doer not in the directory to 是哪位领导主持 ends it the same way, never the question again', async () => {
    await say('胡军', '11月5日副理事长主持召开分管科室党风廉政建设工作会议');
    await say('胡军', '不在名单里');
    expect(lastText()).toMatch(/主持或主讲/);
    await say('胡军', '是新来的副理事长周大海，名单里还没有');
    expect(lastText()).toContain('「周大海」不在名单（通讯录）里');
    expect(lastText()).not.toMatch(/主持或主讲/);
    expect(activities()).toEqual([]);
  });
});
