// Round 37 (fje, t36c F9): a pasted table's empty cell keeps its column in the chat. The bot folded the white space
// inside a line before reading a report, so 「2⇥10月9日⇥⇥何平⇥廉政谈话」 arrived as 「2 10月9日 何平 廉政谈话」: 何平 became the
// 谈话人 and the bot asked whom he talked with. A blank 谈话人 cell is the name above (Excel's merged cell).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 07:35 in Shanghai, when the tester sent it. */
const FRIDAY = new Date('2026-12-04T07:35:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, say } = chat;

const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);

describe('an empty table cell in the chat', () => {
  it('two tabs are one empty 谈话人 cell: the name above, never the 对象 moved into it', async () => {
    await say('赵敏', '廉政谈话记录表（第四季度）\n序号\t谈话时间\t谈话人\t谈话对象\t谈话类型\n1\t10月9日\t赵敏\t王磊\t廉政谈话\n2\t10月9日\t\t何平\t廉政谈话\n3\t11月20日\t赵敏\t杨帆、徐辉\t谈心谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).not.toMatch(/和谁/);
    await say('赵敏', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-10-09', 'zhaomin', ['wanglei']],
      ['talk_integrity', '2026-10-09', 'zhaomin', ['heping']],
      ['talk_heart', '2026-11-20', 'zhaomin', ['yangfan']],
      ['talk_heart', '2026-11-20', 'zhaomin', ['xuhui']],
    ]);
  });

  it('a run of spaces where the columns are lined up is an empty cell too', async () => {
    await say('王建国', '日期        谈话人    对象      类型\n11月10日    王建国    李明      廉政谈话\n11月12日              孙丽      廉政谈话');
    expect(lastText()).not.toMatch(/和谁/);
    if (activities().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-10', 'wangjianguo', ['liming']],
      ['talk_integrity', '2026-11-12', 'wangjianguo', ['sunli']],
    ]);
  });

  it('a pasted list with indented lines and trailing spaces still reads each line', async () => {
    await say('孙丽', '财务科11月工作：  \n  1.11月5日与王强进行廉政谈话  \n  2.11月12日与李娟谈心谈话');
    if (activities().length === 0) await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-05', 'sunli', ['wangqiang']],
      ['talk_heart', '2026-11-12', 'sunli', ['lijuan']],
    ]);
  });
});
