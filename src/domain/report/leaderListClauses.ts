// Round 58, fixer fda (issue 10; t60b F2, F3; t60a F6): tallies and lists of leaders' deeds written the way a clerk pastes
// them, read as the clauses they stand for. Three shapes, each written out into 「X D与A进行了T；X D与B进行了T」, which the
// readers after already take right (one record per person, X the doer, D the day):
// 1. 「…签订责任书情况：王建国副理事长11月6日与李明、孙丽签订；刘芳副理事长11月9日与周涛、吴静签订；…」 — every 「；」 clause has
//    its own leader and day, but its verb is bare (签订 · 谈话 · 检查) or missing; the deed is the heading's. Before, only the
//    last clause's two signings reached the card, the other six were left to the grey 注.
// 2. 「…开展廉政谈话3人次，分别是11月9日黄书记与何平、11月16日黄书记与徐辉、…」 — a 分别是/分别为/具体是 list whose items each
//    name 「X与Y」: X the doer, Y the one talked with. Before, the sender was given three talks with 黄志刚 as well.
// 3. 「张书记本月谈话4次：王建国（12月1日）、刘芳（12月1日）…，都是廉政谈话」 · 「张书记这个月的谈话：12月1日王建国、刘芳，12月3日
//    陈志强、赵敏，都是廉政谈话」 — a doer named in the heading of a counted list is the doer of every item; the items' people
//    are the ones talked with, each with the day bracketed after them or the day their group opens with. Before, 王建国 became a
//    doer and the rest the clerk's own talks, or phantom items with no one.
// Near-misses keep their reading: the same list sent by the doer himself (no person in the heading), a heading naming a
// department, items that are not all people of the directory.
import type { ParseContext } from './draft.js';
import { parseCounterparts } from './parseCounterparts.js';

/** A day as clerks write it in a list: 11月6日 · 11月6号 · 6日 · 12.1 is left alone. */
const DAY = String.raw`(?:\d{1,2}月)?\d{1,2}[日号]`;

/** The deed words a heading or a list's lead may name, longest first; `phrase` is how a written-out clause says it. */
const DEEDS: { word: RegExp; phrase: (m: RegExpMatchArray) => string }[] = [
  { word: /(廉政|谈心|提醒|集体廉政|任前廉政|警示)谈话/, phrase: (m) => `进行了${m[0]}` },
  { word: /(?:签订|签署|签)(?:了)?((?:党风廉政建设|廉政|廉洁|目标)?(?:责任书|承诺书))/, phrase: (m) => `签订了${m[1]}` },
  { word: /((?:党风廉政建设|廉政|廉洁|目标)?(?:责任书|承诺书))(?:的)?(?:签订|签署)/, phrase: (m) => `签订了${m[1]}` },
  { word: /(作风纪律|专项资金|廉政风险)?检查/, phrase: (m) => `进行了${m[0]}` },
  { word: /谈话/, phrase: () => '谈话' },
];

/** How a written-out clause says the deed `words` name, or undefined when they name none. */
function deedPhrase(words: string): string | undefined {
  for (const d of DEEDS) {
    const m = words.match(d.word);
    if (m) return d.phrase(m);
  }
  return undefined;
}

/** The one person of the directory (never a department's people) `words` name, by name or surname and title. */
function onePerson(words: string, ctx: ParseContext): boolean {
  // 吴静进行了谈心 names 吴静 too, but is no name: a verb or a particle in the words is a clause, not a person.
  if (words === '' || words.length > 9 || /[了谈签查进行开展组织学习会议我本共月日号（）()\d.]/.test(words)) return false;
  // The sender named by name (…11月10日与张颖签订, sent by 张颖) is one of the people too.
  if (ctx.directory.hasName(words)) return true;
  const named = parseCounterparts(words, ctx);
  return named.counterparts.length === 1 && named.problems.length === 0 && !named.grouped && named.counterparts[0]!.departmentId === undefined;
}

/** Whether `words` may be a person's name or name and title the readers after will ask about (小孙 · 老王): short, no verb. */
function nameLike(words: string): boolean {
  return words.length >= 2 && words.length <= 5 && !/[了谈签查进行开展组织学习会议我、，,]/.test(words);
}

