// Reporting end to end over HTTP: questions and answers, the form, 撤销/修改, evidence, the audit log, the prompt-reply path.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonValues, cardText, startTestBot, type TestBot } from '../support/testBot.js';

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot();
});
afterEach(() => t.close());

const activities = () => t.running.store.read((db) => db.activities);
const last = () => t.emulator.sent.at(-1)!;
const lastText = () => t.texts().at(-1)!;
async function say(from: string, text: string): Promise<void> {
  await t.say(from, text);
  await t.running.drain();
}

describe('asking for what is missing', () => {
  it('a talk without a day: one question, the answer completes it, one record', async () => {
    await say('王建国', '和李明主任进行了廉政谈话');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/还差一点[\s\S]*廉政谈话[\s\S]*是哪一天/);
    await say('王建国', '昨天');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', date: '2026-11-21', counterpartIds: ['liming'] }]);
    expect(lastText()).toMatch(/已记录 1 项[\s\S]*2026-11-21（昨天）/);
    expect(t.running.store.read((db) => db.dialogs)).toHaveLength(0);
  });

  it('a counterpart not in the directory: asked by name, answered with two names, one record per pair', async () => {
    await say('王建国', '今天和赵六进行了廉政谈话');
    expect(lastText()).toContain('通讯录里找不到「赵六」');
    await say('王建国', '李明、孙丽');
    expect(activities().map((a) => a.counterpartIds)).toEqual([['liming'], ['sunli']]);
  });

  it('a one-tap answer on the question card', async () => {
    await say('李明', '组织观看了警示教育片《贪毁人生》');
    const question = last();
    expect(buttonValues(question.content)).toContainEqual({ action: 'answer', text: '今天', card: expect.any(String) });
    const answer = await t.click('李明', question.messageId, { action: 'answer', text: '今天' });
    expect(answer.status).toBe(200);
    expect(cardText(answer.body.card!.data)).toMatch(/已记录 1 项[\s\S]*警示教育/);
    expect(activities()).toMatchObject([{ type: 'edu_warning', date: '2026-11-22', title: '贪毁人生' }]);
  });

  it('an answer that does not fit asks again; 取消 ends it with nothing recorded', async () => {
    await say('王建国', '和李明进行了廉政谈话');
    await say('王建国', '嗯');
    expect(lastText()).toContain('是哪一天');
    await say('王建国', '取消');
    expect(lastText()).toContain('已取消');
    expect(activities()).toHaveLength(0);
    expect(t.running.store.read((db) => db.dialogs)).toHaveLength(0);
  });

  it('a pending question survives a restart', async () => {
    await say('王建国', '和李明进行了廉政谈话');
    await t.restart();
    await say('王建国', '11月20日');
    expect(activities()).toMatchObject([{ date: '2026-11-20' }]);
  });

  it('expires after 30 minutes, says so in the one answer to the next message, and records nothing', async () => {
    await say('王建国', '和李明进行了廉政谈话');
    t.clock.now = new Date(t.clock.now.getTime() + 31 * 60 * 1000);
    const before = t.emulator.sent.length;
    await say('王建国', '昨天');
    // One message in, one message out (Feishu counts every send against 50/s and 5/s per chat): the notice heads the answer.
    const answer = t.texts().slice(before);
    expect(answer).toHaveLength(1);
    expect(answer[0]).toMatch(/已超过30分钟，已作废，没有记录。\n\n抱歉，没看懂「昨天」/);
    expect(activities()).toHaveLength(0);
  });

  it('expired, then a new report: the notice heads the receipt card, above its own lines', async () => {
    await say('王建国', '和李明进行了廉政谈话');
    t.clock.now = new Date(t.clock.now.getTime() + 31 * 60 * 1000);
    const before = t.emulator.sent.length;
    await say('王建国', '今天和李明进行了廉政谈话');
    expect(t.emulator.sent.slice(before)).toHaveLength(1);
    expect(activities()).toHaveLength(1);
    const card = last().content as { header: { title: { content: string } }; body: { elements: { tag: string; content?: string }[] } };
    expect(card.header.title.content).toContain('已记录');
    expect(card.body.elements[0]).toEqual({ tag: 'markdown', content: '上一条未完成的上报已超过30分钟，已作废，没有记录。' });
    expect(card.body.elements[1]).toEqual({ tag: 'hr' });
    expect(buttonValues(card).length).toBeGreaterThan(0);
  });

  it('a future day is refused and nothing is recorded; a plan is told the bot records what is done', async () => {
    await say('李明', '2026年12月5日组织观看了警示教育片');
    expect(lastText()).toContain('还没到');
    await say('李明', '取消');
    await say('李明', '下周准备组织观看警示教育片');
    expect(lastText()).toContain('只记录已经完成的活动');
    expect(activities()).toHaveLength(0);
  });
});

