// Round 67, ggi: t70a's F2, F3, FB3, FB4 and F5 in the chat (main 3fdbc41e; the tester's clock Tue 2026-12-08 Shanghai).
// F2 李明 「王建囯副理事长今天下午跟孙莉科长谈了话，是廉政谈话」 made two talks and asked 「「副理事长」是哪一位？」 offering 刘芳 and
//    陈志强; now one talk of 王建国, only 孙莉 asked (孙丽 offered).
// F3 王芳's 「…工作信息2篇」 asked 「共 2 次信息报送，分别是哪几天？」; 「昨天一起报的，是一次报送2篇」 was read as a message of its own
//    (没有读出…); now both papers of that day.
// FB3 孙丽's 「不对，是11月27号签的」 after one signing message stored two asked which of them under 「已记录 2 项」; now one 请确认修改
//    card moving both.
// FB4 徐辉's 「刚才那条撤回吧，党课改到下周了」 found the record and waited for a second 撤销; now withdrawn at once, as 撤销 is.
// F5 赵磊's 警示教育 of 维权部 is 冯雪's, said 代为上报 on the card (checked, unchanged).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 15:30 in Shanghai (the tester's day; 今天下午 has come). */
const TUESDAY = new Date('2026-12-08T15:30:00+08:00');
const chat = useChatBot(TUESDAY);
const { activities, answerText, confirmIfAsked, offered, say, rows } = chat;

describe('F2. a near name with its post is one doer', () => {
  it('李明: 王建囯副理事长…跟孙莉科长谈了话 → one talk of 王建国, only 孙莉 asked', async () => {
    const answer = await answerText('李明', '王建囯副理事长今天下午跟孙莉科长谈了话，是廉政谈话');
    expect(answer).not.toMatch(/「副理事长」是哪一位/);
    expect(answer).not.toMatch(/第2条/);
    expect(answer).toMatch(/孙莉/);
    expect(answer).toMatch(/是不是孙丽/);
    const card = await answerText('李明', '是的');
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/活动人：王建国/);
    expect(card).toMatch(/「王建囯」按王建国记录/);
    expect(activities()).toEqual([]);
    await say('李明', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-08', 'wangjianguo', 'sunli']]);
  });

  it('孙丽: 王建囯副理事长…找我谈了 → 王建国 with her, nothing asked', async () => {
    const answer = await answerText('孙丽', '王建囯副理事长11月24号找我谈了廉政谈话');
    expect(answer).not.toMatch(/是哪一位/);
    await confirmIfAsked('孙丽', answer);
    expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'wangjianguo', 'sunli']]);
  });

  it('冯雪: 陈智强副理事长…和郑桦部长 → 陈志强, only 郑桦 asked', async () => {
    const answer = await answerText('冯雪', '陈智强副理事长上周四和郑桦部长进行了廉政谈话');
    expect(answer).not.toMatch(/「副理事长」是哪一位/);
    expect(answer).toMatch(/郑桦/);
    await confirmIfAsked('冯雪', await answerText('冯雪', '是的'));
    expect(rows()).toEqual([['talk_integrity', '2026-12-03', 'chenzhiqiang', 'zhenghua']]);
  });

  it('traditional: 王建國副理事長11月26日與孫麗科長進行了廉政談話 → one talk, nothing asked', async () => {
    const answer = await answerText('王芳', '王建國副理事長11月26日與孫麗科長進行了廉政談話');
    expect(answer).not.toMatch(/是哪一位|是不是/);
    await confirmIfAsked('王芳', answer);
    expect(rows()).toEqual([['talk_integrity', '2026-11-26', 'wangjianguo', 'sunli']]);
  });

  it('near-miss: 副理事长 alone is still asked, all three offered', async () => {
    const choices = await offered('李明', '副理事长今天跟孙丽谈了廉政谈话');
    expect(choices.join(' ')).toMatch(/王建国/);
    expect(choices.join(' ')).toMatch(/刘芳/);
    expect(choices.join(' ')).toMatch(/陈志强/);
    expect(activities()).toEqual([]);
  });
});

