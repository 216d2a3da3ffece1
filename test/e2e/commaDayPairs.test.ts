// Over HTTP (issue 10, round 30g, B10): days of one list parted by a comma (12月1日，12月2日分别与…), and 分别 with an
// untyped talk. The first day had become a clause of its own: both talks stored on the second day after 确认, 12月1日
// only flagged as left over. An untyped talk under 分别 was one record of both people on each day (four after the type).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 18:00 in Shanghai: after the reminders' hours, so no catch-up reminder lands between turns. */
const THURSDAY = new Date('2026-12-03T18:00:00+08:00');

const chat = useChatBot(THURSDAY);
const { lastText, rows, say } = chat;

/** 确认 on the card when one came. */
async function confirmCard(sender: string): Promise<void> {
  if (rows().length === 0 && /确认/.test(lastText())) await say(sender, '确认');
}

/** The rows as `type|date|counterpart`, sorted. */
const talks = () => rows().map(([type, date, , whom]) => `${type}|${date}|${whom}`).sort();

describe('days parted by a comma, paired by 分别', () => {
  it('孙丽 「12月1日，12月2日分别与王强和李娟谈心」: each day its own person', async () => {
    await say('孙丽', '12月1日，12月2日分别与王强和李娟谈心');
    await confirmCard('孙丽');
    expect(talks()).toEqual(['talk_heart|2026-12-01|wangqiang', 'talk_heart|2026-12-02|lijuan']);
  });

  it('「12月1日，12月2日与王强谈心」 (no 分别): a talk on each day, none left over', async () => {
    await say('孙丽', '12月1日，12月2日与王强谈心');
    await confirmCard('孙丽');
    expect(talks()).toEqual(['talk_heart|2026-12-01|wangqiang', 'talk_heart|2026-12-02|wangqiang']);
    expect(lastText()).not.toMatch(/没有对应到任何记录/);
  });

  it('an untyped 分别 talk: the type asked once, then one talk a person on its own day', async () => {
    await say('孙丽', '11月10日、11月17日分别与李娟、王强谈了话');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/哪类活动|类型/);
    await say('孙丽', '谈心谈话');
    await confirmCard('孙丽');
    expect(talks()).toEqual(['talk_heart|2026-11-10|lijuan', 'talk_heart|2026-11-17|wangqiang']);
  });
});
