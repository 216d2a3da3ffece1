// Over HTTP with the real SDK against the emulator (round 38, issue 10's 确认 / 修改 / 取消 card): 修改 on a waiting 确认
// card opens one form of every record on it, each field the card shows prefilled (type, day, 活动人, 对象, title, count),
// the people chosen from the directory; 保存修改 shows the corrected card again for 确认, nothing waiting lost; a record
// left out is said; a day to come or a count of 0 is said and the card waits as it was. The form and a correction in
// words make the same record for the same change.
import { describe, expect, it } from 'vitest';
import type { PendingItem } from '../../src/domain/report/followUp.js';
import { formProblem } from '../../src/emulator/validateMessageContent.js';
import { useChatBot } from '../support/chatBot.js';
import { cardFields as fields, prefilledValues as prefilled } from '../support/cardFields.js';
import { buttonValues, cardText } from '../support/testBot.js';

/** Thursday 2026-12-03, 18:00 in Shanghai: after the reminders' hours, so no reminder lands between turns. */
const THURSDAY = new Date('2026-12-03T18:00:00+08:00');

const chat = useChatBot(THURSDAY);
const { activities, rows, say, lastText } = chat;

/** A clerk's check read as 王强's (he is the subject); 黄志刚 led it. */
const CHECK = '11月25日王强对办公室公务用车使用情况进行了专项检查，并将检查情况向党组作了汇报。';
/** A leader's talk told at length (a card for 确认). */
const TALK = '11月25日下午，在办公室与财务科王强同志进行了廉政谈话，提醒他年底报销工作中严守财经纪律，注意廉洁自律。';
/** Three records on one card. */
const LIST = '财务科本周工作：\n1. 11月30日组织全科学习《中国共产党纪律处分条例》，参加4人；\n2. 12月1日与李娟进行谈心谈话；\n3. 12月2日对科室报销票据进行自查。';

/** A clerk's ten items, each her head 郑华's: more records than one form card of Feishu's 30 KB holds with every picker. */
const TEN =
  '教育就业部11月工作情况：\n1. 11月2日报送廉政信息1篇；\n2. 11月3日开展作风纪律检查；\n3. 11月5日组织观看警示教育片《警钟》，参加6人；\n4. 11月9日报送廉政信息1篇；\n5. 11月10日开展廉政风险点自查；\n6. 11月12日组织学习《廉洁自律准则》；\n7. 11月16日报送廉政信息1篇；\n8. 11月17日开展作风纪律检查；\n9. 11月19日组织学习《中国共产党纪律处分条例》；\n10. 11月23日报送廉政信息1篇。';

type Card = { messageId: string; card: object };

/** The bot's last message, a card, with its message id. */
function lastCard(): Card {
  const m = chat.t.emulator.sent.at(-1)!;
  return { messageId: m.messageId, card: m.content as object };
}

/** The waiting 确认 card's items (the member's one dialog). */
function waiting(): PendingItem[] {
  const d = chat.t.running.store.read((db) => db.dialogs.at(-1)?.data) as { kind: string; items: PendingItem[] } | undefined;
  expect(d?.kind).toBe('confirm');
  return d!.items;
}



/** Taps 修改 on the waiting card (the card turns into the form); returns the form and its message. */
async function openForm(from: string): Promise<Card> {
  const confirm = lastCard();
  const edit = buttonValues(confirm.card).find((v) => v.text === '修改')!;
  expect(edit).toBeDefined();
  const answer = await chat.t.click(from, confirm.messageId, edit);
  expect(answer.status).toBe(200);
  const form = answer.body.card!.data;
  expect(cardText(form)).toContain('修改待确认的记录');
  // The card Feishu would take: forms at the root, every field named once, each picker's choice among its options.
  expect(formProblem((form as { body: { elements: unknown[] } }).body.elements)).toBeUndefined();
  return { messageId: confirm.messageId, card: form };
}

/** Submits `form` with `changes` over what it was prefilled with (undefined removes a field). */
async function submit(from: string, form: Card, changes: Record<string, unknown>) {
  const value = buttonValues(form.card).find((v) => v.action === 'waiting_form')!;
  expect(value.card).toEqual(expect.any(String));
  const formValue = { ...prefilled(form.card), ...changes };
  for (const [k, v] of Object.entries(formValue)) if (v === undefined) delete formValue[k];
  const answer = await chat.t.click(from, form.messageId, value, formValue);
  expect(answer.status).toBe(200);
  return answer.body;
}

const confirmTap = async (from: string, card: object, messageId: string) => {
  const ok = buttonValues(card).find((v) => v.text === '确认')!;
  return chat.t.click(from, messageId, ok);
};

