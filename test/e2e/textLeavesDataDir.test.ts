// Issue 10 §G end to end, without a restart: once the bot has handled a member's messages (recorded, confirmed,
// cancelled, answered, replaced, edited, timed out) and has been quiet for a moment, no file under DATA_DIR holds what
// the member wrote beyond the fields of the records it made.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALOG_TTL_MS } from '../../src/bot/dialogStore.js';
import { buttonValues, startTestBot, type TestBot } from '../support/testBot.js';
import { filesUnder } from '../support/filesUnder.js';

/** Monday 2026-11-30, 08:00 in Shanghai: before the reminders' hours, so the bot sends nothing of its own. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
/**
 * How long the bot is left quiet before DATA_DIR is searched: the journal compacts 1 s after its last append once an
 * event has finished (JournalOptions.idleCompactMs) and expired dialogs are emptied on the same kind of timer
 * (DIALOG_SWEEP_MS below); the rest is room for a loaded machine's late timers. The search itself polls, so a quiet
 * machine passes in about a second and a half.
 */
const QUIET_DEADLINE_MS = 20_000;
/** The test bot's sweep of expired dialogs (StartOptions.dialogSweepMs), short so a test need not wait a minute. */
const DIALOG_SWEEP_MS = 200;

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot({ now: MONDAY, dialogSweepMs: DIALOG_SWEEP_MS });
});
afterEach(() => t.close());

const activities = () => t.running.store.read((db) => db.activities.filter((a) => !a.deletedAt));
const last = () => t.emulator.sent.at(-1)!;
async function say(from: string, text: string): Promise<void> {
  await t.say(from, text);
  await t.running.drain();
}
async function tap(from: string, text: string): Promise<void> {
  const card = last();
  const value = buttonValues(card.content).find((v) => v.text === text);
  expect(value, `a 「${text}」 button on 「${t.texts().at(-1)}」`).toBeDefined();
  const answer = await t.click(from, card.messageId, value!);
  expect(answer.status).toBe(200);
  await t.running.drain();
}

/** Every 4-character run of each secret: a fragment of it anywhere is found, not only the whole clause. */
function fragments(secrets: string[]): string[] {
  return [...new Set(secrets.flatMap((s) => Array.from({ length: Math.max(1, s.length - 3) }, (_, i) => s.slice(i, i + 4))))];
}

/** The fragments found in any file under DATA_DIR, as 「file: fragment」. */
async function leftIn(dir: string, secrets: string[]): Promise<string[]> {
  const found: string[] = [];
  const wanted = fragments(secrets);
  for (const file of await filesUnder(dir)) {
    // A file replaced (renamed over) between the listing and the read is simply read again on the next poll.
    const content = await readFile(file, 'utf8').catch(() => '');
    for (const f of wanted) if (content.includes(f)) found.push(`${file.slice(dir.length + 1)}: ${f}`);
  }
  return found;
}

