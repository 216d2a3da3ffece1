// Round 68, ghi (t71a on main d9ad6b3c, its clock Tue 2026-12-08 ~06:40):
//  FB2  周涛 「上周五和张颖谈了一次」 → 是哪类活动 → 「谈心谈话吧」 got 组联部's 完成情况, the talk never recorded: a softened answer
//       (…吧 · 是…吧 · 嗯 … · 应该是… · traditional) to the kind, day or whom waiting is that answer.
//  F5   黄志刚 「刚才那个作风纪律检查撤回吧，报重了」 was offered for a second 撤销: withdrawn at once, as 撤销 does.
//  F3   李娟's 「是我报的，不是孙科长」 on the card of 财务科's papers got 没有在通讯录或活动类型里找到: the card takes her as the doer.
//  F6   王芳's 党课 card said 全体参加, the record had none: stored (allMembers) and said on the receipt.
//  FB3  杨帆's 「…趙敏書記主持召開機關黨委專題會議…」 counted toward 党组专题研究 in 张伟's 本季度完成情况: it is 机关党委's, not counted.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 06:40 in Shanghai (t71a's clock). */
const chat = useChatBot(new Date('2026-12-08T06:40:00+08:00'));
const { activities, answerText, rows, recorded, say } = chat;

describe('FB2: a softened answer to the question waiting is the answer', () => {
  it.each([['谈心谈话吧'], ['是谈心谈话吧'], ['嗯 谈心谈话吧'], ['谈心吧'], ['談心談話吧']])(
    '周涛 上周五和张颖谈了一次 → 「%s」 → the 谈心谈话 with 张颖 on 12-04, no 完成情况',
    async (answer) => {
      expect(await answerText('周涛', '上周五和张颖谈了一次')).toMatch(/是哪类活动/);
      const said = await answerText('周涛', answer);
      expect(said).not.toMatch(/完成情况/);
      expect(said).toMatch(/已记录 1 项/);
      expect(rows()).toEqual([['talk_heart', '2026-12-04', 'zhoutao', 'zhangying']]);
    },
  );

  it.each([
    ['李明吧', 'liming'],
    ['嗯嗯 李明主任吧', 'liming'],
    ['大概是孫麗吧', 'sunli'],
  ])('王建国 昨天进行了廉政谈话 → 和谁 → 「%s」 → the talk with that head, no 完成情况', async (answer, id) => {
    expect(await answerText('王建国', '昨天进行了廉政谈话')).toMatch(/和谁谈的/);
    const said = await answerText('王建国', answer);
    expect(said).not.toMatch(/完成情况/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'wangjianguo', id]]);
  });

  it.each([
    ['嗯 应该是前天吧', '2026-12-06'],
    ['11.26吧', '2026-11-26'],
    ['上周三的', '2026-12-02'],
  ])('吴静 和刘洋进行了谈心谈话 → 是哪一天 → 「%s」 → %s', async (answer, day) => {
    expect(await answerText('吴静', '和刘洋进行了谈心谈话')).toMatch(/是哪一天/);
    await say('吴静', answer);
    expect(rows()).toEqual([['talk_heart', day, 'wujing', 'liuyang']]);
  });

  it('near-miss: 算了吧 to the kind question still drops the report, nothing recorded', async () => {
    await say('周涛', '上周五和张颖谈了一次');
    expect(await answerText('周涛', '算了吧')).toMatch(/已取消/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 谈心谈话吧 with nothing waiting records nothing (no question to answer)', async () => {
    await say('周涛', '谈心谈话吧');
    expect(activities()).toEqual([]);
  });
});

