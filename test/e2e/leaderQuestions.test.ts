// Over HTTP, on Monday 2026-11-30 after a year of reports made in chat: 今年完成情况, 办公室本季度完成情况 and 我的任务
// answer with per-period gaps, persons' names and a header naming the scope; questions are never taken as reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentMessage } from '../../src/emulator/emulatorTypes.js';
import { buttonValues, cardText, sentText, startTestBot, type TestBot } from '../support/testBot.js';

let t: TestBot;

async function ask(from: string, text: string): Promise<SentMessage> {
  const before = t.emulator.sent.length;
  await t.say(from, text);
  await t.running.drain();
  expect(t.emulator.sent).toHaveLength(before + 1);
  return t.emulator.sent[before]!;
}

const records = () => t.running.store.read((db) => db.activities.length);

beforeAll(async () => {
  t = await startTestBot({ now: new Date('2026-11-30T18:00:00+08:00') });
  const reports: [string, string][] = [
    ['张伟', '3月12日分别与王建国、刘芳、陈志强、赵敏进行了廉政谈话'],
    ['张伟', '9月8日分别与王建国、刘芳、陈志强进行了廉政谈话'],
    ['刘芳', '5月6日和周涛进行了廉政谈话'],
    ['刘芳', '10月20日分别与周涛、吴静进行了廉政谈话'],
    ['王建国', '4月10日和李明进行了廉政谈话'],
    ['王建国', '10月15日和李明进行了廉政谈话'],
    ['李明', '11月10日报送了信息《办公室开展节前廉政提醒》'],
  ];
  for (const [who, text] of reports) {
    const before = records();
    await t.say(who, text);
    await t.running.drain();
    // When the bot is less than sure it asks first (确认/修改/取消); the reporter confirms by typing.
    if (records() === before) {
      await t.say(who, '确认');
      await t.running.drain();
    }
    expect(records(), `${who}: ${text} → ${sentText(t.emulator.sent.at(-1)!)}`).toBeGreaterThan(before);
  }
});
afterAll(() => t.close());

describe('今年完成情况, 办公室本季度完成情况, 我的任务', () => {
  it('the secretary’s year card names the scope and says per half-year who is still missing', async () => {
    expect(records()).toBeGreaterThanOrEqual(13);
    const text = sentText(await ask('张伟', '今年完成情况'));
    expect(text).toMatch(/^全单位的完成情况/);
    expect(text).toContain('2026年全单位的完成情况');
    // Reported today: May's talk is 补录 (the first half had closed), October's is not.
    expect(text).toContain('刘芳 | 4 | 3（其中补录1） | 逾期 | 上半年尚缺 吴静；下半年已完成');
    expect(text).toContain('王建国 | 4 | 2（其中补录1） | 逾期 | 上半年尚缺 孙丽；下半年尚缺 孙丽');
    // 书记与班子: March's four talks are 补录, September's three are not (the half-year is still open).
    expect(text).toContain('廉政谈话：书记与每位班子成员 | 张伟 | 8 | 7（其中补录4） | 进行中·按进度应完成7项（全周期8项）');
  });

  it('a leader’s year card is headed with his own scope, never 全单位', async () => {
    const text = sentText(await ask('王建国', '今年完成情况'));
    expect(text).toMatch(/^王建国分管范围的完成情况/);
    expect(text).not.toContain('全单位');
    expect(text).not.toContain('刘芳');
  });

  it('办公室本季度完成情况 names 王建国 and 李明 as 责任人, not their roles', async () => {
    const text = sentText(await ask('王建国', '办公室本季度完成情况'));
    expect(text).toMatch(/^办公室的完成情况/);
    expect(text).toContain('2026年第四季度办公室的完成情况');
    expect(text).toMatch(/廉政谈话：班子成员与分管科室负责人（2026年下半年） \| 王建国 \|/);
    // A department's duty names the department with its head (宣文部（王磊）), so 「哪些部门」 reads off the card (round 10).
    expect(text).toMatch(/信息报送 \| 办公室（李明） \|/);
    expect(text).not.toMatch(/\| (?:班子成员|科室负责人) \|/);
  });

  it('我的任务 lists 李明’s overdue months oldest first, each with its 填报, and says what pace means', async () => {
    const m = await ask('李明', '我的任务');
    const text = sentText(m);
    expect(text).toMatch(/待完成 \d+ 项（其中逾期 \d+ 项）/);
    expect(text.indexOf('信息报送 · 2026年1月** · 逾期')).toBeGreaterThan(-1);
    expect(text.indexOf('信息报送 · 2026年10月** · 逾期')).toBeGreaterThan(text.indexOf('信息报送 · 2026年1月'));
    // November was reported: it is not listed.
    expect(text).not.toContain('信息报送 · 2026年11月');
    expect(buttonValues(m.content)).toContainEqual({ action: 'report_duty', dutyId: 'info-report', period: '2026-10-01' });
    expect(text).toContain('滞后＝低于按进度应完成的数量');
  });
});

