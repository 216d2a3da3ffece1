// Round 53 (issue 10), fixer fkcc: department edits on a waiting card, and one more talk added with the day answered (left by fkc).
// 1. 「第2条是宣文部组织的」 from 杨帆 (宣文部科员) changed item 2's doer to 王磊 (the head of 宣文部), never its department:
//    是<department>组织的 names the organising department (a study, a film, a lecture; a meeting's department; a check's place);
//    the doer changes only when a person is named (「是王强副科长组织的」).
// 2. 「也是宣文部的」 · 「这条也是宣文部的」 · 「部门也是宣文部」 with no item number were 「这条消息没有记录」: the one record without a
//    department takes it; with several without, 第几条 is asked.
// 3. 「第5项也是财务科的」 on a card of two was 「这条消息没有记录…仍在等您确认」: now 「卡片上只有 2 条记录，没有第5条」, as 「第3条删掉」.
// 4. 「11月20日，还有李明也谈了」 to 是哪一天: the card said 「消息里有日期、人名…没有对应到任何记录」 though both were used, and
//    the added talk had no department where the first had its counterpart's; now recomputed from what was used.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** 杨帆's card: 1. 廉政教育 宣文部 (王磊's); 2. 警示教育 《迷途》, no department. */
const PUB = '11月25日宣文部集中学习了《廉洁自律准则》，11月26日组织观看警示教育片《迷途》';
/** 王芳's card: 1. 廉政教育 办公室 (李明's); 2. 警示教育, no department. */
const OFF = '11月25日办公室集中学习了《廉洁自律准则》，11月26日组织观看警示教育片《迷途》';
/** 李娟's card: 1. 廉政教育 财务科 (孙丽's); 2. 专题会议, no department. */
// Round 67 (ggb): a head's 专题会议 is his unit's from the report on, so the second item is a film (no department of its own).
const FIN = '11月24日财务科开展廉政教育学习《条例》，11月27日组织观看警示教育片《迷途》';
/** 刘洋's card: 1. 廉政教育 康复部 (吴静's); 2. 廉政教育 (讲座), no department. */
const REHAB = '11月23日康复部组织学习廉洁自律准则；11月24日开展廉政讲座';
/** 郑华's own card: 1. 廉政教育 教育就业部; 2. 廉政教育 (讲座), no department. */
const EMP = '上周二教就部学习了《条例》，上周四开展了廉政讲座';
/** 冯雪's own card: 1. 廉政教育 维权部; 2. 警示教育, no department. */
const RIGHTS = '11月20日维权部组织学习《准则》，11月21日组织观看警示教育片';
/** 赵敏's card: 1. 廉政教育 宣文部 (王磊's); 2. 作风检查, no place. */
const CHECK = '11月25日宣文部学习了《条例》，11月26日带队开展了廉政风险点监督检查';
/** 孙丽's card: two records, neither with a department. */
const BOTH = '11月25日集中学习了《廉洁自律准则》，11月26日组织观看警示教育片《迷途》';
/** 王磊's card of two, both at 宣文部 (t55a A12). */
const A12 = '昨天宣文部 开会学习了 中央八项规定精神 ，然后还观看了 警示片，，';

const departmentsOf = (a: { departmentId?: string; departmentIds?: string[] }) => a.departmentIds ?? (a.departmentId ? [a.departmentId] : []);

