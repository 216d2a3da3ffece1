// Over HTTP (issue 10, round 38 fkd; found by t37c F5, F8, F9): a doer named inside a list item or after 「…后」 reaches the
// 确认 card as that item's doer, one tap records every item, and no question 「是谁的」 is asked.
// - 徐辉's 一是…四是 list sent with its line breaks written out (工作：n一是…；n三是11月17日何平主任与孙杰…): four records,
//   何平's talk with 孙杰 one (was: two talks asked whose, answering left two talks with 孙杰), 中心报送 何平's.
// - 李娟's 「…学习后孙科长与王强签订了…责任书」: 孙丽's signing with 王强 (was: two signings asked whose, then 和谁).
// - 周涛's 本周工作：1、…2、…3、… glued on one line: three records, the talk his own (was: one talk of 刘芳's).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 18:00 in Shanghai (the tester's week), after the reminders' hours. */
const chat = useChatBot(new Date('2026-12-04T18:00:00+08:00'));
const { lastText, rows, say } = chat;

describe('a doer named inside a list item or after 「…后」 (t37c F5, F8, F9)', () => {
  it('徐辉: the centre list with its breaks written out, one tap', async () => {
    await say('徐辉', '中心11月份党风廉政建设工作：n一是11月3日召开中心党风廉政建设工作会议，赵敏书记出席并讲话；n二是11月10日组织中心全体职工开展廉政风险点自查；n三是11月17日何平主任与孙杰进行了谈心谈话；n四是上周五中心报送廉政信息1篇。');
    expect(lastText()).not.toMatch(/是谁|哪位|和谁/);
    await say('徐辉', '确认');
    expect(rows()).toEqual([
      ['meeting_dept', '2026-11-03', 'zhaomin', ''],
      ['report_self', '2026-11-10', 'heping', ''],
      ['talk_heart', '2026-11-17', 'heping', 'sunjie'],
      ['report_info', '2026-11-27', 'heping', ''],
    ]);
  });

  it('李娟: the signing after the study is 孙丽\'s with 王强, one tap', async () => {
    await say('李娟', '前天孙科长组织科室全体人员学习了《中国共产党廉洁自律准则》，参加4人，学习后孙科长与王强签订了党风廉政建设责任书');
    expect(lastText()).not.toMatch(/是谁|哪位|和谁/);
    await say('李娟', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-12-02', 'sunli', ''],
      ['pledge_sign', '2026-12-02', 'sunli', 'wangqiang'],
    ]);
  });

  it('周涛: a week\'s items glued on one line, each its own doer and weekday', async () => {
    await say('周涛', '本周工作：1、周一与张颖进行廉政谈话2、周三参加了刘芳副理事长主持的分管科室党风廉政建设会议3、周四报送本部门廉政信息1篇');
    expect(lastText()).not.toMatch(/没有对应到/);
    await say('周涛', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-30', 'zhoutao', 'zhangying'],
      ['meeting_dept', '2026-12-02', 'liufang', ''],
      ['report_info', '2026-12-03', 'zhoutao', ''],
    ]);
  });

  it('near-miss: a count of 2、3 people splits no item', async () => {
    await say('周涛', '11月23日与张颖进行了廉政谈话，参加人员2、3人不等');
    expect(rows()).toEqual([['talk_integrity', '2026-11-23', 'zhoutao', 'zhangying']]);
  });
});
