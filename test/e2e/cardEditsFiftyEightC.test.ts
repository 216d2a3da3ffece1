// Round 58 (issue 10), fixer fdc: 「第N条…」 and 「…那项」 edits typed on a waiting card or right after a receipt (t60b F3, F5,
// F6; t60a F11; fec's left-alone). Now:
// 1. several numbers with 不要/删了/不算/多了 and a reason drop those items; a reason naming the doer (吴部长) beside the label
//    (活动人是吴静) is one change; voice 「第1条 活动人 是 冯雪 对象 是 我」 sets both fields;
// 2. 「通报典型问题那项也要记，算张书记的警示教育」 puts the clause the card's 注 left out on the same card; 「第4条冯部长也在」 adds
//    her department; 「12月2号是报送信息2篇」 on a card already holding them is said to be there, no second card;
// 3. after a receipt, 「第3条题目改成《会计法》和财经纪律有关规定」 offers the title change (原来/改为) as 第3条日期… does;
// 4. with nothing waiting, 第1、3、5条多了… says there is no list (was: asked the type of a talk with 黄志刚).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: after the days the messages tell, before the reminders' hours. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say } = chat;

const shape = () =>
  activities()
    .map((a) => `${a.type}@${a.date}${a.actorId !== undefined ? `~${a.actorId}` : ''}${a.counterpartIds.length > 0 ? `>${a.counterpartIds.join(',')}` : ''}${a.title ? `《${a.title}》` : ''}${(a.departmentIds ?? []).length > 1 ? `@${a.departmentIds!.join('、')}` : ''}`)
    .sort();

// t60b A8's own card (3 right talks, 3 read with 黄志刚 as the one talked to) is right at once since fda's fix (round 58): the
// set-up is a card of five talks of the sender's, items 1, 3 and 5 dropped with a reason.
const LIN_XIAO = '11月份谈心谈话：11月2日与王芳，11月9日与胡军，11月16日与王强，11月23日与李娟，11月25日与孙杰';
const LIN_TALKS = ['talk_heart@2026-11-09~linxiao>hujun', 'talk_heart@2026-11-23~linxiao>lijuan'];

describe('t60b F3: several items left out with a reason', () => {
  it.each([
    ['第1、3、5条不要，谈话都是黄书记谈的，我没和黄书记谈'],
    ['第1 3 5条 不要 了 都是 黄书记 谈的'],
    ['第一、三、五条是多出来的，不要'],
  ])('「%s」: those items gone, the rest on the card until 确认', async (drop) => {
    await answerText('林晓', LIN_XIAO);
    const reply = await answerText('林晓', drop);
    expect(reply).toMatch(/已去掉第1条.*第3条.*第5条/);
    expect(activities()).toEqual([]);
    await say('林晓', '确认');
    expect(shape()).toEqual(LIN_TALKS);
  });
});

const LIU_YANG = '吴部长11月6号和我谈心谈话，11月13号带我们去康复中心检查了专项资金使用情况';

describe('t60b F6: a reason clause beside the change, and both fields said by voice', () => {
  it('「第2条不对，检查是吴部长带队的，活动人是吴静」: the check is 吴静\'s', async () => {
    await answerText('刘洋', LIU_YANG);
    expect(await answerText('刘洋', '第2条不对，检查是吴部长带队的，活动人是吴静')).toMatch(/第2条活动人改为「吴静」/);
    await say('刘洋', '确认');
    expect(shape()).toEqual(['inspect_funds@2026-11-13~wujing', 'talk_heart@2026-11-06~wujing>liuyang']);
  });

  it('voice 「第1条 活动人 是 冯雪 对象 是 我」: both fields of the talk', async () => {
    await answerText('刘洋', LIU_YANG);
    expect(await answerText('刘洋', '第1条 活动人 是 冯雪 对象 是 我')).toMatch(/活动人改为「冯雪」，对象改为「刘洋」/);
  });

  it('voice 「第2条 活动人 是 冯雪 对象 是 我」 on the check: said unread, never half done', async () => {
    await answerText('刘洋', LIU_YANG);
    expect(await answerText('刘洋', '第2条 活动人 是 冯雪 对象 是 我')).toMatch(/没看懂对第2条的修改/);
  });
});

const WANG_FANG =
  '12月1日，市残联召开党风廉政建设专题会议，张伟主持会议并讲话，班子成员和各部门负责人参加。会议通报了近期查处的2起违反中央八项规定精神典型问题。会后，张伟书记与赵敏进行了廉政谈话。';

