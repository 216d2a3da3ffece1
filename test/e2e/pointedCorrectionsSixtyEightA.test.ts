// Round 68, helper gha (t70b, issue 10): corrections that point at a stored record by its doer, day or place, and corrections
// of counts. 李明 「11月18号王建国那次报错了，实际是和王强谈的，不是孙丽」 (王建国's talks stored by him) was two NEW talks with
// 王建国 as a counterpart; 「康复中心那次日期报错了，实际是上周五」 未记录; 「少报了2个人」 · 「不对，是9个人」 没看懂; 「人数报错了，
// 不是8个是9个」 read as deeds; 「上周三那个专题会议题不对…」 changed the latest meeting; 「信息报送那两条重复了 删掉一条」 not read.
// Now each is a 请确认修改 of the pointed record — changed on 确认 only, 取消 keeps it — and a pointer that fits none or two
// changes nothing.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day). */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, answerText, say, stored } = chat;

/** Records as [type, date, doer, people, attendees], in the order stored. */
const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.attendees ?? null]);

/** 李明's two stored 谈心谈话 of 王建国: 11-18 with 孙丽, 11-20 with 李娟. */
async function wangTalks(): Promise<void> {
  await stored('李明', '11月18日王建国副理事长与孙丽进行了谈心谈话', 1);
  await stored('李明', '11月20日王建国副理事长与李娟进行了谈心谈话', 2);
}

describe('a stored record pointed by its doer and day: the person put right, never a new talk', () => {
  it.each([
    ['11月18号王建国那次报错了，实际是和王强谈的，不是孙丽'],
    ['11.18王建国那次报错了 实际是和王强谈的 不是孙丽'],
    ['11月18号王副理事长那次不对，应该是和王强谈的，不是孙丽'],
    ['11月18日王建国那条写错了，其实是和王强谈的，而不是孙丽'],
    ['11月18号王建國那次報錯了，實際是和王強談的，不是孫麗'],
  ])('李明 「%s」 → 请确认修改 孙丽 → 王强, 王建国 kept; 确认 changes the 11-18 talk only', async (text) => {
    await wangTalks();
    const answer = await answerText('李明', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/原来：谈心谈话｜2026-11-18｜对象：孙丽/);
    expect(answer).toMatch(/改为：谈心谈话｜2026-11-18｜对象：王强/);
    expect(answer).not.toMatch(/对象：王建国/);
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-18', 'wangjianguo', 'sunli', null],
      ['talk_heart', '2026-11-20', 'wangjianguo', 'lijuan', null],
    ]);
    expect(await answerText('李明', '确认')).toMatch(/已修改/);
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-18', 'wangjianguo', 'wangqiang', null],
      ['talk_heart', '2026-11-20', 'wangjianguo', 'lijuan', null],
    ]);
  });

  it('the day of the record pointed by its doer: 「11月18号王建国那次日期报错了，实际是11月19号」 → 11-19 on 确认', async () => {
    await wangTalks();
    expect(await answerText('李明', '11月18号王建国那次日期报错了，实际是11月19号')).toMatch(/请确认修改[\s\S]*改为：谈心谈话｜2026-11-19｜对象：孙丽/);
    await say('李明', '确认');
    expect(rows()[0]).toEqual(['talk_heart', '2026-11-19', 'wangjianguo', 'sunli', null]);
  });

  it('取消 keeps 孙丽, nothing new', async () => {
    await wangTalks();
    expect(await answerText('李明', '11月18号王建国那次报错了，实际是和王强谈的，不是孙丽')).toMatch(/请确认修改/);
    await say('李明', '取消');
    expect(rows().map((r) => r[3])).toEqual(['sunli', 'lijuan']);
  });

  it('near-miss: 「11月18号王建国又和王强谈了一次」 is a new talk (its kind asked), the stored ones untouched', async () => {
    await wangTalks();
    const answer = await answerText('李明', '11月18号王建国又和王强谈了一次');
    expect(answer).not.toMatch(/请确认修改/);
    expect(answer).toMatch(/廉政谈话|谈心谈话/);
    expect(rows().map((r) => r[3])).toEqual(['sunli', 'lijuan']);
  });

  it('a pointer that fits no stored record (11月19号王建国那次) is said, nothing changed or added', async () => {
    await wangTalks();
    const answer = await answerText('李明', '11月19号王建国那次报错了，实际是和王强谈的，不是孙丽');
    expect(answer).toMatch(/没有找到/);
    expect(answer).not.toMatch(/请确认/);
    await say('李明', '确认');
    expect(rows().map((r) => r[3])).toEqual(['sunli', 'lijuan']);
  });

  it('a pointer that fits two (both 11-18 talks of 王建国) asks which, nothing changed', async () => {
    await stored('李明', '11月18日王建国副理事长与孙丽进行了谈心谈话', 1);
    await stored('李明', '11月18日王建国副理事长与李娟进行了谈心谈话', 2);
    const answer = await answerText('李明', '11月18号王建国那次报错了，实际是王强');
    expect(answer).toMatch(/2 条/);
    expect(answer).not.toMatch(/请确认修改/);
    expect(rows().map((r) => r[3])).toEqual(['sunli', 'lijuan']);
  });

  it('near-miss: 「不对」 alone changes nothing', async () => {
    await wangTalks();
    expect(await answerText('李明', '不对')).not.toMatch(/请确认修改/);
    expect(rows().map((r) => r[3])).toEqual(['sunli', 'lijuan']);
  });
});

