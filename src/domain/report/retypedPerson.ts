// 昨天跟胡军、王芳分别谈心谈话，王芳那个其实是廉政谈话: one person of a list given a type of their own, not a second talk.
import type { ParseContext } from './draft.js';
import type { Apart } from './companionsApart.js';
import { namedPeople } from './namedPeople.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { withKindPerPerson } from './kindPerPerson.js';

/**
 * 王芳那个其实是廉政谈话 · 王芳的算廉政谈话 · 和王芳那次实际上是廉政谈话 · 其中和孙丽那次是谈心谈话 · 跟孙丽谈的那次是谈心
 * (round 51, fzd: a leading 其中/不过 and 谈的/谈话 after the name were not read, and the clause became a fourth talk).
 */
const RETYPED = /^(?:和|跟|与|同|对)?(.{1,8}?)(?:谈的|的)?(?:那个|那次|那一次|那条|那场)?(?:谈话)?(?:其实|实际上|实际|应该)?(?:是|算|属于)(.{2,8}?)(?:的|了|吧)?[。!.]*$/;
/** What opens a clause that singles one out of what was told: 其中 · 不过 · 但 · 只是. */
const SINGLING = /^(?:其中|其中的|不过|但是?|只是|另外)\s*/;
/**
 * 周二那次是谈心谈话 · 24号那次其实是谈心 · 第二次是谈心谈话 · 最后一次算谈心谈话 (round 51, fzd, t53b F2): one of the talks
 * told, named by its day or its place in the telling. Group 1 the day as written (none for an ordinal), group 2 the type.
 */
