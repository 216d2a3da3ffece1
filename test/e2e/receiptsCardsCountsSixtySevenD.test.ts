// Round 67, ggd (issue 10; round 66's leftovers): receipts, waiting cards and counted summaries (clock Mon 2026-11-30 10:00).
// A  a typed button label survives a restart: 「是不是王建国？」 typed back after the bot restarted was read as before the
//    label was known (王建国's completion card, the question open); the buttons are now kept with the dialog in the store.
// B  「王强只是在场，没和他谈，第3条不对」 on the receipt of 赵敏's talks with 李娟, 王强, 孙杰 withdrew 王强's talk by the name and
//    never read 第3条 (孙杰's): when the name and the number disagree the bot now asks which, nothing withdrawn; on a card too.
// C  counted summaries from a unit's clerk: 徐辉 「本月中心共开展谈心谈话2人次，其中11月24日与孙杰谈话1次」 asked everything (two
//    blank talks of 何平's beside an untyped one); now the talk with 孙杰 on 11-24, whose asked once, the 2 against 1 said.
//    胡军 「本月办公室共开展谈心谈话2人次，其中11月24日与李明谈话1次…」 was 李明's talk with 胡军; now whose is asked.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, confirmIfAsked, say, rows, offered } = chat;
const people = () => activities().map((a) => a.counterpartIds.join('、')).sort();

describe('A. a typed button label after a restart', () => {
  it.each([['是不是王建国？'], ['是王建国'], ['是他']])('张伟 「%s」 after a restart → the talk with 王建国', async (typed) => {
    expect(await offered('张伟', '今天和王建过同志进行了廉政谈话')).toContain('王建国');
    await chat.t.restart();
    const answer = await answerText('张伟', typed);
    expect(answer).not.toMatch(/完成情况/);
    expect(answer).toMatch(/已记录/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'zhangwei', 'wangjianguo']]);
  });

  it('the which-day label 「11月12日（周四）」 typed after a restart is that day', async () => {
    expect(await offered('张伟', '11月13日（周四）和李明进行了廉政谈话')).toEqual(['11月12日', '11月13日', '取消']);
    await chat.t.restart();
    await say('张伟', '11月12日（周四）');
    expect(rows()).toEqual([['talk_integrity', '2026-11-12', 'zhangwei', 'liming']]);
  });

  it('the labels live with the dialog: kept in db.json beside it, gone when it is answered', async () => {
    await say('张伟', '今天和王建过同志进行了廉政谈话');
    const kept = chat.t.running.store.read((db) => db.dialogs.map((d) => d.buttons));
    expect(kept).toEqual([expect.arrayContaining([{ label: '是不是王建国？', text: '王建国' }])]);
    await say('张伟', '是王建国');
    expect(chat.t.running.store.read((db) => db.dialogs.filter((d) => d.expiresAt > MONDAY.toISOString()))).toEqual([]);
  });
});

describe('B. a name and a number that disagree are asked, never withdrawn silently', () => {
  const talks = async () => expect(await answerText('赵敏', '上周五分别和李娟、王强、孙杰进行了廉政谈话')).toMatch(/已记录 3 项/);

  it.each([
    ['王强只是在场，没和他谈，第3条不对', '王强', 3, 2],
    ['第2条不对 孙杰只是旁听', '孙杰', 2, 3],
    ['李娟没谈 她就在旁边 第三条不对', '李娟', 3, 1],
  ])('赵敏 「%s」 on the receipt → asked which, all three kept', async (text, name, item, named) => {
    await talks();
    const answer = await answerText('赵敏', text);
    expect(answer).toContain(`您说「${name}」只是在场，但第${item}条是`);
    expect(answer).toContain(`${name}是第${named}条`);
    expect(answer).toMatch(/还没有撤销任何记录/);
    expect(answer).not.toMatch(/已撤销/);
    expect(people()).toEqual(['lijuan', 'sunjie', 'wangqiang']);
  });

  it('then 「撤销第3条」 withdraws the one meant', async () => {
    await talks();
    await say('赵敏', '王强只是在场，没和他谈，第3条不对');
    const answer = await answerText('赵敏', '撤销第3条');
    expect(answer).toMatch(/已撤销/);
    expect(people()).toEqual(['lijuan', 'wangqiang']);
  });

  it('a number past the receipt is said to be none', async () => {
    await talks();
    const answer = await answerText('赵敏', '孙杰只是在场，没和他谈，第4条不对');
    expect(answer).toMatch(/您最近一次上报只有 3 条，没有第4条；孙杰是第3条/);
    expect(activities()).toHaveLength(3);
  });

  it('near-miss: the name and the number agree → 孙杰\'s talk withdrawn at once, as before', async () => {
    await talks();
    expect(await answerText('赵敏', '孙杰只是在场，没和他谈，第3条不对')).toMatch(/已撤销：廉政谈话｜2026-11-27｜对象：孙杰/);
    expect(people()).toEqual(['lijuan', 'wangqiang']);
  });

  it('on a waiting card: asked, the card unchanged; 去掉第3条 then 确认 stores 李娟 and 王强', async () => {
    expect(await answerText('赵敏', '上周五分别和李娟、王强、孙杰进行了廉政谈话，徐辉也一起')).toMatch(/请确认/);
    const answer = await answerText('赵敏', '王强只是在场，没和他谈，第3条不对');
    expect(answer).toMatch(/您说「王强」只是在场，但第3条是廉政谈话｜2026-11-27｜对象：孙杰/);
    expect(answer).toMatch(/卡片没有改动/);
    expect(answer).toMatch(/请确认以下 3 条记录/);
    await say('赵敏', '去掉第3条');
    await say('赵敏', '确认');
    expect(people()).toEqual(['lijuan', 'wangqiang']);
  });
});

