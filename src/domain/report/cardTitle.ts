// 「第3条题目改为八项规定精神典型问题通报」「修改：第3条题目删掉」「第3条没有题目」 typed while a 确认 card waits (round 34a,
// A24: 「这条消息没有记录，下面的卡片仍在等您确认」, and the garbage title stored at 确认): a record's title set or taken off by text.
import { runOnTitle } from './runOnTitle.js';
import type { CardCorrection } from './cardCorrection.js';
import type { PendingItem } from './followUp.js';
import { isCorrectionRemark } from './correctionRemark.js';

/** What a clause asks of a record's title: a new one (`to`, without 《》), or none at all. */
export type CardTitleWords = { to: string } | { removed: true };

/** 题目 · 标题 · 片名 · 名称 · 课题 · 学习内容: the title's field named. */
const FIELD = '(?:题目|标题|片名|名称|课题|学习内容)';
/** 题目改为X · 题目应该是《X》 · 标题不对，是X (what follows a comma after the value is the member's reason, not the title). */
// A space ends the value as a comma does (t50a F7: 「没有片名 不是我也」 typed with spaces).
const SET = new RegExp(`^${FIELD}(?:写错了|错了|不对|有误)?[,;:\\s]*(?:应该?是|应为|改为|改成|换成|是|为)[:\\s]*《?([^《》,;。!?\\s]{2,40}?)》?(?:[,，;；。\\s].*)?$`);
/**
 * 题目改成无 · 片名应该是空的 · 题目改为没有 (t50a F7: 「这条消息没有记录」): a set to nothing is the title taken off, never a
 * title 《无》.
 */
const SET_NONE = new RegExp(`^${FIELD}(?:写错了|错了|不对|有误)?[,;:\\s]*(?:应该?是|应为|改为|改成|换成|是|为)?[:\\s]*(?:无|空|空的|没有|不要|去掉|删掉|不用)(?:了|的)?(?:[,，;；。\\s].*)?$`);
/** 不是我也 · 不是《我也》 before the change: the wrong title named, which only says what is put right. */
const WRONG_NAMED = /^不是《?[^《》,;。!?\s]{1,40}》?[,;。\s]+/;
/** 题目删掉 · 题目不要了 · 没有题目 · 去掉题目 (a reason may follow a comma: 没有题目，学习的是…). */
// 题目不对 删掉 · 片名错了，去掉 · 没有片名 不是我也 (t50a F7): the field owned wrong before the verb, a space as a comma.
const REMOVE = new RegExp(
  `^(?:${FIELD}(?:写错了|错了|不对|有误)?[,，;；\\s]*(?:删掉|删除|删了|去掉|不要了?|不用了?|清空|空着|没有)|(?:没有|无|不要|不用|去掉|删掉|删除|把)${FIELD}(?:删掉|去掉|删了)?)(?:[,，;；。\\s].*)?$`,
);

/**
 * 参加人数5人 · 人数改成6 · 日期改成25号 · 一共5个人 · 对象是李娟 · 部门只有财务科 · 5人参加: what after the title's comma or
 * space is a second field's change, not the member's reason. Round 51 (fzb, t53a F5): 「题目改成守住底线 参加人数5人」 set
 * the title and dropped the count silently; such a message is no title change alone, and the readers of several changes
 * (cardCorrections · correctionsInWords) read each part.
 */
const OTHER_FIELD_TAIL =
  /^(?:(?:参加|参会|到会|实到|出席|谈话)?(?:人数|日期|时间|对象|活动人|谈话人|部门|科室|类型|类别)|(?:一共|总共|共计|合计|共|实到|到场|参加了?|来了)[0-9一二三四五六七八九十两]|[0-9一二三四五六七八九十两]{1,3}个?(?:人|名|位)|(?:是|改成|改为|应该是)?[0-9一二三四五六七八九十]{1,2}(?:月|号|日))/;

/**
 * 题目改成《廉洁从业 守住底线》 · 片名是“以案为鉴 守牢底线” (round 52 fwe, t54b F2: cut at the space to 《廉洁从业》): a value
 * inside 《》 or quotes, taken whole with its spaces; what follows the closing mark is read as SET's tail is.
 */
const SET_QUOTED = new RegExp(`^${FIELD}(?:写错了|错了|不对|有误)?[,;:\\s]*(?:应该?是|应为|改为|改成|换成|是|为)[:\\s]*(?:《([^《》]{2,40})》|[“"「]([^“”"「」]{2,40})[”"」])(.*)$`);
/**
 * 和财经纪律有关规定 · 及《预算法》 · 、《审计法》 after a quoted title: more of one title, never the start of another clause
 * (ending in 的 · 了 it runs into a deed: 题目是《廉洁从政》的党课今天讲了); group 1 the run-on, group 2 what follows a comma.
 */
const JOINED_TAIL = /^((?:(?:和|及|与|以及|、)《?[^《》,，;；。!！?？\s的了]{2,24}》?)+)((?:[,，;；。\s].*)?)$/;

