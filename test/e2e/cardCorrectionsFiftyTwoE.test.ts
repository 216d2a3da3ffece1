// Round 52 (issue 10), fixer fwe: corrections typed on a 确认 card, and the card's remarks (t54a, t54b).
// t54b F2: papers asked their days kept the joined title 《A、B》 each; 「第1条题目改成《廉洁从业 守住底线》，第2条题目改成《…》」
// changed 第1条 alone, cut at the space; 「题目改成以案为鉴 守牢底线」 kept half. Now one title a paper after the days, a title
// kept whole with its spaces, and every change of the message applied.
// t54b F4: 「第3条不对，检查是陈志强副理事长带队的，不是我」 refused; natural doer corrections now set the doer.
// t54b F6, t54a B10, t54a F4: remarks recomputed from the records as they now are.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** 郑华's two papers of one day: a card of two (recorded at 确认). */
const TWO_PAPERS = '11月20日报送廉政信息2篇（《廉洁从业 守住底线》《小微权力监督初探》）';
/** 孙丽's numbered report of a talk, a study and a check: a card of three. */
const THREE_ITEMS = '1. 11月2日与王强进行廉政谈话\n2. 11月9日组织学习《廉洁自律准则》，参加12人\n3. 11月16日对财务科开展作风纪律检查';

describe('t54b F2: papers asked their days take one title each, in order', () => {
  it.each([
    ['郑华', '本部门11月报送廉政信息2篇（《廉洁从业 守住底线》《小微权力监督初探》），11月28日报送调研报告1篇', '11月20日、11月25日', ['廉洁从业 守住底线', '小微权力监督初探']],
    ['郑华', '本部门11月报送廉政信息2篇（《廉洁从业 守住底线》《小微权力监督初探》）', '11月20日、11月25日', ['廉洁从业 守住底线', '小微权力监督初探']],
    ['李明', '本月报送廉政信息2篇：《以案为鉴 守牢底线》《清风 伴我行》', '都是11月20日', ['以案为鉴 守牢底线', '清风 伴我行']],
    ['李明', '11月报送廉政信息3篇（《以案为鉴 守牢底线》《清风伴我行》《节前廉政提醒》）', '11月5日、11月12日、11月19日', ['以案为鉴 守牢底线', '清风伴我行', '节前廉政提醒']],
    ['王磊', '宣文部11月份报送廉政信息2篇，分别是《廉洁文化进机关 清风正气满宣文》《警钟长鸣》', '11月20日1篇，11月27日1篇', ['廉洁文化进机关 清风正气满宣文', '警钟长鸣']],
    ['冯雪', '本月报送调研报告2篇（《维权工作中的廉政风险 防控》《信访接待廉洁问题初探》）', '11月18日、11月25日', ['维权工作中的廉政风险 防控', '信访接待廉洁问题初探']],
  ])('%s「%s」 then 「%s」: titles %j', async (who, report, days, titles) => {
    await answerText(who, report);
    const answer = await answerText(who, days);
    expect(answer).not.toMatch(/、小微|、清风|、警钟|、节前|、信访/);
    if (activities().length === 0) await say(who, '确认');
    expect(activities().filter((a) => a.type === 'report_info' || (a.type === 'report_research' && a.title !== undefined)).map((a) => a.title)).toEqual(titles);
  });

  it('near-miss: two documents studied stay one study with both titles', async () => {
    await answerText('孙丽', '本月组织学习了《廉洁自律准则》《中国共产党纪律处分条例》');
    await answerText('孙丽', '11月20日');
    if (activities().length === 0) await say('孙丽', '确认');
    expect(activities().map((a) => a.title)).toEqual(['廉洁自律准则、中国共产党纪律处分条例']);
  });

  it('t54b F6: 「11月22日2篇」 to the counted question: no 「写了两遍」 remark', async () => {
    await answerText('黄志刚', '11月份机关纪委工作统计：开展廉政谈话1次：11月12日与林晓；报送廉政信息3篇。');
    const answer = await answerText('黄志刚', '11月8日1篇，11月22日2篇');
    expect(answer).not.toMatch(/写了两遍/);
    await say('黄志刚', '确认');
    expect(activities().filter((a) => a.type === 'report_info').map((a) => a.date)).toEqual(['2026-11-08', '2026-11-22', '2026-11-22']);
  });

  it('t54b F6: 「都是11月20日」 to 「共 2 次」: no 「写了两遍」 remark', async () => {
    await answerText('林晓', '本月报送廉政信息2篇，另外11月24日与胡军进行了廉政谈话');
    const answer = await answerText('林晓', '都是11月20日');
    expect(answer).not.toMatch(/写了两遍/);
  });

  it('near-miss: two identical records written twice still carry the remark', async () => {
    const answer = await answerText('李明', '11月25日集中学习了《廉洁自律准则》；11月25日集中学习了《廉洁自律准则》');
    expect(answer).toMatch(/写了两遍|确认/);
  });
});

