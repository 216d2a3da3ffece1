// Round 62 (issue 10), fixer gbe: gad's and gab's left-alone, over HTTP.
// 1. 陪同 checks: 「11月25日和胡军陪同黄志刚书记到康复中心开展作风纪律检查」 asked whose check; now 黄志刚's on a card that says
//    陪同：林晓、胡军, and 确认 stores it with both as companions; the receipt says 陪同 too.
// 2. 会同 self-checks: 「会同财务科对三公经费进行了自查」 from 林晓 was stored at once at 财务科; now a card says where it counts, and
//    nothing is stored before 确认; 取消 stores nothing. 孙丽 (财务科's head) 「会同财务科开展自查」 is stored at once as before.
// 3. A lecture's joined clause: 「张伟书记讲授廉政党课，并与王建国进行了廉政谈话」 from 王芳 → a card with both records 张伟's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: the corpus's day. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

describe('1. a check the sender escorted: the leader\'s, those who went along shown and kept', () => {
  it.each([
    ['林晓', '11月25日和胡军陪同黄志刚书记到康复中心开展作风纪律检查', ['linxiao', 'hujun'], /陪同：林晓（纪检干事）、胡军/],
    ['林晓', '11月25日我和胡军、王芳陪同黄书记到康复中心开展作风纪律检查', ['linxiao', 'hujun', 'wangfang'], /陪同：林晓（纪检干事）、胡军（办公室科员）、王芳/],
    ['孙杰', '11月25日，黄志刚书记在林晓陪同下到康复中心开展作风纪律检查', ['linxiao'], /陪同：林晓（纪检干事）/],
  ])('%s 「%s」 → a card naming 黄志刚 and 陪同; 确认 stores it with the companions, the receipt naming them', async (from, text, along, shown) => {
    const card = await answerText(from, text);
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/作风纪律检查｜2026-11-25/);
    expect(card).toMatch(shown);
    expect(card).not.toMatch(/是谁/);
    expect(activities()).toHaveLength(0);
    const receipt = await answerText(from, '确认');
    expect(receipt).toMatch(shown);
    expect(receipt).toMatch(/活动人：黄志刚/);
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.actorId).toBe('huangzhigang');
    expect([...activities()[0]!.companionIds!].sort()).toEqual([...along].sort());
  });

  it('a check with no one along shows no 陪同 (林晓 「11月25日到财务科开展作风纪律检查」)', async () => {
    const receipt = await answerText('林晓', '11月25日到财务科开展作风纪律检查');
    expect(receipt).not.toMatch(/陪同：/);
    expect(activities()).toHaveLength(1);
  });
});

describe('2. a self-check done 会同 a department the sender does not head: on a card, never stored silently', () => {
  it.each([['会同财务科对三公经费进行了自查，11月24日'], ['11月24日会同财务科对三公经费进行了自查'], ['11.24 会同财务科开展自查']])(
    '林晓 「%s」 → a card saying it counts toward 财务科; 确认 stores it, 取消 stores nothing',
    async (text) => {
      const card = await answerText('林晓', text);
      expect(card).toMatch(/请确认/);
      expect(card).toMatch(/计入财务科（会同的科室）/);
      expect(activities()).toHaveLength(0);
      await say('林晓', '取消');
      expect(activities()).toHaveLength(0);
      await answerText('林晓', text);
      await say('林晓', '确认');
      expect(activities()).toHaveLength(1);
      expect(activities()[0]!.type).toBe('report_self');
    },
  );

  it('near-miss: 孙丽 (财务科\'s head) 「11月24日会同财务科开展自查」 is stored at once', async () => {
    const receipt = await answerText('孙丽', '11月24日会同财务科开展自查');
    expect(receipt).not.toMatch(/请确认/);
    expect(activities()).toHaveLength(1);
  });
});

describe('3. a lecture\'s joined clause keeps the lecturer', () => {
  it('王芳 「11月24日张伟书记讲授廉政党课，并与王建国进行了廉政谈话」 → a card; 确认 stores both as 张伟\'s', async () => {
    const card = await answerText('王芳', '11月24日张伟书记讲授廉政党课，并与王建国进行了廉政谈话');
    expect(card).toMatch(/请确认/);
    expect(activities()).toHaveLength(0);
    await say('王芳', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join()]).sort()).toEqual([
      ['edu_lecture', '2026-11-24', 'zhangwei', ''],
      ['talk_integrity', '2026-11-24', 'zhangwei', 'wangjianguo'],
    ]);
  });
});
