// Round 65, helper geh (t68a): pasted items, tables and summaries read right on the card, and card notes that stop being
// true go, over HTTP.
// F1. 林晓「本月共开展廉政谈话3人次，其中黄志刚书记12月1日与王强谈话1次，12月2日与李娟、刘洋各谈话1次。」: three talks of 黄志刚
//     on a card (王强 12-01; 李娟, 刘洋 12-02), the 3 weighed; was a six-item question with 黄志刚 a counterpart.
// F2. 孙杰「…何平主任会同办公室对中心各科室开展作风纪律专项检查…」: the 康复中心 checked, not all 8 departments; on a card of
//     各科室 (8), 「不对 检查的是我们中心自己的科室，不是全机关各部门」 sets the sender's unit (was refused).
// F6. 张颖's 组联部 台账 row 「12/1⇥廉政谈话⇥孙　丽」: 周涛's, as the other rows (was the 科员's own).
// F8. 张伟「对 是孙丽」 to 「是不是孙丽？」: no 「没有对应到要回答的问题」 beside the applied answer.
// B3. 检查部门改成康复中心 drops 「「各科室」按…共8个部门记录」 and 「按通讯录展开了多人」, on the card and the receipt; 第1条不要
//     narrows 「「中心全体人员」按徐辉、孙杰共2人记录」 to the one left.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (上周三 = 12-02). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows } = chat;

describe('F1. a counted lead over pairs with a day each', () => {
  it('林晓: three talks of 黄志刚 on a card, the count weighed', async () => {
    const card = await answerText('林晓', '本月共开展廉政谈话3人次，其中黄志刚书记12月1日与王强谈话1次，12月2日与李娟、刘洋各谈话1次。');
    expect(card).not.toMatch(/哪一天|对象：黄志刚/);
    expect(card).toMatch(/只用来核对/);
    await say('林晓', '确认');
    expect(rows().sort()).toEqual([
      ['talk_integrity', '2026-12-01', 'huangzhigang', 'wangqiang'],
      ['talk_integrity', '2026-12-02', 'huangzhigang', 'lijuan'],
      ['talk_integrity', '2026-12-02', 'huangzhigang', 'liuyang'],
    ]);
  });
});

describe('F2. a unit\'s own 各科室', () => {
  it('孙杰: 中心各科室 is the 康复中心 only, 办公室 only went along', async () => {
    const card = await answerText('孙杰', '中心开展岁末年初作风纪律专项检查  12月2日下午，何平主任会同办公室对中心各科室开展作风纪律专项检查，重点检查考勤和值班情况。（通讯员 孙杰）');
    expect(card).not.toMatch(/共8个部门|展开了多人/);
    await say('孙杰', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentId, a.departmentIds ?? null])).toEqual([['inspect_style', '2026-12-02', 'heping', 'center', null]]);
  });
  it('孙杰: 检查的是我们中心自己的科室 on a card of 各科室 sets the 康复中心', async () => {
    const card = await answerText('孙杰', '12月2日下午，何平主任对各科室开展作风纪律专项检查');
    expect(card).toMatch(/共8个部门/);
    const after = await answerText('孙杰', '不对 检查的是我们中心自己的科室，不是全机关各部门');
    expect(after).not.toMatch(/没有在通讯录|卡片没有改动/);
    expect(after).not.toMatch(/共8个部门|展开了多人/);
    await say('孙杰', '确认');
    expect(activities().map((a) => [a.type, a.actorId, a.departmentId, a.departmentIds ?? null])).toEqual([['inspect_style', 'heping', 'center', null]]);
  });
});

describe('F6. a 台账 row of a kind alone', () => {
  it('张颖: every row 周涛\'s, the talk with 孙丽 too', async () => {
    await answerText('张颖', '组联部12月廉政工作台账\n12/1\t廉政谈话\t孙　丽\n12/2\t签订责任书\t张　颖\n12/4\t警示教育\t全体\t6');
    expect(chat.lastText()).not.toMatch(/活动人：您本人/);
    await say('张颖', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([
      ['talk_integrity', '2026-12-01', 'zhoutao'],
      ['pledge_sign', '2026-12-02', 'zhoutao'],
      ['edu_warning', '2026-12-04', 'zhoutao'],
    ]);
  });
});

describe('F8. a yes that says the offered name again', () => {
  it('张伟: 对 是孙丽 applies it, no remark of words unused', async () => {
    const asked = await answerText('张伟', '今天上午和孙莉进行了廉政谈话');
    expect(asked).toMatch(/孙丽/);
    const receipt = await answerText('张伟', '对 是孙丽');
    expect(receipt).not.toMatch(/没有对应到要回答的问题|没有采用/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhangwei', 'sunli']]);
  });
  it('张伟: 是的 是财务科的孙丽 — the name with its unit, the same', async () => {
    await answerText('张伟', '今天上午和孙莉进行了廉政谈话');
    const receipt = await answerText('张伟', '是的 是财务科的孙丽');
    expect(receipt).not.toMatch(/没有对应到要回答的问题|没有采用/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhangwei', 'sunli']]);
  });
  it('张伟: 对 还有王磊也谈了 — the rest read or said unused, never dropped (near-miss)', async () => {
    await answerText('张伟', '今天上午和孙莉进行了廉政谈话');
    const receipt = await answerText('张伟', '对 还有王磊也谈了');
    expect(receipt).toMatch(/王磊/);
  });
});

describe('B3. group notes follow the card', () => {
  it('林晓: 检查部门改成康复中心 drops the 8-department note and 展开了多人, on the receipt too', async () => {
    await answerText('林晓', '12月2日下午，黄志刚书记对各科室开展作风纪律专项检查');
    const card = await answerText('林晓', '检查部门改成康复中心');
    expect(card).toMatch(/残疾人康复中心/);
    expect(card).not.toMatch(/共8个部门|展开了多人/);
    const receipt = await answerText('林晓', '确认');
    expect(receipt).not.toMatch(/共8个部门/);
    expect(activities().map((a) => [a.actorId, a.departmentId, a.departmentIds ?? null])).toEqual([['huangzhigang', 'center', null]]);
  });
  it('何平: 第1条不要 narrows the 全体人员 note to the one left', async () => {
    const card = await answerText('何平', '12月3日与中心全体人员签订了承诺书，12月4日与徐辉谈了廉政谈话');
    expect(card).toMatch(/按徐辉、孙杰共2人记录/);
    const after = await answerText('何平', '第1条不要');
    expect(after).not.toMatch(/按徐辉、孙杰共2人记录/);
    expect(after).toMatch(/按孙杰共1人记录（徐辉已去掉）/);
  });
});
