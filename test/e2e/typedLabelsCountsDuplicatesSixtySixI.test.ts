// Round 66, fixer gfi (t69a): a fresh tester's dialogs (clock Tue 2026-12-08 00:35, as the tester's).
// F4  张伟 「今天和王建过同志进行了廉政谈话」 → the button 「是不是王建国？」; typed back, the label was read as a completion query
//     (王建国's card) and the question stayed open: now a label typed back, or nearly, answers as the tap would.
// FB1 胡军's stored 「报送廉政信息2篇」 (two records), then 「刚才那个信息报送是1篇 不是2篇」 → 「没有…找到「2篇」「1篇」」: now a
//     请确认修改 card withdrawing the one too many; 「那就把第4条删掉」 on the receipt was 没看懂: now item 4 withdrawn as 撤销第4条.
// FB2 冯雪's 「重复发了，不用再记」 on the duplicate question → 「这条消息没有记录」 and the card again: now 「好的，没有再记」; the
//     card's hint says plainly which reply records a second one.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 00:35 in Shanghai (the tester's clock: 今天 is 12-08). */
const TUESDAY = new Date('2026-12-08T00:35:00+08:00');
const chat = useChatBot(TUESDAY);
const { answerText, say, rows, offered, lastText } = chat;

describe('F4: a waiting card\'s button label typed back is the tap', () => {
  it.each([['是不是王建国？'], ['是不是王建国'], ['「是不是王建国？」'], ['是王建国'], ['对 是王建国'], ['对，是王建国同志'], ['是他'], ['王建国']])(
    '张伟 「%s」 to 「是不是王建国？」 → the talk with 王建国, no completion card',
    async (typed) => {
      expect(await offered('张伟', '今天和王建过同志进行了廉政谈话')).toContain('王建国');
      const answer = await answerText('张伟', typed);
      expect(answer).not.toMatch(/完成情况/);
      expect(answer).toMatch(/已记录/);
      expect(rows()).toEqual([['talk_integrity', '2026-12-08', 'zhangwei', 'wangjianguo']]);
    },
  );

  it('near-miss: 「是不是李明？」 (no button says it) is not the tap for 王建国', async () => {
    await say('张伟', '今天和王建过同志进行了廉政谈话');
    await say('张伟', '是不是李明？');
    expect(rows().filter((r) => r[3] === 'wangjianguo')).toEqual([]);
  });

  it('which day: the label 「11月12日（周四）」 typed back is that day', async () => {
    expect(await offered('张伟', '11月13日（周四）和李明进行了廉政谈话')).toEqual(['11月12日', '11月13日', '取消']);
    await say('张伟', '11月12日（周四）');
    expect(rows()).toEqual([['talk_integrity', '2026-11-12', 'zhangwei', 'liming']]);
  });

  it('whose is it: the label 「李明（办公室主任）」 typed back is 李明, on a 确认 card', async () => {
    await say('胡军', '12月4日参加了警示教育');
    const answer = await answerText('胡军', '李明（办公室主任）');
    expect(answer).toMatch(/请确认[\s\S]*活动人：李明/);
    await say('胡军', '确认');
    expect(rows()).toEqual([['edu_warning', '2026-12-04', 'liming', '']]);
  });

  it('the 修改 form: 「不修改，直接确认」 typed back records the card as it was', async () => {
    await say('胡军', '12月7日报送廉政信息2篇');
    await say('胡军', '修改');
    expect(lastText()).toMatch(/不修改，直接确认/);
    await say('胡军', '不修改，直接确认');
    expect(rows()).toHaveLength(2);
  });
});