describe('1. 「第N条是X部组织的」: the organising department, not its head as the doer', () => {
  it.each([
    ['杨帆', PUB, '第2条是宣文部组织的', 'publicity', 'wanglei'],
    ['杨帆', PUB, '第二条是宣文部组织的', 'publicity', 'wanglei'],
    ['杨帆', PUB, '第2项是宣文部组织的', 'publicity', 'wanglei'],
    ['杨帆', PUB, '（2）是宣文部组织的', 'publicity', 'wanglei'],
    ['杨帆', PUB, '第2条也是宣文部组织的', 'publicity', 'wanglei'],
    ['杨帆', PUB, '第2条是宣文部牵头组织的', 'publicity', 'wanglei'],
    ['杨帆', PUB, '第2条是宣传文化部组织的', 'publicity', 'wanglei'],
    ['杨帆', PUB, '第2条是宣文部举办的', 'publicity', 'wanglei'],
    ['王芳', OFF, '第2条是办公室组织的', 'office', 'liming'],
    ['王芳', OFF, '第二个是办公室组织的', 'office', 'liming'],
    ['李娟', FIN, '第2条是财务科召开的', 'finance', 'sunli'],
    ['李娟', FIN, '第二条也是财务科召开的', 'finance', 'sunli'],
    ['刘洋', REHAB, '第2条是康复部组织的', 'rehab', 'wujing'],
    ['刘洋', REHAB, '第二条是康复部举办的', 'rehab', 'wujing'],
    ['郑华', EMP, '第2条是教就部组织的', 'employment', 'zhenghua'],
    ['郑华', EMP, '第2条是教育就业部开展的', 'employment', 'zhenghua'],
    ['冯雪', RIGHTS, '第2条是维权部组织的', 'rights', 'fengxue'],
    ['冯雪', RIGHTS, '第2项也是维权部组织的', 'rights', 'fengxue'],
    ['赵敏', CHECK, '第2条是康复部的', 'rehab', 'wanglei'],
    ['王磊', A12, '第2条是宣文部组织的', 'publicity', 'wanglei'],
  ])('%s 「%s」 → 「%s」: item 2 at %s, the doer stays %s', async (who, report, said, dept, actor) => {
    expect(await answerText(who, report)).toMatch(/请确认/);
    const answer = await answerText(who, said);
    expect(answer).toMatch(/已按您的更正修改（第2条部门改为/);
    expect(answer).not.toMatch(/活动人改为/);
    expect(activities()).toEqual([]);
    await say(who, '确认');
    expect(activities()).toHaveLength(2);
    expect(departmentsOf(activities()[1]!)).toEqual([dept]);
    expect(activities()[1]!.actorId).toBe(actor);
  });

  it.each([
    ['孙丽', BOTH, '第1条是王强副科长组织的', 0, 'wangqiang'],
    ['孙丽', BOTH, '第2条是王强组织的', 1, 'wangqiang'],
    ['孙丽', BOTH, '第2条是李娟组织的', 1, 'lijuan'],
  ])('near-miss: %s 「%s」 → 「%s」 names a person: the doer', async (who, report, said, n, actor) => {
    await answerText(who, report);
    expect(await answerText(who, said)).toMatch(/活动人改为/);
    await say(who, '确认');
    expect(activities()[n]!.actorId).toBe(actor);
  });
});

