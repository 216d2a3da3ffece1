// Round 68, ghm (t71b FB2; issue 10): 孙杰 「何主任前几天和我谈了谈心」 → 是哪一天？; then 「谈心谈话要不要写谈话内容？」 got
// 「这个问题我还回答不了。关于廉政谈话，我可以回答：…」 — the other talk kind (the 谈话 of 谈话内容 named both), and no word that the
// day question was still open. Now a short plain answer for the kind named or being reported (a talk keeps no word of what was
// said; other kinds keep day, doer, title, count, never the minutes or a 心得), then the waiting question again; the member's
// answer after it records as before. With nothing waiting the same questions are answered plainly, for the kind named.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 07:50 in Shanghai (t71b's clock). */
const chat = useChatBot(new Date('2026-12-08T07:50:00+08:00'));
const { activities, answerText, say, rows } = chat;

describe('a question about what to write, typed while the day question waits', () => {
  it.each([
    ['孙杰', '何主任前几天和我谈了谈心', '谈心谈话要不要写谈话内容？', /谈话内容不用写：谈心谈话只记/],
    ['孙杰', '何主任前几天和我谈了谈心', '谈话内容要写吗', /谈话内容不用写：谈心谈话只记/],
    ['刘洋', '吴部长前几天找我谈了谈心', '可以不写谈话内容吗', /谈话内容不用写：谈心谈话只记/],
    ['陈静', '郑部长之前和我谈心了', '谈了什么要不要写进去', /谈话内容不用写：谈心谈话只记/],
    ['赵磊', '冯部长 前几天 跟我 谈了 一次 心', '谈话 记录 需要 填吗', /谈话内容不用写：谈心谈话只记/],
    ['杨帆', '王部长前阵子和我谈心了', '談話內容要寫嗎？', /谈话内容不用写：谈心谈话只记/],
    ['孙杰', '何主任前几天和我谈了谈心', '需要填什么？', /上报谈心谈话要写明哪天、和谁谈/],
  ])('%s 「%s」, then 「%s」 → answered for 谈心谈话, the day asked again; 12月2日 records the talk', async (from, report, question, said) => {
    expect(await answerText(from, report)).toMatch(/是哪一天/);
    const answer = await answerText(from, question);
    expect(answer).toMatch(said);
    expect(answer).not.toMatch(/廉政谈话|还回答不了|没能把这条回复读成/);
    expect(answer).toMatch(/还在等您回答/);
    expect(answer).toMatch(/是哪一天/);
    expect(activities()).toEqual([]);
    expect(await chat.confirmIfAsked(from, await answerText(from, '12月2日'))).toMatch(/已记录/);
    expect(activities().map((a) => [a.type, a.date])).toEqual([['talk_heart', '2026-12-02']]);
  });

  it('黄志刚 廉政谈话 waiting 和谁: 谈话内容要写吗 → 廉政谈话 keeps no content, 和谁 asked again; 王强 records it', async () => {
    expect(await answerText('黄志刚', '昨天进行了廉政谈话')).toMatch(/和谁谈的/);
    const answer = await answerText('黄志刚', '谈话内容要写吗');
    expect(answer).toMatch(/谈话内容不用写：廉政谈话只记/);
    expect(answer).toMatch(/和谁谈的/);
    expect(activities()).toEqual([]);
    await chat.confirmIfAsked('黄志刚', await answerText('黄志刚', '王强'));
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'huangzhigang', 'wangqiang']]);
  });

  it('王磊 警示教育 waiting 是哪一天: 要写观后感吗 → its content not needed, its day asked again', async () => {
    expect(await answerText('王磊', '组织观看了警示教育片')).toMatch(/是哪一天/);
    const answer = await answerText('王磊', '心得体会要写吗');
    expect(answer).toMatch(/警示教育的具体内容（记录、心得、讲稿等）不用写/);
    expect(answer).toMatch(/是哪一天/);
    expect(await answerText('王磊', '昨天')).toMatch(/已记录/);
    expect(activities().map((a) => [a.type, a.date])).toEqual([['edu_warning', '2026-12-07']]);
  });

  it('取消 after the answer still ends the report, nothing stored', async () => {
    await say('孙杰', '何主任前几天和我谈了谈心');
    expect(await answerText('孙杰', '谈心谈话要不要写谈话内容？')).toMatch(/谈话内容不用写/);
    expect(await answerText('孙杰', '取消')).toMatch(/已取消/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: ghd\'s 参加人数也要填吗？ keeps its answer', async () => {
    await say('王磊', '组织观看了警示教育片');
    expect(await answerText('王磊', '参加人数也要填吗？')).toMatch(/参加人数可以不填/);
  });
});

