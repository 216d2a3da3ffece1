// Round 56 (issue 10), fixer fgc; fha's left-alone of round 55: edits of a waiting 确认 card said the way members type
// or dictate them were answered 「这条消息没有记录」 or 「没能读出第N条要改成什么」, the words dropped:
//   「第3条 人数 是12人 啊」 (voice-input spaces, a particle) · 「第4条调研报告其实是上周三报的」 (a day said as 其实是…报的) ·
//   「第2条的时间写成了11月31日」 (no such day: said, nothing changed) · 「第1条的对象还有李娟」 (one more person on a talk).
// Each is put into the words the card's readers already know (cardCorrections), or read here; what is still not read,
// when the message names an item, is said back with its words (「没看懂对第N条的修改：「…」」), never dropped.
import { isTalkType } from '../activityTypes.js';
import type { CardCorrection, CardCorrectionContext } from './cardCorrection.js';
import type { PendingItem } from './followUp.js';
import type { ReportDraft } from './draft.js';
import { normalizeText } from './parseNormalize.js';
import { chineseNumber } from './chineseNumber.js';

/** A reader of the card's words (cardCorrections · cardChangeAndDrop), tried again on the words put plainly. */
export type CardReader = (text: string, items: PendingItem[], ctx: CardCorrectionContext) => CardCorrection | undefined;

/** 不好意思 · 麻烦(您) · 抱歉 · 哦 · 嗯 · 那个: politeness and fillers before the item named. */
// 那个 only before 第N条 · 最后: 那个调研报告 names an item.
const LEAD = /^(?:(?:不好意思|抱歉|麻烦(?:您|你)?|哦|噢|嗯|啊|那个(?=[,，\s]*(?:第|最后))|对了|另外)[,，\s]*)+/;
/** 啊 · 哦 · 吧 · 呀 · 哈 · 呢 · 了啊 at the end (and a closing stop): no word of the change. */
const TAIL = /(?:[,，\s]*(?:啊|哦|噢|吧|呀|哈|呢|嘛|哈哈))+[。.!！~～\s]*$/;
/** 第4条 · 第四条 · 第4项 · 最后一条 · 最后那条, at the start (after the lead). */
const ITEM = /^(?:帮我)?(?:把|将)?(?:卡片上的?|上面的?)?(?:第([1-9]\d?|[一二两三四五六七八九十])(?:条|项|个)|(最后)(?:一|那)(?:条|项|个))/;
/** 和王强那条 · 和王强的那条 · 那个检查 · 那条警示教育: an item named by its person or kind. */
const NAMED = /^(?:和|与|跟|同)([^,，。\s]{2,8}?)(?:的)?(?:那条|那次|那个)|^(?:那个|那条|那次|那篇)(?:[^,，。\s]{0,4}?)(检查|谈话|谈心|会议|党课|教育|学习|报告|信息|责任书|警示片|教育片)/;

/** The item a message names at its start: the 1-based number (or 'last'), or the words (和X那条) when not by number. */
function itemNamed(t: string, count: number): { n?: number; words: string; rest: string } | undefined {
  const m = ITEM.exec(t);
  if (m) {
    const n = m[2] !== undefined ? count : chineseNumber(m[1]!) ?? Number(m[1]);
    if (!Number.isInteger(n) || n < 1 || n > count) return undefined;
    return { n, words: m[0], rest: t.slice(m[0].length) };
  }
  const w = NAMED.exec(t);
  return w ? { words: w[0], rest: t.slice(w[0].length) } : undefined;
}

/** 对象 · 活动人 · 日期 · 人数 · 题目 · 部门 · 类型 opening a clause: the label of a field changed. */
const FIELD_LABEL = /^(?:谈话)?(?:对象|活动人|谈话人|日期|时间|人数|参加人数|题目|片名|标题|部门|类型)\s*(?:是|为|改为|改成|应该是|应为)/;

/**
 * `text` put plainly: fillers and trailing particles off, and the spaces of voice input between Chinese words closed
 * (第3条 人数 是12人 啊 → 第3条人数是12人); a space inside 《》 or quotes is the title's own and kept.
 */
export function plainCardWords(text: string): string {
  let t = normalizeText(text).trim().replace(LEAD, '').replace(TAIL, '').trim();
  t = t.replace(/《[^《》]*》|“[^“”]*”|「[^「」]*」|[^《“「]+/g, (part) =>
    /^[《“「]/.test(part) ? part : part.replace(/\s+/g, (sp, at: number) => {
      const before = part[at - 1] ?? '';
      const after = part[at + sp.length] ?? '';
      // Between two latin letters or digits a space parts words (11 30); elsewhere it is a voice pause.
      if (/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after)) return sp;
      // 第2条 活动人 是 冯雪 对象 是 我 (round 58, fdc; t60b F6: 对象 dropped silently): a pause before a second field's
      // label ends the first change, as a comma would; after 第N条 or 的 it is no clause end.
      return at > 0 && !/[条项的,，]/.test(before) && FIELD_LABEL.test(part.slice(at + sp.length)) ? '，' : '';
    }),
  );
  return t;
}

