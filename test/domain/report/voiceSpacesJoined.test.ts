// Round 52 (fwb; t54a F6, t54b F1): the spaces voice input puts inside a word.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withVoiceSpacesJoined } from '../../../src/domain/report/voiceSpacesJoined.js';

const directory = loadConfig('config').directory;

describe('withVoiceSpacesJoined', () => {
  it('writes away the spaces inside a name and title, a count, a kind word and a day', () => {
    expect(withVoiceSpacesJoined('何 主任 昨天 给 我们 中心 全体 上了 一堂 廉政 党课 大概 十来个 人', directory)).toBe(
      '何主任 昨天给 我们 中心 全体 上了 一堂 廉政党课 大概 十来个人',
    );
    expect(withVoiceSpacesJoined('王 部长 11 月 26 号 组织 我们 学习 了 廉洁 自律 准则 二十 多 人', directory)).toBe(
      // Round 56 (fgd): a day goes on with the deed's first word, 学习了 with what was studied.
      '王部长 11月26号组织我们 学习了廉洁自律准则 二十多人',
    );
  });

  it('joins 跟/和 + a directory name + the deed, and 谈了 心, into one phrase', () => {
    expect(withVoiceSpacesJoined('进行了 廉政谈话 然后 又跟 张颖 谈了 心', directory)).toBe('进行了廉政谈话 然后 又跟张颖谈了心');
    expect(withVoiceSpacesJoined('周 部长 昨天 跟 我 进行 了 谈心 谈话', directory)).toBe('周部长 昨天跟我 进行了谈心谈话');
  });

  it('leaves the spaces between words, and a typed message with no word across a space', () => {
    expect(withVoiceSpacesJoined('昨天 科里 学习 准则 王强 李娟 都在', directory)).toBe('昨天 科里 学习 准则 王强 李娟 都在');
    expect(withVoiceSpacesJoined('上周三我们教就部开展了廉政教育 学习了准则 陈静 赵磊也在', directory)).toBe('上周三我们教就部开展了廉政教育 学习了准则 陈静 赵磊也在');
    // 了 is joined only in a spoken message (three spaces or more between words).
    expect(withVoiceSpacesJoined('开展了廉政教育 了解了情况', directory)).toBe('开展了廉政教育 了解了情况');
  });

  // Round 56 (fgd; t58a F1, t58b F2): spaces no clause ends or opens at are written away; 《 》 lose the spaces just inside.
  it('joins 李娟 分别, 新修订的 条例, 学习了 …, a day and its deed, and closes 看完之后 with a comma', () => {
    expect(withVoiceSpacesJoined('周五 组织 科里 全体同志 观看了警示教育片 《 围猎 》 一共 4个人 看完之后 和王强 李娟 分别谈了心', directory)).toBe(
      '周五组织科里全体同志 观看了警示教育片 《围猎》 一共 4个人，看完之后和王强 李娟分别谈了心',
    );
    expect(withVoiceSpacesJoined('王磊部长 上周四 组织我们部门 全体 学习了 新修订的 纪律处分条例 参加 2人', directory)).toBe(
      '王磊部长 上周四组织我们部门全体 学习了新修订的纪律处分条例 参加 2人',
    );
    expect(withVoiceSpacesJoined('上周五 组织 部里 学习了 《 廉洁从业 守住底线 》 参加 3人', directory)).toBe('上周五组织部里 学习了 《廉洁从业 守住底线》 参加 3人');
  });

  it('leaves 查看了 / 检查了 and the list checked after it spaced', () => {
    expect(withVoiceSpacesJoined('11月24日到财务科 查看了 报销票据 和 资金支付台账', directory)).toBe('11月24日到财务科 查看了 报销票据 和 资金支付台账');
  });
  // Round 57 (fea; t59a F1, t59b FB3): a spaced speaker opens its clause; 一起参加了 stays with what was attended; spaced
  // homophones of 廉政/谈心 before their type word are written whole; whom 组织 names goes on with it.
  it('parts a spaced speaker, keeps 和X 一起参加了 … whole, writes 连 政 谈话 whole', () => {
    expect(withVoiceSpacesJoined('今天上午跟赵磊谈了心 下午 和陈副理事长 一起参加了 分管科室党风廉政建设会议 陈副理事长 出席并讲话', directory)).toBe(
      '今天上午跟赵磊谈了心 下午 和陈副理事长一起参加了分管科室党风廉政建设会议，陈副理事长出席并讲话',
    );
    expect(withVoiceSpacesJoined('11月25日召开分管科室会议 陈志强 出席并讲话', directory)).toBe('11月25日召开分管科室会议，陈志强出席并讲话');
    expect(withVoiceSpacesJoined('今天 和 陈副理事长 出席了 分管科室会议', directory)).not.toContain('，');
    expect(withVoiceSpacesJoined('今天 上午 和 王建国 同志 进行了 连 政 谈话', directory)).toContain('连政谈话');
    expect(withVoiceSpacesJoined('昨天 和 李娟 进行了 谈 新 谈话', directory)).toContain('谈新谈话');
    expect(withVoiceSpacesJoined('昨天 组织 部门 全体 开展了 连 政 教育 三个人', directory)).toContain('组织部门全体');
  });
});
