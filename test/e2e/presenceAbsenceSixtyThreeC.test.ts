// Round 63 (issue 10), fixer gcc: who was there and who was not, over HTTP (t65a; gbi's, gbe's and gbj's left-alone).
// 1. A talk with a group beside one named away (陈志强出差了没谈): the card of the others, never a completion query.
// 2. One named away whom no record held (今天和王磊谈了 李明不在): the type asked, then 李明 said back as not there.
// 3. A companion who came 一起, or written by a homophone (周滔): a card naming them; 确认 stores the one talked to only.
// 4. A leader who came to listen to the sender's 党课: the sender's lecture, the leader in the note.
// 5. 我只是在场: who held the talk is asked; the answer makes it theirs.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: no reminder's hour interleaves a notice. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, rows, confirmIfAsked } = chat;

describe('1. a group talk beside one away: the others on a card, never a query', () => {
  it.each([
    ['2号跟班子成员逐一谈了廉政谈话，陈志强出差了没谈', '2026-12-02'],
    ['12.2跟班子成员逐一谈了廉政谈话 陈志强请假了没谈', '2026-12-02'],
    ['本周二和班子成员谈了廉政谈话，陈志强下乡了', '2026-12-01'],
    ['12月2日和王建国、刘芳、赵敏、陈志强谈了廉政谈话 陈志强缺席', '2026-12-02'],
  ])('张伟 「%s」 → three talks on %s after 确认, 陈志强 said not talked to', async (text, day) => {
    const answer = await answerText('张伟', text);
    expect(answer).not.toMatch(/没有完全听懂|完成情况/);
    expect(answer).toMatch(/请确认以下 3 条记录/);
    expect(answer).toMatch(/陈志强/);
    expect(answer).not.toMatch(/对象：陈志强/);
    expect(activities()).toHaveLength(0);
    await say('张伟', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', day, 'zhangwei', 'wangjianguo'],
      ['talk_integrity', day, 'zhangwei', 'liufang'],
      ['talk_integrity', day, 'zhangwei', 'zhaomin'],
    ]);
  });

  it('张伟 「跟班子成员逐一谈了廉政谈话，陈志强出差了没谈」 (no day): the day asked of the three, never a query', async () => {
    const answer = await answerText('张伟', '跟班子成员逐一谈了廉政谈话，陈志强出差了没谈');
    expect(answer).toMatch(/哪一天/);
    expect(answer).not.toMatch(/没有完全听懂|对象：陈志强/);
  });

  it('near-miss: 张伟 「12月2日和班子成员谈了廉政谈话」 is all four, as before', async () => {
    const answer = await answerText('张伟', '12月2日和班子成员谈了廉政谈话');
    expect(answer).toMatch(/请确认以下 4 条记录/);
  });
});

describe('2. one away whom no record held', () => {
  it('张伟 「今天和王磊谈了 李明不在」: the type asked of the talk with 王磊 only; 李明 said back as not there', async () => {
    const answer = await answerText('张伟', '今天和王磊谈了 李明不在');
    expect(answer).toMatch(/对象：王磊/);
    expect(answer).not.toMatch(/李明（办公室主任）/);
    const after = await answerText('张伟', '廉政谈话');
    expect(after).toMatch(/李明不在场，没有记入这次谈话/);
    await confirmIfAsked('张伟', after);
    expect(rows()).toEqual([['talk_integrity', '2026-12-04', 'zhangwei', 'wanglei']]);
  });
});

describe('3. a companion on a card', () => {
  it.each([
    ['昨天和李明谈了心，孙丽也一起', /如也和孙丽谈了/],
    ['昨天和李明谈了心 孙丽一块儿', /如也和孙丽谈了/],
    ['昨天和李明谈了心，周滔也在', /「周滔」按周涛记/],
    ['昨天和李明谈了心 周滔部长也在', /周涛是一同参加的/],
  ])('王建国 「%s」 → a card naming the companion; 确认 stores the talk with 李明 only', async (text, said) => {
    const answer = await answerText('王建国', text);
    expect(answer).toMatch(/请确认以下 1 条记录/);
    expect(answer).toMatch(said);
    expect(activities()).toHaveLength(0);
    await say('王建国', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-03', 'wangjianguo', 'liming']]);
  });

  it('near-miss: 王建国 「昨天和李明谈了心 孙丽陪同」 is stored at once, 孙丽 named on the receipt', async () => {
    const answer = await answerText('王建国', '昨天和李明谈了心 孙丽陪同');
    expect(answer).toMatch(/已记录 1 项/);
    expect(answer).toMatch(/孙丽是一同参加的/);
    expect(rows()).toEqual([['talk_heart', '2026-12-03', 'wangjianguo', 'liming']]);
  });
});

describe('4. a leader who came to listen is no lecturer', () => {
  it.each([
    ['何平', '今天上午给中心全体人员上了廉政党课，刘理事长也来听了', 'heping', '刘芳参加'],
    ['何平', '今天上午给中心全体人员上了廉政党课 刘芳副理事长也来听了', 'heping', '刘芳参加'],
    ['周涛', '昨天给组联部全体同志上了廉政党课，刘芳副理事长也来听了', 'zhoutao', '刘芳参加'],
  ])('%s 「%s」 → the sender\'s lecture, the leader in the note', async (from, text, doer, note) => {
    const answer = await answerText(from, text);
    expect(answer).toMatch(/活动人：您本人/);
    expect(answer).toMatch(/不是讲课人/);
    await say(from, '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.actorId).toBe(doer);
    expect(activities()[0]!.note).toBe(note);
  });

  it('何平 「今天上午给中心上了廉政党课」 → stored at once at 残疾人康复中心', async () => {
    const answer = await answerText('何平', '今天上午给中心上了廉政党课');
    expect(answer).toMatch(/已记录 1 项/);
    expect(activities()[0]!.departmentId ?? activities()[0]!.departmentIds?.[0]).toBe('center');
  });
});

describe('5. 我只是在场: whose talk is asked', () => {
  it('赵敏 「今天和王磊谈心 我只是在场」 → asked whose; 「张伟」 makes it his, 赵敏 the reporter', async () => {
    const answer = await answerText('赵敏', '今天和王磊谈心 我只是在场');
    // Round 64 (gda): the question names what is missing (was 「这条谈心谈话是谁的？」).
    expect(answer).toMatch(/这次谈心是谁和王磊谈的/);
    expect(activities()).toHaveLength(0);
    const after = await answerText('赵敏', '张伟');
    await confirmIfAsked('赵敏', after);
    expect(rows()).toEqual([['talk_heart', '2026-12-04', 'zhangwei', 'wanglei']]);
  });

  it('杨帆 「今天和王磊谈心谈话 我只是陪同」 → never 王磊\'s talk with 杨帆: whose talk with 王磊 is asked', async () => {
    const answer = await answerText('杨帆', '今天和王磊谈心谈话 我只是陪同');
    // Round 64 (gda): the question names what is missing (was 「这条谈心谈话是谁的？」).
    expect(answer).toMatch(/这次谈心是谁和王磊谈的/);
    expect(answer).toMatch(/对象：王磊/);
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: 赵敏 「今天张书记和王磊谈心 我只是在场」 → 张伟\'s talk on a card, nothing asked', async () => {
    const answer = await answerText('赵敏', '今天张书记和王磊谈心 我只是在场');
    expect(answer).toMatch(/请确认/);
    await say('赵敏', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-04', 'zhangwei', 'wanglei']]);
  });
});