const DAY_RETYPED = /^(?:((?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|(?:\d{1,2}月)?\d{1,2}[日号])(?:上午|下午)?(?:的)?(?:那个|那次|那一次|那场)|(?:第[一二三四五六七八九十\d]+|最后一|头一|前一|后一)(?:次|个|场))(?:谈话)?(?:其实|实际上|实际|应该)?(?:是|算|属于)(.{2,8}?)(?:的|了|吧)?[。!.]*$/;
/** A closing clause that gives every talk before it one type: 都是廉政谈话 · 均为谈心谈话 · 三次都是…. */
const ALL_TYPED = /^(?:以上|这[几两三四五]次|[几两三四五三]次|这些)?(?:都是|均为|均是|均系|都系|全是|全都是|都为|都属于|都算)/;

/**
 * Where `who` stands in a list of people in `text`, with the join that goes with them (、王芳 · 王芳、 · 胡军和王芳): the span
 * to cut. 和王芳 after no one's name is no list (前天和张颖签了…), nor is a person named alone.
 */
function inList(text: string, who: string, ctx: ParseContext): [number, number] | undefined {
  for (let at = text.indexOf(who); at >= 0; at = text.indexOf(who, at + 1)) {
    const before = text[at - 1] ?? '';
    const end = at + who.length;
    if (before === '、') return [at - 1, end];
    if ('和及与'.includes(before) && before !== '' && [2, 3].some((n) => at - 1 - n >= 0 && namedPeople(text.slice(at - 1 - n, at - 1), ctx)?.length === 1)) return [at - 1, end];
    if ('、和及'.includes(text[end] ?? '#') && [2, 3].some((n) => namedPeople(text.slice(end + 1, end + 1 + n), ctx)?.length === 1)) return [at, end + 1];
  }
  return undefined;
}

/**
 * `text` with a person of an earlier list (跟胡军、王芳分别谈心谈话) taken out of it and given the type a later clause says is
 * theirs (round 24b #86: 王芳 kept a 谈心谈话 beside the 廉政谈话, three items on the card for two talks); a person named
 * alone with one type before has that type changed. Undefined when the message says no such thing.
 */
export function withPersonRetyped(text: string, ctx: ParseContext): Apart | undefined {
  // 先后与王建国、刘芳进行了谈话，其中与王建国是廉政谈话，与刘芳是谈心谈话 (u1): an untyped summary typed person by person is
  // read by withKindPerPerson; taking one person out here left the other typing as a talk of its own.
  const normal = normalizeText(text);
  if (withKindPerPerson(normal) !== normal) return undefined;
  const clauses = text.split(/(?<=[,，;；\s])(?=\S)/);
  const talks = (code: string) => code === 'talk_heart' || code === 'talk_integrity';
  for (let i = 1; i < clauses.length; i++) {
    const body = clauses[i]!.replace(/[,，;；\s]+$/, '');
    const plain = body.replace(SINGLING, '');
    const byDay = DAY_RETYPED.exec(plain);
    const m = byDay ? undefined : RETYPED.exec(plain);
    if (!m && !byDay) continue;
    const type = (byDay ? byDay[2] : m![2])!;
    const kinds = findKinds(type);
    if (kinds.length !== 1 || kinds[0]!.end - kinds[0]!.start !== type.length) continue;
    // The text before and after the clause, joined only for a clause that retypes (issue 14, r53 fkhh: joined and trimmed
    // for every clause, a 400-row space-aligned table's ~2,000 clauses cost ~0.4 s, quadratic in the text's length).
    const head = clauses.slice(0, i).join('');
    const trimmed = head.replace(/[,，;；\s]+$/, '');
    const after = clauses.slice(i + 1).join('');
    // 周二和李明…，周三和孙丽…，都是廉政谈话，周二那次是谈心谈话: the day names the one talked to on it.
    const who = byDay ? (byDay[1] !== undefined ? personOnDay(trimmed, byDay[1], ctx) : undefined) : m![1]!;
    if (who === undefined) {
      // Which talk the day or ordinal means is nowhere told (上周和李明、孙丽、王强分别谈了话，都是廉政谈话，周二那次是谈心谈话;
      // t53b F2: it became a fourth talk, asked 和谁): no talk is added and none typed by guess; each talk's type is asked.
      if (!talks(kinds[0]!.code)) continue;
      const untyped = untypedTalks(trimmed);
      if (untyped === undefined) continue;
      return {
        text: `${untyped}${after ? `，${after}` : ''}`,
        remarks: [`「${body}」：没能确定是哪一次，请说明每次谈话的类型`],
        companions: [],
        mayLead: [],
        denied: [],
        corrected: true,
      };
    }
    const ids = namedPeople(who, ctx);
    if (ids?.length !== 1) continue;
    const at = inList(head, who, ctx);
    // 跟王芳谈心谈话，王芳那个其实是廉政谈话: the one person's one talk said again with its right type, not a second talk.
    // Only when they are the only one named: 周二和李明谈了话，周三和孙丽谈了话，都是廉政谈话，和孙丽那次是谈心谈话 retyped
    // 李明's talk too (round 51, fzd).
    const said = findKinds(trimmed);
    const onlyOne = ctx.directory.org.people.filter((p) => trimmed.includes(p.name)).length <= 1;
    const alone = !at && onlyOne && trimmed.includes(who) && said.length === 1 && talks(said[0]!.code) && talks(kinds[0]!.code) ? said[0]! : undefined;
    const own = !at && !alone && talks(kinds[0]!.code) ? ownClauseTyped(trimmed, who, type) : undefined;
    if (!at && !alone && !own) continue;
    const rest = at ? `${head.slice(0, at[0])}${head.slice(at[1])}`.replace(/[,，;；\s]+$/, '') : '';
    const fixed = own ?? (alone ? `${trimmed.slice(0, alone.start)}${type}${trimmed.slice(alone.end)}` : `${rest}，和${who}进行了${type}`);
    return {
      text: `${fixed}${after ? `，${after}` : ''}`,
      remarks: [`「${body}」：与${who}的按${type}记录`],
      companions: [],
      mayLead: [],
      denied: [],
      corrected: true,
    };
  }
  return undefined;
}

/**
 * The one talked to on `day` (周二和李明谈了话 · 周二上午跟李明 · 24号与李明): their name as written, or undefined when the
 * day is not written before exactly one person.
 */
function personOnDay(head: string, day: string, ctx: ParseContext): string | undefined {
  const found = new Set<string>();
  // 26号 is 11月26日's day too; a bare 6日 is not 26日's.
  const spellings = /\d[日号]$/.test(day) ? [day.replace(/号$/, '日'), day.replace(/日$/, '号')] : [day];
  for (const spelled of spellings) {
    for (let at = head.indexOf(spelled); at >= 0; at = head.indexOf(spelled, at + 1)) {
      if (/^\d/.test(spelled) && /\d/.test(head[at - 1] ?? '')) continue;
      const m = /^(?:上午|下午|晚上)?(?:又|还)?(?:和|跟|与|同|找)([^\s、,，;；。]{2,4})/.exec(head.slice(at + spelled.length));
      if (!m) continue;
      const name = [3, 2].map((n) => m[1]!.slice(0, n)).find((w) => namedPeople(w, ctx)?.length === 1);
      if (!name) continue;
      // 上周四和周涛、吴静分别谈了话: the day is both talks', so it names neither.
      const next = head.slice(at + spelled.length + m[0].length - m[1]!.length + name.length);
      if (/^(?:[、及与,，]|和[^\s、,，]{1,3}[、,，分谈])/.test(next)) return undefined;
      found.add(name);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * `head` (the talks told, then a closing 都是X) with every talk type taken out, so each talk's type is asked: undefined when
 * it holds anything but talks (a check or a study beside them is not for this pass to untype).
 */
function untypedTalks(head: string): string | undefined {
  const parts = head.split(/(?<=[,，;；\s])(?=\S)/);
  const kept = parts.filter((p) => !ALL_TYPED.test(p.trim()));
  const body = kept.join('').replace(/[,，;；\s]+$/, '');
  const kinds = findKinds(body);
  if (kinds.some((k) => k.code !== 'talk_heart' && k.code !== 'talk_integrity')) return undefined;
  let out = body;
  for (const k of [...kinds].sort((a, b) => b.start - a.start)) out = `${out.slice(0, k.start)}谈话${out.slice(k.end)}`;
  return out;
}

/**
 * `head` with the clause that names `who` (周三和孙丽谈了话) given `type` as its own (周三和孙丽进行了谈心谈话) and put after
 * the closing 都是X, which then types only the others; undefined when the clause has a type of its own or no talk verb.
 */
function ownClauseTyped(head: string, who: string, type: string): string | undefined {
  const parts = head.split(/(?<=[,，;；])/);
  const index = parts.findIndex((p) => p.includes(who));
  if (index < 0 || parts.filter((p) => p.includes(who)).length !== 1) return undefined;
  const clause = parts[index]!.replace(/[,，;；\s]+$/, '');
  if (findKinds(clause).length > 0) return undefined;
  const typed = clause.replace(/(?:进行了|开展了)?(?:谈了谈话|谈了话|谈了谈|谈过话|谈话|谈了|聊了聊|聊了)/, `进行了${type}`);
  if (typed === clause) return undefined;
  const rest = parts.filter((_, j) => j !== index).join('').replace(/[,，;；\s]+$/, '');
  return `${rest}，${typed}`;
}
