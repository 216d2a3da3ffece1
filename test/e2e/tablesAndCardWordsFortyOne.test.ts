// Over HTTP: round 41 (fnd, issue 10), turn by turn through the real bot. A pasted table's 主持/主讲 · 参加人员 · 人数 columns
// (t40b F7: 「赵敏是和谁谈的？」, 「3」「2」 unmatched), counted papers with a title each (F17: both 《A、B》), a report-back
// remark on a later item (F2: named after the list's first item) and a report's title line (F15: 「第1行是一个问题」).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { lastText, rows, say } = chat;

describe('tables, counted papers and the card\'s words', () => {
  it('a 主持/主讲 · 参加人员 · 人数 table: a card with the leader\'s talk with the sender and the count; 确认 stores all three', async () => {
    await say('王磊', '宣文部廉政工作登记表\n时间\t活动名称\t主持/主讲\t参加人员\t人数\n11月10日\t警示教育：观看《贪欲之害》\t王磊\t全体人员\t3\n11月18日\t廉政谈话\t赵敏\t王磊\t2\n11月24日\t谈心谈话\t王磊\t杨帆\t2');
    expect(lastText()).not.toContain('和谁谈的');
    expect(lastText()).not.toContain('没有对应到任何记录');
    expect(lastText()).not.toContain('是一个问题');
    await say('王磊', '确认');
    expect(rows()).toEqual([
      ['edu_warning', '2026-11-10', 'wanglei', ''],
      ['talk_integrity', '2026-11-18', 'zhaomin', 'wanglei'],
      ['talk_heart', '2026-11-24', 'wanglei', 'yangfan'],
    ]);
  });

  it('报送廉政信息2篇（《A》《B》）: the card shows one title a paper', async () => {
    await say('李明', '11月20日报送廉政信息2篇：《节前廉政提醒》《科室学习新条例》');
    expect(lastText()).toContain('《节前廉政提醒》');
    expect(lastText()).toContain('《科室学习新条例》');
    expect(lastText()).not.toContain('节前廉政提醒、科室学习新条例');
  });

  it('a report-back on item 3 is named after item 3\'s check, and the title line is no question', async () => {
    await say('陈志强', '11月份履行"一岗双责"情况小结\n1、11月5日，主持召开分管科室党风廉政建设工作会议，教育就业部、维权部负责人参加。\n2、11月12日上午与郑华部长进行了廉政谈话。\n3、11月19日带队对维权部开展作风纪律检查，并将检查情况向党组作了汇报。');
    expect(lastText()).toContain('向党组汇报了这次作风纪律检查的情况');
    expect(lastText()).not.toContain('这次分管科室党风廉政建设工作会议的情况');
    expect(lastText()).not.toContain('是一个问题');
  });
});
