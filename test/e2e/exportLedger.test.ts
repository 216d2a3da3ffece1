// End to end: 「导出台账」 and 「年度总结」 asked in chat; the upload and the file message found at the emulator, the files opened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { dataDirWith, docxParagraphs, readWorkbook, records, sheet } from '../ledger/exportTestKit.js';
import { demoActivities } from '../ledger/demoLedger.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

let t: TestBot;
let dataDir: string;
/** The bot's clock: 2026-11-22, so "this year" is 2026 and the demo's records up to 20 November count. */
const live2026 = demoActivities().filter((a) => !a.deletedAt && a.date.startsWith('2026'));

beforeEach(async () => {
  dataDir = await dataDirWith(demoActivities());
  t = await startTestBot({ dataDir });
});
afterEach(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function ask(who: string, text: string, opts?: Parameters<TestBot['say']>[2]): Promise<void> {
  const { status } = await t.say(who, text, opts);
  expect(status).toBe(200);
  await t.running.drain();
}

describe('a period that has not begun', () => {
  it('「导出2027年台账」 makes no file and says why (a newcomer got a sheet of zeros)', async () => {
    await ask('张伟', '导出2027年台账');
    expect(t.emulator.files).toHaveLength(0);
    const replies = t.emulator.sent.filter((m) => m.kind === 'reply');
    expect(replies).toHaveLength(1);
    expect(t.texts().join('\n')).toMatch(/2027年还没有开始（今天是 2026-11-22），没有可导出的台账，未生成文件/);
  });
});

describe('a 台账 pasted under its title (round 16: an export sent, both talks dropped without a word)', () => {
  it('is read as the report of its rows, on a card, and no file is made', async () => {
    await ask('林晓', '陈志强副理事长下半年谈心谈话台账（摘录）\n序号\t谈话人\t谈话对象\t时间\t形式\n1\t陈志强\t郑华\t2026年10月20日\t面对面\n2\t陈志强\t冯雪\t2026年10月21日\t面对面');
    expect(t.emulator.files).toHaveLength(0);
    const said = t.texts().join('\n');
    expect(said).toContain('请确认以下 2 条记录');
    expect(said).toMatch(/谈心谈话｜2026-10-20｜对象：郑华[^\n]*活动人：陈志强/);
    expect(said).toMatch(/谈心谈话｜2026-10-21｜对象：冯雪[^\n]*活动人：陈志强/);
  });
});

describe('「导出台账」 in chat', () => {
  it('uploads the year’s workbook and answers with a text and the file', async () => {
    await ask('张伟', '导出台账');
    expect(t.emulator.files).toHaveLength(1);
    const file = t.emulator.files[0]!;
    expect(file).toMatchObject({ fileType: 'xls', fileName: '党风廉政建设台账_2026年.xlsx' });

    expect(t.emulator.sent.map((m) => [m.kind, m.msgType])).toEqual([['reply', 'text'], ['reply', 'file']]);
    expect(t.texts()[0]).toContain('已导出2026年台账（2026-01-01 至 2026-12-31），范围：全单位。');
    expect(t.texts()[0]).toContain(`活动记录 ${live2026.length} 条（其中补录 1 条）`);
    expect(t.emulator.sent[1]!.content).toEqual({ file_key: file.fileKey });

    const wb = await readWorkbook(file.bytes);
    expect(records(sheet(wb, '活动台账')).map((r) => r['编号']).sort()).toEqual(live2026.map((a) => a.id).sort());
  });

  it('takes a period as the queries do: 「导出第三季度台账」', async () => {
    await ask('黄志刚', '导出第三季度台账');
    const file = t.emulator.files[0]!;
    expect(file.fileName).toBe('党风廉政建设台账_2026年第三季度.xlsx');
    const rows = records(sheet(await readWorkbook(file.bytes), '活动台账'));
    expect(rows).toHaveLength(live2026.filter((a) => a.date >= '2026-07-01' && a.date <= '2026-09-30').length);
  });

  it('gives a member only their own records', async () => {
    await ask('王芳', '导出台账');
    expect(t.texts()[0]).toContain('范围：王芳本人');
    const rows = records(sheet(await readWorkbook(t.emulator.files[0]!.bytes), '活动台账'));
    expect(rows.map((r) => r['责任人/上报人'])).toEqual(['王芳']);
  });

  it('in a group, sends the file to the asker privately and tells the group where it went', async () => {
    const mention = { key: '@_user_1', openId: t.emulator.bot.openId, name: '清风' };
    await ask('王建国', '@_user_1 导出台账', { chatType: 'group', chatId: 'oc_testgroup', mentions: [mention] });
    const toHim = t.emulator.sent.filter((m) => m.receiveIdType === 'open_id' && m.receiveId === t.openId('王建国'));
    expect(toHim.map((m) => m.msgType)).toEqual(['text', 'file']);
    const inGroup = t.emulator.sent.filter((m) => m.chatId === 'oc_testgroup');
    expect(inGroup.map((m) => m.msgType)).toEqual(['text']);
    expect(t.texts().at(-1)).toContain('已私信发给您');
    expect(t.emulator.sent.some((m) => m.chatId === 'oc_testgroup' && m.msgType === 'file')).toBe(false);
  });
});

describe('「年度总结」 and 「我的述廉材料」 in chat', () => {
  it('the secretary gets the unit’s draft as a message and as a .docx, with the records behind each figure', async () => {
    await ask('张伟', '年度总结');
    const [text] = t.texts();
    expect(text).toContain('某市残疾人联合会2026年党风廉政建设工作总结（草稿）');
    expect(text).toContain('领导班子专题研究部署党风廉政建设和反腐败工作3次〔1〕');
    expect(text).toContain('数字来源');
    expect(text).toContain('未指定期间，按2026年生成');
    const file = t.emulator.files[0]!;
    expect(file).toMatchObject({ fileType: 'doc', fileName: '某市残疾人联合会2026年党风廉政建设工作总结（草稿）.docx' });
    expect(t.emulator.sent.at(-1)).toMatchObject({ msgType: 'file', content: { file_key: file.fileKey } });
    const paragraphs = await docxParagraphs(file.bytes);
    expect(paragraphs.join('\n')).toContain('领导班子专题研究部署党风廉政建设和反腐败工作3次〔1〕');
  });

  it('a leader is told the unit’s account is not theirs to draw, and what they can ask', async () => {
    await ask('王建国', '年度总结');
    expect(t.emulator.files).toHaveLength(0);
    expect(t.texts()).toEqual([expect.stringContaining('全单位的年度总结仅党组书记和纪检人员可以生成')]);
  });

  it('a leader gets their own 述责述廉 material', async () => {
    await ask('王建国', '我的述廉材料');
    expect(t.texts()[0]).toContain('王建国2026年述责述廉材料（草稿）');
    expect(t.texts()[0]).toContain('接受廉政谈话2次');
    expect(t.emulator.files[0]!.fileName).toBe('王建国2026年述责述廉材料（草稿）.docx');
  });
});