/** Whether every name of `list` (parted by 、 · 和 · 及) is one person of the directory. */
function allPeople(list: string, ctx: ParseContext): boolean {
  const names = list.split(/[、和及与，,]/);
  return names.length > 0 && names.every((n) => onePerson(n.trim(), ctx));
}

/** Bare verbs a 「；」 clause may end with, whose deed is the heading's (shape 1). */
const BARE_END = /(?:进行了|进行)?(?:签订|签署|签了|签|谈话|谈了话|谈|检查)?(?:了)?[。.]?$/;

/** 「共8份」 · 「合计8份。」 closing a list: the total, kept after the written-out clauses. */
const TOTAL = /^(?:共|共计|合计|一共|总计)\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:份|次|人次|人)[。.]?$/;

/** The one person a heading names as the doer of its items (刘芳副理事长签订责任书情况), or undefined. */
function headingDoer(heading: string, ctx: ParseContext): string | undefined {
  const m = heading.match(/^(.{1,9}?)(?:本月|这个月|本周|上周|\d{1,2}月(?:份)?)?(?:的)?(?:签订|签署|签|开展|进行|廉政|谈心|谈话|责任书|承诺书)/);
  return m && onePerson(m[1]!, ctx) ? m[1]! : undefined;
}

/** Shape 1: 「heading：X D与A、B签订；Y D与C签订」 (X, Y a leader, 我, or none under a heading naming one). */
function clausesUnderHeading(text: string, ctx: ParseContext): string {
  const colon = text.search(/[：:]/);
  if (colon < 0) return text;
  const heading = text.slice(0, colon);
  const phrase = deedPhrase(heading);
  // 黄书记11月6日与林晓检查: who goes on a check with its doer is a companion, never one checked; left as read before.
  // A heading of talks of no kind (近期班子成员谈话情况：) is read as before (round 39's row: no report without the kind).
  if (phrase === undefined || /检查/.test(phrase) || phrase === '谈话') return text;
  const body = text.slice(colon + 1).trim();
  let parts = body.split(/[；;\n]+|。(?=.)/).map((p) => p.trim()).filter((p) => p !== '');
  // 王建国副理事长11月6号与李明、孙丽签订，刘芳副理事长11月9号与…: commas part the clauses when no 「；」 does.
  if (parts.length < 2) parts = body.split(/[，,]+/).map((p) => p.trim()).filter((p) => p !== '');
  let total = '';
  if (parts.length > 2 && TOTAL.test(parts[parts.length - 1]!)) total = parts.pop()!;
  if (parts.length < 2) return text;
  const fallback = headingDoer(heading, ctx);
  const out: string[] = [];
  let bare = 0;
  for (const p of parts) {
    const m = p.match(CLAUSE);
    if (!m) return text;
    const own = m[1]!;
    const doer = own === '' ? fallback : /^(?:我|本人)$/.test(own) || onePerson(own, ctx) ? own : undefined;
    if (doer === undefined) return text;
    // 与周涛、小王: a name the directory has twice or not at all is asked by the readers after, the clause still its doer's.
    if (allPeople(m[4]!, ctx) || m[4]!.split(/[、和，,]/).every((w) => onePerson(w, ctx) || nameLike(w))) {
      bare++;
      out.push(`${doer}${m[2] ?? ''}与${m[4]!.replace(/[，,]/g, '、')}${phrase}`);
      continue;
    }
    // A clause saying its own deed (…与周涛、吴静进行了谈心谈话) keeps it; only a bare or missing verb is the heading's.
    const said = p.match(SAID_CLAUSE);
    if (!said || !allPeople(said[4]!, ctx) || deedPhrase(said[5]!) === undefined) return text;
    out.push(`${doer}${said[2] ?? ''}与${said[4]}${said[5]}`);
  }
  // 「…2人次，具体是：」: the list word is no part of the heading the readers after see.
  const lead = heading.replace(LIST_WORD_AT_END, '');
  return bare > 0 ? `${lead}：${out.join('；')}。${total}` : text;
}

/** The words opening a list of items (分别是 · 具体为 · 即). */
const LIST_WORD = '分别是|分别为|具体是|具体为|具体如下|分别有|即|也就是';

