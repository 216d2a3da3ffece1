// Round 66 (issue 10), fixer gfa: counted summaries with 其中, over HTTP.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestBot } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai. */
const NOW = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(NOW);
beforeAll(async () => (await startTestBot({})).close(), 600_000);
const { activities, answerText, say, rows } = chat;

describe('explore', () => {
  it('main', async () => {
    const a = await answerText('林晓', '11月份机关纪委共开展廉政谈话5人次，其中黄志刚书记与孙丽、王强、李娟分别进行了廉政谈话，与何平进行了提醒谈话。');
    console.log('A1', a);
    const b = await answerText('林晓', '11月20日');
    console.log('A2', b);
    console.log('A3', JSON.stringify(activities()));
  });
  it('doerless', async () => {
    const a = await answerText('林晓', '本月共开展廉政谈话2人次，其中与王强谈话1次、与李娟谈话1次');
    console.log('B1', a);
    const b = await answerText('林晓', '12月1日');
    console.log('B2', b);
    console.log('B3', JSON.stringify(activities()));
    console.log('B4', await answerText('林晓', '黄志刚'));
    console.log('B5', JSON.stringify(rows()));
  });
  it('group', async () => {
    const a = await answerText('林晓', '上周共开展廉政谈话8人次，其中与中心和机关各科室负责人集体谈话');
    console.log('C1', a);
    console.log('C2', await answerText('林晓', '上周三'));
    console.log('C3', await answerText('林晓', '黄志刚'));
    console.log('C4', JSON.stringify(rows()));
  });
  it('totals', async () => {
    console.log('D1', await answerText('张伟', '本月廉政谈话3人次、警示教育1次'));
    console.log('D2', await answerText('张伟', '11月：谈心谈话2人次'));
  });
  it('table', async () => {
    console.log('E1', await answerText('林晓', '日期\t检查部门\t类型\n12月1日\t办公室\t作风纪律检查\n12月3日\t财务科\t作风纪律检查\n小计\t\t3次'));
  });
});