describe('spans and groups survive a tap', () => {
  it('「1-10月完成情况」 is headed 1—10月 and its 明细 keeps that span', async () => {
    const m = await ask('张伟', '1-10月完成情况');
    const text = sentText(m);
    expect(text).toContain('2026年1—10月全单位的完成情况');
    const value = buttonValues(m.content).find((v) => v.action === 'drill_duty' && v.dutyId === 'talk-leader-heads')!;
    expect(value.view).toBe('span:2026-01-01:2026-10-31');
    const drilled = cardText((await t.click('张伟', m.messageId, value)).body.card!.data as object);
    expect(drilled).toContain('2026年1—10月全单位的廉政谈话：班子成员与分管科室负责人完成情况');
  });

  it('「我分管的部门」 from a leader covers both his departments, and its 明细 stays within them', async () => {
    const m = await ask('王建国', '我分管的部门');
    const text = sentText(m);
    expect(text).toMatch(/^王建国分管的科室的完成情况/);
    expect(text).toContain('李明');
    expect(text).toContain('孙丽');
    expect(text).not.toContain('周涛');
    const value = buttonValues(m.content).find((v) => v.action === 'drill_duty' && v.dutyId === 'talk-leader-heads')!;
    const drilled = cardText((await t.click('王建国', m.messageId, value)).body.card!.data as object);
    expect(drilled).toContain('王建国分管的科室的廉政谈话：班子成员与分管科室负责人完成情况');
    expect(drilled).not.toContain('刘芳');
  });

  it('「我分管的部门」 from a head is answered plainly: there is none', async () => {
    expect(sentText(await ask('李明', '我分管的部门'))).toBe('您没有分管的科室。您可以问「我的完成情况」或「我的任务」。');
  });
});

describe('明细: every figure traces to its records in one tap', () => {
  it('the 明细 of 书记与班子 lists the seven records behind 「7（其中补录4）」 with date, type, actor, counterpart and 补录', async () => {
    const m = await ask('张伟', '今年完成情况');
    const value = buttonValues(m.content).find((v) => v.action === 'drill_duty' && v.dutyId === 'talk-secretary-leaders');
    expect(value).toBeDefined();
    const answer = await t.click('张伟', m.messageId, value!);
    const text = cardText(answer.body.card!.data as object);
    expect(text).toContain('已完成 7（其中补录4）');
    expect(text).toContain('**记录明细** · 共 7 条（其中补录 4 条）');
    expect(text).toContain('2026-03-12 | 廉政谈话 | 张伟 | 赵敏 | 补录');
    expect(text).toContain('2026-09-08 | 廉政谈话 | 张伟 | 王建国 | ');
    expect(text.match(/\| 补录$/gm)).toHaveLength(4);
  });

  it('a duty already met still has its 明细 button, so its figure can be checked too', async () => {
    const m = await ask('王建国', '办公室本季度完成情况');
    const value = buttonValues(m.content).find((v) => v.action === 'drill_duty' && v.dutyId === 'info-report');
    expect(value).toBeDefined();
    const text = cardText((await t.click('王建国', m.messageId, value!)).body.card!.data as object);
    expect(text).toContain('2026-11-10 | 信息报送 | 李明 | 办公室开展节前廉政提醒 | ');
  });
});

