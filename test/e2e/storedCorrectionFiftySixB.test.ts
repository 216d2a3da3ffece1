// Round 56 (issue 10), fixer fgb: a typed correction of a STORED record was refused or misread (t58b F5, F7; t58a F4;
// fhd's left-alone). 「X是D1谈的，不是D2」 · 「日期是D1，不是D2」 · 「不是D2，是D1」 · 「D2写错了，应该是D1」 now give the change card
// for the record of D2; a day change of one deed told once (a group signing) moves all its records on one card; 两条都改成…
// answering 「找到 2 条」 acts on the two listed.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: no reminder's hour interleaves a notice. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, recorded } = chat;

/** 王芳 reports 王建国's signing with 李明 and 吴静 on 11-03 (one report, two records), confirmed. */
async function signedTogether(): Promise<void> {
  await say('王芳', '11月3日王建国副理事长与李明、吴静签订了党风廉政建设责任书');
  if (activities().length === 0) await say('王芳', '确认');
  expect(activities().map((a) => [a.date, a.actorId, a.counterpartIds.join()])).toEqual([
    ['2026-11-03', 'wangjianguo', 'liming'],
    ['2026-11-03', 'wangjianguo', 'wujing'],
  ]);
}

describe('1. 「X是D1谈的，不是D2」: the change card for the record of D2, changed at 确认', () => {
  it.each([
    ['刚才那条报错了，张书记和赵敏是12月3日谈的，不是12月2日'],
    ['张书记和赵敏是12月3日谈的，不是12月2日'],
    ['刚才报错了，张书记和赵敏是12月3日谈的，不是12月2日'],
    ['不好意思，张书记和赵敏是3号谈的，不是2号'],
    ['张书记和赵敏的谈话是12月3日，不是12月2日'],
    ['张书记和赵敏的廉政谈话日期是12月3日，不是12月2日'],
    ['张书记和赵敏那次谈话不是12月2日，是12月3日'],
    ['和赵敏的廉政谈话不是12月2日，是12月3日'],
    ['张书记和赵敏的谈话日期不对，应该是12月3日，不是12月2日'],
    ['刚才那条记错了，张书记和赵敏是周四谈的，不是周三'],
    ['更正一下，张书记和赵敏是12月3日谈的，不是12月2日'],
  ])('胡军 (talks of 张伟 with 赵敏 on 11-30 and 12-02 stored) 「%s」 → 12-02 moved to 12-03', async (correction) => {
    await recorded('胡军', '11月30日张书记和赵敏进行了廉政谈话');
    await recorded('胡军', '12月2日张书记和赵敏进行了廉政谈话');
    const answer = await answerText('胡军', correction);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/2026-12-03/);
    await say('胡军', '确认');
    expect(activities().map((a) => a.date).sort()).toEqual(['2026-11-30', '2026-12-03']);
  });

  it.each([
    ['刚才班子成员那条里，王建国副理事长签责任书的日期是11月5日，不是11月3日'],
    ['王建国副理事长签责任书的日期是11月5日，不是11月3日'],
    ['王建国副理事长签责任书的日期改成11月5日'],
    ['王建国副理事长签责任书不是11月3日，是11月5日'],
    ['王建国副理事长签责任书是11月5日签的，不是11月3日'],
  ])('王芳 (王建国 signed with 李明 and 吴静, one report of 11-03) 「%s」 → both on one change card → 11-05', async (correction) => {
    await signedTogether();
    const answer = await answerText('王芳', correction);
    expect(answer).toMatch(/请确认修改/);
    await say('王芳', '确认');
    expect(activities().map((a) => a.date)).toEqual(['2026-11-05', '2026-11-05']);
  });

  it('no wrong day said and two talks fit: asked which (找到 2 条), nothing changed', async () => {
    await recorded('胡军', '11月30日张书记和赵敏进行了廉政谈话');
    await recorded('胡军', '12月2日张书记和赵敏进行了廉政谈话');
    expect(await answerText('胡军', '张书记和赵敏的那次廉政谈话日期改成12月3日')).toMatch(/找到 2 条/);
    expect(activities().map((a) => a.date).sort()).toEqual(['2026-11-30', '2026-12-02']);
  });

  it('near-miss: a first message holding 不是 (no record stored) stays the report it reads as', async () => {
    const answer = await answerText('王强', '不是廉政谈话，是谈心谈话，昨天和王芳谈的');
    expect(answer).not.toMatch(/请确认修改/);
  });

  it('the wrong day fits no record: the words alone name it (one record), still a change card', async () => {
    await recorded('胡军', '12月2日张书记和赵敏进行了廉政谈话');
    expect(await answerText('胡军', '张书记和赵敏是12月3日谈的，不是12月1日')).toMatch(/请确认修改/);
  });
});

