// Round 64 (issue 10), fixer gdj: stored records corrected in loose words (t67a Part B).
// P6 黄志刚 「上午张伟和何平那条 其实是我找他谈的 张书记不在」 about the stored 张伟→何平 talk: that record's doer → 黄志刚 on
//    请确认修改 (was a NEW talk of 张伟's asked its kind; 「和何平那条 是我找他谈的」 was 「没有在通讯录里找到「我找他」」).
// P7 刘芳 「其实是我和郑华签的 不是周涛」 about her stored signing 刘芳–周涛: its person 周涛 → 郑华 on 请确认修改 (was the generic help).
// P8 周涛 「今天那个会 算作风纪律检查吧」 about his stored 专题会议: said a meeting is no check and asked, nothing changed (was a card
//    turning it into a 作风纪律检查 with 组联部 checked and 5人参加).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const AFTERNOON = new Date('2026-12-07T15:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, stored } = chat;

describe('P6. the sender claims the deed of a stored record', () => {
  it.each([
    ['黄志刚', '上午张伟和何平那条 其实是我找他谈的 张书记不在'],
    ['赵敏', '和何平那条 是我找他谈的'],
    ['黄志刚', '张书记不在，上午和何平那条是我找他谈的'],
    ['赵敏', '上午和何平那条，其实是我找她谈的。'],
  ])('%s 「%s」 → the 张伟→何平 talk\'s doer becomes the sender on 请确认修改, nothing new', async (who, text) => {
    await stored('赵敏', '今天上午张伟书记和何平进行了廉政谈话', 1);
    chat.t.clock.now = AFTERNOON;
    const answer = await answerText(who, text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).not.toMatch(/是哪类活动|没有在通讯录/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhangwei', 'heping']]);
    await say(who, '确认');
    const id = who === '黄志刚' ? 'huangzhigang' : 'zhaomin';
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', id, 'heping']]);
    expect(activities()[0]!.reporter).toBe(chat.t.openId('赵敏'));
  });

  it('his own report of 张伟\'s talk: the doer becomes him after 确认, no relay', async () => {
    await stored('黄志刚', '今天上午张伟书记和何平进行了廉政谈话', 1);
    const answer = await answerText('黄志刚', '上午张伟和何平那条 其实是我找他谈的 张书记不在');
    expect(answer).toMatch(/请确认修改/);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'huangzhigang', 'heping']]);
  });

  it('the one said absent is not the record\'s doer: nothing changed, said', async () => {
    await stored('赵敏', '今天上午张伟书记和何平进行了廉政谈话', 1);
    const answer = await answerText('黄志刚', '上午和何平那条 其实是我找他谈的 王副理事长不在');
    expect(answer).not.toMatch(/请确认/);
    expect(answer).toMatch(/没有改动/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhangwei', 'heping']]);
  });

  it('near-miss: 「是我找他谈的」 with no record pointed at and nothing asked records nothing silently', async () => {
    await stored('赵敏', '今天上午张伟书记和何平进行了廉政谈话', 1);
    await answerText('黄志刚', '今天和何平进行了提醒谈话');
    expect(activities().length).toBeLessThanOrEqual(2);
    expect(activities()[0]!.actorId).toBe('zhangwei');
  });
});

describe('P7. the person of a stored record said to be another', () => {
  it.each([
    ['其实是我和郑华签的 不是周涛'],
    ['其实是和郑华签的，不是周涛'],
    ['不是和周涛 是和郑华签的'],
    ['和周涛那条 是郑华不是周涛'],
    ['不对 其实是跟郑华签的 不是跟周涛签的'],
  ])('刘芳 「%s」 → 刘芳–郑华 after 确认', async (text) => {
    await stored('刘芳', '今天和周涛签订了廉政责任书', 1);
    const answer = await answerText('刘芳', text);
    expect(answer).toMatch(/请确认修改/);
    expect(rows()).toEqual([['pledge_sign', '2026-12-07', 'liufang', 'zhoutao']]);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-07', 'liufang', 'zhenghua']]);
  });

  it('a talk: 「其实是和郑华谈的 不是周涛」', async () => {
    await stored('刘芳', '今天和周涛进行了廉政谈话', 1);
    const answer = await answerText('刘芳', '其实是和郑华谈的 不是周涛');
    expect(answer).toMatch(/请确认修改/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'liufang', 'zhenghua']]);
  });

  it('a lecture\'s unit: 赵敏 「其实是给宣文部讲的 不是康复中心」', async () => {
    await stored('赵敏', '今天给康复中心讲了廉政党课', 1);
    const answer = await answerText('赵敏', '其实是给宣文部讲的 不是康复中心');
    expect(answer).toMatch(/请确认修改/);
    await say('赵敏', '确认');
    expect(activities()[0]!.departmentIds ?? [activities()[0]!.departmentId]).toEqual(['publicity']);
    expect(rows()).toEqual([['edu_lecture', '2026-12-07', 'zhaomin', '']]);
  });

  it('two fitting records: shown and asked which, nothing changed', async () => {
    await stored('刘芳', '今天和周涛签订了廉政责任书', 1);
    await stored('刘芳', '今天和周涛进行了廉政谈话', 2);
    const answer = await answerText('刘芳', '对象是郑华不是周涛');
    expect(answer).toMatch(/找到 2 条记录/);
    expect(rows().map((r) => r[3])).toEqual(['zhoutao', 'zhoutao']);
  });

  it('near-miss: Y in no stored record of hers — no change card', async () => {
    await stored('刘芳', '今天和周涛签订了廉政责任书', 1);
    const answer = await answerText('刘芳', '其实是我和郑华签的 不是吴静');
    expect(answer).not.toMatch(/请确认修改/);
    expect(rows()).toEqual([['pledge_sign', '2026-12-07', 'liufang', 'zhoutao']]);
  });
});

describe('P8. a meeting called a check', () => {
  it.each([['今天那个会 算作风纪律检查吧'], ['今天那个会议应该算作风纪律检查'], ['刚才那次算作风纪律检查吧']])('周涛 「%s」 → said and asked, nothing changed', async (text) => {
    await stored('周涛', '今天召开部门党风廉政专题会议，5人参加', 1);
    const answer = await answerText('周涛', text);
    expect(answer).not.toMatch(/请确认/);
    expect(answer).toMatch(/会议不能直接改成作风纪律检查/);
    expect(answer).toMatch(/被检查的是哪个部门/);
    expect(rows()).toEqual([['meeting_special', '2026-12-07', 'zhoutao', '']]);
  });

  it('a check called another check still changes the kind (correctLatest)', async () => {
    await stored('黄志刚', '今天到维权部开展了作风纪律检查', 1);
    const answer = await answerText('黄志刚', '今天那次算专项资金检查吧');
    expect(answer).toMatch(/请确认修改/);
  });
});