describe('FB1: a stored deed\'s count said fewer, and a receipt\'s item dropped in loose words', () => {
  const papers = async () => {
    await say('胡军', '12月7日报送廉政信息2篇');
    await say('胡军', '确认');
    expect(rows()).toHaveLength(2);
  };

  it.each([['刚才那个信息报送是1篇 不是2篇'], ['刚才那个信息报送不是2篇，是1篇'], ['信息报送是1篇不是2篇'], ['廉政信息多记了1篇'], ['刚才报多了一篇'], ['12月7日的信息报送应该是1篇，不是2篇'], ['不好意思，刚才那条信息其实只有1篇']])(
    '胡军 「%s」 → 请确认修改 withdrawing one of the two; 确认 leaves one',
    async (text) => {
      await papers();
      const answer = await answerText('胡军', text);
      expect(answer).toMatch(/请确认修改/);
      expect(answer).toMatch(/由 2 篇改为 1 篇/);
      expect(answer).not.toMatch(/没有在通讯录/);
      expect(rows()).toHaveLength(2);
      await say('胡军', '确认');
      expect(rows()).toEqual([['report_info', '2026-12-07', 'hujun', '']]);
    },
  );

  it('取消 on the change card keeps both', async () => {
    await papers();
    await say('胡军', '刚才那个信息报送是1篇 不是2篇');
    await say('胡军', '取消');
    expect(rows()).toHaveLength(2);
  });

  it('near-miss: 是2篇 of two stored → nothing too many, nothing changed', async () => {
    await papers();
    const answer = await answerText('胡军', '刚才那个信息报送是2篇 不是3篇');
    expect(answer).toMatch(/没有多记，记录没有改动/);
    expect(answer).toMatch(/台账里是 2 篇，不是 3 篇|只有 2 篇/);
    expect(rows()).toHaveLength(2);
  });

  it('near-miss: nothing stored → 没有找到, no new paper', async () => {
    const answer = await answerText('胡军', '12月7日的信息报送应该是1篇，不是2篇');
    expect(answer).toMatch(/没有找到/);
    await say('胡军', '确认');
    expect(rows()).toEqual([]);
  });

  it('two talks with different people: which one is asked, nothing changed', async () => {
    await say('郑华', '12月7日和陈静、冯雪分别进行了谈心谈话');
    if (rows().length === 0) await say('郑华', '确认');
    expect(rows()).toHaveLength(2);
    const answer = await answerText('郑华', '刚才那个谈心是1次 不是2次');
    expect(answer).toMatch(/没看出要撤销哪一次/);
    expect(rows()).toHaveLength(2);
  });

  const receipt = async () => {
    await say('胡军', '12月7日报送廉政信息2篇\n12月7日和王芳进行了谈心谈话\n12月4日组织科室观看了警示教育片');
    await say('胡军', '确认');
    expect(rows()).toHaveLength(4);
  };

  it.each([['那就把第4条删掉'], ['第4条删了'], ['删掉第4条'], ['删第4条'], ['那第4条删掉吧'], ['第4条不要了']])('胡军 「%s」 on the receipt → item 4 withdrawn', async (text) => {
    await receipt();
    expect(await answerText('胡军', text)).toMatch(/已撤销第4条：警示教育/);
    expect(rows().map((r) => r[0])).toEqual(['report_info', 'report_info', 'talk_heart']);
  });

  it('on a waiting card 「那就把第2条删掉」 is the card\'s item: nothing stored, the card shown with three', async () => {
    await say('胡军', '12月7日报送廉政信息2篇\n12月7日和王芳进行了谈心谈话\n12月4日组织科室观看了警示教育片');
    const answer = await answerText('胡军', '那就把第2条删掉');
    expect(rows()).toEqual([]);
    expect(answer).toMatch(/请确认以下 3 条记录/);
  });
});

describe('FB2: the duplicate question\'s no, and its hint', () => {
  const twice = async () => {
    await chat.recorded('冯雪', '12月4日在维权部开展了警示教育');
    await say('冯雪', '12月4日在维权部开展了警示教育');
    expect(lastText()).toMatch(/已有一条相同记录，仍要再记一条吗？/);
  };

  it('the hint says which reply records a second one and which does not', async () => {
    await twice();
    expect(lastText()).toMatch(/要再记一条：请点「仍要记录」或回复「再记一条」。不用再记：请点「取消」或回复「不用再记」/);
    expect(lastText()).not.toMatch(/不会重复记录（这条上报随即结束）/);
  });

  it.each([['重复发了，不用再记'], ['不用再记'], ['不用记了'], ['重复了'], ['发重了'], ['多发了一次'], ['不要'], ['是同一次，不用再记'], ['不用了，重复发了'], ['取消']])(
    '冯雪 「%s」 → 好的，没有再记; one record, nothing waiting',
    async (text) => {
      await twice();
      expect(await answerText('冯雪', text)).toMatch(/好的，没有再记/);
      expect(rows()).toEqual([['edu_warning', '2026-12-04', 'fengxue', '']]);
      expect(await answerText('冯雪', '确认')).not.toMatch(/已记录/);
      expect(rows()).toHaveLength(1);
    },
  );

  it('再记一条 still records the second one', async () => {
    await twice();
    await say('冯雪', '再记一条');
    expect(rows()).toHaveLength(2);
  });

  it('near-miss: 不用再记 on a card with a new record beside the repeat is not the whole card\'s no', async () => {
    await chat.recorded('冯雪', '12月4日在维权部开展了警示教育');
    await say('冯雪', '12月4日在维权部开展了警示教育\n12月7日和赵磊进行了谈心谈话');
    const answer = await answerText('冯雪', '不用再记');
    expect(answer).not.toMatch(/好的，没有再记，已有的那条记录保持不变/);
  });
});