/** Polls until none of the secrets is left in DATA_DIR, or QUIET_DEADLINE_MS passed; returns what is left. */
async function afterQuiet(secrets: string[]): Promise<string[]> {
  const until = Date.now() + QUIET_DEADLINE_MS;
  for (;;) {
    const found = await leftIn(t.dataDir, secrets);
    if (found.length === 0 || Date.now() > until) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('what a member wrote leaves DATA_DIR once handled (issue 10 §G), without a restart', () => {
  it('a short talk report recorded at once', async () => {
    await say('王建国', '今天上午和李明进行了廉政谈话，提醒他注意公车使用和节假日收受礼品问题');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', actorId: 'wangjianguo', counterpartIds: ['liming'] }]);
    // Accepted durably before the answer: the journal holds the body while the event is handled.
    expect(await afterQuiet(['注意公车使用和节假日收受礼品问题', '今天上午和李明'])).toEqual([]);
  });

  it('a pasted item shown on a 确认 card and confirmed (button), another confirmed in words', async () => {
    await say('孙杰', '11月9日，党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》，要求大家算清政治账经济账家庭账');
    expect(t.texts().at(-1)).toContain('请确认');
    await tap('孙杰', '确认');
    await say('杨帆', '11月20日，赵敏副理事长带队到宣文部开展作风纪律检查，翻阅了近三个月的公务接待清单');
    await say('杨帆', '对');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([
      ['edu_lecture', '2026-11-09', 'zhangwei'],
      ['inspect_style', '2026-11-20', 'zhaomin'],
    ]);
    expect(await afterQuiet(['要求大家算清政治账经济账家庭账', '为全体党员讲授', '翻阅了近三个月的公务接待清单', '带队到宣文部'])).toEqual([]);
  });

  it('确认 cards cancelled: 取消 tapped, 取消 typed, 全部重新发送 typed', async () => {
    await say('李娟', '11月6日，张伟书记到财务科与孙丽、王强逐一进行廉政谈话，重点提醒差旅报销签批中的风险点');
    await tap('李娟', '取消');
    await say('徐辉', '11月25日，康复中心召开警示教育大会，通报了某县残联挪用康复救助资金的典型案例');
    await say('徐辉', '取消');
    await say('孙杰', '11月9日，党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》，要求大家算清政治账经济账家庭账');
    // 修改 opens the form and the card waits (round 38); 全部重新发送 is what drops it.
    await say('孙杰', '全部重新发送');
    expect(activities()).toEqual([]);
    expect(t.running.store.read((db) => db.dialogs)).toEqual([]);
    const secrets = ['重点提醒差旅报销签批中的风险点', '挪用康复救助资金的典型案例', '要求大家算清政治账经济账家庭账'];
    expect(await afterQuiet(secrets)).toEqual([]);
  });

  it('a question answered (button), and a question left waiting when a new complete report comes', async () => {
    await say('胡军', '昨天召开了分管科室党风廉政建设工作会议，通报了食堂采购台账不全的问题');
    expect(t.texts().at(-1)).toContain('是哪位领导主持或主讲的');
    await tap('胡军', '王建国');
    // Round 29 q: the leader named in the answer is another person's deed: on the 确认 card first (issue 10).
    expect(activities()).toEqual([]);
    await say('胡军', '确认');
    await say('陈静', '昨天召开了分管科室党风廉政建设工作会议，传达了车辆加油登记不规范的整改要求');
    expect(t.texts().at(-1)).toContain('是哪位领导主持或主讲的');
    await say('陈静', '今天和赵磊谈心谈话，说起家里老人住院的事情');
    expect(activities().map((a) => [a.type, a.actorId, a.counterpartIds.join()])).toEqual([
      ['meeting_dept', 'wangjianguo', ''],
      ['talk_heart', 'chenjing', 'zhaolei'],
    ]);
    expect(t.running.store.read((db) => db.dialogs)).toEqual([]);
    // Round 45 (frd, t47b F4): what a recorded meeting went through is its record's note, a field of the record; the
    // waiting meeting's agenda, left when the new report came, and the talk's words leave.
    expect(activities()[0]!.note).toBe('通报了食堂采购台账不全的问题');
    expect(await afterQuiet(['车辆加油登记不规范的整改要求', '说起家里老人住院的事情'])).toEqual([]);
  });

  it('a question left unanswered until it times out', async () => {
    await say('冯雪', '昨天召开了分管科室党风廉政建设工作会议，学习了《残疾人证办理廉洁风险防控手册》');
    expect(t.texts().at(-1)).toContain('是哪位领导主持或主讲的');
    // While the question waits, the record-to-be (its title) is in db.json: needed to record it when answered.
    expect(t.running.store.read((db) => JSON.stringify(db.dialogs))).toContain('残疾人证办理廉洁风险防控手册');
    t.clock.now = new Date(MONDAY.getTime() + DIALOG_TTL_MS + 60_000);
    expect(await afterQuiet(['学习了《残疾人证办理廉洁风险防控手册》'])).toEqual([]);
    // Still told apart from a card that never was: a late tap hears that it expired.
    const card = t.emulator.sent.at(-1)!;
    const late = await t.click('冯雪', card.messageId, buttonValues(card.content)[0]!);
    expect(late.body.toast?.content).toContain('已过期');
    await say('冯雪', '王建国');
    expect(t.texts().at(-1)).toContain('已超过30分钟');
    expect(activities()).toEqual([]);
  });

  it('a receipt changed with the 修改 form, and a message that is no report', async () => {
    await say('刘芳', '昨天和周涛谈心谈话，聊到孩子升学压力很大');
    const receipt = last();
    const edit = buttonValues(receipt.content).find((v) => v.action === 'edit')!;
    const form = await t.click('刘芳', receipt.messageId, edit);
    const submit = buttonValues(form.body.card!.data).find((v) => v.action === 'report_form')!;
    const saved = await t.click('刘芳', receipt.messageId, submit, { type: 'talk_heart', date: '2026-11-28 +0800', counterparts: [t.openId('周涛')] });
    expect(saved.body.toast?.type).toBe('success');
    await say('王芳', '你好，请问食堂明天几点开饭');
    expect(activities()).toMatchObject([{ type: 'talk_heart', date: '2026-11-28', actorId: 'liufang', counterpartIds: ['zhoutao'] }]);
    expect(await afterQuiet(['聊到孩子升学压力很大', '请问食堂明天几点开饭'])).toEqual([]);
  });

  it('the searched text is there while it is being handled: the search finds what it looks for', async () => {
    // The journal told to wait ten minutes before it compacts: the body is still there, and the search sees it.
    await t.close();
    t = await startTestBot({ now: MONDAY, journalIdleCompactMs: 600_000 });
    await say('冯雪', '昨天召开了分管科室党风廉政建设工作会议，专门部署了残疾人证办理环节吃拿卡要问题排查');
    expect(await leftIn(t.dataDir, ['专门部署了残疾人证办理环节吃拿卡要问题排查'])).toContainEqual(expect.stringMatching(/^events\.jsonl: /));
  });
});