describe('the form holds every field of every record, prefilled', () => {
  it('type, day, 活动人, 对象, title and count of each of three records; the people offered from the directory', async () => {
    await say('孙丽', LIST);
    expect(lastText()).toContain('请确认以下 3 条记录');
    const form = await openForm('孙丽');
    const f = fields(form.card);
    expect(f.get('type_1')!.initial_option).toBe('edu_integrity');
    expect(f.get('date_1')!.initial_date).toBe('2026-11-30');
    expect(f.get('doer_1')!.initial_option).toBe(chat.t.openId('孙丽'));
    expect(f.get('title_1')!.default_value).toBe('中国共产党纪律处分条例');
    expect(f.get('count_1')!.default_value).toBe('4');
    expect(f.get('type_2')!.initial_option).toBe('talk_heart');
    expect(f.get('people_2')!.selected_values).toEqual([chat.t.openId('李娟')]);
    expect(f.get('type_3')!.initial_option).toBe('report_self');
    // In a private chat a person picker with no options offers the chat's two members: the directory is given.
    const offered = (f.get('doer_3')!.options as { value: string }[]).map((o) => o.value);
    expect(offered).toContain(chat.t.openId('黄志刚'));
    expect(offered).toContain(chat.t.openId('王建国'));
    expect(activities()).toEqual([]);
  });

  it('typed 修改 answers with the same form, the card still waiting', async () => {
    await say('王建国', TALK);
    await say('王建国', '修改');
    const form = lastCard();
    expect(cardText(form.card)).toContain('修改待确认的记录');
    expect(fields(form.card).get('people_1')!.selected_values).toEqual([chat.t.openId('王强')]);
    await say('王建国', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-25', 'wangjianguo', 'wangqiang']]);
  });
});

describe('修改 the doer', () => {
  it('黄志刚 led the check: the card shows him, still for 确认, and 确认 stores his', async () => {
    await say('林晓', CHECK);
    expect(lastText()).toContain('活动人：王强');
    const form = await openForm('林晓');
    const body = await submit('林晓', form, { doer_1: chat.t.openId('黄志刚') });
    const card = body.card!.data;
    expect(cardText(card)).toContain('活动人：黄志刚');
    expect(cardText(card)).toContain('已按表单修改');
    expect(activities()).toEqual([]);
    await confirmTap('林晓', card, form.messageId);
    expect(rows()).toEqual([['inspect_style', '2026-11-25', 'huangzhigang', '']]);
  });

  it('the form and 「活动人是黄志刚」 typed make the same record', async () => {
    await say('林晓', CHECK);
    await say('林晓', '活动人是黄志刚');
    const typed = waiting();
    await say('林晓', '取消');
    await say('林晓', CHECK);
    const form = await openForm('林晓');
    await submit('林晓', form, { doer_1: chat.t.openId('黄志刚') });
    expect(waiting().map((i) => i.draft)).toEqual(typed.map((i) => i.draft));
  });
});

describe('修改 the people', () => {
  it('another person talked to, as 「对象是李娟」 typed makes it', async () => {
    await say('王建国', TALK);
    await say('王建国', '对象是李娟');
    const typed = waiting();
    await say('王建国', '取消');
    await say('王建国', TALK);
    const form = await openForm('王建国');
    const body = await submit('王建国', form, { people_1: [chat.t.openId('李娟')] });
    expect(cardText(body.card!.data)).toContain('李娟');
    expect(waiting().map((i) => i.draft)).toEqual(typed.map((i) => i.draft));
    await confirmTap('王建国', body.card!.data, form.messageId);
    expect(rows()).toEqual([['talk_integrity', '2026-11-25', 'wangjianguo', 'lijuan']]);
  });

  it('two people chosen for a talk: one record each', async () => {
    await say('王建国', TALK);
    const form = await openForm('王建国');
    const body = await submit('王建国', form, { people_1: [chat.t.openId('王强'), chat.t.openId('李娟')] });
    expect(cardText(body.card!.data)).toContain('请确认以下 2 条记录');
    await confirmTap('王建国', body.card!.data, form.messageId);
    expect(rows().map((r) => r[3]).sort()).toEqual(['lijuan', 'wangqiang']);
  });
});

describe('修改 the departments (a check\'s place, a meeting\'s 科室)', () => {
  /** Where the stored records are: [type, departmentId, departmentIds]. */
  const places = () => activities().map((a) => [a.type, a.departmentId ?? '', (a.departmentIds ?? []).join(',')]);

  it('the check\'s place prefilled; another chosen: the card says it, 确认 stores it there', async () => {
    await say('林晓', CHECK);
    const form = await openForm('林晓');
    const f = fields(form.card);
    expect(f.get('departments_1')!.selected_values).toEqual(['office']);
    expect((f.get('departments_1')!.options as { value: string }[]).map((o) => o.value)).toEqual(expect.arrayContaining(['office', 'finance', 'liaison']));
    const body = await submit('林晓', form, { departments_1: ['finance'] });
    const card = body.card!.data;
    expect(cardText(card)).toContain('部门改为财务科');
    expect(activities()).toEqual([]);
    await confirmTap('林晓', card, form.messageId);
    expect(places()).toEqual([['inspect_style', 'finance', '']]);
  });

  it('the form and 「部门改为财务科」 typed make the same record', async () => {
    await say('林晓', CHECK);
    await say('林晓', '部门改为财务科');
    const typed = waiting();
    await say('林晓', '取消');
    await say('林晓', CHECK);
    const form = await openForm('林晓');
    await submit('林晓', form, { departments_1: ['finance'] });
    expect(waiting().map((i) => i.draft)).toEqual(typed.map((i) => i.draft));
  });

  it('two chosen: the check was at both; emptied: at none, said', async () => {
    await say('林晓', CHECK);
    const form = await openForm('林晓');
    const both = await submit('林晓', form, { departments_1: ['office', 'finance'] });
    expect(cardText(both.card!.data)).toContain('部门改为办公室、财务科');
    await say('林晓', '取消');
    await say('林晓', CHECK);
    const again = await openForm('林晓');
    const none = await submit('林晓', again, { departments_1: [] });
    expect(cardText(none.card!.data)).toContain('部门已去掉');
    await confirmTap('林晓', none.card!.data, again.messageId);
    expect(places()).toEqual([['inspect_style', '', '']]);
  });

  it('a talk has no department field (it is at its counterpart\'s); the study beside it keeps its own', async () => {
    await say('孙丽', LIST);
    const form = await openForm('孙丽');
    const f = fields(form.card);
    expect(f.has('departments_2')).toBe(false);
    expect(f.has('departments_1')).toBe(true);
    expect(f.get('departments_1')!.selected_values).toEqual(['finance']);
    // Saved untouched, the prefilled departments change nothing.
    const body = await submit('孙丽', form, {});
    expect(body.toast?.content).toContain('表单没有改动');
    await say('孙丽', '确认');
    expect(places()).toEqual([['edu_integrity', 'finance', ''], ['talk_heart', 'finance', ''], ['report_self', 'finance', '']]);
  });
});

describe('修改 on a card of three records', () => {
  it('changing the second keeps the first and the third', async () => {
    await say('孙丽', LIST);
    const form = await openForm('孙丽');
    const body = await submit('孙丽', form, { date_2: '2026-12-02 +0800', type_2: 'talk_integrity' });
    const card = body.card!.data;
    expect(cardText(card)).toContain('请确认以下 3 条记录');
    await confirmTap('孙丽', card, form.messageId);
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join(','), a.title ?? '', a.attendees ?? ''])).toEqual([
      ['edu_integrity', '2026-11-30', '', '中国共产党纪律处分条例', 4],
      ['talk_integrity', '2026-12-02', 'lijuan', '', ''],
      ['report_self', '2026-12-02', '', '', ''],
    ]);
  });

  it('a record left out with 不要这一条 is said on the card and not stored', async () => {
    await say('孙丽', LIST);
    const form = await openForm('孙丽');
    const body = await submit('孙丽', form, { keep_2: 'drop' });
    const card = body.card!.data;
    expect(cardText(card)).toContain('请确认以下 2 条记录');
    expect(cardText(card)).toMatch(/第2条（谈心谈话.*李娟.*）已去掉，不记录/);
    await confirmTap('孙丽', card, form.messageId);
    expect(activities().map((a) => a.type)).toEqual(['edu_integrity', 'report_self']);
  });

  it('emptying every field of a record leaves it out', async () => {
    await say('孙丽', LIST);
    const form = await openForm('孙丽');
    const body = await submit('孙丽', form, { type_3: undefined, title_3: undefined, count_3: undefined, people_3: undefined });
    expect(cardText(body.card!.data)).toMatch(/第3条（.*自查.*）已去掉/);
    await confirmTap('孙丽', body.card!.data, form.messageId);
    expect(activities().map((a) => a.type)).toEqual(['edu_integrity', 'talk_heart']);
  });

  it('leaving out every record is 取消, said, the card unchanged', async () => {
    await say('孙丽', LIST);
    const form = await openForm('孙丽');
    const body = await submit('孙丽', form, { keep_1: 'drop', keep_2: 'drop', keep_3: 'drop' });
    expect(body.toast?.content).toContain('取消');
    expect(body.card).toBeUndefined();
    await say('孙丽', '确认');
    expect(activities()).toHaveLength(3);
  });
});