describe('the member’s own words', () => {
  it('are not kept by default; kept with a training when the operator turns retention on, never with a talk', async () => {
    await say('王建国', '今天和李明进行了廉政谈话，谈了采购的事');
    expect(activities()[0]!.text).toBeUndefined();
    const keeping = await startTestBot({ retainReportText: true });
    try {
      await keeping.say('王建国', '今天组织观看警示教育片《贪毁人生》，参加23人');
      await keeping.say('王建国', '今天和李明进行了廉政谈话，谈了采购的事');
      await keeping.running.drain();
      const kept = keeping.running.store.read((db) => db.activities.map((a) => [a.type, a.text]));
      expect(kept).toEqual([
        ['edu_warning', '今天组织观看警示教育片《贪毁人生》，参加23人'],
        ['talk_integrity', undefined],
      ]);
    } finally {
      await keeping.close();
    }
  });
});

describe('reporting for someone else', () => {
  it('a clerk reports the secretary’s talk: the secretary held it, the clerk reported it', async () => {
    await say('王芳', '今天张书记与王建国进行了廉政谈话');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*活动人：张伟[\s\S]*谈话人为张伟（代为上报）/);
    await say('王芳', '确认');
    expect(activities()).toMatchObject([{ actorId: 'zhangwei', counterpartIds: ['wangjianguo'], reporter: t.openId('王芳') }]);
    expect(lastText()).toContain('已记录 1 项');
  });
});

describe('the receipt: 撤销 and 修改', () => {
  it('撤销 by text withdraws the latest own record; it stays in the ledger and the audit log', async () => {
    await say('王建国', '今天和李明进行了廉政谈话');
    await say('王建国', '撤销');
    expect(lastText()).toMatch(/已撤销：廉政谈话/);
    const [a] = activities();
    expect(a).toMatchObject({ deletedBy: t.openId('王建国') });
    expect(a!.deletedAt).toBeTruthy();
    expect(t.running.store.read((db) => db.audit.map((e) => e.action))).toEqual(['create', 'delete']);
    await say('王建国', '撤销');
    // A second 撤销 says the record was withdrawn already, and when (round 51 fzdd, t54a F9), and still that nothing else is left.
    expect(lastText()).toMatch(/您最近的一条记录（廉政谈话.*）已于.+撤销过了，没有其他可以撤销的记录/);
  });

  it('撤销 on the card strikes the record out; someone else cannot', async () => {
    await say('王建国', '今天和李明进行了廉政谈话');
    const receipt = last();
    const undo = buttonValues(receipt.content).find((v) => v.action === 'undo')!;
    const refused = await t.click('孙丽', receipt.messageId, undo);
    expect(refused.body.toast).toMatchObject({ type: 'warning', content: expect.stringContaining('自己') });
    expect(activities()[0]!.deletedAt).toBeUndefined();
    const done = await t.click('王建国', receipt.messageId, undo);
    expect(done.body.toast?.type).toBe('success');
    expect(cardText(done.body.card!.data)).toContain('已撤销');
    expect(activities()[0]!.deletedAt).toBeTruthy();
  });

  it('修改 by text opens the latest own record in the form; saving changes it', async () => {
    await say('王建国', '今天和李明进行了廉政谈话');
    await say('王建国', '修改');
    const form = last();
    expect(cardText(form.content)).toContain('修改记录');
    const submit = buttonValues(form.content).find((v) => v.action === 'report_form')!;
    const saved = await t.click('王建国', form.messageId, submit, { type: 'talk_integrity', date: '2026-11-21', counterparts: [t.openId('李明')] });
    expect(saved.body.toast?.type).toBe('success');
    expect(activities()).toMatchObject([{ date: '2026-11-21' }]);
    await say('王芳', '修改');
    expect(lastText()).toContain('没有可以修改的记录');
  });

  it('修改 turns the receipt into the prefilled form; saving changes the record and audits before/after', async () => {
    await say('王建国', '今天和李明进行了廉政谈话');
    const receipt = last();
    const edit = buttonValues(receipt.content).find((v) => v.action === 'edit')!;
    const form = await t.click('王建国', receipt.messageId, edit);
    expect(cardText(form.body.card!.data)).toContain('修改记录');
    const submit = buttonValues(form.body.card!.data).find((v) => v.action === 'report_form')!;
    const saved = await t.click('王建国', receipt.messageId, submit, {
      type: 'talk_heart',
      date: '2026-11-20 +0800',
      counterparts: [t.openId('李明')],
      note: '谈心',
    });
    expect(saved.body.toast?.type).toBe('success');
    expect(activities()).toMatchObject([{ type: 'talk_heart', date: '2026-11-20', note: '谈心' }]);
    const audit = t.running.store.read((db) => db.audit);
    expect(audit.map((e) => e.action)).toEqual(['create', 'update']);
    expect(audit[1]).toMatchObject({ before: { type: 'talk_integrity' }, after: { type: 'talk_heart' } });
  });
  it('修改 of a record to a day of a closed month: the saved receipt says 补录 by the same rule as a new record (issue 10)', async () => {
    await say('李明', '今天报送了一篇信息');
    const receipt = last();
    expect(cardText(receipt.content)).not.toContain('补录');
    const edit = buttonValues(receipt.content).find((v) => v.action === 'edit')!;
    const form = await t.click('李明', receipt.messageId, edit);
    const submit = buttonValues(form.body.card!.data).find((v) => v.action === 'report_form')!;
    // 信息报送 is monthly: a record of October, first reported on 30 November, was reported after its month closed.
    const saved = await t.click('李明', receipt.messageId, submit, { type: 'report_info', date: '2026-10-20 +0800' });
    expect(saved.body.toast?.type).toBe('success');
    expect(cardText(saved.body.card!.data)).toMatch(/信息报送｜2026-10-20[\s\S]*补录/);
    expect(activities()).toMatchObject([{ type: 'report_info', date: '2026-10-20', late: true }]);
  });
});

