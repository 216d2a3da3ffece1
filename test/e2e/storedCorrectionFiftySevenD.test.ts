// Round 57 (issue 10), fixer fed: corrections of STORED records (t59a F7; t59b FB1, FB2; fgb's left-alone), over HTTP.
// 1. 再补1篇 · 少记了一篇 · 是2篇，只记了1篇 to a stored 信息报送: exactly the number more, on a 确认 card against the stored
//    ones (「已有 1 篇，补 1 篇后共 2 篇」), no duplicate flag; 确认 stores them (was: two new papers both flagged duplicate).
// 2. 「…其实是10月份报的，这条撤销」: a reason between the record named and 这条撤销 — the record found and offered (was: 没看懂).
// 3. 「11月30日那次检查…还查了组联部，请补上」 · 「修改11月30日的作风纪律检查，部门改为…」: the department added / the
//    departments changed on a change card (was: a new untyped report · 「没有找到…部门改为…的记录」).
// 4. voice-spaced 「上周三 没和吴静 签责任书 只和周涛签了」: the withdrawal offered as with commas; 「…日期12月2日写错了，应该是
//    11月5日」 of a stored talk: the change card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: no reminder's hour interleaves a notice. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, recorded } = chat;

const papers = () => activities().filter((a) => a.type === 'report_info' && a.date === '2026-12-02');

describe('1. a top-up of a stored 信息报送: exactly the number more, against the stored ones, no duplicate flag', () => {
  it.each([
    ["12月2号报送的廉政信息是2篇，刚才只记上了1篇，再补1篇"],
    ["12月2日的廉政信息少记了一篇"],
    ["12月2日的廉政信息少记了1篇，请补上"],
    ["12月2日报送的信息漏记了一篇"],
    ["再补一篇"],
    ["刚才那条信息报送再补1篇"],
    ["12月2日的信息报送一共是2篇，只记上了1篇"],
    ["12月2号的廉政信息 少记了 一篇"],
    ["12月2日的廉政信息再加一篇"],
    ["刚才的信息报送漏了一篇，再补一篇"],
    ["12月2日报送廉政信息是两篇 刚才只记了一篇 再补一篇"],
    ["12月2日信息报送少了一篇"],
    ["12月2日的信息再补记一篇"],
    ["12月2日的廉政信息还有一篇没记上"],
    ["12月2号信息报送是2篇 只记上了1篇 麻烦再补1篇"],
    ["不好意思，12月2日的廉政信息少记了一篇"],
    ["12月2日报的廉政信息是2篇，只记了1篇"],
    ["12月2日的廉政信息漏了一篇"],
    ["12月2日那篇信息少记了一篇，再补上一篇"],
  ])('郑华 (one 12-02 paper stored) 「%s」 → a card of ONE paper, 已有 1 篇，补 1 篇后共 2 篇 → 确认 → two', async (topUp) => {
    await recorded('郑华', '12月2日报送了1篇廉政信息');
    const answer = await answerText('郑华', topUp);
    expect(answer).toMatch(/请确认以下 1 条记录/);
    expect(answer).toMatch(/已有 1 篇，补 1 篇后共 2 篇/);
    expect(answer).not.toMatch(/已有一条相同记录|仍要记录/);
    expect(papers()).toHaveLength(1);
    await say('郑华', '确认');
    expect(papers()).toHaveLength(2);
    expect(activities()).toHaveLength(2);
  });

  it.each([
    ["12月2日报送的廉政信息应该是3篇，刚才只记了1篇", 2],
    ["再补两篇", 2],
  ])('郑华 「%s」 → %i more', async (topUp, more) => {
    await recorded('郑华', '12月2日报送了1篇廉政信息');
    const answer = await answerText('郑华', topUp);
    expect(answer).toMatch(new RegExp(`请确认以下 ${more} 条记录`));
    expect(answer).toMatch(new RegExp(`补 ${more} 篇后共 ${1 + more} 篇`));
    await say('郑华', '确认');
    expect(papers()).toHaveLength(1 + more);
  });

  it('仍要记录 on a top-up card stores the one shown, not two', async () => {
    await recorded('郑华', '12月2日报送了1篇廉政信息');
    await say('郑华', '12月2号报送的廉政信息是2篇，刚才只记上了1篇，再补1篇');
    await say('郑华', '仍要记录');
    expect(papers()).toHaveLength(2);
  });

  it('a talk topped up: 王芳 「12月3日和王强的谈心漏记了一次」 → one more talk with 王强 on 12-03', async () => {
    await recorded('王芳', '12月3日和王强进行了谈心谈话');
    const answer = await answerText('王芳', '12月3日和王强的谈心漏记了一次');
    expect(answer).toMatch(/已有 1 次，补 1 次后共 2 次/);
    await say('王芳', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join()])).toEqual([
      ['talk_heart', '2026-12-03', 'wangqiang'],
      ['talk_heart', '2026-12-03', 'wangqiang'],
    ]);
  });

  it('near-miss: the total said is already stored → nothing added, said so', async () => {
    await recorded('郑华', '12月2日报送了1篇廉政信息');
    expect(await answerText('郑华', '12月2日的廉政信息应该是1篇，只记了1篇')).toMatch(/已有 1 篇.*不用再补/);
    expect(papers()).toHaveLength(1);
  });

  it.each([['12月2日报送廉政信息2篇'], ['12月2日又报送了1篇廉政信息'], ['12月2日的廉政信息是1篇']])(
    'near-miss: 「%s」 is a report as before (a card naming the stored one), no top-up', async (report) => {
      await recorded('郑华', '12月2日报送了1篇廉政信息');
      const answer = await answerText('郑华', report);
      expect(answer).not.toMatch(/补 \d 篇后共/);
    },
  );

  it('near-miss: 再补一篇 with nothing stored is no top-up (nothing stored silently)', async () => {
    await say('郑华', '再补一篇');
    expect(activities()).toHaveLength(0);
  });
});