describe('a card of many records', () => {
  it('the form stays within Feishu\'s 30 KB (sent typed, as a message); records it has no room for are said and kept as they are', async () => {
    await say('陈静', TEN);
    expect(lastText()).toContain('请确认以下 10 条记录');
    await say('陈静', '修改');
    const form = lastCard();
    expect(cardText(form.card)).toContain('修改待确认的记录');
    expect(Buffer.byteLength(JSON.stringify(form.card), 'utf8')).toBeLessThanOrEqual(30 * 1024);
    const held = [...fields(form.card).keys()].filter((k) => k.startsWith('type_')).length;
    expect(held).toBeGreaterThanOrEqual(1);
    if (held < 10) expect(cardText(form.card)).toContain(`第${held + 1}条起保存后不变`);
    // Every record's doer picker still offers the member and the head whose records they are.
    expect((fields(form.card).get('doer_1')!.options as { value: string }[]).map((o) => o.value)).toEqual(expect.arrayContaining([chat.t.openId('陈静'), chat.t.openId('郑华')]));
    const body = await submit('陈静', form, { doer_1: chat.t.openId('陈静') });
    const card = body.card!.data;
    expect(cardText(card)).toContain('请确认以下 10 条记录');
    await confirmTap('陈静', card, form.messageId);
    expect(activities().map((a) => a.actorId)).toEqual(['chenjing', ...Array(9).fill('zhenghua')]);
  });
});

