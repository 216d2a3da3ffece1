// n4's findings over HTTP: after 王强 takes over 财务科 and 刘芳 办公室's 分管, each sees the months they answered for.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from '../support/completionFixtures.js';
import { buttonValues, cardText, startTestBot, type TestBot } from '../support/testBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai: before the reminders' hours, so the last message is the answer. */
const TODAY = new Date('2026-12-02T08:00:00+08:00');
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'];

let dir: string;
let bot: TestBot;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-n4-'));
  await cp('config', dir, { recursive: true });
  const path = join(dir, 'organization.yaml');
  const text = (await readFile(path, 'utf8'))
    .replace('head: liming,   supervisor: wangjianguo', 'head: liming,   supervisor: [{ id: wangjianguo, until: 2026-06-30 }, { id: liufang, from: 2026-07-01 }]')
    .replace('head: sunli,    supervisor: wangjianguo', 'head: [{ id: sunli, until: 2026-11-30 }, { id: wangqiang, from: 2026-12-01 }], supervisor: wangjianguo')
    .replace('open_id: ou_8830b34d8057803add8c9f3436c42c2b }', 'open_id: ou_8830b34d8057803add8c9f3436c42c2b, until: 2026-11-30 }');
  await writeFile(path, text);
  bot = await startTestBot({ now: TODAY, configDir: dir });
  await bot.running.store.update((db) => {
    db.activities.push(act({ id: 'self', type: 'report_self', date: '2026-03-10', actorId: 'sunli', createdAt: '2026-03-10T09:00:00.000Z' }));
    for (const m of MONTHS) {
      db.activities.push(act({ id: `sun${m}`, type: 'report_info', date: `2026-${m}-15`, actorId: 'sunli', createdAt: `2026-${m}-15T09:00:00.000Z` }));
      db.activities.push(act({ id: `li${m}`, type: 'report_info', date: `2026-${m}-15`, actorId: 'liming', createdAt: `2026-${m}-15T09:00:00.000Z` }));
    }
  });
});
afterEach(async () => {
  await bot.close();
  await rm(dir, { recursive: true, force: true });
});

async function ask(name: string, text: string): Promise<string> {
  await bot.say(name, text);
  await bot.running.drain();
  return bot.texts().at(-1)!;
}

describe('counts after a change of head and 分管 (n4)', () => {
  it('刘芳 sees 办公室 from July, when its 分管 came to her', async () => {
    const text = await ask('刘芳', '今年信息报送完成情况');
    expect(text).toContain('办公室（李明） | 6 | 5 |');
    expect(text).toContain('| 30 | 5 |');
  });

  it('王建国, who supervised 财务科 all year, still sees 孙丽\'s eleven months', async () => {
    const text = await ask('王建国', '今年信息报送完成情况');
    // 办公室 January–June (王建国's 分管 then), 孙丽's eleven months and 王强's December.
    expect(text).toContain('信息报送（2026年） | 办公室（李明）、孙丽、财务科（王强） | 18 | 17');
  });

  it('王强 sees 财务科\'s year as 张伟 does', async () => {
    const mine = await ask('王强', '今年完成情况');
    const secretary = await ask('张伟', '财务科今年完成情况');
    const lines = (t: string) => t.slice(t.indexOf('**各项职责**'));
    expect(mine).toContain('信息报送（2026年） | 孙丽、财务科（王强） | 12 | 11');
    expect(lines(mine)).toBe(lines(secretary));
    // The department's yearly 自查, filed by 孙丽 in March, stays done under its new head.
    expect(mine).toContain('科室自查总结 | 财务科（王强） | 1 | 1 | 完成');
  });
});

describe('asking about a department after its 分管 moved (o19)', () => {
  it('王建国 may ask about 办公室 this year and sees January–June, as on his own card', async () => {
    const text = await ask('王建国', '办公室今年完成情况');
    expect(text).not.toContain('暂无权限');
    expect(text).toContain('信息报送（2026年） | 办公室（李明） | 6 | 6');
  });

  it('刘芳, whose 分管 of 办公室 began in July, is still refused its first half', async () => {
    const text = await ask('刘芳', '办公室上半年完成情况');
    expect(text).toContain('暂无权限查看办公室');
  });
});

describe('the refusal points at what the period allows (o19)', () => {
  it('王建国 refused 组联部 this year is offered 办公室 and 财务科, with an example he reaches today', async () => {
    const text = await ask('王建国', '组联部今年完成情况');
    expect(text).toContain('暂无权限查看组联部');
    expect(text).toContain('分管科室（办公室、财务科）');
    expect(text).toContain('「财务科本季度完成情况」');
  });
});

