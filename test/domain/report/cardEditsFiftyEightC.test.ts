// Round 58 (issue 10), fixer fdc: 「第N条…」 and 「…那项」 edits typed on a waiting card or right after a receipt (t60b F3, F5,
// F6; t60a F11; fec's left-alone). The readers, each with the ways staff type or dictate it and near-misses that keep today's
// reading; the dialog behaviour is in test/e2e/cardEditsFiftyEightC.test.ts.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { cardItemChoice } from '../../../src/domain/report/cardItemChoice.js';
import { cardCorrections } from '../../../src/domain/report/cardCorrections.js';
import type { CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import { cardTitleWords } from '../../../src/domain/report/cardTitle.js';
import { cardToldAgain } from '../../../src/domain/report/cardToldAgain.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { leftOutClauseNamed } from '../../../src/domain/report/leftOutClauseNamed.js';
import { numberedCorrection } from '../../../src/domain/report/numberedCorrection.js';
import { parseCounterparts } from '../../../src/domain/report/parseCounterparts.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { spokenCardEdit } from '../../../src/domain/report/spokenCardEdit.js';
import { cardChangeAndDrop } from '../../../src/domain/report/cardChangeAndDrop.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-12-04T08:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const read = (sender: string, text: string) => parseReport(text, { now: NOW, directory, senderId: idOf(sender), mentions: [] }) ?? [];
const ctxOf = (sender: string): CardCorrectionContext => ({
  today: '2026-12-04',
  senderId: idOf(sender),
  personName: (id) => directory.person(id)?.name ?? id,
  personId: (w) => {
    if (/^(?:我|本人|我本人)$/.test(w) || w === sender) return idOf(sender);
    const f = parseCounterparts(w, { now: NOW, directory, senderId: idOf(sender), mentions: [] });
    return f.counterparts.length === 1 && f.problems.length === 0 ? f.counterparts[0]!.id : undefined;
  },
});

describe('t60b F3: several numbers left out with a reason, after or before it', () => {
  it.each([
    ['第3、5、7条不要，谈话都是黄书记谈的，我没和黄书记谈', [2, 4, 6]],
    ['第1、3、5条不要，谈话都是黄书记谈的，我没和黄书记谈', [0, 2, 4]],
    ['第1、3、5条不要 谈话都是黄书记谈的', [0, 2, 4]],
    ['第1 3 5条 不要 了 都是 黄书记 谈的', [0, 2, 4]],
    ['1、3、5条删了，重复了', [0, 2, 4]],
    ['第1和第3条删掉，多出来的', [0, 2]],
    ['第一、三、五条是多出来的，不要', [0, 2, 4]],
    ['第1、3、5条都不算，我没和黄书记谈', [0, 2, 4]],
    ['第二、四条不要了，那是上个月的', [1, 3]],
    ['第2和第4条删掉吧，已经报过了', [1, 3]],
    ['第3、5条去掉，黄书记是谈话人不是对象', [2, 4]],
    ['第1、2条不用记，是计划还没谈', [0, 1]],
    ['第2、3项不要，重复了', [1, 2]],
    ['3和5不要了，谈话人是黄书记', [2, 4]],
    ['第1、3、5条重复了，删掉', [0, 2, 4]],
    ['第1、3、5条 不算 我没有和黄书记谈话', [0, 2, 4]],
    ['第4、5条删除，这两条写重了', [3, 4]],
    ['第1条和第3条都不要，那是黄书记本人', [0, 2]],
    ['第三条、第五条不要，黄书记是主谈人', [2, 4]],
    ['第1、3、5条多了，都是黄书记谈的', [0, 2, 4]],
    ['第2、4、6条不要，我没参加', [1, 3, 5]],
    ['第一、第三条删了，重复的', [0, 2]],
    ['把第1、3、5条去掉，谈话人是黄书记', [0, 2, 4]],
    ['第1、3、5条都删掉，写错了', [0, 2, 4]],
    ['第1、3、5条都不要了。是黄书记和他们谈的', [0, 2, 4]],
  ])('「%s」 leaves out %j', (text, at) => {
    const [index, ...also] = at as number[];
    expect(cardItemChoice(text)).toEqual(also.length > 0 ? { kind: 'drop', index, also } : { kind: 'drop', index });
  });

  it.each([
    ['删除第3、5、7条', { kind: 'drop', index: 2, also: [4, 6] }],
    ['删除第2条', { kind: 'drop', index: 1 }],
    ['第2条不对', { kind: 'wrong', index: 1 }],
  ])('near-miss 「%s」 as today', (text, want) => {
    expect(cardItemChoice(text)).toEqual(want);
  });

  it.each(['第1、3、5条不要，第2条改成11月10日', '第1、3条删了，其余确认', '第1、3条不要，应该是第2条', '第一条：11月6日与陈志强进行廉政谈话'])(
    'near-miss 「%s」 is no plain drop of several (other readers take it)',
    (text) => {
      expect(cardItemChoice(text)).toBeUndefined();
    },
  );
});

const LIU_YANG = '吴部长11月6号和我谈心谈话，11月13号带我们去康复中心检查了专项资金使用情况';

describe('t60b F6: a reason clause naming the doer beside the labelled change', () => {
  const items = read('刘洋', LIU_YANG);
  const ctx = ctxOf('刘洋');
  const actors = (text: string) => {
    const c = cardCorrections(text, items, ctx) ?? spokenCardEdit(text, items, ctx, [cardCorrections, cardChangeAndDrop]);
    return c?.kind === 'changed' ? c.items.map((i) => i.draft.actorId ?? '-') : c?.kind;
  };
  it.each([
    '第2条不对，检查是吴部长带队的，活动人是吴静',
    '第2条错了 检查是吴部长带队的 活动人是吴静',
    '第二条不对，活动人是吴静，检查是吴部长带队的，不是我',
    '第2条不对，检查是吴部长带队的，活动人应该是吴静',
    '第2条不对，是吴部长带队的，活动人改成吴静',
    '第2条有误，检查由吴部长带队，活动人是吴静',
    '第2条不对，检查是吴静部长带队的，活动人是吴静',
    '第2条不对，活动人是吴静，是吴部长带队的',
    '第2条写错了，检查是吴部长带队的，带队的是吴静',
    '第2条不对，检查是吴部长带队的，不是我，活动人是吴静',
    '第2条不对，检查是吴部长带队的',
    '第2条活动人是吴静',
    '第2条不对 检查是吴部长带队的 活动人是吴静',
  ])('「%s」: item 2\'s doer 吴静', (text) => {
    expect(actors(text)).toEqual([idOf('吴静'), idOf('吴静')]);
  });

  it.each(['第2条不对，检查是冯部长带队的，活动人是吴静', '第2条不对，检查是吴部长带队的，活动人是冯雪'])('「%s」 names two people: no change', (text) => {
    expect(cardCorrections(text, items, ctx)?.kind).not.toBe('changed');
  });

  it.each([
    ['第1条 活动人 是 冯雪 对象 是 我', '冯雪', '刘洋'],
    ['第1条 对象 是 我 活动人 是 冯雪', '冯雪', '刘洋'],
    ['第1条 活动人是冯雪 对象是我', '冯雪', '刘洋'],
    ['第一条 活动人 是 冯雪 对象 是 刘洋', '冯雪', '刘洋'],
    ['第1条 谈话人 是 冯雪 对象 是 我', '冯雪', '刘洋'],
  ])('voice 「%s」: both fields of item 1', (text, doer, with_) => {
    const c = spokenCardEdit(text, items, ctx, [cardCorrections, cardChangeAndDrop]);
    expect(c?.kind).toBe('changed');
    if (c?.kind === 'changed') expect([c.items[0]!.draft.actorId, c.items[0]!.draft.counterpartIds]).toEqual([idOf(doer), [idOf(with_)]]);
  });

  it('voice 「第2条 活动人 是 冯雪 对象 是 我」 on a check (no 对象): not half done', () => {
    const c = spokenCardEdit('第2条 活动人 是 冯雪 对象 是 我', items, ctx, [cardCorrections, cardChangeAndDrop]);
    expect(c?.kind === 'changed' && c.items[1]!.draft.actorId === idOf('冯雪')).toBe(false);
  });
});

describe('t60a F11: a title that runs on after 《》 is the whole title', () => {
  it.each([
    ['题目改为《会计法》和财经纪律有关规定', '〈会计法〉和财经纪律有关规定'],
    ['题目改成《会计法》和财经纪律有关规定', '〈会计法〉和财经纪律有关规定'],
    ['题目是《会计法》和《预算法》', '〈会计法〉和〈预算法〉'],
    ['题目应该是《会计法》及财经纪律有关规定', '〈会计法〉及财经纪律有关规定'],
    ['题目错了,应该是《会计法》和财经纪律有关规定', '〈会计法〉和财经纪律有关规定'],
    ['题目改成《会计法》和财经纪律有关规定 谢谢', '〈会计法〉和财经纪律有关规定'],
    ['题目改成《廉洁自律准则》', '廉洁自律准则'],
  ])('「%s」 → 《%s》', (text, to) => {
    expect(cardTitleWords(text)).toEqual({ to });
  });

  it.each(['题目是《廉洁从政》的党课今天讲了', '题目改成《会计法》和财经纪律有关规定，人数12人'])('near-miss 「%s」 is no title alone', (text) => {
    expect(cardTitleWords(text)).toBeUndefined();
  });

  it.each([
    ['第3条题目改成《会计法》和财经纪律有关规定', 3, '〈会计法〉和财经纪律有关规定'],
    ['第3条题目错了，应该是《会计法》和财经纪律有关规定', 3, '〈会计法〉和财经纪律有关规定'],
    ['第三条的题目应该是《会计法》及财经纪律有关规定', 3, '〈会计法〉及财经纪律有关规定'],
    ['第3项题目改为《会计法》和财经纪律有关规定', 3, '〈会计法〉和财经纪律有关规定'],
    ['把第3条的题目改成《会计法》和财经纪律有关规定', 3, '〈会计法〉和财经纪律有关规定'],
    ['修改第3条题目为《会计法》和财经纪律有关规定', 3, '〈会计法〉和财经纪律有关规定'],
    ['第2条题目改成《会计法》', 2, '会计法'],
    ['第3条题目写错了，应该是《会计法》和《预算法》', 3, '〈会计法〉和〈预算法〉'],
  ])('after a receipt 「%s」: record %i titled 《%s》', (text, n, to) => {
    expect(numberedCorrection(text, '2026-12-04')).toEqual({ n, correction: { kind: 'title', to, terse: false } });
  });
});

const WANG_FANG =
  '12月1日，市残联召开党风廉政建设专题会议，张伟主持会议并讲话，班子成员和各部门负责人参加。会议通报了近期查处的2起违反中央八项规定精神典型问题。会后，张伟书记与赵敏进行了廉政谈话。';
const NOTES = ['按张伟的活动记录（代为上报）', '消息里的「通报了近期查处的2起违反中央八项规定精神典型问题」没有对应到任何记录，请核对是否漏记'];
const PHRASE = '通报了近期查处的2起违反中央八项规定精神典型问题';

describe('t60b F5: 「…那项也要记」 names a clause the card left out', () => {
  it.each([
    ['通报典型问题那项也要记，算张书记的警示教育', 'edu_warning', '张书记'],
    ['通报典型问题那项也要记，是张伟书记的警示教育', 'edu_warning', '张伟书记'],
    ['通报典型问题那项也要记', undefined, undefined],
    ['把通报典型问题也记上', undefined, undefined],
    ['典型问题那条也要记录 算警示教育', 'edu_warning', undefined],
    ['通报问题也算上，记成警示教育', 'edu_warning', undefined],
    ['通报典型问题那个也要记上', undefined, undefined],
    ['通报典型问题这项也要记，算警示教育', 'edu_warning', undefined],
    ['还有通报典型问题那项也要记', undefined, undefined],
    ['通报2起典型问题那条也得记上，算张书记的警示教育', 'edu_warning', '张书记'],
    ['通报八项规定典型问题也要记', undefined, undefined],
    ['通报典型问题的内容也要记，按警示教育记', 'edu_warning', undefined],
    ['另外 通报典型问题那项 也要记', undefined, undefined],
    ['通报典型问题那一项还要记上', undefined, undefined],
    ['把通报典型问题那项也加上，算警示教育', 'edu_warning', undefined],
  ])('「%s」', (text, type, doerWords) => {
    expect(leftOutClauseNamed(text, NOTES)).toEqual({ phrase: PHRASE, ...(type ? { type } : {}), ...(doerWords ? { doerWords } : {}) });
  });

  it.each(['学习那项也要记', '谈话那项也要记', '通报典型问题', '也要记', '第2条也要记'])('near-miss 「%s」 names no left-over clause', (text) => {
    expect(leftOutClauseNamed(text, NOTES)).toBeUndefined();
  });

  it('the card of the message holds that note', () => {
    expect(read('王芳', WANG_FANG).length).toBe(2);
  });
});

describe('fec\'s left-alone: what the card already holds told again', () => {
  const A10 = '11月30号和陈静廉政谈话 12月2号教就部报送廉政信息2篇 12月3号组织部门集中学习了廉洁自律准则 参加3人';
  const card = read('郑华', A10);
  it.each([
    ['12月2号是报送信息2篇', [2, 3]],
    ['12月2号报送廉政信息2篇', [2, 3]],
    ['12月2日教就部报送了2篇廉政信息', [2, 3]],
    ['11月30号和陈静廉政谈话', [1]],
    ['11月30日和陈静进行了廉政谈话', [1]],
  ])('「%s」 is on the card as %j', (text, at) => {
    expect(cardToldAgain(text, card, read('郑华', text))).toEqual(at);
  });

  it.each(['12月2号又报送信息2篇', '12月2号报送信息1篇', '12月2号还报送信息2篇', '12月1号报送信息2篇', '11月30号和陈静谈心谈话', '另外12月2号报送信息2篇'])(
    'near-miss 「%s」 is its own report',
    (text) => {
      expect(cardToldAgain(text, card, read('郑华', text))).toBeUndefined();
    },
  );
});