describe('2. 两条都改成… answering 「找到 2 条」: the two listed, on one change card', () => {
  it.each([['两条都改成11月5日'], ['都改成11月5日'], ['这两条都改为11月5日'], ['全部改成11月5日']])('王芳 「%s」', async (all) => {
    await recorded('王芳', '11月3日王建国副理事长与李明签订了党风廉政建设责任书');
    await recorded('王芳', '11月4日王建国副理事长与吴静签订了党风廉政建设责任书');
    await recorded('王芳', '12月3日和王强进行了谈心谈话');
    expect(await answerText('王芳', '王建国副理事长签责任书的日期改成11月5日')).toMatch(/找到 2 条/);
    const answer = await answerText('王芳', all);
    expect(answer).toMatch(/请确认修改/);
    await say('王芳', '确认');
    expect(activities().map((a) => a.date).sort()).toEqual(['2026-11-05', '2026-11-05', '2026-12-03']);
  });
});

/** 刘芳 reports her signings of 11-25 with 周涛 and 吴静 (one report, two records), confirmed when asked. */
async function signedBoth(): Promise<void> {
  await say('刘芳', '11月25日和周涛、吴静签订了党风廉政建设责任书');
  if (activities().length === 0) await say('刘芳', '确认');
  expect(activities().map((a) => a.counterpartIds.join())).toEqual(['zhoutao', 'wujing']);
}

describe('3. a denial of a stored deed: the record offered to withdraw, withdrawn at 撤销', () => {
  it.each([
    ['上周三没和吴静签责任书，只和周涛签了'],
    ['上周三没和吴静签责任书，只和周涛签了责任书'],
    ['11月25日没和吴静签订党风廉政建设责任书'],
    ['其实没和吴静签'],
    ['和吴静那次没签成'],
    ['上周三和吴静没签成，只和周涛签了'],
    ['没和吴静签，只签了周涛'],
    ['其实没有跟吴静部长签责任书'],
    ['上周三未与吴静签订责任书'],
  ])('刘芳 「%s」 → 要撤销11月25日与吴静签订责任书的记录吗？ → 撤销 → only 周涛’s stands', async (denial) => {
    await signedBoth();
    const answer = await answerText('刘芳', denial);
    expect(answer).toMatch(/要撤销11月25日与吴静签订责任书的记录吗/);
    expect(answer).not.toMatch(/仍要再记|没看懂/);
    if (/只/.test(denial)) expect(answer).toMatch(/与周涛的签订责任书（11月25日）已经记录过了/);
    expect(activities()).toHaveLength(2);
    await say('刘芳', '撤销');
    expect(activities().map((a) => a.counterpartIds.join())).toEqual(['zhoutao']);
  });

  it('不是再记，和吴静签责任书那条删掉 beside the waiting duplicate question: the card dropped, the record offered', async () => {
    await signedBoth();
    expect(await answerText('刘芳', '上周三和周涛签了责任书')).toMatch(/仍要再记一条吗/);
    const answer = await answerText('刘芳', '不是再记，和吴静签责任书那条删掉');
    expect(answer).toMatch(/不再记录/);
    expect(answer).toMatch(/要撤销11月25日与吴静签订责任书的记录吗/);
    await say('刘芳', '撤销');
    expect(activities().map((a) => a.counterpartIds.join())).toEqual(['zhoutao']);
  });

  it('near-miss: 和吴静签责任书那条删掉 with nothing waiting stays dropNamedRecord’s: withdrawn at once, as asked', async () => {
    await signedBoth();
    expect(await answerText('刘芳', '和吴静签责任书那条删掉')).toMatch(/已撤销/);
    expect(activities().map((a) => a.counterpartIds.join())).toEqual(['zhoutao']);
  });

  it('a talk denied: 吴静那次没谈成 with a stored talk with 吴静 offers it', async () => {
    await recorded('刘芳', '昨天和吴静进行了廉政谈话');
    expect(await answerText('刘芳', '吴静那次没谈成')).toMatch(/要撤销12月3日与吴静廉政谈话的记录吗/);
    expect(activities()).toHaveLength(1);
  });

  it('near-miss: nothing stored with 吴静 — 没和吴静签 is no offer (today’s reading)', async () => {
    await recorded('刘芳', '11月25日和周涛签订了党风廉政建设责任书');
    expect(await answerText('刘芳', '11月25日没和吴静签订党风廉政建设责任书')).not.toMatch(/要撤销/);
    expect(activities()).toHaveLength(1);
  });
});

