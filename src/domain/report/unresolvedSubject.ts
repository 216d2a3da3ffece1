// A subject the directory does not know (分管副理事长, 中心主任, 王建囯副理事长): resolved from the message when it can be, asked otherwise, never the sender.
import type { Person } from '../organization.js';
import { ADDRESS_TITLES, directoryIndex, peopleWithTitle } from './parseDirectoryIndex.js';
import type { ParseContext } from './draft.js';
import { toSimplified } from './toSimplified.js';

export interface UnresolvedSubject {
  /** Where the subject's words stand in the (masked) text. */
  start: number;
  end: number;
  /** The words as written (分管副理事长, 王建囯). */
  text: string;
  /** The one person those words name, read from the directory and the message; shown on the card, never stored at once. */
  actorId?: string;
  /** Said on the card when the person was read from a name written differently. */
  remark?: string;
  /** When no one person is sure: the people to offer. */
  candidateIds?: string[];
}

const POSTS = `(?:副?(?:${ADDRESS_TITLES.join('|')})|领导|委员|干事|同志)`;
/**
 * A clause opening with words ending in a post (the masked day may stand before them), then what a doer does: 分管副理事长本周一
 * 到康复部与…, 王建囯副理事长11月20日与…, 中心主任昨日与…. Round 16: such a subject was dropped and the sender stored as the doer.
 */
const SUBJECT = new RegExp(
  `(?:^|[,;。!?:\\n])[\\s\\u0000]*(?:会上|会后|随后|同日|当天|当日)?[\\s\\u0000,]*([\\u4e00-\\u9fa5、]{0,14}?${POSTS}(?:同志)?)` +
    '(?=[\\s\\u0000]*(?:已经|已|于|在)?[\\s\\u0000]*(?:亲自|专门|先后|分别|逐一|又|带头)?(?:与|和(?!我们?一起)|同|跟|对|找|约谈|约见|到|去(?!年|世)|赴|深入|前往|来到|莅临|主持|主讲|讲授|召集|召开|组织|带队|率队|为|给|出席|\\u0000))',
  'g',
);
/** Words that make the subject someone from outside or someone invited, whose deed is read elsewhere. */
const OUTSIDE = /邀请|请|由|市|省|区|县|纪委|监委|党校|教授|专家|检查室|上级|外/;
/** 与财务科长谈心 · 参加了…书记: words that turn to someone or take part are no subject. */
// 带部门同志去法院旁听庭审 (round 34a, F4: asked whose): those led (带/带领/率) are no subject; the one who led them is.
const TURNED_TO = /[与和同跟对找给向为到在去赴听陪随]|参加|列席|旁听|主持|召开|组织|^(?:带领?|带着|率领?|领着)/;
/** Post words stripped to see what is left of a name. */
const TRAILING_POSTS = new RegExp(`(?:${POSTS}|、|党组成员|成员|机关党委|党委|党组)+$`);

/** Directory people whose name differs from `written` in one character only (a slip or a variant). */
function oneCharOff(written: string, people: Person[]): Person[] {
  // Traditional forms (國 · 強 · 陳) through OpenCC's dictionaries (round 67, ggi: was a hand table of 17); a variant OpenCC
  // does not hold (囯 for 国) is the one character off.
  const norm = [...toSimplified(written)];
  return people.filter((p) => p.name.length === norm.length && [...p.name].filter((c, i) => c !== norm[i]).length <= 1);
}

/** The surname + title match closes `words` (王书记, 党组王书记同志): it is the subject, not a word before it. */
function titledAtEnd(words: string, m: RegExpMatchArray): boolean {
  return /^(?:同志)?$/.test(words.slice(m.index! + m[0].length));
}

/**
 * Whom a surname + title (王书记) that names no one person may mean, the sender never among them: the several who fit
 * both; when none fits, those who hold the title (书记: 张伟, 赵敏, 黄志刚), then those of the surname called by some title
 * (王建国, 王磊, 王强 — not a 科员 王芳).
 */
function titledCandidates(fitting: Person[], m: RegExpMatchArray, ctx: ParseContext): string[] {
  const index = directoryIndex(ctx.directory);
  const people = ctx.directory.org.people;
  const titledPerson = (p: Person) => ADDRESS_TITLES.some((t) => t !== '干事' && p.title.includes(t));
  const pool = fitting.length > 1 ? fitting : [...peopleWithTitle(people.filter(titledPerson), m[3]!, m[2] !== undefined), ...(index.peopleBySurname.get(m[1]!) ?? []).filter(titledPerson)];
  return [...new Set(pool.map((p) => p.id))].filter((id) => id !== ctx.senderId);
}