describe('t54b F2: a title changed on a card is kept whole; every change applied', () => {
  it.each([
    ['第1条题目改成《廉洁从业 守住底线》，第2条题目改成《小微权力监督初探》', ['廉洁从业 守住底线', '小微权力监督初探']],
    ['第1条题目改成《以案为鉴 守牢底线》，第2条题目改成《清风 伴我行》', ['以案为鉴 守牢底线', '清风 伴我行']],
    ['第1条题目改成以案为鉴 守牢底线，第2条题目改成清风伴我行', ['以案为鉴 守牢底线', '清风伴我行']],
    ['第1条题目改成以案为鉴 守牢底线 第2条题目改成清风 伴我行', ['以案为鉴 守牢底线', '清风 伴我行']],
    ['第1条题目改为《以案为鉴 守牢底线》；第2条题目改为《警钟长鸣》', ['以案为鉴 守牢底线', '警钟长鸣']],
    ['第2条题目改成以案为鉴 守牢底线', ['廉洁从业 守住底线', '以案为鉴 守牢底线']],
    ['第2条题目改成《以案为鉴 守牢底线》', ['廉洁从业 守住底线', '以案为鉴 守牢底线']],
    ['第2条题目应该是“以案为鉴 守牢底线”', ['廉洁从业 守住底线', '以案为鉴 守牢底线']],
    ['第2条题目改成「以案为鉴 守牢底线」', ['廉洁从业 守住底线', '以案为鉴 守牢底线']],
    ['第1条题目错了，应该是《廉洁从业 守牢底线》', ['廉洁从业 守牢底线', '小微权力监督初探']],
    ['第1条标题改成廉洁从业 守牢底线', ['廉洁从业 守牢底线', '小微权力监督初探']],
    ['第1条题目改成廉洁从业 守牢底线，刚才打错了', ['廉洁从业 守牢底线', '小微权力监督初探']],
    ['第2条题目改成小微权力监督 初探 谢谢', ['廉洁从业 守住底线', '小微权力监督 初探']],
    ['第1条题目改成《廉洁 从业 守住底线》', ['廉洁 从业 守住底线', '小微权力监督初探']],
    ['第二条题目改成以案为鉴 守牢底线', ['廉洁从业 守住底线', '以案为鉴 守牢底线']],
    ['第1条题目改成清风 伴我行 第2条题目改成以案为鉴', ['清风 伴我行', '以案为鉴']],
    ['第1条题目改成《清风 伴我行》 第2条题目改成《以案为鉴 守牢底线》', ['清风 伴我行', '以案为鉴 守牢底线']],
    ['修改，第1条题目改成《清风 伴我行》，第2条题目改成《以案为鉴》', ['清风 伴我行', '以案为鉴']],
    // Near-misses that keep today's reading: a comma ends the title, a remark after a space is no title.
    ['第2条题目改成守住底线，不是小微权力', ['廉洁从业 守住底线', '守住底线']],
    ['第2条题目改成守住底线 刚才写错了', ['廉洁从业 守住底线', '守住底线']],
    ['第2条题目改成守住底线 不是我也', ['廉洁从业 守住底线', '守住底线']],
    ['第2条题目是以案为鉴', ['廉洁从业 守住底线', '以案为鉴']],
  ])('「%s」: titles %j at 确认', async (said, titles) => {
    await answerText('郑华', TWO_PAPERS);
    const answer = await answerText('郑华', said);
    expect(answer).toMatch(/已按您的更正修改/);
    await say('郑华', '确认');
    expect(activities().map((a) => a.title)).toEqual(titles);
  });

  it('「题目改成以案为鉴 守牢底线」 on a card of two titled records asks which, with the whole title', async () => {
    await answerText('郑华', TWO_PAPERS);
    const answer = await answerText('郑华', '题目改成以案为鉴 守牢底线');
    expect(answer).toMatch(/以案为鉴 守牢底线/);
    expect(answer).not.toMatch(/已按您的更正修改/);
  });

  it('「题目改成以案为鉴 守牢底线」 on a card of one titled record: kept whole', async () => {
    await answerText('吴静', '11月19日康复部组织观看警示教育片《蜕变》，参加5人，11月20日与刘洋进行廉政谈话');
    const answer = await answerText('吴静', '题目改成以案为鉴 守牢底线');
    expect(answer).toMatch(/已按您的更正修改/);
    await say('吴静', '确认');
    expect(activities().find((a) => a.type === 'edu_warning')?.title).toBe('以案为鉴 守牢底线');
  });

  it('near-miss: 「第2条题目改成守住底线 参加人数5人」 sets both, as before', async () => {
    await answerText('吴静', '11月19日康复部组织观看警示教育片《蜕变》，参加5人，11月20日与刘洋进行廉政谈话');
    const answer = await answerText('吴静', '第1条题目改成守住底线 参加人数6人');
    expect(answer).toMatch(/已按您的更正修改/);
    await say('吴静', '确认');
    const film = activities().find((a) => a.type === 'edu_warning');
    expect([film?.title, film?.attendees]).toEqual(['守住底线', 6]);
  });
});