/** 其实是上周三报的 · 实际是11月18日开的 · 应该是周三谈的: a day said as when the deed was done. */
const DONE_ON = /^(?:的)?(?:调研报告|报告|信息|谈话|谈心|会议|检查|学习|党课|警示教育|教育|活动|时间|日期)?(?:的(?:时间|日期))?[,，]?(?:其实|实际上?|应该|应当|本来)?(?:是|在)([^,，。是]{2,12}?)(?:报的|报送的|交的|谈的|开的|召开的|搞的|办的|进行的|组织的|开展的|检查的|学的|讲的|签的|的)$/;

/** 11月31日 · 2月30号: a month and day that do not exist, as `M月D日`; undefined when every day said exists. */
export function impossibleDay(text: string, today: string): string | undefined {
  const year = Number(today.slice(0, 4));
  for (const m of text.matchAll(/(\d{1,2})月(\d{1,2})(?:日|号)/g)) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (month < 1 || month > 12) return `${month}月${day}日`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return `${month}月${day}日`;
  }
  return undefined;
}

/** 对象还有李娟 · 对象加上李娟 · 还有李娟 · 对象再加一个李娟: one more person on the item's talk or signing. */
const MORE_PERSON = /^(?:的)?(?:谈话)?(?:对象)?(?:还有|还包括|加上|再加上?|增加|添加|也有)(?:一个|一位)?(?:对象)?[:：]?([^,，。、\s]{2,8}?)(?:同志)?(?:也谈了|也签了|也在|也参加了)?$/;

/** The card with item `n` (1-based) copied for one more person `personId` (its type, doer and day), as cardAddedPerson. */
function withOneMore(items: PendingItem[], n: number, personId: string, ctx: CardCorrectionContext): CardCorrection {
  const model = items[n - 1]!.draft;
  if (model.type === undefined || !(isTalkType(model.type) || model.type === 'pledge_sign')) {
    return { kind: 'unfit', text: `第${n}条不是谈话或签订责任书，没有对象可加，卡片没有改动。` };
  }
  const name = ctx.personName(personId);
  if (model.counterpartIds.includes(personId) || items.some((i) => i.draft.type === model.type && i.draft.date === model.date && i.draft.actorId === model.actorId && i.draft.counterpartIds.includes(personId))) {
    return { kind: 'unfit', text: `卡片上已有同一天与${name}的这条记录，卡片没有改动。` };
  }
  const departmentId = ctx.departmentOf?.(personId);
  const draft: ReportDraft = {
    type: model.type,
    date: model.date,
    counterpartIds: [personId],
    late: model.late,
    ...(model.actorId !== undefined ? { actorId: model.actorId } : {}),
    ...(model.dutyYear !== undefined ? { dutyYear: model.dutyYear } : {}),
    ...(departmentId !== undefined ? { departmentId } : {}),
  };
  // One talk a person (as 分别与两人谈话 gives two records): the new one right after the item it copies.
  const next = [...items.slice(0, n), { draft, problems: [] }, ...items.slice(n)];
  return { kind: 'changed', items: next, what: `第${n}条的对象加上${name}，另记一条` };
}

/**
 * A change of the waiting card's `items` said in spoken words that `readers` did not take at first: read here (a day
 * that does not exist, one more person on an item), or by `readers` on the words put plainly. Undefined when the words
 * name no item and say nothing read.
 */
export function spokenCardEdit(text: string, items: PendingItem[], ctx: CardCorrectionContext, readers: CardReader[]): CardCorrection | undefined {
  const plain = plainCardWords(text);
  if (plain.length === 0 || /\n/.test(plain)) return undefined;
  const named = itemNamed(plain, items.length);
  const day = impossibleDay(plain, ctx.today);
  // 第2条的时间写成了11月31日: no such day, so nothing can be moved to it — said, never stored on a guess.
  if (day !== undefined && named) return { kind: 'unfit', text: `没有${day}这一天（${Number(day.split('月')[0])}月没有这一天），卡片没有改动。请说对的日期，如「第${named.n ?? 1}条日期改为11月18日」。` };
  if (named?.n !== undefined) {
    const more = MORE_PERSON.exec(named.rest);
    if (more) {
      const id = ctx.personId(more[1]!);
      if (id === undefined) return { kind: 'unfit', text: `通讯录里找不到「${more[1]}」，卡片没有改动。` };
      return withOneMore(items, named.n, id, ctx);
    }
    const done = DONE_ON.exec(named.rest);
    if (done) {
      const read = readAll(`第${named.n}条日期改为${done[1]}`, items, ctx, readers);
      if (read !== undefined) return read;
    }
  }
  if (plain !== normalizeText(text).trim()) return readAll(plain, items, ctx, readers);
  return undefined;
}

