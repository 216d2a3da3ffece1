// A line break written out as letters is a line break again (round 38, t37c F5/F9).
import { describe, expect, it } from 'vitest';
import { withLineBreaksRestored } from '../../../src/domain/report/lostLineBreaks.js';

describe('line breaks written out', () => {
  it.each([
    ['中心11月份工作：n一是11月3日召开…；n二是11月10日组织…', '中心11月份工作：\n一是11月3日召开…；\n二是11月10日组织…'],
    ['本周工作：n1、周一与张颖进行廉政谈话n2、周三参加了…', '本周工作：\n1、周一与张颖进行廉政谈话\n2、周三参加了…'],
    ['办公室11月工作：\\n1.11月16日…\\n2.11月23日…', '办公室11月工作：\n1.11月16日…\n2.11月23日…'],
    ['宣文部11月工作台帐n11月5日 组织全体人员学习', '宣文部11月工作台帐\n11月5日 组织全体人员学习'],
    ['工作：n（一）11月9日签订责任书n①11月20日…', '工作：\n（一）11月9日签订责任书\n①11月20日…'],
  ])('%s', (text, read) => expect(withLineBreaksRestored(text)).toBe(read));

  it.each([
    '11月20日观看了《Vision 2n》', // a letter of a Latin word
    '11月20日和王强谈心谈话', // nothing written out
    'n1、周一与张颖谈话', // no word before it
  ])('leaves %s as written', (text) => expect(withLineBreaksRestored(text)).toBe(text));
});

// Round 59, fcd (t61b F5): a break written /n (or ／n), as some systems export it, before an entry or a Chinese word.
describe('line breaks written /n', () => {
  it.each([
    ['11月24日对孙杰进行了提醒谈话/n11月25日对刘洋进行了提醒谈话', '11月24日对孙杰进行了提醒谈话\n11月25日对刘洋进行了提醒谈话'],
    ['11月工作：/n1. 11月24日观看警示片/n2. 11月26日学习', '11月工作：\n1. 11月24日观看警示片\n2. 11月26日学习'],
    ['11月24日观看警示片 /n 11月26日学习', '11月24日观看警示片\n11月26日学习'],
    ['时间\t活动\t参加人员／n11月24日\t警示教育\t全体', '时间\t活动\t参加人员\n11月24日\t警示教育\t全体'],
    ['11月16日和刘洋谈心/n组织学习《条例》', '11月16日和刘洋谈心\n组织学习《条例》'],
  ])('%s', (text, read) => expect(withLineBreaksRestored(text)).toBe(read));

  it.each([
    '11月20日在网站http://cl.gov.cn/news 报送廉政信息1篇', // a link's /news
    '11.24/11.26组织学习', // a slash between days
    '报送信息1篇/n', // nothing after it
  ])('leaves %s as written', (text) => expect(withLineBreaksRestored(text)).toBe(text));
});