// The shapes' patterns, built once at load: respectiveDoerItems runs on every message.
/** A ；-clause of shape 1: who and when (both perhaps), 与, the people, a bare or missing verb. */
const CLAUSE = new RegExp(String.raw`^(.{0,9}?)(${DAY})?(与|和|同|跟)([^。；;]+?)${BARE_END.source}`);
/** A ；-clause of shape 1 saying its own deed (…与周涛、吴静进行了谈心谈话). */
const SAID_CLAUSE = new RegExp(String.raw`^(.{0,9}?)(${DAY})?(与|和|同|跟)([^。；;]+?)((?:进行了|进行|开展了|签订了|签订)[^。；;]*)[。.]?$`);
/** A list word closing a heading (「…2人次，具体是」). */
const LIST_WORD_AT_END = new RegExp(String.raw`[，,]?\s*(?:${LIST_WORD})\s*$`);
/** Shape 2's message: the deed told, a list word, the items. */
const LISTED = new RegExp(String.raw`^(.*?)[，,：:]\s*(?:${LIST_WORD})[：:]?(.+?)([。.]?)$`, 's');
/** 11月9日黄书记与何平 · 黄书记11月9日与何平: an item of shape 2, the day before or after the doer. */
const ITEM = new RegExp(String.raw`^(${DAY})?(.{1,9}?)(${DAY})?(与|和|同|跟)(.{1,12})$`);
/** A（12月1日）: a person with the day bracketed after them (shape 3; global, read with matchAll and replace only). */
const BRACKETED = new RegExp(String.raw`([^，,；;（(）)\s]{1,17})\s*[（(](${DAY})[）)]`, 'g');
/** 12月1日王建国、刘芳: a group of shape 3 opening with its day. */
const GROUP = new RegExp(String.raw`^(${DAY})\s*(?:与|和|同|跟|到|在)?(.+?)[。.]?$`);

/** Shape 2: 「…T N人次，分别是D X与A、D X与B」. */
function respectiveDoerItems(text: string, ctx: ParseContext): string {
  const m = text.match(LISTED);
  if (!m) return text;
  const phrase = deedPhrase(m[1]!);
  if (phrase === undefined) return text;
  const items = m[2]!.split(/[、，,；;]/).map((p) => p.trim()).filter((p) => p !== '');
  if (items.length < 2) return text;
  const out: string[] = [];
  let remark = '';
  for (const [n, it] of items.entries()) {
    const i = it.match(ITEM);
    const doer = i && (/^(?:我|本人)$/.test(i[2]!) || onePerson(i[2]!, ctx));
    // 「…11月23日黄书记与孙杰，均已按要求填写谈话记录」: a closing remark after two items or more is kept as its own sentence.
    if (!doer && n === items.length - 1 && n >= 2 && !/与|和|同|跟/.test(it)) {
      remark = it;
      break;
    }
    // 与小孙 (a name the directory has twice, or none) is asked by the readers after; only a doer must be one person.
    if (!i || !doer || !(allPeople(i[5]!, ctx) || nameLike(i[5]!))) return text;
    out.push(`${i[1] ?? i[3] ?? ''}${i[2]}与${i[5]}${phrase}`);
  }
  // A list none of whose items names its own doer (11月9日与何平、…) is the sender's or the heading's, read as before.
  if (!items.some((it) => !/^(?:\d{1,2}月)?\d{1,2}[日号](?:与|和|同|跟)/.test(it))) return text;
  if (remark !== '') return `${m[1]}：${out.join('；')}。${remark}。`;
  return `${m[1]}：${out.join('；')}。`;
}

/** 「，都是廉政谈话」 · 「，均为谈心谈话」 closing a list: the items' type, and any remark after it (，已整理谈话记录). */
const ALL_OF = /[，,\n]?\s*(?:都是|均是|均为|都为|全是|全部是|均系)([^，,。；;\n]+?)(?:[，,。；;]\s*([^\n]*?))?[。.]?$/;

/** The department of the directory `words` name exactly (办公室 · 康复中心), or undefined. */
function departmentNamed(words: string, ctx: ParseContext): string | undefined {
  const d = ctx.directory.org.departments.find((x) => x.name === words || (x.aliases ?? []).includes(words));
  return d?.name;
}

