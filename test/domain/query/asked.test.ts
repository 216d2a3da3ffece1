// Questions that are not a completion card: 「警示教育几次了」 (which types a count names), 「廉政谈话记录怎么填」
// (how to report), 「节前廉政提醒发了吗」 (the bot's own broadcasts), each a table of phrasings, for and against.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { ACTIVITY_TYPES } from '../../../src/domain/activityTypes.js';
import { createHolidayCalendar } from '../../../src/domain/calendar/holidayCalendar.js';
import { termMeaning, whatICanAnswer } from '../../../src/domain/query/canAnswer.js';
import { countAsked } from '../../../src/domain/query/countAsked.js';
import { howToAsked } from '../../../src/domain/query/howTo.js';
import { parseQuery } from '../../../src/domain/query/parseQuery.js';
import { reminderAsked } from '../../../src/domain/query/reminderAsked.js';
import { requirementAsked, requirementText } from '../../../src/domain/query/requirementAsked.js';
import { festivalStatus, type SentRecord } from '../../../src/domain/reminders/festivalStatus.js';

const { directory, duties, reminders } = loadConfig('config');
const NOW = new Date('2026-11-30T10:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;

describe('「…几次了」 names the types it counts', () => {
  it('every type name and alias of duties.md, asked 「X几次了」, counts exactly that type', () => {
    for (const t of ACTIVITY_TYPES) {
      for (const word of [t.name, ...t.aliases]) {
        const q = parseQuery(`${word}几次了`, { now: NOW, directory, senderId: idOf('张伟'), duties });
        expect(q?.count?.types, word).toEqual([t.code]);
        // No period named: the running total of this year.
        expect(q?.count?.view.label, word).toBe('2026年');
      }
    }
  });

  it.each([
    ['谈话今年谈了几次', ['talk_integrity', 'talk_heart']],
    ['教育活动搞了几次', ['edu_integrity', 'edu_warning', 'edu_lecture']],
    ['警示教育片看了几次', ['edu_warning']],
    ['廉政教育开展了多少次', ['edu_integrity']],
    ['党课和警示教育各几次', ['edu_warning', 'edu_lecture']],
    ['信息报了几篇', ['report_info']],
  ])('「%s」 → %j', (text, types) => {
    expect(countAsked(text)).toEqual(types);
  });

  it.each(['警示教育完成情况', '廉政谈话都谈完了吧', '今年几次了', '信息报了吗'])('「%s」 asks no count of a type', (text) => {
    expect(countAsked(text)).toBeUndefined();
  });

  it('a named period and a named department are kept: 「教育就业部上半年谈话几次」 counts talks, not 教育', () => {
    const q = parseQuery('教育就业部上半年谈心谈话几次', { now: NOW, directory, senderId: idOf('张伟'), duties })!;
    expect(q.count).toEqual({ types: ['talk_heart'], view: expect.objectContaining({ start: '2026-01-01', end: '2026-06-30' }) });
    expect(q.scope).toMatchObject({ kind: 'department', departmentId: 'employment' });
  });
});

describe('how to report', () => {
  it.each([
    ['李主任让我问一下，廉政谈话记录怎么填', ['talk_integrity']],
    ['廉政谈话记录怎么填', ['talk_integrity']],
    ['怎么报警示教育', ['edu_warning']],
    ['谈心谈话怎么上报？', ['talk_heart']],
    ['请问党课如何登记', ['edu_lecture']],
    ['述责述廉报告怎么提交', ['report_duty']],
    ['活动怎么上报', []],
    ['怎么填报', []],
  ])('「%s」 → how to report %j', (text, types) => {
    expect(howToAsked(text)).toEqual({ types });
  });

  it('a deed told beside the question is flagged, so the answer says it was not recorded', () => {
    expect(howToAsked('和王建国进行了廉政谈话，不知道怎么填')).toEqual({ types: ['talk_integrity'], toldDeed: true });
  });

  it.each([
    '本季度完成情况怎么样',
    '廉政谈话报了没',
    '今天和李明进行了廉政谈话，不知道怎么填',
    '警示教育几次了',
    '进度如何',
    '11月20日组织观看警示教育片《贪毁人生》，参加23人',
  ])('「%s」 is no how-to question', (text) => {
    expect(howToAsked(text)).toBeUndefined();
  });
});

describe('the bot’s own festival reminders', () => {
  it.each([
    ['节前廉政提醒发了吗', {}],
    ['节前提醒发了没有', {}],
    ['廉政提醒推送了吗？', {}],
    ['春节的廉政提醒什么时候发', { holiday: '春节' }],
    ['国庆节前提醒发过没', { holiday: '国庆' }],
  ])('「%s」 → %j', (text, asked) => {
    expect(reminderAsked(text)).toEqual(asked);
  });

  it.each(['今天开展了节前廉政提醒，与何平、徐辉分别谈话', '发送测试提醒', '廉政谈话谈了几次', '节前廉政教育几次了'])('「%s」 is not about the broadcast', (text) => {
    expect(reminderAsked(text)).toBeUndefined();
  });

  const calendar = createHolidayCalendar({ overrides: reminders.holidayOverrides });
  const people = directory.org.people.filter((p) => p.openId);
  const sentTo = (rule: string, at: string, n = people.length): SentRecord[] =>
    people.slice(0, n).map((p) => ({ key: `festival|${rule}|${rule.slice(0, 4)}|${p.openId}|`, to: { openId: p.openId! }, status: 'sent', sentAt: at }));
  const base = { settings: reminders, calendar, directory, paused: false };

  it('after the 国庆 broadcast: when it went and to how many, then the next one (元旦) with its day', () => {
    const outbox = [...sentTo('2026-国庆', '2026-09-28T01:30:05.000Z'), { key: `test|festival|ev1|${people[0]!.openId}|`, to: { openId: people[0]!.openId! }, status: 'sent' as const, sentAt: '2026-09-20T02:00:00.000Z' }];
    const text = festivalStatus({ ...base, outbox, now: NOW });
    expect(text).toContain(`2026年国庆节前廉政提醒：已于9月28日 09:30发送给${people.length}位成员。`);
    expect(text).toMatch(/下一次：2027年元旦（放假.*），定于12月29日（周二）09:30起发送给26位成员/);
  });

  it('before any broadcast it says so; paused, it says nothing goes out until 恢复提醒; a failed send is counted', () => {
    expect(festivalStatus({ ...base, outbox: [], now: NOW })).toMatch(/^清风还没有发送过节前廉政提醒。\n下一次：2027年元旦/);
    const failed: SentRecord[] = [...sentTo('2026-国庆', '2026-09-28T01:30:00.000Z', 20), { key: 'festival|2026-国庆|2026|ou_x|', to: { openId: 'ou_x' }, status: 'failed' }];
    const text = festivalStatus({ ...base, outbox: failed, paused: true, now: NOW });
    expect(text).toContain('已于9月28日 09:30发送给20位成员；1条发送失败');
    expect(text).toContain('自动提醒目前已暂停');
  });

  it('a holiday named is answered for that holiday: 春节 not yet sent, planned for its own day', () => {
    const text = festivalStatus({ ...base, outbox: sentTo('2026-国庆', '2026-09-28T01:30:00.000Z'), now: NOW, holiday: '春节' });
    expect(text).toMatch(/^清风还没有发送过春节的节前廉政提醒。\n下一次：2027年春节/);
  });
});

describe('round 6 questions', () => {
  it('「节前提醒今年发过几次」 is a question about the broadcasts, answered with the year’s count', () => {
    expect(reminderAsked('节前提醒今年发过几次')).toEqual({});
    const calendar = createHolidayCalendar({ overrides: reminders.holidayOverrides });
    const person = directory.org.people.find((p) => p.openId)!;
    const sent = (rule: string, at: string): SentRecord => ({ key: `festival|${rule}|2026|${person.openId}|`, to: { openId: person.openId! }, status: 'sent', sentAt: at });
    const outbox = [sent('2026-春节', '2026-02-11T01:30:00.000Z'), sent('2026-劳动节', '2026-04-28T01:30:00.000Z'), sent('2026-国庆', '2026-09-28T01:30:00.000Z')];
    const text = festivalStatus({ settings: reminders, calendar, directory, outbox, paused: false, now: NOW });
    expect(text).toMatch(/^2026年已发送节前廉政提醒3次：/);
    expect(text).toContain('2026年国庆节前廉政提醒：已于9月28日 09:30发送给1位成员。');
  });

  it('「11月份各部室信息报送情况怎么样」 asks about every department, nothing left unplaced', () => {
    const q = parseQuery('11月份各部室信息报送情况怎么样', { now: NOW, directory, senderId: idOf('黄志刚'), duties })!;
    expect(q.unplaced).toBeUndefined();
    expect(q.scope).toMatchObject({ kind: 'duty', dutyId: 'info-report' });
    expect(q.view.label).toBe('2026年11月');
  });
});

describe('what a duty requires', () => {
  const ids = (text: string) => requirementAsked(text, duties)?.map((d) => d.id);

  it.each([
    ['廉政谈话要谈几次', ['talk-secretary-leaders', 'talk-leader-heads']],
    ['谈心谈话多久谈一次', ['heart-talks']],
    ['述责述廉报告什么时候交', ['duty-report']],
    ['信息报送有什么要求', ['info-report']],
    ['责任书要跟谁签', ['pledge-sign', 'pledge-check']],
    ['警示教育是谁负责的', ['warning-education']],
    ['分析研判一年搞几次', ['analysis']],
    ['作风纪律检查每月要几次？', ['style-inspection']],
    // Round 10: how the paper is written is asked as a requirement (said not known), never a draft.
    ['张书记让问一下，年底的述责述廉报告要什么格式', ['duty-report']],
    ['述责述廉报告要什么格式', ['duty-report']],
    // Round 51: 已 with a question mark still asks.
    ['信息报送是否已按要求报送？有什么规定', ['info-report']],
  ])('「%s」 → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each(['今年党课讲了几次', '警示教育几次了', '廉政谈话都谈完了吧', '11月20日和李明谈了廉政谈话，要求大家守纪律', '有什么要求', '本季度完成情况', '11月各部门信息报送情况：组联部1篇、康复部1篇，均已按要求报送', '近日，机关党委组织观看警示教育片，共28人参加。赵书记作了点评，要求大家以案为鉴', '近日组织干部学习，10名同志参会，要求严守纪律', '会后王书记做了总结，要求各科室抓好落实'])(
    '「%s」 is no requirement question',
    (text) => {
      expect(ids(text)).toBeUndefined();
    },
  );

  it('each duty’s line says how often, by when, who and how many, with the document’s words', () => {
    const byId = (id: string) => duties.find((d) => d.id === id)!;
    expect(requirementText(byId('talk-secretary-leaders'))).toBe(
      '廉政谈话：书记与每位班子成员：每半年（上半年6月30日前、下半年12月31日前各一期），党组书记与每位班子成员各至少1次（原文：「每半年开展一次廉政谈话」）。',
    );
    expect(requirementText(byId('pledge-sign'))).toContain('每年（限1月1日至3月31日内完成），党组书记与每位班子成员各至少1次；每位班子成员与分管科室的每位负责人各至少1次');
    expect(requirementText(byId('info-report'))).toBe('信息报送：每月（当月底前完成），每个科室（部室、中心）的主要负责人至少1次（原文：「每月至少报送1篇信息」）。');
    for (const d of duties) expect(requirementText(d), d.id).toMatch(new RegExp(`^${d.name}：每(?:月|季度|半年|年)（.+），.+至少${d.min}次`));
  });
});

describe('a plain question the bot cannot answer as asked', () => {
  it.each([
    ['廉政谈话的内容要写吗', '廉政谈话'],
    ['警示教育片去哪里找', '警示教育'],
    ['党课可以线上讲吗', '廉政党课'],
    ['责任书有模板吗？', '签订责任书'],
  ])('「%s」 → what can be answered about %s', (text, name) => {
    const said = whatICanAnswer(text)!;
    expect(said).toMatch(new RegExp(`^这个问题我还回答不了。关于${name}，我可以回答：`));
    for (const q of ['完成情况', '几次了', '有什么要求', '怎么填']) expect(said).toContain(`「${name}${q}」`);
  });

  it.each(['天气怎么样', '今天和李明进行了廉政谈话', '好的收到'])('「%s」 is not such a question', (text) => {
    expect(whatICanAnswer(text)).toBeUndefined();
  });

  it('the suggested questions it names are each answered by the bot’s own readers', () => {
    const now = NOW;
    for (const t of ACTIVITY_TYPES) {
      const name = t.name.split('/')[0]!;
      const ctx = { now, directory, senderId: idOf('张伟'), duties };
      expect(parseQuery(`${name}完成情况`, ctx)?.unplaced, name).toBeUndefined();
      expect(parseQuery(`${name}几次了`, ctx)?.count?.types, name).toContain(t.code);
      expect(requirementAsked(`${name}有什么要求`, duties), name).toBeDefined();
      expect(howToAsked(`${name}怎么填`)?.types, name).toContain(t.code);
    }
  });

  it.each([
    ['补录是什么意思', '补录＝上报时活动所属周期（或规定期限）已结束的记录'],
    ['逾期怎么算', '逾期＝周期（或时限）已过仍未完成。'],
    ['滞后是什么意思', '滞后＝低于按进度应完成的数量。'],
  ])('「%s」 → the legend’s own definition', (text, meaning) => {
    expect(termMeaning(text)).toContain(meaning);
  });

  it.each(['哪些逾期了', '补录了两条', '滞后的有哪些'])('「%s」 asks no meaning', (text) => {
    expect(termMeaning(text)).toBeUndefined();
  });
});

describe('a question about one day', () => {
  it.each([
    ['王建国11月20日谈话情况', '不能只看「11月20日」一天', '「11月廉政谈话几次了」'],
    ['11月20日的警示教育完成情况', '不能只看「11月20日」一天', '「11月警示教育几次了」'],
  ])('「%s」 is told the bot counts over periods, with the questions that work', (text, said, offered) => {
    const q = parseQuery(text, { now: NOW, directory, senderId: idOf('张伟'), duties })!;
    expect(q.cannot).toContain(said);
    expect(q.cannot).toContain(offered);
    const ctx = { now: NOW, directory, senderId: idOf('张伟'), duties };
    expect(parseQuery(offered.slice(1, -1), ctx)?.count?.view.label).toBe('2026年11月');
  });
});

describe('count questions with 一共/总共 and the deed\'s verb, found by a tester on the chat', () => {
  it.each([
    ['张伟', '廉政党课一共讲了几次', ['edu_lecture'], undefined],
    ['张伟', '责任书一共签了多少份', ['pledge_sign'], undefined],
    ['张伟', '今年警示教育总共开展了几次', ['edu_warning'], undefined],
    ['赵敏', '康复部这个季度的信息报了几篇', ['report_info'], 'rehab'],
    ['赵敏', '信息几篇了', ['report_info'], undefined],
    ['张伟', '专题会议累计召开了几场', ['meeting_special'], undefined],
  ])('%s「%s」 is a count of %j, every word read', (sender, text, types, departmentId) => {
    const q = parseQuery(text, { now: NOW, directory, senderId: idOf(sender), duties });
    expect(q?.count?.types).toEqual(types);
    expect(q?.unplaced).toBeUndefined();
    expect(q?.cannot).toBeUndefined();
    if (departmentId) expect(q?.scope).toMatchObject({ kind: 'department', departmentId });
  });

  it('「还有哪些班子成员没跟分管科室负责人谈话」 from the secretary is about the leaders, not 您没有分管的科室', () => {
    const q = parseQuery('还有哪些班子成员没跟分管科室负责人谈话', { now: NOW, directory, senderId: idOf('张伟'), duties });
    expect(q?.cannot).toBeUndefined();
    expect(q?.unplaced).toBeUndefined();
    expect(q?.scope).toMatchObject({ kind: 'group', label: '班子成员' });
    expect(q?.scope.dutyIds).toContain('talk-leader-heads');
  });

  it('a leader\'s own 分管科室 still means the departments they supervise', () => {
    for (const text of ['分管科室的完成情况', '我分管的科室完成情况', '分管部门进度怎么样']) {
      const q = parseQuery(text, { now: NOW, directory, senderId: idOf('王建国'), duties });
      expect(q?.scope, text).toMatchObject({ kind: 'group', departmentIds: ['office', 'finance'] });
    }
  });
});