describe('year-end material after the changes (o19)', () => {
  it('王建国 drafts 孙丽\'s material: her eleven months, though she has left', async () => {
    await ask('王建国', '出一份孙丽的述廉材料');
    const draft = bot.texts().find((t) => t.startsWith('孙丽2026年述责述廉材料（草稿）'));
    expect(draft).toContain('共 12 条记录');
    expect(draft).toContain('完成本科室自查总结1份〔1〕；报送党风廉政建设信息11篇〔2〕');
    expect(draft).not.toContain('不在您当时的查看范围内');
  });
  it('王建国 drafts 李明\'s material: 办公室\'s January–June only', async () => {
    await ask('王建国', '出一份李明的述廉材料');
    const draft = bot.texts().find((t) => t.startsWith('李明2026年述责述廉材料（草稿）'));
    expect(draft).toContain('报送党风廉政建设信息6篇〔1〕');
    expect(draft).toContain('6. 2026-06-15｜信息报送｜李明｜编号 li06');
    expect(draft).not.toContain('li07');
    expect(draft).toContain('注意：李明另有 5 条记录不在您当时的查看范围内');
  });
});

describe('the 台账 names what it holds (o19)', () => {
  it('王建国\'s 2026 台账 names 办公室, whose January–June it lists', async () => {
    await ask('王建国', '导出台账');
    const reply = bot.texts().find((t) => t.startsWith('已导出'));
    expect(reply).toContain('范围：王建国及分管科室（办公室、财务科）');
  });

  it('刘芳\'s first-half 台账 leaves 办公室 out of its name', async () => {
    await ask('刘芳', '导出上半年台账');
    const reply = bot.texts().find((t) => t.startsWith('已导出'));
    expect(reply).toContain('范围：刘芳及分管科室（组联部、康复部）');
  });
});

describe('the overview card\'s department buttons (o19)', () => {
  it('王建国\'s year card offers 办公室 beside 财务科, and the button answers', async () => {
    await bot.say('王建国', '今年完成情况');
    await bot.running.drain();
    const m = bot.emulator.sent.at(-1)!;
    const offered = buttonValues(m.content).filter((v) => v.action === 'drill_department');
    expect(offered.map((v) => v.departmentId)).toEqual(['office', 'finance']);
    const answer = await bot.click('王建国', m.messageId, offered.find((v) => v.departmentId === 'office')!);
    const text = cardText(answer.body.card!.data);
    expect(text).toContain('2026年办公室的完成情况');
    expect(text).toContain('信息报送（2026年） | 办公室（李明） | 6 | 6');
  });
});

describe('suggestions for a word not placed (o19)', () => {
  it('王建国 misnaming 办公室 this year is offered 办公室', async () => {
    const text = await ask('王建国', '办公科今年完成情况');
    expect(text).toContain('没能识别「办公科」');
    expect(text).toContain('办公室今年完成情况');
  });

  it('刘芳 misnaming 办公室 for the first half is not offered it', async () => {
    const text = await ask('刘芳', '办公科上半年完成情况');
    expect(text).toContain('没能识别「办公科」');
    expect(text).not.toContain('办公室上半年完成情况');
  });
});

describe('「李明今年谈过话没有」 after 办公室\'s 分管 moved (o20)', () => {
  beforeEach(async () => {
    await bot.running.store.update((db) => {
      db.activities.push(act({ id: 'tk1', type: 'talk_heart', date: '2026-03-12', actorId: 'wangjianguo', counterpartIds: ['liming'], createdAt: '2026-03-12T09:00:00.000Z' }));
      db.activities.push(act({ id: 'tk2', type: 'talk_heart', date: '2026-09-08', actorId: 'liufang', counterpartIds: ['liming'], createdAt: '2026-09-08T09:00:00.000Z' }));
    });
  });

  it('王建国, 办公室\'s 分管领导 until 06-30, is answered with the talk of his months only', async () => {
    const text = await ask('王建国', '李明今年谈过话没有');
    expect(text).toContain('2026年有 1 次谈话记录');
    expect(text).toContain('3月12日');
    expect(text).not.toContain('9月8日');
    expect(text).toContain('另有 1 次谈话在您分管（或负责）该同志所在科室的时间之外，未列出。');
    // 刘芳's second-half talk duty with 李明 is hers, not within his reach today.
    expect(text).not.toContain('刘芳，2026年下半年');
  });

  it('刘芳 sees the talk of her months, and her own duty', async () => {
    const text = await ask('刘芳', '李明今年谈过话没有');
    expect(text).toContain('9月8日');
    expect(text).not.toContain('3月12日');
    expect(text).toContain('刘芳，2026年下半年已谈');
  });

  it('王强, who never reached 办公室, is still refused', async () => {
    expect(await ask('王强', '李明今年谈过话没有')).toContain('抱歉，您暂无权限查看李明的完成情况');
  });
});
