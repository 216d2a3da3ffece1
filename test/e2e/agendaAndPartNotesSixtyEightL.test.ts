// Round 68 (ghl; t71b F3/F4/F5 and ghd's leftover): what a member wrote of a meeting, a paper or a study is kept right on the
// card and in the stored record — 周涛's spoken 「研究 党风廉政建设 工作 刘芳 副理事长 参加 了」 a 议题 that stops at the leader
// who came; 王芳's 党组会议 with 「专题研究党风廉政建设工作，王建国、刘芳、陈志强、赵敏参加」 its 议题 and attendees kept, or
// said on the card (参加：…) when they do not fit; 张颖's 「报送廉政信息2篇，被市残联网站采用1篇」 the part's note on one paper;
// 赵敏's visit to 市廉政教育基地 its place kept.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 07:50 in Shanghai (t71b's clock). */
const chat = useChatBot(new Date('2026-12-08T07:50:00+08:00'));
const { activities, answerText, say, stored } = chat;

describe('a spoken 议题 stops at the leader who came', () => {
  it.each([
    ['周涛', '上周四 下午 组联部 开了 专题会议 研究 党风廉政建设 工作 刘芳 副理事长 参加 了', '2026-12-03', 'liufang', '研究党风廉政建设工作'],
    ['郑华', '上周二 部里 召开 专题会议 研究 部署 年终 廉政 工作 陈志强 副理事长 参加', '2026-12-01', 'chenzhiqiang', '研究部署年终廉政工作'],
    ['周涛', '上周四下午组联部开了专题会议研究党风廉政建设工作刘芳副理事长参加了', '2026-12-03', 'liufang', '研究党风廉政建设工作'],
  ])('%s 「%s」 → card 议题 without the leader; 确认 stores it on the leader\'s record', async (from, text, date, actor, agenda) => {
    const card = await answerText(from, text);
    expect(card).toMatch(/请确认/);
    expect(card).toContain(`议题：${agenda}｜`);
    expect(card).not.toMatch(/副理事长参加/);
    const receipt = await answerText(from, '确认');
    expect(receipt).toMatch(/已记录 1 项/);
    expect(receipt).toContain(`议题：${agenda}｜`);
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.note])).toEqual([['meeting_dept', date, actor, agenda]]);
  });

  it('a count after a spoken agenda is the count, not the 议题: 冯雪 「前天 维权部 开了 专题会议 传达 市纪委 全会 精神 共 5 人」', async () => {
    const answer = await chat.confirmIfAsked('冯雪', await answerText('冯雪', '前天 维权部 开了 专题会议 传达 市纪委 全会 精神 共 5 人'));
    expect(answer).toMatch(/已记录 1 项/);
    expect(activities().map((a) => [a.type, a.date, a.note, a.attendees])).toEqual([['meeting_special', '2026-12-06', '传达市纪委全会精神', 5]]);
  });

  it('undo after the receipt leaves nothing', async () => {
    await stored('周涛', '上周四 下午 组联部 开了 专题会议 研究 党风廉政建设 工作 刘芳 副理事长 参加 了', 1);
    await say('周涛', '撤销');
    expect(activities()).toEqual([]);
  });
});