describe('t60b F5: 「…那项也要记」 puts the left-out clause on the same card', () => {
  it.each([['通报典型问题那项也要记，算张书记的警示教育'], ['通报典型问题也要记上'], ['典型问题那条也要记录 算警示教育']])('「%s」', async (add) => {
    await answerText('王芳', WANG_FANG);
    const reply = await answerText('王芳', add);
    expect(reply).toMatch(/已把「通报了近期查处的2起违反中央八项规定精神典型问题」加为第3条（警示教育｜2026-12-01）/);
    expect(reply).not.toMatch(/注：消息里的「通报了/);
    expect(activities()).toEqual([]);
    await say('王芳', '确认');
    expect(shape()).toEqual(['edu_warning@2026-12-01~zhangwei', 'meeting_special@2026-12-01~zhangwei', 'talk_integrity@2026-12-01~zhangwei>zhaomin']);
  });

  it('a doer not in the directory is said, the card kept', async () => {
    await answerText('王芳', WANG_FANG);
    expect(await answerText('王芳', '通报典型问题那项也要记，算李书记的警示教育')).toMatch(/没有在通讯录里找到「李书记」，卡片没有改动/);
  });
});

const A10 = '11月30号和陈静廉政谈话 12月2号教就部报送廉政信息2篇 12月3号组织部门集中学习了廉洁自律准则 参加3人';

describe('fec\'s left-alone: 第4条冯部长也在 · what the card holds told again', () => {
  it('「第4条冯部长也在」: her department added to the study', async () => {
    await answerText('郑华', A10);
    expect(await answerText('郑华', '第4条冯部长也在')).toMatch(/第4条部门改为教育就业部、维权部/);
    await say('郑华', '确认');
    expect(shape()).toContain('edu_integrity@2026-12-03~zhenghua《廉洁自律准则》@employment、rights');
  });

  it('「12月2号是报送信息2篇」: on the card already, no second card; 确认 stores four', async () => {
    await answerText('郑华', A10);
    const reply = await answerText('郑华', '12月2号是报送信息2篇');
    expect(reply).toMatch(/您说的就是卡片上的第2、3条，卡片没有改动/);
    expect(reply).not.toMatch(/没有被这条新上报代替/);
    await say('郑华', '确认');
    expect(activities()).toHaveLength(4);
  });

  it('near-miss 「12月2号又报送信息1篇」: its own report beside the card', async () => {
    await answerText('郑华', A10);
    expect(await answerText('郑华', '12月2号又报送信息1篇')).not.toMatch(/您说的就是卡片上的/);
  });
});

// The study's title as sent in t60a A6 (《会计法》和财经纪律有关规定) is read whole at once since fdf's fix (round 58): the set-up
// stores another title, then types the change.
const SUN_LI = '本周工作：1、11月30日和王强、李娟签订了廉政承诺书；2、12月2日组织全科学习《廉洁自律准则》；3、12月4日向党组报送廉政信息1篇';

describe('t60a F11: a title edit of the receipt\'s numbered record', () => {
  it.each([['第3条题目改成《会计法》和财经纪律有关规定'], ['第3条题目错了，应该是《会计法》和财经纪律有关规定'], ['12月2日那次学习的题目改成《会计法》和财经纪律有关规定']])('「%s」: 原来/改为, then the title', async (edit) => {
    await answerText('孙丽', SUN_LI);
    await say('孙丽', '确认');
    const reply = await answerText('孙丽', edit);
    expect(reply).toMatch(/原来：廉政教育｜2026-12-02｜《廉洁自律准则》/);
    expect(reply).toMatch(/改为：廉政教育｜2026-12-02｜《〈会计法〉和财经纪律有关规定》/);
    await say('孙丽', '确认');
    expect(shape()).toContain('edu_integrity@2026-12-02~sunli《〈会计法〉和财经纪律有关规定》');
  });
});

describe('nothing waiting: a drop of several with its reason speaks of a list', () => {
  it('「第1、3、5条多了，都是黄书记谈的」: no list, nothing asked or stored', async () => {
    const reply = await answerText('林晓', '第1、3、5条多了，都是黄书记谈的');
    expect(reply).toMatch(/没有对应的列表/);
    expect(reply).not.toMatch(/是哪类活动/);
    expect(activities()).toEqual([]);
  });
});

describe('right after a receipt: 第N条不要 with a reason', () => {
  it('「第3条不要，重复了」 withdraws record 3, as 第3条不要了 does', async () => {
    await answerText('孙丽', SUN_LI);
    await say('孙丽', '确认');
    const reply = await answerText('孙丽', '第3条不要，重复了');
    expect(reply).toMatch(/已撤销第3条：廉政教育/);
    expect(activities()).toHaveLength(3);
  });

  it('「第1、3条不要，重复了」: how to withdraw by number, never 「没有刚列出的记录」, nothing changed', async () => {
    await answerText('孙丽', SUN_LI);
    await say('孙丽', '确认');
    const reply = await answerText('孙丽', '第1、3条不要，重复了');
    expect(reply).toMatch(/撤销请发「撤销第1条」/);
    expect(reply).not.toMatch(/没有刚列出的记录/);
    expect(activities()).toHaveLength(4);
  });
});