describe('2. a reason, then 这条撤销: the named record found and offered, withdrawn at 撤销', () => {
  it.each([
    ["刚才报的11月20日那篇廉政信息其实是10月份报的，这条撤销"],
    ["11月20日那篇廉政信息其实是10月份报的，这条删掉吧"],
    ["11月20日的信息报送日期不对，是10月份的，这条作废"],
    ["刚才报的11月20日那篇信息已经报过了，这条撤销"],
    ["撤销11月20日那篇廉政信息，其实是10月份报的"],
    ["11月20日那篇廉政信息 其实是10月份报的 这条撤销"],
    ["那篇11月20日的廉政信息其实上个月就报过了，这条删掉"],
    ["刚才报的11月20日那篇廉政信息其实是10月份报的，这篇撤销吧"],
    ["刚才报的11月20日的信息报送，其实是10月份报的，这条撤销"],
    ["11月20日那篇信息其实是别人写的，这条撤销"],
    ["刚才报的11月20日那篇廉政信息本来是10月份的，这条删了"],
    ["11月20日那篇信息日期写错了，这条撤回"],
    ["11月20日的廉政信息重复了，这条撤销"],
    ["撤销11月20日的廉政信息，实际是10月份报送的"],
    ["11月20日那篇廉政信息其实是10月份报的，这条请撤销"],
    ["刚才报的11月20日那篇廉政信息其实是10月份报的，所以这条撤销"],
    ["删掉11月20日那篇廉政信息，其实是上个月报的"],
  ])('李明 (11-20 paper stored) 「%s」 → 找到 1 条 → 撤销 → withdrawn', async (undo) => {
    await recorded('李明', '11月20日报送了一篇廉政信息');
    await recorded('李明', '12月3日和王强进行了廉政谈话');
    const answer = await answerText('李明', undo);
    expect(answer).toMatch(/找到 1 条/);
    expect(answer).toMatch(/信息报送｜2026-11-20/);
    expect(activities()).toHaveLength(2);
    await say('李明', '撤销');
    expect(activities().map((a) => a.type)).toEqual(['talk_integrity']);
  });

  it.each([
    ["刚才报的11月20日那篇廉政信息其实是10月18日报的，改一下"],
    ["11月20日的信息报送日期写错了，应该是10月18日"],
    ["刚才报的11月20日那篇廉政信息日期不对，应该是10月18日"],
    ["11月20日那篇廉政信息其实是10月18日报的"],
  ])('李明 (11-20 paper just stored) 「%s」 → the date change card → 确认 → 10-18', async (change) => {
    await recorded('李明', '11月20日报送了一篇廉政信息');
    const answer = await answerText('李明', change);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/2026-10-18/);
    await say('李明', '确认');
    expect(activities().map((a) => a.date)).toEqual(['2026-10-18']);
  });
});

