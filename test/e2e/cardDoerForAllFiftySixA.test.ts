// Round 56 (issue 10), fixer fga: a clerk's typed correction of who did it, on a WAITING card whose records were all put on
// her (t58a F5, t58b F6). 「不对，谈话的是张书记，不是我」 started a new talk 张伟–王芳 (type asked); 「活动人改成张伟」 asked which
// record; 「两条的活动人都改成张伟」 was not understood; only 「都是张伟谈的」 worked. Now each is an edit of that card (every
// record's doer when they all had one), nothing stored before 确认, never a new report. Near-misses: a record named by number
// changes only that one; a card whose records have different doers still asks which; a new report is still its own.
// Also 胡军「另外今天上午赵书记和李明主任进行了谈心谈话」, fresh and as the answer to a pending question: 赵敏's talk with 李明.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** 王芳's two talks, both read as hers: a card of two (nothing stored before 确认). */
const CARD = '本周工作：1. 11月26日与何平进行廉政谈话\n2. 11月26日与徐辉进行廉政谈话';
const doers = () => activities().map((a) => `${a.actorId ?? 'wangfang'}>${a.counterpartIds.join()}`).sort();

describe('t58a F5: the doer of every record on the card corrected in words', () => {
  it.each([
    ['不对，谈话的是张书记，不是我'],
    ['活动人改成张伟'],
    ['两条的活动人都改成张伟'],
    ['是张书记谈的，我只是记录'],
    ['不是我谈的，是张书记'],
    ['不是我，是张书记'],
    ['不对，是张书记谈的，我只是帮忙报一下'],
    ['都是张伟谈的'],
  ])('「%s」: both records are 张伟\'s, nothing stored before 确认, no new report', async (edit) => {
    await answerText('王芳', CARD);
    const answer = await answerText('王芳', edit);
    expect(answer).toMatch(/已按您的更正修改/);
    expect(activities()).toEqual([]);
    await say('王芳', '确认');
    expect(doers()).toEqual(['zhangwei>heping', 'zhangwei>xuhui']);
  });

  it('near-miss: 「第1条活动人改成张伟」 changes only the first', async () => {
    await answerText('王芳', CARD);
    expect(await answerText('王芳', '第1条活动人改成张伟')).toMatch(/已按您的更正修改/);
    await say('王芳', '确认');
    expect(doers()).toEqual(['wangfang>xuhui', 'zhangwei>heping']);
  });

  it('near-miss: 「三条的活动人都改成张伟」 on a card of two changes nothing and starts no report', async () => {
    await answerText('王芳', CARD);
    await answerText('王芳', '三条的活动人都改成张伟');
    expect(activities()).toEqual([]);
  });

  it('near-miss: a complete new report sent while the card waits is still its own', async () => {
    await answerText('王芳', CARD);
    await answerText('王芳', '11月25日和胡军进行了谈心谈话');
    expect(activities().map((a) => `${a.type}:${a.counterpartIds.join()}`)).toEqual(['talk_heart:hujun']);
  });
});

describe('t58b F6: 另外 opening a clerk\'s relayed talk', () => {
  it('「另外今天上午赵书记和李明主任进行了谈心谈话」: 赵敏\'s talk with 李明 on the card', async () => {
    await answerText('胡军', '另外今天上午赵书记和李明主任进行了谈心谈话');
    expect(activities()).toEqual([]);
    await say('胡军', '确认');
    expect(activities().map((a) => `${a.type}@${a.date}:${a.actorId}>${a.counterpartIds.join()}`)).toEqual(['talk_heart@2026-11-30:zhaomin>liming']);
  });

  it('as the answer to a pending question: the pending deed given up is said, the talk is 赵敏\'s with 李明', async () => {
    await answerText('胡军', '组织机关全体党员观看警示教育片《蜕变》，参加40人');
    await answerText('胡军', '另外今天上午赵书记和李明主任进行了谈心谈话');
    await say('胡军', '确认');
    const talks = activities().filter((a) => a.type === 'talk_heart');
    expect(talks.map((a) => `${a.actorId}>${a.counterpartIds.join()}`)).toEqual(['zhaomin>liming']);
    expect(activities().some((a) => a.counterpartIds.includes('hujun') || a.actorId === 'liming')).toBe(false);
  });
});
