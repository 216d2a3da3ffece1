// 昨天跟胡军、王芳分别谈心谈话，王芳那个其实是廉政谈话: one person of a list given a type of their own, not a second talk.
import type { ParseContext } from './draft.js';
import type { Apart } from './companionsApart.js';
import { namedPeople } from './namedPeople.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { withKindPerPerson } from './kindPerPerson.js';

/** 王芳那个其实是廉政谈话 · 王芳的算廉政谈话 · 和王芳那次实际上是廉政谈话. */
const RETYPED = /^(?:和|跟|与|同)?(.{1,8}?)(?:的)?(?:那个|那次|那一次|那条)?(?:其实|实际上|实际|应该)?(?:是|算)(.{2,8}?)(?:的|了|吧)?[。!.]*$/;

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
  const clauses = text.split(/(?<=[,，;；])/);
  for (let i = 1; i < clauses.length; i++) {
    const body = clauses[i]!.replace(/[,，;；\s]+$/, '');
    const m = RETYPED.exec(body);
    if (!m) continue;
    const [, who, type] = m as unknown as [string, string, string];
    const ids = namedPeople(who, ctx);
    const kinds = findKinds(type);
    if (ids?.length !== 1 || kinds.length !== 1 || kinds[0]!.end - kinds[0]!.start !== type.length) continue;
    const head = clauses.slice(0, i).join('');
    const at = inList(head, who, ctx);
    const after = clauses.slice(i + 1).join('');
    const trimmed = head.replace(/[,，;；\s]+$/, '');
    // 跟王芳谈心谈话，王芳那个其实是廉政谈话: the one person's one talk said again with its right type, not a second talk.
    const said = findKinds(trimmed);
    const talks = (code: string) => code === 'talk_heart' || code === 'talk_integrity';
    const alone = !at && trimmed.includes(who) && said.length === 1 && talks(said[0]!.code) && talks(kinds[0]!.code) ? said[0]! : undefined;
    if (!at && !alone) continue;
    const rest = at ? `${head.slice(0, at[0])}${head.slice(at[1])}`.replace(/[,，;；\s]+$/, '') : '';
    const fixed = alone ? `${trimmed.slice(0, alone.start)}${type}${trimmed.slice(alone.end)}` : `${rest}，和${who}进行了${type}`;
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