describe('the 填报 form', () => {
  it('填报 opens the form; a submitted form is recorded and the form becomes the receipt', async () => {
    await say('王芳', '填报');
    const form = last();
    expect(cardText(form.content)).toContain('填报活动');
    const submit = buttonValues(form.content).find((v) => v.action === 'report_form')!;
    const bad = await t.click('王芳', form.messageId, submit, { type: 'talk_integrity', date: '2026-11-20 +0800' });
    expect(bad.body.toast).toMatchObject({ type: 'error', content: expect.stringContaining('谈话对象') });
    const ok = await t.click('王芳', form.messageId, submit, {
      type: 'edu_integrity',
      date: '2026-11-19 +0800',
      title: '《中国共产党纪律处分条例》',
      attendees: '23',
    });
    expect(ok.body.toast?.type).toBe('success');
    expect(cardText(ok.body.card!.data)).toMatch(/已记录 1 项[\s\S]*廉政教育/);
    expect(activities()).toMatchObject([{ type: 'edu_integrity', date: '2026-11-19', title: '中国共产党纪律处分条例', attendees: 23, actorId: 'wangfang' }]);
  });

  it('a stale or forged button gets a toast, not an error', async () => {
    await say('王芳', '填报');
    const form = last();
    expect((await t.click('王芳', form.messageId, { action: 'no_such_action' })).body.toast?.type).toBe('warning');
    expect((await t.click('王芳', form.messageId, { action: 'undo' })).body.toast?.type).toBe('warning');
    expect((await t.click('王芳', form.messageId, { action: 'undo', id: 'a-missing' })).body.toast?.content).toContain('找不到');
  });
});

describe('evidence', () => {
  it('an image right after a report is attached to it; an image out of the blue gets a plain answer', async () => {
    await say('李明', '图片');
    await t.say('李明', '', { messageType: 'image', content: { image_key: 'img_v3_early' } });
    await t.running.drain();
    expect(lastText()).toContain('只能读懂文字');

    await say('李明', '今天组织观看警示教育片《贪毁人生》');
    await t.say('李明', '', { messageType: 'image', content: { image_key: 'img_v3_signin' } });
    await t.running.drain();
    expect(lastText()).toContain('已将图片作为证据附到');
    expect(activities()[0]!.evidence).toMatchObject([{ kind: 'image', key: 'img_v3_signin' }]);
  });
});

describe('answering a prompt about one duty', () => {
  it('填报 on an open duty, then 「和王建国谈过了」 records that duty’s talk', async () => {
    await say('张伟', '帮助');
    const anyCard = last();
    const prompt = await t.click('张伟', anyCard.messageId, { action: 'report_duty', dutyId: 'talk-secretary-leaders', period: '2026-07-01' });
    expect(prompt.body.toast?.type).toBe('info');
    expect(lastText()).toContain('廉政谈话：书记与每位班子成员');
    await say('张伟', '和王建国谈过了');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', date: '2026-11-22', counterpartIds: ['wangjianguo'], actorId: 'zhangwei' }]);
  });
});

describe('补录 on the receipt and the record follows the one rule of the cards (completion/late.ts)', () => {
  it('a September talk reported in November is not 补录 (its half-year is open); an October check is (its month closed)', async () => {
    await say('王建国', '9月16日与李明同志进行了廉政谈话');
    expect(lastText()).not.toContain('补录');
    await say('林晓', '10月5日开展了作风纪律检查');
    expect(lastText()).toContain('补录');
    expect(activities().map((a) => [a.type, a.late])).toEqual([
      ['talk_integrity', false],
      ['inspect_style', true],
    ]);
  });
});

describe('a pending question never eats a new report that names its own people or type', () => {
  it('「今天和赵六进行了廉政谈话」 after 「是哪一天？」 for a talk with 李明 is its own report: asked about 赵六, nothing given to 李明', async () => {
    await say('王建国', '和李明进行了廉政谈话');
    expect(lastText()).toContain('是哪一天');
    await say('王建国', '今天和赵六进行了廉政谈话');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('通讯录里找不到「赵六」');
  });

  it('a 廉政谈话 with someone else after a pending 谈心谈话 question is not its answer', async () => {
    await say('王建国', '和李明进行了谈心谈话');
    expect(lastText()).toContain('是哪一天');
    await say('王建国', '昨天和孙丽进行了廉政谈话');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', counterpartIds: ['sunli'] }]);
  });

  it('a plain day still answers the question', async () => {
    await say('王建国', '和李明进行了廉政谈话');
    await say('王建国', '昨天');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', counterpartIds: ['liming'] }]);
  });
});