describe('t54b F4: the doer said in natural words on a card', () => {
  it.each([
    ['第3条不对，检查是陈志强副理事长带队的，不是我', 3, 'chenzhiqiang'],
    ['第3条不是我，是陈志强', 3, 'chenzhiqiang'],
    ['第3条不是我带队的，是陈志强副理事长', 3, 'chenzhiqiang'],
    ['检查是陈志强副理事长带队的，不是我', 3, 'chenzhiqiang'],
    ['第3条应该是陈志强副理事长带队', 3, 'chenzhiqiang'],
    ['第3条是陈志强副理事长带的队', 3, 'chenzhiqiang'],
    ['第3条不对 是陈志强带队', 3, 'chenzhiqiang'],
    ['第3条其实是陈志强带队检查的', 3, 'chenzhiqiang'],
    ['第三条不是我 是陈志强副理事长带队的', 3, 'chenzhiqiang'],
    ['第3条活动人不是我，是陈志强', 3, 'chenzhiqiang'],
    ['第3条检查由陈志强副理事长带队', 3, 'chenzhiqiang'],
    ['第3条由陈志强带队', 3, 'chenzhiqiang'],
    ['第3条是陈志强带队，我陪同', 3, 'chenzhiqiang'],
    ['第3条是陈志强带队的，我只是陪同', 3, 'chenzhiqiang'],
    ['第3条带队的是陈志强', 3, 'chenzhiqiang'],
    ['第3条活动人应该是陈志强', 3, 'chenzhiqiang'],
    ['第3条活动人改成陈志强', 3, 'chenzhiqiang'],
    ['第2条不是我讲的，是刘芳副理事长讲的', 2, 'liufang'],
    ['第2条是刘芳副理事长主讲的，我只是组织', 2, 'liufang'],
    ['第2条刘芳主讲的', 2, 'liufang'],
    ['学习是刘芳副理事长组织的，不是我', 2, 'liufang'],
    ['第1条不是我谈的，是张伟书记谈的', 1, 'zhangwei'],
    ['第1条不对，是张伟书记找王强谈的', 1, 'zhangwei'],
    ['第1条是张伟书记谈的，不是我', 1, 'zhangwei'],
    ['谈话是张伟书记谈的，不是我', 1, 'zhangwei'],
    ['第1条谈话人应该是张伟', 1, 'zhangwei'],
  ])('「%s」: record %i is %s\'s at 确认', async (said, n, doer) => {
    await answerText('孙丽', THREE_ITEMS);
    const answer = await answerText('孙丽', said);
    expect(answer).toMatch(/已按您的更正修改/);
    await say('孙丽', '确认');
    expect(activities().map((a) => a.actorId)).toEqual([1, 2, 3].map((i) => (i === n ? doer : 'sunli')));
  });

  it.each([['不是我，是陈志强带队的'], ['不对，是陈志强副理事长带队的'], ['是陈志强带队的'], ['检查是陈志强副理事长带队的，我陪同'], ['不是我 是陈志强']])(
    'on a card of one check, 「%s」 makes 陈志强 its doer',
    async (said) => {
      await answerText('林晓', '11月11日，陈志强副理事长带队对财务科开展作风纪律检查');
      await answerText('林晓', '活动人改成林晓');
      const answer = await answerText('林晓', said);
      expect(answer).toMatch(/已按您的更正修改/);
      await say('林晓', '确认');
      expect(activities().map((a) => a.actorId)).toEqual(['chenzhiqiang']);
    },
  );

  it('「不是我，是陈志强带队的」 on a card of three asks which record, nothing changed', async () => {
    await answerText('孙丽', THREE_ITEMS);
    const answer = await answerText('孙丽', '不是我，是陈志强带队的');
    expect(answer).toMatch(/请说是哪一条/);
    expect(answer).not.toMatch(/已按您的更正修改/);
  });

  it('near-miss: 「第1条不是我，是王强」 (王强 is talked to) is refused with the reason', async () => {
    await answerText('孙丽', THREE_ITEMS);
    const answer = await answerText('孙丽', '第1条不是我，是王强');
    expect(answer).toMatch(/谈话对象/);
    expect(answer).not.toMatch(/已按您的更正修改/);
  });

  it('near-miss: 「第1条不是王强，是李娟」 still changes the other side', async () => {
    await answerText('孙丽', THREE_ITEMS);
    const answer = await answerText('孙丽', '第1条不是王强，是李娟');
    expect(answer).toMatch(/已按您的更正修改/);
    await say('孙丽', '确认');
    expect(activities()[0]!.counterpartIds).toEqual(['lijuan']);
    expect(activities()[0]!.actorId).toBe('sunli');
  });
});

