// Round 66, gfh: t69a's F1 and F5a–c in the chat (main 5cbdd0a0; the tester's clock Tue 2026-12-08 Shanghai).
// F1 李娟 「孙科长12月3号和王强签订了廉政承诺书，我也签了」 asked 「和谁签订的？」 offering 孙丽, and the card then held 李娟's own
//    签订责任书 with 孙丽; now no question: 孙丽 signed with 王强 and with 李娟, the same kind and day.
// F5a 黄志刚 「12.2带林晓到康复中心检查了工作纪律」 asked 「是谁带队检查的？」 (林晓 first); now his check, 林晓 along.
// F5b 周涛's one-line 党课 card said 「内容较长，像工作动态」 (筑牢 in its title); now the card says the title's words are why.
// F5c 王芳's pasted 分管科室会议 with 「会上，王建国传达学习了…和市纪委近期通报的典型案例」 left the cases 没有对应到任何记录; now
//    王建国's 警示教育 of the meeting's day.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 10:00 in Shanghai (the tester's day). */
const TUESDAY = new Date('2026-12-08T10:00:00+08:00');
const chat = useChatBot(TUESDAY);
const { activities, answerText, rows, confirmIfAsked } = chat;

describe('F1. 我也签了 after someone else’s signing', () => {
  it('李娟: 孙丽 signed with 王强 and with her, nothing asked', async () => {
    const answer = await answerText('李娟', '孙科长12月3号和王强签订了廉政承诺书，我也签了');
    expect(answer).not.toMatch(/和谁签订/);
    expect(answer).not.toMatch(/活动人：您本人/);
    await confirmIfAsked('李娟', answer);
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-03', 'sunli', 'wangqiang'],
      ['pledge_sign', '2026-12-03', 'sunli', 'lijuan'],
    ]);
  });

  it('李明: 张书记上周五和孙丽谈了廉政谈话，我也谈了 → 张伟 with 孙丽 and with 李明', async () => {
    const answer = await answerText('李明', '张书记上周五和孙丽谈了廉政谈话，我也谈了');
    expect(answer).not.toMatch(/和谁谈|谈话对象是/);
    await confirmIfAsked('李明', answer);
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-04', 'zhangwei', 'sunli'],
      ['talk_integrity', '2026-12-04', 'zhangwei', 'liming'],
    ]);
  });

  it('near-miss: 我也和王强签了 is the sender’s own signing with 王强', async () => {
    const answer = await answerText('李娟', '孙科长12月3号和王强签订了廉政承诺书，我也和王强签了');
    await confirmIfAsked('李娟', answer);
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-03', 'sunli', 'wangqiang'],
      ['pledge_sign', '2026-12-03', 'lijuan', 'wangqiang'],
    ]);
  });
});

describe('F5a. 12.2带林晓到… from the one who led', () => {
  it.each([['12.2带林晓到康复中心检查了工作纪律'], ['12.2 带 林晓 到 康复中心 检查 工作纪律']])('黄志刚 「%s」 → his check, 林晓 along', async (text) => {
    const answer = await answerText('黄志刚', text);
    expect(answer).not.toMatch(/是谁带队检查的/);
    await confirmIfAsked('黄志刚', answer);
    const [check] = activities();
    expect([check?.type, check?.date, check?.actorId, check?.companionIds]).toEqual(['inspect_style', '2026-12-02', 'huangzhigang', ['linxiao']]);
    expect(activities()).toHaveLength(1);
  });
});

describe('F5b. the reason a card gives is true of the message', () => {
  it('周涛: a one-line 党课 with 筑牢 in its title is never 内容较长', async () => {
    const answer = await answerText('周涛', '12月1号给组联部讲了廉政党课《守住底线 筑牢防线》');
    expect(answer).not.toMatch(/内容较长/);
    expect(answer).toMatch(/题目里有工作动态常用的词/);
  });

  it('周涛: a one-line 党课 with 要求 says the words, not the length', async () => {
    const answer = await answerText('周涛', '12月1号给组联部讲了廉政党课，要求大家守住底线');
    expect(answer).not.toMatch(/内容较长/);
    expect(answer).toMatch(/消息用了工作动态或会议纪要的写法/);
  });
});

describe('F5c. cases passed on at a meeting after something else', () => {
  it('王芳: the chair’s 警示教育 of the meeting’s day, nothing left over', async () => {
    const answer = await answerText(
      '王芳',
      '12月3日，王建国副理事长主持召开分管科室党风廉政建设工作会议，办公室、财务科全体人员参加。会上，王建国传达学习了上级有关文件精神和市纪委近期通报的典型案例，要求大家以案为鉴。会后，王建国分别与李明、孙丽进行了廉政谈话。',
    );
    expect(answer).not.toMatch(/没有对应到任何记录/);
    expect(answer).toMatch(/内容较长/);
    await confirmIfAsked('王芳', answer);
    expect(rows()).toContainEqual(['edu_warning', '2026-12-03', 'wangjianguo', '']);
    expect(activities()).toHaveLength(4);
  });
});