/**
 * 第2条题目改成… · 题目改成… after the value: another change of the same message (t54b F2: 「第1条题目改成《A》，第2条题目改成《B》」
 * changed 第1条 alone, the second dropped silently), read by cardCorrections clause by clause.
 */
const ANOTHER_CHANGE_TAIL = /^(?:第(?:[1-9]\d?|[一二三四五六七八九十])条|(?:和|与|跟)[^,;。\s]{2,8}?(?:的|那条|那次)|(?:题目|标题|片名|名称)(?:写错了|错了|不对|有误)?[,;:\s]*(?:应该?是|应为|改为|改成|换成|是|为))/;
/**
 * 以案为鉴 守牢底线 (t54b F2: 「题目改成以案为鉴 守牢底线」 kept 《以案为鉴》): a title's second half after a voice-input space,
 * one short run of words that is no remark (刚才打错了 · 谢谢), no denial (不是我也), no other field's change; up to two
 * such runs (三段式 titles).
 */
const TITLE_HALF = /^[^,，;；。!！?？\s《》]{2,12}$/;

/** The title change `said` (normalised, after the record named) asks, or undefined when it names no title. */
export function cardTitleWords(said: string): CardTitleWords | undefined {
  const t = said.trim().replace(WRONG_NAMED, '');
  if (REMOVE.test(t) || SET_NONE.test(t)) return { removed: true };
  const quoted = SET_QUOTED.exec(t);
  // 题目改成《会计法》和财经纪律有关规定 (round 58, fdc; t60a F11: the receipt's title could not be put right by typing): a
  // title naming a law and more runs on after 》 with 和 · 及 · 、; the whole is the title, the law set in 〈〉 as a title
  // inside a title is written.
  const joined = quoted?.[1] !== undefined ? JOINED_TAIL.exec(quoted[3]!) : null;
  if (quoted && joined) {
    const after = joined[2]!.replace(/^[,，;；。\s]+/, '');
    // The first reading of the same words makes the same title (runOnTitle, round 59).
    if (!OTHER_FIELD_TAIL.test(after) && !ANOTHER_CHANGE_TAIL.test(after)) return { to: runOnTitle(quoted[1]!, joined[1]!) };
  }
  // 题目是《廉洁从政》的党课今天讲了: words running on after the closing mark are no title change.
  if (quoted && /^(?:$|[,，;；。!！\s])/.test(quoted[3]!)) {
    const tail = quoted[3]!.replace(/^[,，;；。\s]+/, '');
    return OTHER_FIELD_TAIL.test(tail) || ANOTHER_CHANGE_TAIL.test(tail) ? undefined : { to: (quoted[1] ?? quoted[2]!).trim().replace(/\s+/g, ' ') };
  }
  const m = SET.exec(t);
  if (!m) return undefined;
  const rest = t.slice(t.indexOf(m[1]!) + m[1]!.length);
  const tail = rest.replace(/^》?[,，;；。\s]+/, '');
  if (OTHER_FIELD_TAIL.test(tail) || ANOTHER_CHANGE_TAIL.test(tail)) return undefined;
  // Runs after spaces only (a comma ends the value: what follows it is the member's reason).
  const runs: string[] = [];
  const spaced = /^\s+/.test(rest) ? rest.trim().split(/[,，;；。]/)[0]!.trim().split(/\s+/) : [];
  // 题目改成A B 第2条题目改成C · 题目改成A B，第2条题目改成C: another change after the spaces or the comma is read by
  // cardCorrections, never dropped here.
  const afterComma = rest.split(/[,，;；。]/).slice(1).join(',').trim();
  if (spaced.some((run) => ANOTHER_CHANGE_TAIL.test(run)) || ANOTHER_CHANGE_TAIL.test(afterComma)) return undefined;
  for (const run of spaced) {
    if (runs.length === 2 || !TITLE_HALF.test(run) || /^不是/.test(run) || isCorrectionRemark(run) || OTHER_FIELD_TAIL.test(run)) break;
    runs.push(run);
  }
  // Only when the runs are all that follows, but for remarks (「题目改为A B 谢谢」 keeps A B); a later run neither taken nor
  // a remark leaves A alone.
  const whole = runs.length > 0 && spaced.slice(runs.length).every(isCorrectionRemark);
  return { to: whole ? [m[1]!, ...runs].join(' ') : m[1]! };
}

/**
 * `items` with the title taken off the record(s) at `at` (0-based) that have one: every one of them when the member named
 * them (`named`); otherwise the one titled record, or which is asked when several are. Unfit when none has a title.
 */
export function withoutTitle(items: PendingItem[], at: number[], named: boolean): CardCorrection {
  const titled = at.filter((i) => items[i]!.draft.title !== undefined);
  if (titled.length === 0) return { kind: 'unfit', text: '卡片上的这条记录没有题目，卡片没有改动。' };
  const label = named ? `第${titled.map((i) => i + 1).join('、')}条` : '';
  if (titled.length > 1 && !named) return { kind: 'which', what: '去掉题目' };
  const changed = items.map((item, i) => {
    if (!titled.includes(i)) return item;
    const { title: _gone, ...draft } = item.draft;
    return { ...item, draft };
  });
  return { kind: 'changed', items: changed, what: `${label}题目已去掉` };
}