describe('2. 「也是X部的」 with no item number: the one record without a department', () => {
  it.each([
    ['杨帆', PUB, '也是宣文部的', 'publicity'],
    ['杨帆', PUB, '这条也是宣文部的', 'publicity'],
    ['杨帆', PUB, '部门也是宣文部', 'publicity'],
    ['杨帆', PUB, '也是宣文部组织的', 'publicity'],
    ['杨帆', PUB, '部门同样是宣文部', 'publicity'],
    ['杨帆', PUB, '也是宣文部。', 'publicity'],
    ['杨帆', PUB, '这个也是宣传文化部的', 'publicity'],
    ['王芳', OFF, '也是办公室的', 'office'],
    ['王芳', OFF, '这条也是办公室组织的', 'office'],
    ['李娟', FIN, '也是财务科的', 'finance'],
    ['李娟', FIN, '这条也是财务科的', 'finance'],
    ['刘洋', REHAB, '部门也是康复部', 'rehab'],
    ['刘洋', REHAB, '也是康复部的', 'rehab'],
    ['郑华', EMP, '也是教就部的', 'employment'],
    ['郑华', EMP, '部门也是教育就业部', 'employment'],
    ['冯雪', RIGHTS, '这条也是维权部的', 'rights'],
    ['冯雪', RIGHTS, '一样是维权部的', 'rights'],
    ['赵敏', CHECK, '也是宣文部的', 'publicity'],
    ['赵敏', CHECK, '这条也是宣文部的', 'publicity'],
    ['杨帆', PUB, '部门也是宣文部的', 'publicity'],
  ])('%s 「%s」 → 「%s」: item 2 at %s', async (who, report, said, dept) => {
    expect(await answerText(who, report)).toMatch(/请确认/);
    const answer = await answerText(who, said);
    expect(answer).toMatch(/已按您的更正修改（第2条部门改为/);
    expect(activities()).toEqual([]);
    await say(who, '确认');
    expect(activities().map(departmentsOf)[1]).toEqual([dept]);
    expect(activities()).toHaveLength(2);
  });

  it.each([['也是财务科的'], ['部门也是财务科'], ['这条也是财务科的']])('孙丽 (neither has a department) 「%s」: 第几条 asked, nothing changed', async (said) => {
    await answerText('孙丽', BOTH);
    const answer = await answerText('孙丽', said);
    expect(answer).toMatch(/第几条|哪一条/);
    expect(answer).not.toMatch(/已按您的更正修改/);
    await say('孙丽', '确认');
    expect(activities().map(departmentsOf)).toEqual([[], []]);
  });

  it('near-miss: on a card where both have one, 「也是宣文部的」 changes nothing', async () => {
    await answerText('王磊', A12);
    expect(await answerText('王磊', '也是宣文部的')).not.toMatch(/已按您的更正修改/);
    await say('王磊', '确认');
    expect(activities().map(departmentsOf)).toEqual([['publicity'], ['publicity']]);
  });
});

describe('3. an item beyond the card with a department said: there is no such item', () => {
  it.each([
    ['孙丽', BOTH, '第5项也是财务科的', 5],
    ['孙丽', BOTH, '第3条是财务科的', 3],
    ['孙丽', BOTH, '第4条部门是财务科', 4],
    ['孙丽', BOTH, '第三条也是财务科的', 3],
    ['孙丽', BOTH, '第5条也是财务科组织的', 5],
    ['杨帆', PUB, '第3条也是宣文部的', 3],
    ['杨帆', PUB, '第3项是宣文部组织的', 3],
    ['杨帆', PUB, '第4条部门也是宣文部', 4],
    ['王芳', OFF, '第3条也是办公室的', 3],
    ['王芳', OFF, '第5个也是办公室的', 5],
    ['李娟', FIN, '第3条也是财务科的', 3],
    ['李娟', FIN, '第6条是财务科召开的', 6],
    ['刘洋', REHAB, '第3条部门也是康复部', 3],
    ['刘洋', REHAB, '第三项也是康复部的', 3],
    ['郑华', EMP, '第3条也是教就部的', 3],
    ['冯雪', RIGHTS, '第4条也是维权部的', 4],
    ['冯雪', RIGHTS, '第3条部门改成维权部', 3],
    ['赵敏', CHECK, '第3条是康复部的', 3],
    ['王磊', A12, '第5项也是宣文部的', 5],
    ['王磊', A12, '第3条部门是宣文部', 3],
  ])('%s 「%s」 → 「%s」: no 第%i条, the card still waits unchanged', async (who, report, said, n) => {
    await answerText(who, report);
    const answer = await answerText(who, said);
    expect(answer).toContain(`卡片上只有 2 条记录，没有第${n}条`);
    expect(answer).toMatch(/请确认/);
    expect(activities()).toEqual([]);
  });
});