describe('a question is never acted on as a report or a document request', () => {
  it('「廉政谈话都谈完了吧」 answers the 廉政谈话 completion and records nothing', async () => {
    const before = records();
    const text = sentText(await ask('张伟', '廉政谈话都谈完了吧'));
    expect(text).toContain('廉政谈话：班子成员与分管科室负责人');
    expect(text).not.toContain('是哪一天');
    expect(records()).toBe(before);
  });

  it('「自查总结谁还没交」 lists who owes the 自查总结, no document is drafted', async () => {
    const m = await ask('张伟', '自查总结谁还没交');
    expect(m.msgType).toBe('interactive');
    const text = sentText(m);
    expect(text).toContain('科室自查总结');
    for (const head of ['李明', '孙丽', '周涛', '吴静']) expect(text).toContain(head);
  });

  it('a permission question in everyday words gets the polite refusal', async () => {
    const m = await ask('李明', '刘芳副理事长那边怎么样');
    expect(sentText(m)).toMatch(/^抱歉，您暂无权限查看刘芳的完成情况。您可以查看本人和本科室（办公室）的完成情况/);
    const sun = await ask('李明', '孙科长那边报了没');
    expect(sentText(sun)).toMatch(/^抱歉，您暂无权限查看孙丽的完成情况/);
  });

  it('a period the bot cannot compute is said plainly', async () => {
    expect(sentText(await ask('张伟', '13月完成情况'))).toMatch(/^暂时无法按「13月」统计/);
  });

  it('small talk: 帮助 for 「怎么用」, one short line for 「好的收到」', async () => {
    expect(sentText(await ask('王芳', '怎么用'))).toContain('帮助');
    const ack = await ask('王芳', '好的收到');
    expect(ack.msgType).toBe('text');
    expect(sentText(ack)).toBe('好的。');
    expect(sentText(await ask('王芳', '谢谢'))).toBe('不客气，有需要随时找我。');
  });
});

describe('exports and 述廉 for a named scope', () => {
  async function say(from: string, text: string): Promise<SentMessage[]> {
    const before = t.emulator.sent.length;
    await t.say(from, text);
    await t.running.drain();
    return t.emulator.sent.slice(before);
  }

  it('「导出王建国上半年的台账」 exports his records and 「导出办公室下半年的台账」 the office’s, not the whole unit', async () => {
    const sent = await say('张伟', '导出王建国上半年的台账');
    expect(sent.map((m) => m.msgType)).toEqual(['text', 'file']);
    // 王建国's first half: his talk with 李明 on 4-10 and the secretary's with him on 3-12.
    expect(sentText(sent[0]!)).toContain('已导出2026年上半年台账（2026-01-01 至 2026-06-30），范围：王建国。');
    expect(sentText(sent[0]!)).toContain('活动记录 2 条');
    const office = await say('王建国', '导出办公室下半年的台账');
    expect(sentText(office[0]!)).toContain('范围：办公室。');
    expect(sentText(office[0]!)).toMatch(/活动记录 2 条/);
  });

  it('a named scope out of reach is refused, nothing exported', async () => {
    const sent = await say('李明', '导出财务科上半年的台账');
    expect(sent.map((m) => m.msgType)).toEqual(['text']);
    expect(sentText(sent[0]!)).toMatch(/^抱歉，您暂无权限查看财务科的台账/);
  });

  it('「出一份刘芳的述廉材料」 from the secretary drafts 刘芳’s, not his own; a head may not draft a leader’s', async () => {
    const sent = await say('张伟', '出一份刘芳的述廉材料');
    expect(sent.map((m) => m.msgType)).toEqual(['text', 'file']);
    expect(sentText(sent[0]!)).toContain('刘芳本人');
    expect(sentText(sent[0]!)).not.toContain('张伟本人');
    const refused = await say('李明', '出一份刘芳的述廉材料');
    expect(sentText(refused[0]!)).toMatch(/^抱歉，您暂无权限生成刘芳的述责述廉材料/);
  });
});