function readAll(text: string, items: PendingItem[], ctx: CardCorrectionContext, readers: CardReader[]): CardCorrection | undefined {
  for (const read of readers) {
    const got = read(text, items, ctx);
    if (got !== undefined) return got;
  }
  return undefined;
}

/** Words that drop, keep, undo or settle the card: other readers' (waitingCardItem, undo, the card's own buttons). */
// 第2条别记了 · 第2条多了 · 第2条是重复的 are the card's own drops (waitingCardItem, the dialog): never said unread here.
const OTHER = /撤|删|去掉|拿掉|划掉|不要|不用|不需要|无需|不必|别记|不记|不算|作废|多了|多余|重复|保留|其余|确认|取消|没问题|可以|^对$|^好的?$/;
/**
 * 第二条还没做 · 第一条是计划 · 第4条的那个报告其实还没写完: an item said not done or a plan, planItemAnswer's (taken off the
 * card, said 还没有做/是计划安排) — never an edit said unread here or in an answer's tail (round 56, the merge: four e2e files
 * of round 14–24 got 「没看懂对第2条的修改」).
 */
export const PLAN_OR_NOT_DONE = /计划|打算|准备|还没|尚未|没有?(?:做|搞|开|办|写|进行|开展|举行|召开|组织|谈|签|讲|学|看|查)|未(?:做|开展|进行|举行|召开)/;

/**
 * The words said back when a message names one of the card's items (第N条 · 最后一条 · 和X那条 · 那个检查) and no reader took
 * it: 「没看懂对第N条的修改：「…」」 with the card — never 「这条消息没有记录」 alone. Undefined when no item is named, the
 * message is several lines (a report), or it drops, keeps or settles items (read by others).
 */
export function namedItemUnread(text: string, count: number): string | undefined {
  const raw = normalizeText(text).trim();
  if (/\n/.test(raw)) return undefined;
  const plain = plainCardWords(raw);
  const named = itemNamed(plain, count);
  if (!named || named.rest.length === 0 || OTHER.test(named.rest) || PLAN_OR_NOT_DONE.test(named.rest)) return undefined;
  const which = named.n !== undefined ? `第${named.n}条` : `「${named.words.replace(/^(?:和|与|跟|同)/, '和')}」`;
  return `没看懂对${which}的修改：「${raw}」，卡片没有改动。请说改后的内容，如「${named.n !== undefined ? `第${named.n}条` : '第2条'}日期改为11月18日」「…是谈心谈话」「…对象是王强」「…人数是12人」。`;
}

/** 学的是 · 看的是 · 讲的是 · 片名是 · 题目是 · 主题是 + an edition word + 《…》: the title said by what was done with it. */
const TITLE_SAID = /^(?:不对[,，\s]*)?(?:其实|实际上?)?(学|学习|看|观看|播放|放映|放|讲|讲授|片名|题目|主题|书名|课题|标题)(?:的)?(?:内容)?(?:应该?是|是|为|叫)[\s:：]*(?:新修订的?|新修改的?|修订后的|修订版的?|新版的?|最新版?的?|最新修订的?)?\s*《([^《》]{1,40})》[。.!！\s]*(?:啊|哦|吧|呀)?[。.!！\s]*$/;

/** The kinds a title said by its verb can belong to: a study is 廉政教育, a film 警示教育, a lecture 廉政党课. */
function titledKinds(verb: string): string[] {
  if (/^(?:学|学习|书名)$/.test(verb)) return ['edu_integrity'];
  if (/^(?:看|观看|播放|放映|放|片名)$/.test(verb)) return ['edu_warning'];
  if (/^(?:讲|讲授|课题)$/.test(verb)) return ['edu_lecture'];
  return ['edu_integrity', 'edu_warning', 'edu_lecture'];
}

/**
 * 学的是新修订的《中国共产党纪律处分条例》 beside a waiting card (round 56, fgc; t58b F2: read as a new report, its day asked):
 * the title of the card's one item of the kind the words fit (学 → 廉政教育, 看 → 警示教育, 讲 → 廉政党课; 题目 · 主题 any of the
 * three). Undefined when the words are no such title, or no item or several items fit (the card's readers ask which).
 */
export function verbTitledItem(text: string, items: PendingItem[]): CardCorrection | undefined {
  const m = TITLE_SAID.exec(plainCardWords(text));
  if (!m) return undefined;
  const kinds = titledKinds(m[1]!);
  const fits = items.map((item, i) => ({ item, i })).filter(({ item }) => item.draft.type !== undefined && kinds.includes(item.draft.type));
  if (fits.length !== 1) return undefined;
  const at = fits[0]!.i;
  const title = m[2]!.trim();
  const changed = items.map((item, i) => (i === at ? { ...item, draft: { ...item.draft, title } } : item));
  return { kind: 'changed', items: changed, what: `${items.length > 1 ? `第${at + 1}条` : ''}题目改为《${title}》` };
}