describe('4. the day answered with 「还有X也谈了」: both used, the added talk at its counterpart\'s department', () => {
  it.each([
    ['孙丽', '和王强进行了廉政谈话', '11月20日，还有李娟也谈了', 'wangqiang', 'lijuan', 'finance', '2026-11-20'],
    ['孙丽', '和王强进行了廉政谈话', '11月20日 还有李娟也谈了', 'wangqiang', 'lijuan', 'finance', '2026-11-20'],
    ['孙丽', '和王强进行了廉政谈话', '上周五，还有李娟也谈了', 'wangqiang', 'lijuan', 'finance', '2026-11-27'],
    ['孙丽', '和王强进行了廉政谈话', '昨天，还有胡军也谈了', 'wangqiang', 'hujun', 'office', '2026-11-29'],
    ['李明', '和王芳进行了谈心谈话', '11月20日，还有胡军也谈了', 'wangfang', 'hujun', 'office', '2026-11-20'],
    ['李明', '和王芳进行了谈心谈话', '11月20日。另外胡军也谈了', 'wangfang', 'hujun', 'office', '2026-11-20'],
    ['李明', '和王芳进行了谈心谈话', '11月18号，还有林晓也谈了', 'wangfang', 'linxiao', 'office', '2026-11-18'],
    ['周涛', '和张颖开展了谈心谈话', '11月24日，还有胡军也谈了', 'zhangying', 'hujun', 'office', '2026-11-24'],
    ['周涛', '和张颖开展了谈心谈话', '上周三，还有刘洋也谈了', 'zhangying', 'liuyang', 'rehab', '2026-11-25'],
    ['吴静', '和刘洋进行了谈心谈话', '11月26日，还有何平也谈了', 'liuyang', 'heping', 'center', '2026-11-26'],
    ['吴静', '和刘洋进行了谈心谈话', '11月26日，还有徐辉也谈了', 'liuyang', 'xuhui', 'center', '2026-11-26'],
    ['王磊', '和杨帆进行了廉政谈话', '11月19日，还有赵磊也谈了', 'yangfan', 'zhaolei', 'rights', '2026-11-19'],
    ['王磊', '和杨帆进行了廉政谈话', '昨天，还有陈静也谈了', 'yangfan', 'chenjing', 'employment', '2026-11-29'],
    ['郑华', '和陈静开展了廉政谈话', '11月23日，还有张颖也谈了', 'chenjing', 'zhangying', 'liaison', '2026-11-23'],
    ['冯雪', '和赵磊进行了谈心谈话', '11月25日，还有杨帆也谈了', 'zhaolei', 'yangfan', 'publicity', '2026-11-25'],
    ['何平', '和孙杰进行了谈心谈话', '11月21日，还有徐辉也谈了', 'sunjie', 'xuhui', 'center', '2026-11-21'],
    ['何平', '和孙杰进行了谈心谈话', '11月21日 另外徐辉也谈了', 'sunjie', 'xuhui', 'center', '2026-11-21'],
    ['孙丽', '和李娟进行了廉政谈话', '11月16日，还有王强也谈了', 'lijuan', 'wangqiang', 'finance', '2026-11-16'],
    ['李明', '和胡军进行了廉政谈话', '11月12日，还有王芳也谈了', 'hujun', 'wangfang', 'office', '2026-11-12'],
    ['周涛', '和张颖进行了廉政谈话', '11月27日，还有李娟也谈了', 'zhangying', 'lijuan', 'finance', '2026-11-27'],
  ])('%s 「%s」 asked the day; 「%s」', async (who, report, answer, first, second, dept, day) => {
    expect(await answerText(who, report)).toContain('是哪一天');
    const card = await answerText(who, answer);
    expect(card).toMatch(/请确认/);
    expect(card).not.toContain('没有对应到任何记录');
    await say(who, '确认');
    expect(activities().map((a) => [a.counterpartIds.join(), a.date])).toEqual([[first, day], [second, day]]);
    expect(departmentsOf(activities()[1]!)).toEqual([dept]);
  });
});