describe('the same questions with nothing waiting', () => {
  it.each([
    ['孙杰', '谈心谈话要不要写谈话内容？', /谈话内容不用写：谈心谈话只记/],
    ['王强', '谈心谈话可以不写内容吗', /谈话内容不用写：谈心谈话只记/],
    ['孙丽', '廉政谈话需要写谈话记录吗', /谈话内容不用写：廉政谈话只记/],
    ['周涛', '专题会议要不要写会议记录', /专题会议的具体内容（记录、心得、讲稿等）不用写：台账只记哪天、谁主持/],
    ['何平', '警示教育要写心得吗', /警示教育的具体内容.*片名或案例/],
    ['李娟', '谈心谈话需要填什么', /上报谈心谈话要写明哪天、和谁谈/],
    ['冯雪', '签订责任书需要写哪些', /上报签订责任书要写明哪天、和谁签订/],
    ['胡军', '要写谈话内容吗？', /具体内容不用写：谈话只记/],
  ])('%s 「%s」 → answered plainly for the kind named', async (from, question, said) => {
    const answer = await answerText(from, question);
    expect(answer).toMatch(said);
    expect(answer).not.toMatch(/还回答不了|没看懂|还在等您回答/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: a report telling its content records the talk, nothing of the content', async () => {
    await chat.confirmIfAsked('王强', await answerText('王强', '昨天和李娟谈心，主要内容是提醒她注意工作纪律'));
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'wangqiang', 'lijuan']]);
    expect(activities()[0]!.note ?? '').not.toMatch(/工作纪律/);
  });

  it.each([
    ['陈静', '郑部长前天和我谈心，谈了什么就不写了', 'zhenghua', 'chenjing', '2026-12-06'],
    ['徐辉', '何主任11月25日和我谈了谈心，具体内容就不写了吧', 'heping', 'xuhui', '2026-11-25'],
  ])('%s 「%s」 (the content waived) → the talk on a card, 确认 stores it (was: read as a question, the talk dropped)', async (from, text, doer, other, day) => {
    const answer = await answerText(from, text);
    expect(answer).not.toMatch(/还回答不了|没看懂/);
    await chat.confirmIfAsked(from, answer);
    expect(rows()).toEqual([['talk_heart', day, doer, other]]);
  });

  it('near-miss: 廉政谈话怎么写 is still the how-to answer with its example', async () => {
    expect(await answerText('孙丽', '廉政谈话怎么写')).toMatch(/上报廉政谈话：直接发一句话给我/);
  });

  it('near-miss: 谈心谈话完成情况 is still the completion query', async () => {
    expect(await answerText('张伟', '谈心谈话完成情况')).not.toMatch(/不用写|要写明/);
  });
});

describe('every day question of a several-item message names its item (t71b F6)', () => {
  it('李明\'s 11月 summary: every item named in the one days question, 「4. 您的警示教育（18人参加）」 (was: a bare 是哪一天进行的？); the days then the card', async () => {
    const first = await answerText('李明', '办公室11月份党风廉政建设工作小结：本月共开展谈心谈话3次，其中王建国副理事长与李明谈话1次，李明分别与王芳、胡军谈话各1次；组织警示教育1次，参加18人。');
    // Round 69 (gic): a month's several dateless items are asked in one numbered question, each item named in it.
    expect(first).toMatch(/这 4 项还没有具体日期：\n1\. 王建国与李明的谈心谈话\n2\. 您与王芳的谈心谈话\n3\. 您与胡军的谈心谈话\n4\. 您的警示教育（18人参加）/);
    expect(first).not.toMatch(/\*\*是哪一天进行的？/);
    expect(await answerText('李明', '1是11月5日，2是11月10日，3是11月12日，4是11月20日')).toMatch(/请确认以下 4 条记录/);
    await say('李明', '确认');
    expect(chat.datedRows().find((r) => r[0] === 'edu_warning')).toEqual(['edu_warning', '2026-11-20', 'liming', '', 18]);
  });

  it('near-miss: a one-item report of the member\'s own keeps the bare question', async () => {
    const answer = await answerText('王磊', '组织观看了警示教育片，参加8人');
    expect(answer).toMatch(/\*\*是哪一天进行的？/);
    expect(answer).not.toMatch(/您的警示教育/);
  });
});
