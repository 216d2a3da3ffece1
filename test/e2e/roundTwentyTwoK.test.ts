// Over HTTP (k22, issue 10, rounds 21 and 21u): whose a study the sender only attended is, whose a department summary's
// items are, a pasted table's 主持人 column, and a 到岗情况 check done 会同 another office.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 11:00 in Shanghai (the round's day). */
const WEDNESDAY = new Date('2026-12-02T11:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { lastText, rows, say } = chat;

describe('u21 #4: attending a department\'s study is not holding it', () => {
  it('刘芳 「今天到组联部参加了部门廉政教育专题学习」 is 周涛\'s, on a card, stored after 确认', async () => {
    await say('刘芳', '今天到组联部参加了部门廉政教育专题学习');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/活动人：周涛/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['edu_integrity', '2026-12-02', 'zhoutao', '']]);
  });

  it('a leader\'s bare 部门 is asked whose, the departments they supervise first', async () => {
    await say('陈志强', '昨天参加了部门的警示教育');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/是谁的/);
    await say('陈志强', '郑华');
    if (rows().length === 0) await say('陈志强', '确认');
    expect(rows()).toEqual([['edu_warning', '2026-12-01', 'zhenghua', '']]);
  });
});

describe('t21 K3: a summary headed by the sender\'s own department', () => {
  it('张颖\'s 组联部 summary gives the counted studies to 周涛, as the 信息 beside them', async () => {
    await say('张颖', '组联部11月工作小结：本月共开展廉政教育2次（11月5日、11月19日），报送信息1篇（11月23日）');
    expect(rows()).toEqual([]);
    expect(lastText()).not.toMatch(/活动人：您本人/);
    await say('张颖', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-11-05', 'zhoutao', ''],
      ['edu_integrity', '2026-11-19', 'zhoutao', ''],
      ['report_info', '2026-11-23', 'zhoutao', ''],
    ]);
  });
});

describe('t21 K4: a pasted table\'s 主持人 column', () => {
  it('杨帆\'s table: 王磊\'s two studies with their counts, 赵敏\'s talk with 王磊 — three records, not four', async () => {
    await say('杨帆', '日期\t活动\t主持人\t参加人数\n11月6日\t廉政教育（学习《条例》）\t王磊\t7\n11月20日\t警示教育片《一念之差》\t王磊\t7\n11月26日\t谈心谈话（与王磊）\t赵敏\t2');
    expect(rows()).toEqual([]);
    await say('杨帆', '确认');
    expect(chat.activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.attendees])).toEqual([
      ['edu_integrity', '2026-11-06', 'wanglei', '', 7],
      ['edu_warning', '2026-11-20', 'wanglei', '', 7],
      ['talk_heart', '2026-11-26', 'zhaomin', 'wanglei', undefined],
    ]);
  });
});

describe('t21 K5: 到岗情况 checked, 会同 another office', () => {
  it('a 到岗情况 check is recorded at once as a 作风纪律检查, at the department checked', async () => {
    await say('林晓', '今天上午对教就部到岗情况进行了检查');
    expect(chat.activities().map((a) => [a.type, a.date, a.departmentId])).toEqual([['inspect_style', '2026-12-02', 'employment']]);
  });

  it('会同办公室对各部室…: every department on the card, not 办公室 alone', async () => {
    await say('黄志刚', '11月23日，会同办公室对各部室到岗情况进行检查');
    expect(rows()).toEqual([]);
    expect(lastText()).not.toMatch(/是哪类活动/);
    await say('黄志刚', '确认');
    expect(chat.activities().map((a) => [a.type, a.departmentIds])).toEqual([['inspect_style', ['office', 'finance', 'liaison', 'rehab', 'employment', 'publicity', 'rights', 'center']]]);
  });
});