describe('C. a unit clerk\'s counted summary: the pair read, its doer asked, the gap said', () => {
  /** Answers whose-question with `doer`, then 确认 if a card follows; returns everything the bot said. */
  const answerWhose = async (from: string, doer: string): Promise<string> => {
    const said = await answerText(from, doer);
    if (/请确认/.test(said) && activities().length === 0) return said + (await answerText(from, '确认'));
    return said;
  };

  it('徐辉: asked whose, 「何平」 → 何平\'s 谈心 with 孙杰 on 11-24, the count gap said', async () => {
    const answer = await answerText('徐辉', '本月中心共开展谈心谈话2人次，其中11月24日与孙杰谈话1次');
    expect(answer).not.toMatch(/是哪一天|是什么活动/);
    expect(activities()).toEqual([]);
    expect(answer).toMatch(/何平/);
    const said = await answerWhose('徐辉', '何平');
    expect(said).toMatch(/2人次」与列出的1人不一致/);
    expect(rows()).toEqual([['talk_heart', '2026-11-24', 'heping', 'sunjie']]);
  });

  it('徐辉: 「徐辉」 (himself) → his own talk with 孙杰', async () => {
    await say('徐辉', '本月中心共开展谈心谈话2人次，其中11.24与孙杰谈话1次');
    await answerWhose('徐辉', '徐辉');
    expect(rows()).toEqual([['talk_heart', '2026-11-24', 'xuhui', 'sunjie']]);
  });

  it('胡军: 与李明谈话 is no talk of 李明\'s with 胡军 — whose is asked; 「王建国」 stores 王建国\'s talk with 李明', async () => {
    const answer = await answerText('胡军', '本月办公室共开展谈心谈话2人次，其中11月24日与李明谈话1次');
    expect(activities()).toEqual([]);
    expect(answer).not.toMatch(/活动人：李明/);
    expect(answer).toMatch(/王建国/);
    await answerWhose('胡军', '王建国');
    expect(rows()).toEqual([['talk_heart', '2026-11-24', 'wangjianguo', 'liming']]);
  });

  it('胡军: two pairs, one answer is both\'s', async () => {
    await say('胡军', '本月办公室共开展谈心谈话2人次，其中11月24日与李明谈话1次，11月25日与王芳谈话1次');
    expect(activities()).toEqual([]);
    await answerWhose('胡军', '王建国');
    expect(chat.datedRows()).toEqual([
      ['talk_heart', '2026-11-24', 'wangjianguo', 'liming', null],
      ['talk_heart', '2026-11-25', 'wangjianguo', 'wangfang', null],
    ]);
  });

  it('near-miss: the head 何平 writing the same keeps his own talk, on a card saying the gap', async () => {
    const answer = await answerText('何平', '本月中心共开展谈心谈话2人次，其中11月24日与孙杰谈话1次');
    expect(answer).toMatch(/请确认/);
    expect(answer).toMatch(/与列出的1人不一致/);
    await say('何平', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-24', 'heping', 'sunjie']]);
  });

  it('near-miss: a doer named in the pair (李明主任11月24日与胡军谈话1次) is his, no question', async () => {
    const answer = await answerText('胡军', '本月办公室共开展谈心谈话2人次，其中李明主任11月24日与胡军谈话1次');
    expect(answer).not.toMatch(/是谁的/);
    await confirmIfAsked('胡军', answer);
    expect(rows()).toEqual([['talk_heart', '2026-11-24', 'liming', 'hujun']]);
  });
});