describe('what the form cannot take is said, and the card waits as it was', () => {
  it('a day to come', async () => {
    await say('林晓', CHECK);
    const before = waiting();
    const form = await openForm('林晓');
    const body = await submit('林晓', form, { date_1: '2026-12-08 +0800', doer_1: chat.t.openId('黄志刚') });
    expect(body.toast?.type).toBe('error');
    expect(body.toast?.content).toMatch(/2026-12-08 还没到.*卡片没有改动/);
    expect(body.card).toBeUndefined();
    expect(waiting()).toEqual(before);
    // The form's 确认 outside it still confirms the card as it was.
    await confirmTap('林晓', form.card, form.messageId);
    expect(rows()).toEqual([['inspect_style', '2026-11-25', 'wangqiang', '']]);
  });

  it('a head count of 0, and a talk with no one', async () => {
    await say('孙丽', LIST);
    const form = await openForm('孙丽');
    const zero = await submit('孙丽', form, { count_1: '0' });
    expect(zero.toast?.content).toMatch(/第1条：参加人数请填写大于0的整数/);
    const nobody = await submit('孙丽', form, { people_2: [] });
    expect(nobody.toast?.content).toMatch(/第2条：谈话类活动请选择谈话对象/);
    expect(activities()).toEqual([]);
    expect(waiting()).toHaveLength(3);
  });

  it('a form of a card confirmed since changes nothing', async () => {
    await say('林晓', CHECK);
    const form = await openForm('林晓');
    await say('林晓', '确认');
    const body = await submit('林晓', form, { doer_1: chat.t.openId('黄志刚') });
    expect(body.toast?.content).toContain('已经处理过了');
    expect(rows()).toEqual([['inspect_style', '2026-11-25', 'wangqiang', '']]);
  });
});

describe('the 填报 and receipt 修改 forms offer the directory too', () => {
  it('their 谈话对象 picker lists the people (a private chat has only the member and the bot), the prefilled one among them', async () => {
    await say('王建国', '填报');
    const blank = fields(lastCard().card).get('counterparts')!;
    expect((blank.options as { value: string }[]).map((o) => o.value)).toEqual(expect.arrayContaining([chat.t.openId('王强'), chat.t.openId('李娟')]));
    await say('王建国', '今天和王强进行了廉政谈话');
    await say('王建国', '修改');
    const edit = lastCard().card;
    expect(cardText(edit)).toContain('修改记录');
    expect(formProblem((edit as { body: { elements: unknown[] } }).body.elements)).toBeUndefined();
    const picker = fields(edit).get('counterparts')!;
    expect(picker.selected_values).toEqual([chat.t.openId('王强')]);
    expect((picker.options as { value: string }[]).length).toBeGreaterThan(10);
  });
});