describe('remarks recomputed from the records as they now are', () => {
  it('t54a B10: 「分别对不上…」 goes once the days are answered', async () => {
    await answerText('张伟', '和王建国、刘芳、陈志强、赵敏 分别 进行了 廉政谈话，时间分别是 11月3日、11月5日、11月10日');
    const answer = await answerText('张伟', '王建国11月3日，刘芳11月5日，陈志强和赵敏都是11月10日');
    expect(answer).toMatch(/请确认/);
    expect(answer).not.toMatch(/分别对不上/);
  });

  it('t54a B10 (departments): 「分别对不上…每处的日期」 goes once the days are answered', async () => {
    await answerText('郑华', '分别到教就部、维权部、宣文部开展作风纪律检查，时间分别是11月3日、11月10日');
    const answer = await answerText('郑华', '11月3日、11月10日、11月17日');
    expect(answer).not.toMatch(/分别对不上/);
  });

  it('t54a F4: the question says no 「不在规定期限」 of a signing the card then does not', async () => {
    await answerText('王建国', '昨天和孙丽谈了话');
    const asked = await answerText('王建国', '谈心谈话，另外周四上午还和王强签了责任书');
    const card = await answerText('王建国', '孙丽');
    expect(/不在规定期限/.test(asked)).toBe(/不在规定期限/.test(card));
    const after = await answerText('王建国', '第1条日期错了，是昨天');
    expect(/不在规定期限/.test(after)).toBe(/不在规定期限/.test(card));
  });

  it('t54a F4: a 责任书 outside its window keeps its remark after another record is corrected', async () => {
    await answerText('张伟', '1. 11月20日与刘芳进行廉政谈话\n2. 11月26日与王建国签订党风廉政建设责任书');
    const before = await answerText('张伟', '第1条日期改成11月21日');
    expect(before).toMatch(/不在规定期限/);
  });
});
