// t41a F23 (round 42, issue 10): after 周涛 recorded his 信息报送 of 11-27, 张颖's post 「…11月27日，组联部向党组报送了廉政信息1篇。」
// stored a second one without a word — only talks and signings were matched across reporters (the other side's record),
// and a paper told with its department (组联部) was never the head's own telling without one. Every kind of the same doer
// and day is now 可能重复: said on the card by whose record it is, held back at 确认, recorded again only on 仍要记录.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 12:00 in Shanghai (t41a's day). */
const chat = useChatBot(new Date('2026-12-04T12:00:00+08:00'));
const { rows, say, answerText } = chat;

const POST = '近期，组联部扎实开展党风廉政建设系列活动。11月23日，部长周涛带领全体干部集中学习了《中国共产党廉洁自律准则》；11月25日，周涛与张颖进行了廉政提醒谈话；11月27日，组联部向党组报送了廉政信息1篇。';

describe('a deed of any kind another member recorded is 可能重复 on the card', () => {
  it('the head\'s 信息报送, then the clerk\'s post: the card names 周涛\'s record, 确认 stores the other two only', async () => {
    await say('周涛', '11月27日向党组报送了廉政信息1篇');
    expect(rows()).toEqual([['report_info', '2026-11-27', 'zhoutao', '']]);
    const card = await answerText('张颖', POST);
    expect(card).toContain('周涛已记录了11月27日的信息报送');
    const receipt = await answerText('张颖', '确认');
    expect(receipt).toContain('第3条已有一条相同记录');
    expect(rows()).toEqual([
      ['report_info', '2026-11-27', 'zhoutao', ''],
      ['edu_integrity', '2026-11-23', 'zhoutao', ''],
      ['talk_integrity', '2026-11-25', 'zhoutao', 'zhangying'],
    ]);
  });

  it('仍要记录 on the clerk\'s card records the second one', async () => {
    await say('周涛', '11月27日向党组报送了廉政信息1篇');
    await answerText('张颖', POST);
    await say('张颖', '仍要记录');
    expect(rows().filter((r) => r[0] === 'report_info')).toHaveLength(2);
  });

  it('a study the head told with its title, then a clerk\'s line without one: asked, never stored at once', async () => {
    await say('周涛', '11月23日组织部门学习了《中国共产党廉洁自律准则》');
    expect(rows()).toHaveLength(1);
    const card = await answerText('张颖', '11月23日，周涛部长组织部门开展了廉政教育。');
    expect(card).toContain('周涛已记录了11月23日的廉政教育');
    await say('张颖', '确认');
    expect(rows()).toHaveLength(1);
  });

  it('near-miss: another day, or another doer\'s paper, is no duplicate', async () => {
    await say('周涛', '11月27日向党组报送了廉政信息1篇');
    const card = await answerText('张颖', '11月26日，组联部向党组报送了廉政信息1篇。');
    expect(card).not.toContain('已记录了');
    await say('吴静', '11月27日向党组报送了廉政信息1篇');
    expect(rows()).toHaveLength(2 + (card.includes('请确认') ? 0 : 1));
  });
});