describe('F3. papers sent together, answered with one day', () => {
  it.each([['昨天一起报的，是一次报送2篇'], ['昨天一起报的'], ['12月7日，同一天报的'], ['一次报的，昨天'], ['昨天，两篇是一起报送的'], ['都是12月7日']])(
    '王芳 「%s」 → both papers on 12-07',
    async (reply) => {
      const asked = await answerText('王芳', '向市纪委报送了11月党风廉政建设工作信息2篇');
      expect(asked).toMatch(/共 2 次信息报送，分别是哪几天/);
      const answer = await answerText('王芳', reply);
      expect(answer).not.toMatch(/没有读出需要记录的/);
      expect(answer).not.toMatch(/还有 1 次信息报送是哪一天/);
      await confirmIfAsked('王芳', answer);
      expect(rows()).toEqual([
        ['report_info', '2026-12-07', 'wangfang', ''],
        ['report_info', '2026-12-07', 'wangfang', ''],
      ]);
    },
  );

  it('near-miss: 12月7日 alone still asks the second paper’s day', async () => {
    await say('王芳', '向市纪委报送了11月党风廉政建设工作信息2篇');
    const answer = await answerText('王芳', '12月7日');
    expect(answer).toMatch(/还有 1 次信息报送是哪一天/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: two days given are one paper each', async () => {
    await say('王芳', '向市纪委报送了11月党风廉政建设工作信息2篇');
    await confirmIfAsked('王芳', await answerText('王芳', '12月3日、12月7日'));
    expect(rows().map((r) => r[1])).toEqual(['2026-12-03', '2026-12-07']);
  });
});

describe('FB3. a date correction of one signing message moves the batch', () => {
  /** 孙丽's 11.28 signings with 王强 and 李娟, stored as the tester's were. */
  async function signed(): Promise<void> {
    await say('孙丽', '11.28 财务科 签订廉政责任书 5份');
    await confirmIfAsked('孙丽', await answerText('孙丽', '王强、李娟'));
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-28', 'sunli', 'wangqiang'],
      ['pledge_sign', '2026-11-28', 'sunli', 'lijuan'],
    ]);
  }

  it.each([['不对，是11月27号签的'], ['不对，是11.27签的'], ['日期不对，应该是11月27日']])('孙丽 「%s」 → one 请确认修改 of both', async (text) => {
    await signed();
    const answer = await answerText('孙丽', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).not.toMatch(/已记录 2 项/);
    expect(answer).not.toMatch(/要把哪一项/);
    expect(rows().map((r) => r[1])).toEqual(['2026-11-28', '2026-11-28']);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-27', 'sunli', 'wangqiang'],
      ['pledge_sign', '2026-11-27', 'sunli', 'lijuan'],
    ]);
  });

  it('取消 on the change card leaves both as they were', async () => {
    await signed();
    await say('孙丽', '不对，是11月27号签的');
    await say('孙丽', '取消');
    expect(rows().map((r) => r[1])).toEqual(['2026-11-28', '2026-11-28']);
  });

  it('near-miss: two talks (each its own sitting) still ask which, under a heading that is no receipt', async () => {
    await confirmIfAsked('王建国', await answerText('王建国', '昨天和王强、李娟进行了廉政谈话'));
    const answer = await answerText('王建国', '不对，是前天');
    expect(answer).toMatch(/要把哪一项日期改为 2026-12-06/);
    expect(answer).not.toMatch(/已记录 2 项/);
    expect(rows().map((r) => r[1])).toEqual(['2026-12-07', '2026-12-07']);
  });
});

describe('FB4. a withdrawal with a put-off reason is one step', () => {
  /** 徐辉's 党课 of 何平 yesterday, stored. */
  async function lecture(): Promise<void> {
    await confirmIfAsked('徐辉', await answerText('徐辉', '昨天下午 何主任 给康复中心全体职工上了一堂廉政党课 参加人数二十人'));
    expect(rows()).toEqual([['edu_lecture', '2026-12-07', 'heping', '']]);
  }

  it.each([['刚才那条撤回吧，党课改到下周了'], ['党课改到下周了，刚才那条撤回吧'], ['刚才那条撤销 党课推迟了'], ['上一条撤回，改期了'], ['刚才那条删掉吧，下周再上']])(
    '徐辉 「%s」 → withdrawn at once',
    async (text) => {
      await lecture();
      const answer = await answerText('徐辉', text);
      expect(answer).toMatch(/已撤销/);
      expect(answer).not.toMatch(/找到 1 条/);
      expect(activities()).toEqual([]);
    },
  );

  it('near-miss: 推迟到昨天 is no reason to withdraw at once', async () => {
    await lecture();
    const answer = await answerText('徐辉', '刚才那条撤销，推迟到昨天了');
    expect(answer).not.toMatch(/^已撤销/);
    expect(activities()).toHaveLength(1);
  });
});

describe('F5. a department’s 警示教育 from a 科员', () => {
  it('赵磊: 冯雪’s on the card, said 代为上报', async () => {
    const answer = await answerText('赵磊', '组织维权部全体党员观看了警示教育片《警钟》，参加人数8人，时间是11月20日');
    expect(answer).toMatch(/活动人：冯雪/);
    expect(answer).toMatch(/代为上报/);
    expect(activities()).toEqual([]);
    await say('赵磊', '确认');
    expect(rows()).toEqual([['edu_warning', '2026-11-20', 'fengxue', '']]);
  });
});
