// Over HTTP (round 49, fvb; t51b F2): 林晓's 「截至11月底各科室报送廉政信息情况：办公室3篇，宣文部2篇，康复中心1篇。」 was answered as a
// completion query (「没能识别「送廉政」「3篇」…」) and nothing was recorded. A tally of papers by department is each department's
// papers, its head's: the days are asked department by department with the count (「共 3 次信息报送，分别是哪几天？」), then the
// 确认 card stores six 信息报送, none the clerk's. The questions near it stay questions. Also t51b F6: an Excel row's 备注
// (对象：王芳 · 12人) is read, so the card needs no question and keeps the count.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const chat = useChatBot(new Date('2026-11-30T08:00:00+08:00'));
const { activities, lastText, rows, say } = chat;
// One bot started and closed first, so the module load under a busy machine does not time out the first test's hook.

describe('a tally of papers by department is each department\'s papers, their days asked', () => {
  it('林晓: 「截至11月底各科室报送廉政信息情况：办公室3篇，宣文部2篇，康复中心1篇。」 → days asked → six papers, the heads\'', async () => {
    await say('林晓', '截至11月底各科室报送廉政信息情况：办公室3篇，宣文部2篇，康复中心1篇。');
    expect(lastText()).not.toMatch(/没能识别|完成情况/);
    expect(lastText()).toContain('共 3 次信息报送，分别是哪几天？');
    expect(lastText()).toContain('李明');
    await say('林晓', '11月3日、11月10日、11月17日');
    expect(lastText()).toContain('共 2 次信息报送，分别是哪几天？');
    expect(lastText()).toContain('王磊');
    await say('林晓', '11月5日、11月19日');
    expect(lastText()).toMatch(/是哪一天/);
    expect(lastText()).toContain('何平');
    await say('林晓', '11月20日');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toMatch(/活动人：您本人/);
    expect(activities()).toHaveLength(0);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['report_info', '2026-11-03', 'liming', ''],
      ['report_info', '2026-11-10', 'liming', ''],
      ['report_info', '2026-11-17', 'liming', ''],
      ['report_info', '2026-11-05', 'wanglei', ''],
      ['report_info', '2026-11-19', 'wanglei', ''],
      ['report_info', '2026-11-20', 'heping', ''],
    ]);
    expect(activities().map((a) => a.departmentId)).toEqual(['office', 'office', 'office', 'publicity', 'publicity', 'center']);
  });

  it.each(['各科室报送廉政信息情况怎么样', '11月信息报送完成了多少'])('林晓: 「%s」 stays a question', async (text) => {
    await say('林晓', text);
    expect(lastText()).not.toMatch(/分别是哪几天|是哪一天|请确认/);
    expect(activities()).toHaveLength(0);
  });
});

describe('an Excel row\'s 备注 cell is read: the one talked with and the count', () => {
  it('胡军: the t51b F6 table → a 确认 card with 12人 and 王芳, no question', async () => {
    await say('胡军', '序号\t科室\t时间\t工作内容\t负责人\t备注\n1\t康复部\t2026/11/12\t警示教育\t吴静\t观看《围猎》\n2\t教育就业部\t2026/11/16\t廉政党课\t郑华\t12人\n3\t办公室\t2026/11/23\t谈心谈话\t李明\t对象：王芳');
    expect(lastText()).not.toMatch(/和谁谈的/);
    expect(lastText()).toContain('请确认');
    expect(lastText()).toMatch(/12人/);
    await say('胡军', '确认');
    expect(rows()).toEqual([
      ['edu_warning', '2026-11-12', 'wujing', ''],
      ['edu_lecture', '2026-11-16', 'zhenghua', ''],
      ['talk_heart', '2026-11-23', 'liming', 'wangfang'],
    ]);
    expect(activities()[1]!.attendees).toBe(12);
  });
});
