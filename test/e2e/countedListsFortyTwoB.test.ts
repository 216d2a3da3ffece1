// Over HTTP: round 42's fob (t41b F6, F9; t41a F12, F16, F28; issue 10), turn by turn through the real bot.
//  - 「这个月跟班子几个人都谈过了，王建国、刘芳是2号，陈志强、赵敏是3号，都是廉政谈话」 (t41b F9): a card of four talks, each on its
//    day (was: 「这个问题我还回答不了」, nothing recorded); 「…都谈过了吗？」 stays a question, nothing waits;
//  - 「督查了3个部门，办公室11.10、宣文部11.17、维权部11.24，都是查的考勤和值班」 (t41b F6): three checks, each at its place;
//  - 「11月开展廉政教育3次，其中集中学习2次（…），观看警示片1次（…《蛀虫》）」 (t41a F16): three records, no question;
//  - a unit table's bare 签订承诺书 row (t41a F28): the head's signing with everyone of the unit, its 12 said on the card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-05T12:00:00+08:00'));
const { activities, lastText, rows, say } = chat;

describe('person groups with 是N号 days after 跟班子几个人都谈过了', () => {
  it('a card of four talks, recorded on 确认', async () => {
    await say('张伟', '这个月跟班子几个人都谈过了，王建国、刘芳是2号，陈志强、赵敏是3号，都是廉政谈话');
    expect(lastText()).toMatch(/请确认以下 4 条记录/);
    expect(lastText()).not.toContain('回答不了');
    await say('张伟', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-02', 'zhangwei', 'wangjianguo'],
      ['talk_integrity', '2026-12-02', 'zhangwei', 'liufang'],
      ['talk_integrity', '2026-12-03', 'zhangwei', 'chenzhiqiang'],
      ['talk_integrity', '2026-12-03', 'zhangwei', 'zhaomin'],
    ]);
  });

  it('near-miss: the same words asked with 吗 are a question, no card waits', async () => {
    await say('张伟', '这个月跟班子几个人都谈过了吗？');
    expect(lastText()).not.toMatch(/请确认/);
    await say('张伟', '确认');
    expect(activities()).toEqual([]);
  });
});

describe('a counted lead over place+day checks and a 其中 breakdown', () => {
  it('督查了3个部门，办公室11.10、…，都是查的考勤和值班: three 作风纪律检查 at their places', async () => {
    await say('黄志刚', '11月份纪委这块：督查了3个部门，办公室11.10、宣文部11.17、维权部11.24，都是查的考勤和值班');
    expect(lastText()).toMatch(/请确认以下 3 条记录/);
    expect(lastText()).toMatch(/作风纪律检查｜2026-11-17｜宣文部/);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([
      ['inspect_style', '2026-11-10', 'huangzhigang', ''],
      ['inspect_style', '2026-11-17', 'huangzhigang', ''],
      ['inspect_style', '2026-11-24', 'huangzhigang', ''],
    ]);
    expect(activities().map((a) => a.departmentId)).toEqual(['office', 'publicity', 'rights']);
  });

  it('其中集中学习2次（D、D），观看警示片1次（D《蛀虫》）: three records, the lead none, no question', async () => {
    await say('孙丽', '11月开展廉政教育3次，其中集中学习2次（11月11日、11月16日），观看警示片1次（11月30日《蛀虫》）');
    expect(lastText()).toMatch(/请确认以下 3 条记录/);
    expect(lastText()).not.toContain('日期未知');
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-11-11', 'sunli', ''],
      ['edu_integrity', '2026-11-16', 'sunli', ''],
      ['edu_warning', '2026-11-30', 'sunli', ''],
    ]);
  });
});

describe("a unit table's bare signing row", () => {
  // Round 47 (fsc, t49b F5, decided): 12 signed, more than the centre's people in the directory, is the unit's one 签订承诺书
  // record with its count (was: 何平's pairs with the roster's two, the 12 only noted).
  it("the head's signing with everyone of the centre, the 12 said, every row 何平's", async () => {
    await say('徐辉', '康复中心2026年廉政活动一览\n序号\t时间\t内容\t参加人数\n1\t3月12日\t签订承诺书\t12\n2\t6月20日\t警示教育（观看《蜕变》）\t18\n3\t9月18日\t廉政教育\t16\n合计\t\t\t46');
    expect(lastText()).toMatch(/请确认以下 3 条记录/);
    expect(lastText()).not.toMatch(/活动人：您本人/);
    await say('徐辉', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-03-12', 'heping', ''],
      ['edu_warning', '2026-06-20', 'heping', ''],
      ['edu_integrity', '2026-09-18', 'heping', ''],
    ]);
    expect(activities().find((a) => a.type === 'pledge_sign')?.attendees).toBe(12);
  });
});