describe('4. the other talk kind, and a colleague’s record', () => {
  it.each([
    ['刚才报的和李明的廉政谈话撤销'],
    ['撤销和李明的廉政谈话'],
    ['撤销昨天和李明的廉政谈话'],
    ['和李明的廉政谈话记错了，撤销'],
    ['删掉和李明的廉政谈话'],
  ])('王建国 (谈心谈话 with 李明 stored) 「%s」 → offered, the kind said to differ → 撤销', async (undo) => {
    await recorded('王建国', '昨天和李明进行了谈心谈话');
    const answer = await answerText('王建国', undo);
    expect(answer).toMatch(/谈心谈话/);
    expect(answer).toMatch(/没有.*廉政谈话|类型不一样/);
    expect(activities()).toHaveLength(1);
    await say('王建国', '撤销');
    expect(activities()).toHaveLength(0);
  });

  it('修改昨天和李明的廉政谈话: the 谈心谈话 found, the kind said to differ', async () => {
    await recorded('王建国', '昨天和李明进行了谈心谈话');
    expect(await answerText('王建国', '修改昨天和李明的廉政谈话')).toMatch(/类型不一样/);
  });

  it('刚才报的和李明的廉政谈话是12月2日，不是12月3日: the change card for the 谈心谈话, the kind said', async () => {
    await recorded('王建国', '昨天和李明进行了谈心谈话');
    const answer = await answerText('王建国', '刚才报的和李明的廉政谈话是12月2日，不是12月3日');
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/您说的是廉政谈话，记录里是谈心谈话/);
    await say('王建国', '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['talk_heart', '2026-12-02']]);
  });

  it('near-miss: the kind said is the stored one — no remark', async () => {
    await recorded('王建国', '昨天和李明进行了谈心谈话');
    expect(await answerText('王建国', '撤销和李明的谈心谈话')).not.toMatch(/类型不一样/);
  });

  it.each([['不对，是7人'], ['不对，是7人参加'], ['人数不对，是7人'], ['是7个人，不是6个'], ['不对 应该是7个人']])(
    '李娟 「%s」 right after 孙丽’s 警示教育: whose record it is, nothing stored',
    async (said) => {
      await recorded('孙丽', '今天上午组织财务科观看警示教育片，6人参加');
      expect(await answerText('李娟', said)).toMatch(/孙丽上报的12月4日的警示教育（6人参加），只能由上报人孙丽修改/);
      expect(activities()).toHaveLength(1);
      expect(activities()[0]!.attendees).toBe(6);
    },
  );
});