describe('F5: 刚才那个<kind>撤回吧 with a reason withdraws the latest record at once', () => {
  const CHECK = '十一月二十七号 我和林晓 去财务科 检查了作风纪律 没有发现问题';
  it.each([
    ['刚才那个作风纪律检查撤回吧，报重了'],
    ['刚才那个检查撤了吧 报重了'],
    ['那条不要了，报重了'],
    ['刚才那条删掉吧，重复了'],
    ['刚才那个作风纪律检查撤回一下，林晓已经报过了'],
    ['剛才那個作風紀律檢查撤回吧，報重了'],
  ])('黄志刚 「%s」 → 已撤销, nothing standing, no second step', async (text) => {
    await recorded('黄志刚', CHECK);
    const said = await answerText('黄志刚', text);
    expect(said).toMatch(/已撤销：作风纪律检查｜2026-11-27/);
    expect(said).not.toMatch(/请点它下面的「撤销」/);
    expect(activities()).toEqual([]);
  });

  it('信息报送 by its name: 孙丽 「刚才那条信息报送撤了吧，报错了」 → withdrawn', async () => {
    await recorded('孙丽', '12月3日报送廉政信息1篇');
    expect(await answerText('孙丽', '刚才那条信息报送撤了吧，报错了')).toMatch(/已撤销：信息报送/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: a kind that is not the latest record (党课) touches nothing', async () => {
    await recorded('黄志刚', CHECK);
    expect(await answerText('黄志刚', '刚才那个党课撤回吧，报重了')).toMatch(/不是「党课」，没有撤销任何记录/);
    expect(rows()).toEqual([['inspect_style', '2026-11-27', 'huangzhigang', '']]);
  });

  it('near-miss: 撤回吧 with a replacement day is a change asked for 确认, the record kept', async () => {
    await recorded('黄志刚', CHECK);
    expect(await answerText('黄志刚', '那个检查撤回吧，应该是11月26号')).toMatch(/请确认修改/);
    await say('黄志刚', '取消');
    expect(rows()).toEqual([['inspect_style', '2026-11-27', 'huangzhigang', '']]);
  });
});

describe('F3: 是我报的，不是孙科长 on the card of a 科室\'s papers', () => {
  const PAPERS = '财务科11月份的信息报送已完成，报送了2篇廉政信息到市纪委';
  it.each([['是我报的，不是孙科长'], ['不是孙科长，是我'], ['不是孙科长报的，是我报送的']])(
    '李娟 「%s」 → 活动人 李娟 on the card, both papers hers at 财务科 after the days and 确认',
    async (edit) => {
      expect(await answerText('李娟', PAPERS)).toMatch(/活动人 孙丽/);
      const card = await answerText('李娟', edit);
      expect(card).not.toMatch(/没有在通讯录或活动类型里找到/);
      expect(card).not.toMatch(/活动人 孙丽/);
      await say('李娟', '11月20日、11月28日');
      await chat.confirmIfAsked('李娟', chat.lastText());
      expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentId])).toEqual([
        ['report_info', '2026-11-20', 'lijuan', 'finance'],
        ['report_info', '2026-11-28', 'lijuan', 'finance'],
      ]);
    },
  );

  it('the edit after the days were answered: the 确认 card names 李娟, stored as hers', async () => {
    await say('李娟', PAPERS);
    expect(await answerText('李娟', '11月20日、11月28日')).toMatch(/请确认/);
    const card = await answerText('李娟', '是我报的，不是孙科长');
    expect(card).toMatch(/李娟/);
    await chat.confirmIfAsked('李娟', card);
    expect(activities().map((a) => a.actorId)).toEqual(['lijuan', 'lijuan']);
  });

  it('near-miss: her own 我报送了 is hers at once, no card', async () => {
    await say('李娟', '11月28日我报送了1篇廉政信息到市纪委');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentId])).toEqual([['report_info', '2026-11-28', 'lijuan', 'finance']]);
  });
});

describe('F6: 全体参加 on the card is stored and said on the receipt', () => {
  it('王芳\'s 工作动态 → day → 确认: the receipt says 全体参加, the record holds it', async () => {
    const card = await answerText(
      '王芳',
      '近日，市残联党组书记张伟同志以“坚守初心 廉洁奉公”为题，为机关全体党员讲授专题廉政党课。会上，张伟同志结合近期查处的典型案例，深刻剖析了违纪违法行为的危害。',
    );
    expect(card).toMatch(/全体参加/);
    const receipt = await chat.confirmIfAsked('王芳', await answerText('王芳', '11月24日'));
    expect(receipt).toMatch(/已记录 1 项/);
    expect(receipt).toMatch(/全体参加/);
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title, a.allMembers])).toEqual([['edu_lecture', '2026-11-24', 'zhangwei', '坚守初心 廉洁奉公', true]]);
  });

  it('near-miss: 为机关党员 (no 全体) shows and stores no 全体参加', async () => {
    const receipt = await chat.confirmIfAsked('胡军', await answerText('胡军', '11月24日，张伟书记为机关党员讲授廉政党课'));
    expect(receipt).not.toMatch(/全体参加/);
    expect(activities().map((a) => a.allMembers)).toEqual([undefined]);
  });
});

describe('FB3: a 机关党委专题会议 is not the 党组\'s 专题研究', () => {
  it('杨帆\'s 機關黨委專題會議 is stored as 机关党委\'s; 张伟\'s 本季度完成情况 counts 0 for 党组专题研究', async () => {
    await recorded('杨帆', '11月18日，趙敏書記主持召開機關黨委專題會議，研究部署黨風廉政建設工作。');
    expect(activities().map((a) => [a.type, a.actorId, a.meetingBody])).toEqual([['meeting_special', 'zhaomin', 'party_committee']]);
    expect(await answerText('张伟', '本季度完成情况')).toMatch(/党组专题研究全面从严治党、党风廉政建设（2026年下半年） \| 党组（张伟） \| 1 \| 0 \|/);
  });

  it('near-miss: 张伟\'s 党组专题会议 counts 1', async () => {
    await recorded('王芳', '11月20日，张伟书记主持召开党组专题会议，专题研究党风廉政建设工作');
    expect(await answerText('张伟', '本季度完成情况')).toMatch(/党组专题研究全面从严治党、党风廉政建设（2026年下半年） \| 党组（张伟） \| 1 \| 1 \|/);
  });
});
