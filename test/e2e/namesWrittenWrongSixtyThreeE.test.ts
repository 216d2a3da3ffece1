// Over HTTP (issue 10, round 63 gce; t65a and gbe's left-alone): names written wrong are offered, never guessed silently.
// - 周涛「和张英单独谈了廉政谈话」 offers 「是不是张颖？」 (was: 和谁谈的, 张英 dropped); a tap records the talk with 张颖.
// - 王建国「今天和孙莉副科长谈了廉政谈话」 offers 孙丽 and says the title does not match (was: only 不在名单里).
// - 王建国「今天和李科长进行了廉政谈话」 offers 李明 (no 李 is a 科长; was: only 不在名单里); 王主任 offers the three titled 王.
// - 刘芳「今天和张颖进行了廉政谈话，周滔也在」 records 张颖 only and says 周涛 was present (was: 周滔 dropped with no word).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 18:00 in Shanghai (the tester's clock), after the reminders' hours. */
const chat = useChatBot(new Date('2026-12-07T18:00:00+08:00'));
const { lastText, rows, say, offered } = chat;

describe('a sound-alike with no department is offered (t65a)', () => {
  it('周涛「和张英单独谈了廉政谈话」 with its day: 是不是张颖？, nothing stored before the tap', async () => {
    const buttons = await offered('周涛', '今天和张英单独谈了廉政谈话');
    expect(buttons).toEqual(['张颖', '不在名单里', '取消']);
    expect(lastText()).toMatch(/通讯录里找不到「张英」。是不是张颖（组联部科员）？/);
    expect(rows()).toHaveLength(0);
    await say('周涛', '张颖');
    if (rows().length === 0) await say('周涛', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhoutao', 'zhangying']]);
  });

  it('是的 answers the one name offered, in traditional characters too', async () => {
    await say('周涛', '今天和張英單獨進行了談心談話');
    expect(lastText()).toMatch(/是不是张颖/);
    await say('周涛', '是的');
    if (rows().length === 0) await say('周涛', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'zhoutao', 'zhangying']]);
  });

  it('不在名单里 leaves it out: nothing stored on the guess', async () => {
    await say('周涛', '今天和张英单独谈了廉政谈话');
    await say('周涛', '不在名单里');
    expect(rows()).toHaveLength(0);
  });

  it('near-miss: 张颖 written right is recorded at once, adverb and all', async () => {
    await say('周涛', '今天和张颖单独谈了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhoutao', 'zhangying']]);
  });
});

describe('a title the sound-alike does not hold (gbe left)', () => {
  it('王建国「今天和孙莉副科长谈了廉政谈话」 offers 孙丽 and says the title does not match; the tap records 孙丽', async () => {
    const buttons = await offered('王建国', '今天和孙莉副科长谈了廉政谈话');
    expect(buttons).toEqual(['孙丽', '不在名单里', '取消']);
    expect(lastText()).toMatch(/是不是孙丽（财务科科长）？（消息里写的是「孙莉副科长」，职务对不上）/);
    expect(rows()).toHaveLength(0);
    await say('王建国', '孙丽');
    if (rows().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'wangjianguo', 'sunli']]);
  });

  it('a title that fits says nothing of it (徐慧副主任 → 徐辉)', async () => {
    await offered('何平', '今天和徐慧副主任进行了廉政谈话');
    expect(lastText()).toMatch(/是不是徐辉（康复中心副主任）？/);
    expect(lastText()).not.toMatch(/职务对不上/);
  });
});

describe('a surname and title no one holds (the brief)', () => {
  it('王建国「今天和李科长进行了廉政谈话」 offers 李明; the tap records him', async () => {
    const buttons = await offered('王建国', '今天和李科长进行了廉政谈话');
    expect(buttons).toEqual(['李明', '不在名单里', '取消']);
    expect(lastText()).toMatch(/通讯录里找不到「李科长」。是不是李明（办公室主任）？/);
    await say('王建国', '李明');
    if (rows().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'wangjianguo', 'liming']]);
  });

  it('张伟「今天和王主任谈了廉政谈话」 offers the three titled 王, nothing stored', async () => {
    const buttons = await offered('张伟', '今天和王主任谈了廉政谈话');
    expect(buttons).toEqual(['王建国', '王磊', '王强', '不在名单里', '取消']);
    expect(rows()).toHaveLength(0);
  });

  it('near-miss: 孙科长 (one holder) is recorded at once', async () => {
    await say('王建国', '今天和孙科长单独谈了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'wangjianguo', 'sunli']]);
  });
});

describe('a misheard bystander (t65a)', () => {
  it('刘芳「今天和张颖进行了廉政谈话，周滔也在」: 张颖 only, and 周涛 said to have been there', async () => {
    const answer = await chat.answerText('刘芳', '今天和张颖进行了廉政谈话，周滔也在');
    expect(answer).toMatch(/周涛是一同参加的/);
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'liufang', 'zhangying']]);
  });
});