/** Departments the segment names (到康复部) or whose people it names (与吴静), in order of appearance. */
function departmentsNamed(text: string, ctx: ParseContext): string[] {
  const index = directoryIndex(ctx.directory);
  const ids: string[] = [];
  for (const m of text.matchAll(index.surfaces)) {
    const dept = index.departmentBySurface.get(m[0]);
    const person = index.peopleByName.get(m[0]);
    const id = dept?.id ?? (person?.length === 1 ? person[0]!.departmentId : undefined);
    if (id && !ids.includes(id)) ids.push(id);
  }
  // 分管副理事长与我谈话: the sender's own department is the one named.
  const own = ctx.directory.person(ctx.senderId)?.departmentId;
  if (own && /[与和跟同找对给]我(?!们)/.test(text) && !ids.includes(own)) ids.push(own);
  return ids;
}

/** 分管副理事长 / 分管领导 / 分管财务科的副理事长: the leader who supervises the department named with it. */
function supervisorOf(words: string, rest: string, ctx: ParseContext): { actorId?: string; candidateIds: string[] } {
  const d = ctx.directory;
  const supervisors = [...new Set(d.org.departments.map((x) => x.supervisorId))];
  const own = departmentsNamed(words, ctx);
  const ids = own.length > 0 ? own : departmentsNamed(rest, ctx);
  const theirs = [...new Set(ids.map((id) => d.department(id)?.supervisorId).filter((x): x is string => x !== undefined))];
  if (theirs.length === 1) return { actorId: theirs[0]!, candidateIds: supervisors };
  return { candidateIds: theirs.length > 1 ? theirs : supervisors };
}

/**
 * The clause-opening subject of `rest` (day and type masked) when its words name someone the directory does not
 * resolve (a post without a name, a name with a one-character slip), so that the sender is never made the doer in
 * their place: the one person they name (the 分管领导 of the department named with it, the head of the only 中心, the
 * one directory name a character away), or the people to ask among. Undefined when no such subject stands there,
 * or its words are the sender.
 */