/** 第2、3条 · 第2,3条 · 第二、三条 · 第4条: the records named by number (group 1 the numbers). */
const NUMBERS_NAMED = /^第((?:[1-9]\d?|[一二三四五六七八九十])(?:(?:、|,|，|和|与)(?:第)?(?:[1-9]\d?|[一二三四五六七八九十]))*)条(?:的|记录)?(?:都)?[,，:\s]*/;
/** 题目 · 标题 · 片名 · 人数 · 参加人数: a field that can be taken off. */
const OFF_FIELD = '(题目|标题|片名|参加人数|人数)';
/** 不要题目和参加人数 · 去掉题目、人数 · 没有题目也没有参加人数 · 题目和人数都删掉: two fields taken off (groups 1, 2). */
const TWO_OFF = new RegExp(`^(?:不要|去掉|删掉|删除|没有|把)${OFF_FIELD}(?:和|、|及|跟|以及|也没有|也不要|,|，)(?:参加)?${OFF_FIELD}(?:都)?(?:删掉|去掉|不要了?|删了)?$|^${OFF_FIELD}(?:和|、|及|跟)${OFF_FIELD}(?:都)?(?:删掉|去掉|不要了?|删了|没有)$`);
/** 人数删掉 · 不要人数 · 去掉参加人数 · 没有参加人数: the count taken off (a title's removal is cardTitleWords'). */
const COUNT_OFF = /^(?:(?:参加)?人数(?:写错了|错了|不对|有误)?[,，\s]*(?:删掉|删除|删了|去掉|不要了?|不用了?|清空|空着|没有)|(?:没有|无|不要|不用|去掉|删掉|删除|把)(?:参加)?人数(?:删掉|去掉|删了)?)$/;
/** 报送的是2篇信息 · 是2篇 · 一共2篇: the number of papers said again beside the change (group 1), checked with the card. */
const PAPERS_SAID = /^(?:报送的?|报的|上报的?|一共|共)?(?:是|为)?([0-9两二三四五六七八九十])篇(?:信息|廉政信息)?$/;
const CN_SMALL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * 第2、3条不要题目和参加人数，报送的是2篇信息 · 第4条人数删掉 (round 57, fec; t59a F3: read as a new 信息报送, the card kept the
 * papers' wrong title and count): the title and/or the count taken off the records named by number. A number of papers
 * said beside it (2篇) must be how many records are named, or nothing is read. `items` unchanged and said so when none of
 * them has the field; undefined when the text is not this form.
 */
export function fieldsTakenOff(text: string, items: PendingItem[]): CardCorrection | undefined {
  const t = text.trim().replace(/[。.!！]+$/, '').replace(/^(?:不对|修改|更正)[,，;；:\s]+/, '');
  const sel = NUMBERS_NAMED.exec(t);
  if (!sel) return undefined;
  const at = sel[1]!.split(/、|,|，|和|与|第/).filter((w) => w !== '').map((w) => (CN_SMALL[w] ?? Number(w)) - 1);
  if (at.some((i) => !Number.isInteger(i) || i < 0 || i >= items.length)) return undefined;
  const [change, ...tail] = t.slice(sel[0].length).split(/[,，;；。]\s*/);
  const two = TWO_OFF.exec(change!.trim());
  const fields = two ? two.slice(1).filter((f) => f !== undefined) : COUNT_OFF.test(change!.trim()) ? ['人数'] : [];
  if (fields.length === 0) return undefined;
  for (const rest of tail.filter((r) => r.trim() !== '')) {
    const papers = PAPERS_SAID.exec(rest.trim());
    if (!papers || (CN_SMALL[papers[1]!] ?? Number(papers[1])) !== at.length || at.some((i) => items[i]!.draft.type !== 'report_info')) return undefined;
  }
  const title = fields.some((f) => /题目|标题|片名/.test(f));
  const count = fields.some((f) => /人数/.test(f));
  const label = items.length > 1 ? `第${at.map((i) => i + 1).join('、')}条` : '';
  const had = at.filter((i) => (title && items[i]!.draft.title !== undefined) || (count && items[i]!.draft.attendees !== undefined));
  const named = [title ? '题目' : '', count ? '参加人数' : ''].filter((w) => w !== '').join('和');
  if (had.length === 0) return { kind: 'unfit', text: `卡片上${label}本来就没有${named}，卡片没有改动。` };
  const changed = items.map((item, i) => {
    if (!at.includes(i)) return item;
    const { title: oldTitle, attendees: oldCount, ...rest } = item.draft;
    return { ...item, draft: { ...rest, ...(title || oldTitle === undefined ? {} : { title: oldTitle }), ...(count || oldCount === undefined ? {} : { attendees: oldCount }) } };
  });
  return { kind: 'changed', items: changed, what: `${label}${named}已去掉` };
}
