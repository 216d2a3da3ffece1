// 何主任先后与孙杰、我进行了… · 孙科长把我和王强叫到办公室…: 我 in the list of someone else's counterparts is the sender by name.
import type { ParseContext } from './draft.js';

/** Words that turn a deed to the people listed after them. */
const TOWARDS = '(?:与|同|跟|和|把|找|对)';
/** A clause break: what came before it is another clause's. */
const CLAUSE = /[，,。；;！!？?\n]/;
/** Someone else named as the clause's subject: a title (何主任, 孙科长) or 同志. */
const SOMEONE_TITLED = /[\u4e00-\u9fa5](?:书记|理事长|主任|科长|部长|局长|主席)|同志/;

/**
 * The text with a 我 listed beside named people after 与/把/跟… in a clause whose subject is someone else (a titled
 * person, no 我 before) written as the sender's name, so the list reads as names all through. As 我 it was read as
 * the doer or lost: 徐辉's 「何主任…先后与孙杰、我进行了廉政提醒谈话」 made 徐辉 the doer with 何平 as counterpart,
 * 「分别与孙杰和我」 paired the days the wrong way round, 「把我和王强叫到办公室」 kept only 王强 (round 22, K3 and K5).
 */
export function withSenderNamedInList(text: string, ctx: ParseContext): string {
  const sender = ctx.directory.person(ctx.senderId);
  if (!sender) return text;
  const othersClause = (whole: string, at: number) => {
    const before = whole.slice(0, at);
    const clause = before.slice(Math.max(0, ...[...before.matchAll(new RegExp(CLAUSE, 'g'))].map((m) => m.index! + 1)));
    return !/我/.test(clause) && SOMEONE_TITLED.test(clause);
  };
  // Only where the order or the person is lost otherwise: days paired in order, or 把…叫; elsewhere 我 is read already.
  const pairedDays = (text.match(/\d{1,2}[日号]/g) ?? []).length > 1;
  if (!pairedDays && !/把我|把[^，,。；;]{1,12}?和我/.test(text)) return text;
  // Built only past that test (issue 14, p31: they were built for every message), and per message still: they leave
  // out the sender's own name, and kept per sender they would hold two patterns of the directory's names per person.
  const names = ctx.directory.org.people.filter((p) => p.id !== sender.id).map((p) => p.name).join('|');
  const name = `(?:${names})(?:[\\u4e00-\\u9fa5]{0,3}?(?:科长|部长|主任|同志))?`;
  const last = new RegExp(`(${TOWARDS}(?:${name}[、和及])+)我(?![们])`, 'g');
  const first = new RegExp(`(${TOWARDS})我(?=[、和及]${name})`, 'g');
  const named = text.replace(last, (all, list: string, at: number, whole: string) => (othersClause(whole, at) ? `${list}${sender.name}` : all));
  return named.replace(first, (all, to: string, at: number, whole: string) => (othersClause(whole, at) ? `${to}${sender.name}` : all));
}