export function unresolvedSubject(rest: string, ctx: ParseContext, talk = false): UnresolvedSubject | undefined {
  const index = directoryIndex(ctx.directory);
  const people = ctx.directory.org.people;
  for (const m of rest.matchAll(SUBJECT)) {
    const words = m[1]!.replace(/^、+/, '');
    if (!words || /^(?:同志|委员|干事)$/.test(words) || OUTSIDE.test(words) || TURNED_TO.test(words.replace(/同志/g, ''))) continue;
    const start = m.index + m[0].lastIndexOf(m[1]!) + (m[1]!.length - words.length);
    const at = { start, end: start + words.length, text: words };
    // 李明主任 11.26 信息报送1篇 · 张书记 讲党课 (round 16: asked whose): a name or 张书记 the directory knows, standing before
    // the deed in a terse line, is the doer; in a talk it may be the one talked to (李明 廉政谈话 11.20), left to the talk's reading.
    const known = [...words.matchAll(index.surfaces)].filter((x) => index.peopleByName.has(x[0]));
    const titled = [...words.matchAll(index.surnameTitle)].map((x) => peopleWithTitle(index.peopleBySurname.get(x[1]!) ?? [], x[3]!, x[2] !== undefined));
    const sure = known.length > 0 ? known.map((x) => index.peopleByName.get(x[0])!) : titled;
    // 昨天王书记和何平谈话了 from a clerk (round 55, fha; t57a F5: 王书记 dropped, stored as the clerk's own talk at once): a
    // surname + title that fits no one, or several, is still the doer: asked who, the people it may mean offered.
    const lastTitled = [...words.matchAll(index.surnameTitle)].at(-1);
    // 3、王科长 谈心 (a terse line): in a talk it may be the one talked to, left to the talk's reading as below.
    const terseLine = /^[ \t]+\u0000/.test(rest.slice(at.end));
    // 赵副理事长前天找我谈心 (the sender talked to): outside a talk read by the talk's own reading of an unknown talker, as
    // before; in a talk (round 56, fga; fha's left-alone: 赵副理事长 asked as the one talked to) the subject is the talker,
    // asked who, and the sender the one talked to (parseSegment), voice input's space after the subject (赵副理事长 前天 找我) too.
    const withSender = /^[^,;。!?]{0,8}?(?:找|和|与|跟|同|约|对)(?:我|本人)(?!们)/.test(rest.slice(at.end));
    if (known.length === 0 && lastTitled && titled.at(-1)!.length !== 1 && titledAtEnd(words, lastTitled) && !(talk && terseLine && !withSender) && (!withSender || talk)) {
      const candidateIds = titledCandidates(titled.at(-1)!, lastTitled, ctx);
      if (candidateIds.length > 0) return { ...at, candidateIds };
    }
    if (sure.length > 0) {
      const last = sure.at(-1)!;
      const terse = /^[ \t]+\u0000/.test(rest.slice(at.end));
      if (talk || !terse || last.length !== 1 || last[0]!.id === ctx.senderId) return undefined;
      return { ...at, actorId: last[0]!.id };
    }
    if (/分管/.test(words)) {
      const s = supervisorOf(words, rest, ctx);
      if (s.actorId === ctx.senderId) return undefined;
      return s.actorId ? { ...at, actorId: s.actorId, remark: `「${words}」按${ctx.directory.person(s.actorId)?.name}记录` } : { ...at, candidateIds: s.candidateIds };
    }
    const named = words.replace(TRAILING_POSTS, '');
    const post = /(副)?(书记|理事长|主任|科长|部长|领导)(?:同志)?$/.exec(words);
    // 中心主任, 部长, 康复部主任: a post of a unit (or of no unit): its holders.
    const unit = /^(?:[\u4e00-\u9fa5]*?)(中心|部|科|室)$/.exec(named)?.[1];
    if (post && (named === '' || unit !== undefined)) {
      const inUnit = unit ? ctx.directory.org.departments.filter((x) => [x.name, ...x.aliases].some((n) => n === named || (named === unit && n.endsWith(unit)))) : [];
      const pool = unit ? people.filter((p) => inUnit.some((x) => x.id === p.departmentId)) : people;
      const holders = post[2] === '领导' ? people.filter((p) => p.roles.includes('leader') || p.roles.includes('secretary')) : peopleWithTitle(pool, post[2]!, post[1] !== undefined);
      if (holders.some((p) => p.id === ctx.senderId)) return undefined;
      // 部长11月24日与杨帆… · 部长与我…: of several 部长, the one of the department the message names.
      const there = holders.length > 1 ? holders.filter((p) => departmentsNamed(rest, ctx).includes(p.departmentId ?? '')) : holders;
      if (there.length === 1) return { ...at, actorId: there[0]!.id, remark: `「${words}」按${there[0]!.name}记录` };
      if (holders.length === 1) return { ...at, actorId: holders[0]!.id, remark: `「${words}」按${holders[0]!.name}记录` };
      return { ...at, candidateIds: holders.map((p) => p.id) };
    }
    // 王建囯副理事长 · 刘方副理事长 · 钱主任: a name-like word the directory does not hold.
    const name = named.split(/、|书记|理事长|主任|科长|部长|成员|委员|干事/).at(-1) ?? '';
    if (name.length < 1 || name.length > 3) continue;
    const off = name.length >= 2 ? oneCharOff(name, people) : [];
    // 刘方副理事长: 刘芳 and 刘洋 are a character away, only 刘芳 is a 副理事长.
    const fitting = post && off.length > 1 ? peopleWithTitle(off, post[2]!, post[1] !== undefined) : off;
    const near = fitting.length > 0 ? fitting : off;
    if (near.length === 1 && near[0]!.id !== ctx.senderId) {
      const nameStart = at.start + words.lastIndexOf(name);
      // 王建囯副理事长…跟孙莉科长谈了话 (round 67, ggi; t70a F2: 副理事长 left standing was read as a second person talked to,
      // asked which 副理事长 with 王建国 himself left out, and the talk split in two): the post written after the name is
      // the subject's too, so it is masked with it.
      return { start: nameStart, end: at.end, text: name, actorId: near[0]!.id, remark: `「${name}」按${near[0]!.name}记录（通讯录里没有「${name}」）` };
    }
    const sameSurname = index.peopleBySurname.get(name[0]!) ?? [];
    return { ...at, candidateIds: (near.length > 0 ? near : sameSurname).map((p) => p.id) };
  }
  return undefined;
}