/** An item's person as a written-out clause names them: 我 stays 我, a directory name or a name the readers will ask. */
function itemPerson(words: string, ctx: ParseContext): boolean {
  return /^(?:我|本人)$/.test(words) || allPeople(words, ctx) || nameLike(words);
}

/** Shape 3: 「X本月谈话N次：A（D）、B（D）…」 · 「X这个月的谈话：D A、B，D C、D，都是廉政谈话」. */
function headingDoerItems(text: string, ctx: ParseContext): string {
  const h = text.match(/^(.{1,9}?)(本月|这个月|这月|本周|这周|上周|上个月|上月|\d{1,2}月(?:份)?)(?:的|共|共计|一共)?(?:开展|进行)?(?:了)?([^：:，,]{0,8}?)(?:\d+|[一二两三四五六七八九十]+)?(?:次|人次|份)?(?:情况)?[：:]\s*(.+)$/s);
  if (!h || !onePerson(h[1]!, ctx)) return text;
  let body = h[4]!.trim();
  let words = h[3]!;
  let remark = '';
  const all = body.match(ALL_OF);
  if (all) {
    body = body.slice(0, all.index).trim();
    words = `${words} ${all[1]}`;
    remark = all[2] ?? '';
  }
  // The trailer's type (都是廉政谈话) names the kind more exactly than the heading's 谈话.
  const said = (all ? deedPhrase(all[1]!) : undefined) ?? deedPhrase(words);
  if (said === undefined || !/谈|签|检查|查/.test(words)) return text;
  // 「X与A谈话；X与B谈话」 keeps a talk of no kind one record per person (「进行了谈话」 would be read as one talk with all).
  const phrase = said === '进行了谈话' ? '谈话' : said;
  const check = /检查/.test(phrase);
  const doer = h[1]!;
  const item = (day: string, who: string): string | undefined => {
    if (check) {
      const place = departmentNamed(who, ctx);
      return place === undefined ? undefined : `${doer}${day}到${place}${phrase}`;
    }
    return itemPerson(who, ctx) ? `${doer}${day}与${who}${phrase}` : undefined;
  };
  const close = (out: (string | undefined)[]) =>
    out.length === 0 || out.some((o) => o === undefined) ? text : `${out.join('；')}。${remark === '' ? '' : `${remark}。`}`;
  // A（12月1日）、B（12月1日） · A、B（12月1日），C（12月3日）: each with the day bracketed after them.
  const bracketed = [...body.matchAll(BRACKETED)];
  if (bracketed.length >= 2 && body.replace(BRACKETED, '').replace(/[、，,；;\s。]/g, '') === '') {
    return close(bracketed.flatMap((b) => b[1]!.replace(/^[、，,；;\s]+/, '').split(/[、和]/).map((who) => item(b[2]!, who.trim()))));
  }
  // 12月1日王建国、刘芳，12月3日陈志强、赵敏: the day a group opens with is each of its people's.
  const groups = body.split(/[，,；;\n]+/).map((g) => g.trim()).filter((g) => g !== '');
  const out: (string | undefined)[] = [];
  for (const g of groups) {
    const m = g.match(GROUP);
    if (!m) return text;
    if (check) out.push(...m[2]!.split('、').map((who) => item(m[1]!, who.trim())));
    else out.push(itemPerson(m[2]!, ctx) || m[2]!.split('、').every((w) => itemPerson(w, ctx)) ? `${doer}${m[1]}与${m[2]}${phrase}` : undefined);
  }
  return close(out);
}

/**
 * `text` with a clerk's list of leaders' deeds (the three shapes above) written out as one clause per doer and day,
 * 「X D与A、B进行了T；…」; `text` itself when it is none of them. `ctx`: the directory and sender names are resolved with.
 */
export function withLeaderListClauses(text: string, ctx: ParseContext): string {
  const t = text.trim();
  for (const shape of [clausesUnderHeading, respectiveDoerItems, headingDoerItems]) {
    const out = shape(t, ctx);
    if (out !== t) return out;
  }
  return text;
}
