// A fourth newcomer's (n4's) findings over HTTP: 撤销 sent twice, 撤销 naming someone else's record, a talk with a leaver.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buttonValues, startTestBot } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, say } = chat;

describe('撤销 twice', () => {
  it('the second 撤销 does not reach past the record just withdrawn: it shows the older one with its button, untouched', async () => {
    await say('王磊', '11月20日报送廉政信息1篇');
    await say('王磊', '昨天组织观看警示教育片《围猎》，参加7人');
    expect(activities()).toHaveLength(2);
    await say('王磊', '撤销');
    expect(activities().map((a) => a.type)).toEqual(['report_info']);
    await say('王磊', '撤销');
    expect(activities().map((a) => a.type)).toEqual(['report_info']);
    expect(lastText()).toContain('已经撤销过了，没有再撤销其他记录');
    const card = chat.t.emulator.sent.at(-1)!;
    const undo = buttonValues(card.content).filter((v) => v.action === 'undo');
    expect(undo).toHaveLength(1);
    await chat.t.click('王磊', card.messageId, undo[0]!);
    expect(activities()).toEqual([]);
  });

  it('with nothing withdrawn in between, 撤销 withdraws the latest at once, as before', async () => {
    await say('王磊', '11月20日报送廉政信息1篇');
    await say('王磊', '撤销');
    expect(activities()).toEqual([]);
    expect(lastText()).toContain('已撤销');
  });
});

describe('撤销 naming another member as the doer', () => {
  it('「撤销王磊今天报送的信息」 from 何平 offers none of 何平’s own records, and says only the reporter can', async () => {
    await say('何平', '今天报送廉政信息1篇');
    await say('何平', '撤销王磊今天报送的信息');
    expect(activities()).toHaveLength(1);
    expect(lastText()).toContain('没有找到您上报的');
    expect(lastText()).toContain('只能修改或撤销自己上报的记录');
    expect(lastText()).not.toContain('已记录');
  });

  it('a clerk’s record for the head is found by the head’s name', async () => {
    await say('王强', '孙丽科长11月25日和李娟进行了谈心谈话');
    if (/请确认/.test(lastText())) await say('王强', '确认');
    expect(activities().map((a) => a.actorId)).toEqual(['sunli']);
    await say('王强', '撤销孙丽11月25日的谈心谈话');
    expect(lastText()).toContain('找到 1 条');
  });
});

describe('a talk with a head who has left since', () => {
  it('「11月20日和孙丽进行了廉政谈话」 after 孙丽 left on 11-30 is recorded with her, not asked to add her to the directory', async () => {
    const configDir = await mkdtemp(join(tmpdir(), 'qingfeng-leaver-'));
    try {
      await cp('config', configDir, { recursive: true });
      const file = join(configDir, 'organization.yaml');
      const yaml = (await readFile(file, 'utf8'))
        .replace(/(- \{ id: sunli, .*?open_id: ou_\w+) \}/, '$1, until: 2026-11-30 }')
        .replace('head: sunli,', 'head: [{ id: sunli, until: 2026-11-30 }, { id: wangqiang, from: 2026-12-01 }],');
      await writeFile(file, yaml);
      const bot = await startTestBot({ now: TUESDAY, configDir });
      try {
        await bot.say('王建国', '11月20日和孙丽进行了廉政谈话');
        await bot.running.drain();
        const text = bot.texts().at(-1)!;
        expect(text).not.toContain('通讯录里找不到');
        if (/请确认/.test(text)) {
          await bot.say('王建国', '确认');
          await bot.running.drain();
        }
        const rows = bot.running.store.read((db) => db.activities.map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join()]));
        expect(rows).toEqual([['talk_integrity', '2026-11-20', 'wangjianguo', 'sunli']]);
        // A question about her is still answered: she keeps everything before she left.
        await bot.say('张伟', '孙丽今年完成情况');
        await bot.running.drain();
        expect(bot.texts().at(-1)).not.toContain('没能识别');
        expect(bot.texts().at(-1)).toContain('孙丽');
        // Today she is not a member: a talk dated after she left still cannot name her.
        await bot.say('王建国', '今天和孙丽进行了廉政谈话');
        await bot.running.drain();
        expect(bot.texts().at(-1)).toContain('通讯录里找不到');
      } finally {
        await bot.close();
      }
    } finally {
      await rm(configDir, { recursive: true, force: true });
    }
  });
});