describe('3. a department added to, or the departments changed on, a stored check', () => {
  it.each([
    ["11月30日那次检查，除了财务科、办公室，还查了组联部，请补上"],
    ["11月30日那次检查还查了组联部，漏了"],
    ["11月30日的作风纪律检查还查了组联部 漏了"],
    ["11月30日那次检查 除了财务科 办公室 还查了组联部 请补上"],
    ["11月30日那次作风纪律检查，还去了组联部，请加上"],
    ["11月30日的检查也查了组联部，帮我补上"],
    ["11月30日那次检查，另外还查了组联部"],
    ["11月30日那次检查还包括组联部"],
    ["11月30日那次检查，除了财务科和办公室以外，还查了组联部，请补上"],
    ["11月30日的检查，除财务科、办公室外还查了组联部"],
  ])('黄志刚 (11-30 check of 财务科、办公室 stored) 「%s」 → 部门加上「组联部」 → 确认', async (added) => {
    await recorded('黄志刚', '11月30日对财务科、办公室开展了作风纪律检查');
    const answer = await answerText('黄志刚', added);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/部门加上「组联部」/);
    await say('黄志刚', '确认');
    expect(activities().map((a) => a.departmentIds)).toEqual([['finance', 'office', 'liaison']]);
  });

  it.each([
    ["修改11月30日的作风纪律检查，部门改为财务科、办公室、组联部"],
    ["修改11月30日的检查，部门改为财务科、办公室、组联部"],
    ["更正11月30日的作风纪律检查，部门应该是财务科、办公室、组联部"],
    ["修改11月30日那次检查，部门改成财务科、办公室和组联部"],
    ["请修改11月30日的作风纪律检查，部门改为财务科、办公室、组联部"],
    ["修改一下11月30日的作风纪律检查，部门改为财务科、办公室、组联部"],
    ["修改11月30日的作风纪律检查 部门改为财务科 办公室 组联部"],
  ])('黄志刚 「%s」 → 部门改为财务科、办公室、组联部 → 确认', async (change) => {
    await recorded('黄志刚', '11月30日对财务科、办公室开展了作风纪律检查');
    await recorded('黄志刚', '12月3日和林晓进行了谈心谈话');
    const answer = await answerText('黄志刚', change);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/部门改为财务科、办公室、组联部/);
    await say('黄志刚', '确认');
    expect(activities()[0]!.departmentIds).toEqual(['finance', 'office', 'liaison']);
  });

  it('修改<day><kind>，日期改为…: the day changed, the field never in the search words', async () => {
    await recorded('黄志刚', '11月30日对财务科、办公室开展了作风纪律检查');
    const answer = await answerText('黄志刚', '修改11月30日的作风纪律检查，日期改为11月27日');
    expect(answer).toMatch(/请确认修改/);
    await say('黄志刚', '确认');
    expect(activities()[0]!.date).toBe('2026-11-27');
  });

  it('near-miss: a department not in the directory changes nothing', async () => {
    await recorded('黄志刚', '11月30日对财务科、办公室开展了作风纪律检查');
    await say('黄志刚', '11月30日那次检查还查了火星部，请补上');
    if (/确认/.test(chat.lastText())) await say('黄志刚', '取消');
    expect(activities().map((a) => a.departmentIds)).toEqual([['finance', 'office']]);
  });

  it('near-miss: 修改11月30日的检查 alone still finds it (找到 1 条)', async () => {
    await recorded('黄志刚', '11月30日对财务科、办公室开展了作风纪律检查');
    expect(await answerText('黄志刚', '修改11月30日的检查')).toMatch(/找到 1 条/);
  });
});

/** 刘芳 reports her signings of 11-25 with 周涛 and 吴静 (one report, two records), confirmed when asked. */
async function signedBoth(): Promise<void> {
  await say('刘芳', '11月25日和周涛、吴静签订了党风廉政建设责任书');
  if (activities().length === 0) await say('刘芳', '确认');
  expect(activities().map((a) => a.counterpartIds.join())).toEqual(['zhoutao', 'wujing']);
}

describe('4. a voice-spaced denial of a stored signing; a day said wrong then right', () => {
  it.each([
    ["上周三 没和吴静 签责任书 只和周涛签了"],
    ["上周三 没和 吴静 签 责任书 只 和周涛签了"],
    ["其实 没和吴静签 就和周涛签了"],
    ["11月25日 没和吴静签订责任书 只和周涛签了"],
    ["上周三没跟吴静签 只跟周涛签了责任书"],
    ["上周三 未与吴静签订责任书 只与周涛签了"],
    ["上周三 没和吴静签责任书  只和周涛签了"],
    ["上周三没和吴静签责任书 只和周涛签了"],
  ])('刘芳 「%s」 → 要撤销…与吴静…吗？ → 撤销 → only 周涛’s stands', async (denial) => {
    await signedBoth();
    const answer = await answerText('刘芳', denial);
    expect(answer).toMatch(/要撤销11月25日与吴静签订责任书的记录吗/);
    expect(answer).not.toMatch(/仍要再记|没看懂/);
    expect(activities()).toHaveLength(2);
    await say('刘芳', '撤销');
    expect(activities().map((a) => a.counterpartIds.join())).toEqual(['zhoutao']);
  });

  it.each([
    ['张书记和赵敏谈话的日期12月2日写错了，应该是11月5日'],
    ['和赵敏的廉政谈话日期12月2日写错了，应该是11月5日'],
    ['张书记和赵敏的谈话 日期12月2日写错了 应该是11月5日'],
  ])('胡军 (张伟–赵敏 talks of 11-30 and 12-02 stored) 「%s」 → the 12-02 one to 11-05', async (said) => {
    await recorded('胡军', '11月30日张书记和赵敏进行了廉政谈话');
    await recorded('胡军', '12月2日张书记和赵敏进行了廉政谈话');
    const answer = await answerText('胡军', said);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/2026-11-05/);
    await say('胡军', '确认');
    expect(activities().map((a) => a.date).sort()).toEqual(['2026-11-05', '2026-11-30']);
  });
});