describe('a stored record pointed by its place', () => {
  it.each([['康复中心那次日期报错了，实际是上周五'], ['康复中心那次日期不对 应该是11.27'], ['康复中心那次日期报错了，实际是11月27号']])(
    '孙杰 「%s」 → 何平\'s 警示教育 of 11-26 moved to 11-27 on 确认',
    async (text) => {
      await stored('孙杰', '上周四何平主任组织康复中心观看警示教育片，8人参加', 1);
      expect(await answerText('孙杰', text)).toMatch(/请确认修改[\s\S]*原来：警示教育｜2026-11-26[\s\S]*改为：警示教育｜2026-11-27/);
      await say('孙杰', '确认');
      expect(rows()).toEqual([['edu_warning', '2026-11-27', 'heping', '', 8]]);
    },
  );

  it('a unit with no such record of the member (财务科那次) is said, nothing changed', async () => {
    await stored('孙杰', '上周四何平主任组织康复中心观看警示教育片，8人参加', 1);
    expect(await answerText('孙杰', '财务科那次日期报错了，实际是上周五')).toMatch(/没有找到/);
    expect(rows()).toEqual([['edu_warning', '2026-11-26', 'heping', '', 8]]);
  });
});

describe('a head count put right: by how many, in person words, or with a wrong count said', () => {
  it.each([
    ['少报了2个人', 9],
    ['少报了两个人', 9],
    ['刚才那条少报了2个人', 9],
    ['不好意思，少报了2个人', 9],
    ['少 报了 2个 人', 9],
    ['昨天看警示片那次少报了两个人', 9],
    ['多报了1人', 6],
    ['多报了一个人', 6],
    ['不对，是9个人', 9],
    ['不对 应该是9人', 9],
    ['不對，是9個人', 9],
  ])('周涛 「%s」 on his 警示教育 of 7 → 请确认修改 7人参加 → %i人参加; 确认 stores it', async (text, to) => {
    await stored('周涛', '昨天组织观看警示教育片，7人参加', 1);
    const answer = await answerText('周涛', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/原来：警示教育｜2026-11-29（昨天）｜7人参加/);
    expect(answer).toMatch(new RegExp(`改为：警示教育｜2026-11-29（昨天）｜${to}人参加`));
    expect(rows()[0]![4]).toBe(7);
    await say('周涛', '确认');
    expect(rows()).toEqual([['edu_warning', '2026-11-29', 'zhoutao', '', to]]);
  });

  it('取消 on 少报了2个人 keeps the 7', async () => {
    await stored('周涛', '昨天组织观看警示教育片，7人参加', 1);
    expect(await answerText('周涛', '少报了2个人')).toMatch(/请确认修改/);
    await say('周涛', '取消');
    expect(rows()[0]![4]).toBe(7);
  });

  it('after a talk, 少报了2个人 says a talk counts no one, nothing changed', async () => {
    await stored('周涛', '昨天和张颖进行了谈心谈话', 1);
    const answer = await answerText('周涛', '少报了2个人');
    expect(answer).toMatch(/不记参加人数，没有改动/);
    expect(rows()).toEqual([['talk_heart', '2026-11-29', 'zhoutao', 'zhangying', null]]);
  });

  it.each([['人数报错了，不是8个是9个'], ['人数写错了 不是8个 是9个']])(
    '「%s」 with 7 stored: the card says the record has 7, changes nothing before 确认; 取消 keeps 7',
    async (text) => {
      await stored('周涛', '昨天组织观看警示教育片，7人参加', 1);
      const answer = await answerText('周涛', text);
      expect(answer).toMatch(/您说原来记的是8人，但记录里是7人参加/);
      expect(answer).toMatch(/改为：警示教育｜2026-11-29（昨天）｜9人参加/);
      expect(answer).not.toMatch(/台账里只有/);
      await say('周涛', '取消');
      expect(rows()).toEqual([['edu_warning', '2026-11-29', 'zhoutao', '', 7]]);
    },
  );
});

