// Round 31f X4 (issue 10): 胡军's numbered office summary. 「这条警示教育是谁的？」 offered 黄志刚 and 林晓; 「李明」 and
// 「是李明主任的」 brought the same card back three times with no word. Then 「第3条不用记」 took off the 信息报送 (the
// message's item 2) instead of item 3, the 警示教育大会: the bot counted its own list, where item 1 had become two talks.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 16:40 in Shanghai: when the round was run. */
const NOW = new Date('2026-12-03T16:40:00+08:00');
const { lastText, rows, say, offered } = useChatBot(NOW);

const X4 = '办公室11月工作：\n1. 11月5日李明主任与王芳、胡军开展谈心谈话\n2. 11月19日报送廉政信息2篇\n3. 11月26日参加市纪委组织的警示教育大会';
const TALKS = [
  ['talk_heart', '2026-11-05', 'liming', 'wangfang'],
  ['talk_heart', '2026-11-05', 'liming', 'hujun'],
];

describe('whose a 警示教育 was, answered with someone of the directory not among the buttons', () => {
  it.each(['李明', '是李明主任的'])('「%s」 completes it: the card for 确认, 李明 its doer', async (answer) => {
    expect(await offered('胡军', X4)).toEqual(['黄志刚', '林晓', '不在名单里', '取消']);
    await say('胡军', answer);
    expect(lastText()).toMatch(/请确认以下 4 条记录/);
    expect(lastText()).toMatch(/警示教育｜2026-11-26｜活动人：李明/);
    await say('胡军', '确认');
    expect(rows()).toEqual([...TALKS, ['report_info', '2026-11-19', 'liming', ''], ['edu_warning', '2026-11-26', 'liming', '']]);
  });

  it('near-miss: a button answer is taken as before', async () => {
    await say('胡军', X4);
    await say('胡军', '林晓');
    await say('胡军', '确认');
    expect(rows().at(-1)).toEqual(['edu_warning', '2026-11-26', 'linxiao', '']);
  });

  it('near-miss: a clerk named as who chaired a 专题会议 is refused with the reason, not the bare question', async () => {
    await say('胡军', '昨天参加了专题会议，研究党风廉政建设工作');
    await say('胡军', '王芳');
    expect(lastText()).toMatch(/「王芳」不是单位领导，专题会议按主持或主讲的领导记录，未采用/);
    expect(rows()).toEqual([]);
  });
});