describe('a 党组会议 with its generic 专题研究 and who came', () => {
  it('王芳 「12月3日，…专题研究党风廉政建设工作，王建国、刘芳、陈志强、赵敏参加。」 → 议题 and attendees on the card and stored', async () => {
    const card = await answerText('王芳', '12月3日，张伟书记主持召开党组会议，专题研究党风廉政建设工作，王建国、刘芳、陈志强、赵敏参加。');
    expect(card).toContain('议题：研究党风廉政建设工作；王建国、刘芳、陈志强、赵敏参加｜');
    await say('王芳', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.note])).toEqual([
      ['meeting_special', '2026-12-03', 'zhangwei', '研究党风廉政建设工作；王建国、刘芳、陈志强、赵敏参加'],
    ]);
  });

  it('five names that no note holds are said on the card (参加：…), the 议题 kept', async () => {
    const card = await answerText('王芳', '12月3日，张伟书记主持召开党组会议，专题研究部署年终党风廉政建设工作，王建国、刘芳、陈志强、赵敏、黄志刚参加。');
    expect(card).toMatch(/参加：王建国、刘芳、陈志强、赵敏、黄志刚/);
    await say('王芳', '确认');
    expect(activities().map((a) => [a.type, a.actorId, a.note])).toEqual([['meeting_special', 'zhangwei', '专题研究部署年终党风廉政建设工作']]);
  });

  it('取消 stores nothing', async () => {
    await answerText('林晓', '11月30日，张伟书记主持召开党组会议，专题研究党风廉政建设工作，班子成员参加。');
    await say('林晓', '取消');
    expect(activities()).toEqual([]);
  });

  it('near-miss: run into the meeting\'s name, the generic subject is still no 议题', async () => {
    await stored('王芳', '12月3日张伟书记主持召开党组会议专题研究党风廉政建设工作', 1);
    expect(activities().map((a) => [a.type, a.note ?? null])).toEqual([['meeting_special', null]]);
  });
});

describe('a part of the papers taken up, said without 其中, is noted once', () => {
  it.each([
    ['张颖', '信息报送：11月组联部报送廉政信息2篇，被市残联网站采用1篇', '其中1篇被市残联网站采用'],
    ['李明', '信息报送：11月办公室报送廉政信息2条，有1条被市纪委网站采用', '其中1条被市纪委网站采用'],
    ['王磊', '宣文部11月报送廉政信息2篇，采用1篇', '其中1篇被采用'],
  ])('%s 「%s」 → days asked; after them the card and the first paper carry 「%s」, the second none', async (from, text, note) => {
    expect(await answerText(from, text)).toMatch(/分别是哪几天/);
    const card = await answerText(from, '11月10日、11月24日');
    expect(card).toContain(`备注：${note}`);
    await chat.confirmIfAsked(from, card);
    expect(activities().map((a) => [a.type, a.date, a.note ?? null])).toEqual([
      ['report_info', '2026-11-10', note],
      ['report_info', '2026-11-24', null],
    ]);
  });

  it('near-miss: 均被…采用 is every paper\'s', async () => {
    await answerText('孙丽', '财务科11月报送廉政信息2篇，均被市残联网站采用');
    await chat.confirmIfAsked('孙丽', await answerText('孙丽', '11月10日、11月24日'));
    expect(activities().map((a) => a.note)).toEqual(['均被市残联网站采用', '均被市残联网站采用']);
  });
});

describe('a study at a base keeps the place', () => {
  it.each([
    ['赵敏', '12月2日带宣文部、康复中心党员到市廉政教育基地参观学习，共15人', null, 15],
    ['赵敏', '12月2日组织党员到市廉政教育基地参观《清风正气》展览', '清风正气', null],
    ['冯雪', '12.2 带 维权部 党员 去 市廉政教育基地 参观 学习 共 5 人', null, 5],
  ])('%s 「%s」 → 市廉政教育基地 on the card and stored', async (from, text, title, count) => {
    const card = await answerText(from, text);
    expect(card).toContain('备注：市廉政教育基地');
    await chat.confirmIfAsked(from, card);
    expect(activities().map((a) => [a.type, a.date, a.title ?? null, a.attendees ?? null, a.note])).toEqual([
      ['edu_integrity', '2026-12-02', title, count, '市廉政教育基地'],
    ]);
  });

  it('near-miss: a study at home names no place', async () => {
    await chat.confirmIfAsked('王磊', await answerText('王磊', '昨天组织宣文部党员学习《廉洁自律准则》，参加6人'));
    expect(activities().map((a) => [a.type, a.note ?? null])).toEqual([['edu_integrity', null]]);
  });
});