describe('the 议题 of the meeting the words name, not the latest', () => {
  it.each([
    ['上周三那个专题会议题不对，应该是传达学习市纪委全会精神'],
    ['11月25号那个专题会议题不对，应该是传达学习市纪委全会精神'],
    ['上周三那个会的议题写错了，应该是传达学习市纪委全会精神'],
  ])('周涛 「%s」 → the 11-25 meeting\'s 议题 on 确认, today\'s kept', async (text) => {
    await stored('周涛', '上周三在部里召开了党风廉政建设专题会议，议题是传达市纪委全会', 1);
    await stored('周涛', '今天在部里召开专题会议，议题是研究部署年终廉政工作', 2);
    const answer = await answerText('周涛', text);
    expect(answer).toMatch(/请确认修改[\s\S]*原来：专题会议｜2026-11-25｜议题：传达市纪委全会/);
    await say('周涛', '确认');
    expect(activities().map((a) => [a.date, a.note])).toEqual([
      ['2026-11-25', '传达学习市纪委全会精神'],
      ['2026-11-30', '研究部署年终廉政工作'],
    ]);
  });
});

describe('two identical records: one withdrawn after a confirmation naming it', () => {
  /** 孙丽's 信息报送 of today stored twice (the duplicate question answered 再记一条). */
  async function twoPapers(): Promise<void> {
    await stored('孙丽', '今天报送廉政信息1篇', 1);
    await answerText('孙丽', '今天报送廉政信息1篇');
    await say('孙丽', '再记一条');
    expect(activities()).toHaveLength(2);
  }

  it.each([['信息报送那两条重复了 删掉一条'], ['刚才那两篇信息报重了，撤销一篇'], ['廉政信息那两条是重复的，删掉一条吧'], ['今天的信息报送重复了 删掉一条'], ['信息報送那兩條重複了 刪掉一條']])(
    '孙丽 「%s」 → 请确认修改 naming the later one; 确认 leaves the first',
    async (text) => {
      await twoPapers();
      const [first] = activities();
      const answer = await answerText('孙丽', text);
      expect(answer).toMatch(/请确认修改/);
      expect(answer).toMatch(/撤销多记的 1 (?:条|篇)/);
      expect(activities()).toHaveLength(2);
      await say('孙丽', '确认');
      expect(activities().map((a) => a.id)).toEqual([first!.id]);
    },
  );

  it('取消 keeps both', async () => {
    await twoPapers();
    expect(await answerText('孙丽', '信息报送那两条重复了 删掉一条')).toMatch(/请确认修改/);
    await say('孙丽', '取消');
    expect(activities()).toHaveLength(2);
  });
});
