// Over HTTP (n22, issue 10, round 21u): 「两次都…谈了心」 gives one heart-talk per visit and a per-day answer places each name;
// a 心得's training attended is asked whose, never the attendee's; a kind-headed form reads its fields; collating others'
// papers alone is answered plainly, not with the query's 「没有完全听懂」.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const WEDNESDAY = new Date('2026-12-02T11:30:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('#8: two visits, 两次都…谈了心', () => {
  it('王建国: one heart-talk per visit, asked whom; 「10日是王强，12日是胡军」 puts each on its own day', async () => {
    await say('王建国', '11月10日到财务科与孙丽进行了廉政谈话，12日到办公室与李明进行了廉政谈话，两次都顺便和科室其他同志谈了谈心。');
    expect(lastText()).toMatch(/和谁谈的/);
    await say('王建国', '10日是王强，12日是胡军');
    expect(lastText()).toMatch(/请确认/);
    await say('王建国', '确认');
    expect(rows().filter((r) => r[0] === 'talk_heart').map((r) => [r[1], r[3]])).toEqual([
      ['2026-11-10', 'wangqiang'],
      ['2026-11-12', 'hujun'],
    ]);
    expect(rows().filter((r) => r[0] === 'talk_integrity').map((r) => [r[1], r[3]])).toEqual([
      ['2026-11-10', 'sunli'],
      ['2026-11-12', 'liming'],
    ]);
  });
});

describe('#11: a 心得 telling of a training attended', () => {
  it('李娟 「11月中旬参加了机关纪委组织的…培训」: the day, then whose, asked; stored as 黄志刚\'s, never hers', async () => {
    await say('李娟', '学习心得：11月中旬参加了机关纪委组织的党纪学习教育培训，通过学习，深刻认识到纪律的重要性，今后一定严守纪律。');
    expect(lastText()).toMatch(/哪一天/);
    expect(lastText()).not.toMatch(/没有完全听懂|没看懂/);
    await say('李娟', '11月18日');
    expect(lastText()).not.toMatch(/暂记在您名下/);
    await say('李娟', '黄志刚');
    if (rows().length === 0) await say('李娟', '确认');
    expect(rows()).toEqual([['edu_integrity', '2026-11-18', 'huangzhigang', '']]);
  });
});

describe('a form headed by its kind', () => {
  it('李明 廉政党课情况表: 张伟\'s lecture on 11-25 with 30 people, on a card, the day not asked', async () => {
    await say('李明', '廉政党课情况表\n主讲人:张伟\n时间:11月25日\n参加人数:30人');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).not.toMatch(/哪一天/);
    await say('李明', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual([['edu_lecture', '2026-11-25', 'zhangwei', 30]]);
  });
});

describe('collating or chasing others\' papers, alone', () => {
  it.each([
    ['林晓', '11月26日整理汇总了各部室10月份信息报送情况'],
    ['胡军', '今天把各部室报上来的信息汇总了一下'],
    ['王芳', '上周催报了各部室11月份的廉政信息'],
    // round 35a (cc1): someone came to report to the sender, no one named: no paper of the sender's.
    ['黄志刚', '11月27日来汇报了自查情况'],
  ])('%s 「%s」: said plainly that nothing is recorded', async (who, text) => {
    await say(who, text);
    expect(lastText()).toMatch(/不单独记录/);
    expect(lastText()).not.toMatch(/没有完全听懂|没看懂/);
    expect(rows()).toEqual([]);
  });

  it('张伟 「帮我汇总一下各部室信息报送情况」 is still a question', async () => {
    await say('张伟', '帮我汇总一下各部室信息报送情况');
    expect(lastText()).not.toMatch(/不单独记录/);
  });
});

describe('a plan line and 「…计划那两条还没做」', () => {
  it('王建国: the 12月 plan line is no signing asked its day; 「12月计划那两条还没做」 is answered plainly', async () => {
    await say('王建国', '11月工作：\n1. 11月24日与孙丽进行了廉政谈话\n2. 12月计划与李明签订责任书、召开分管科室会议');
    expect(lastText()).not.toMatch(/哪一天/);
    if (rows().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'wangjianguo', 'sunli']]);
    await say('王建国', '12月计划那两条还没做');
    expect(lastText()).toMatch(/没有记录/);
    expect(lastText()).not.toMatch(/没有完全听懂|没看懂/);
    expect(rows()).toHaveLength(1);
  });
});
