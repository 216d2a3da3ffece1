// 刘芳「昨天下午跟周涛谈心谈话了 张三不在」 (round 64, gda; found after round 63): the 谈心 with 周涛 was stored at once and
// 「张三不在」 went without a word — the readers of who was there or away (absentFromGroup, companionsApart) take only people
// who are, or sound like, someone in the directory. A name in such a clause that is no one the directory knows (张三不在 ·
// 老王也在 · 张三同志也参加了 · 除了张三), or one heard as someone of another unit (财务科吴晶也一起: 吴静 is of 康复部), is
// said back on the card, never lost: the product's rule is that nothing the member wrote is dropped silently.
import type { ParseContext, ParsedReport } from './draft.js';
import { namedPeople } from './namedPeople.js';
import { nameShaped, SURNAMES } from './parseCounterpartGroups.js';
import { LEFT_OVER } from './remarksStillTrue.js';
import { soundAlikePerson, TITLE_AFTER } from './soundAlikePerson.js';

/** The cheap gate: every clause read here holds one of these words. */
const GATE = /不在|没在|缺席|没来|没到|出差|请假|休假|外出|下乡|在场|也在|都在|还在|一起|一块|一同|一道|陪同|陪着|参加|参与|列席|旁听|来了|到了|除/;
/** A deed told before the clause: the clause says who was there at it, or away from it. */
const DEED = /谈|签|聊|课|检查|学习|教育|会/;
/** Where one clause ends: marks, line breaks, and the spaces voice input leaves for commas. */
const CLAUSE_BREAK_KEPT = /([,，;；。!！?？()（）\n\s\u0000]+)/;
/** What follows the people of an away clause: 不在 · 出差了没谈 · 请假了 · 当时不在 · 没来 (group 0 the whole rest). */
const AWAY_TAIL = /^(?:当时|那天|当天|今天|昨天)?(?:因(?:病|事|公))?(?:都|也|均)?(?:不在|没在|缺席|没来|没到|出差|请假|休假|外出|下乡|开会去了|生病|住院)[\u4e00-\u9fa5]{0,8}$/;
/** What follows the people of a presence clause: 也在 · 也一起 · 陪同 · 也参加了 · 在场 · 列席 · 也来了 (nothing else after). */
const THERE_TAIL = /^(?:当时|那天|当天)?(?:也|还|都|全程|只是|就是|只|仅)?(?:在场|在旁边|在一旁|在|一起|一块儿?|一同|一道|陪同|陪着|参加|参与|列席|旁听|来了|到了|过来了)(?:参加|在场|旁听|谈的|去|来)?(?:了|的)?(?:谈话)?$/;
/** 除了张三 · 除张三外 · 除了张三以外 (a clause of its own): group 1 the people. */
const EXCEPT = /^除(?:了|去)?(.{2,12}?)(?:同志)?(?:以外|之外|外)?(?:都谈了|均已谈|都签了|均已签订)?$/;
/** 张三除外 · 张三出差除外: group 1 the people. */
const EXCEPTED = /^(.{2,12}?)(?:同志)?(?:出差|请假|休假|不在)?(?:了)?除外$/;
/** A clause of one bare name, 2–3 characters (voice input parts a list by spaces). */
const BARE_NAME = /^[\u4e00-\u9fa5]{2,3}$/;
/** How a list of people is joined: 、 · 和 · 及 · 与 (a space is a clause break already). */
const JOIN = /[、和及与]/;
/** Words that stand where a name would and name no one (他们 · 大家 · 其他人 · 领导 · 对方). */
const NO_NAME = /我|你|您|他|她|们|大家|其他|其余|别人|领导|对方|同事|各|全体|所有|人员|干部|职工|群众|家属|同志/;
/** 区纪委张三 · 市局李四 · 街道王五: a body outside the directory (group 1), then a name (group 2). */
const OUTSIDE = /^([\u4e00-\u9fa5]{0,4}(?:纪委|监委|纪工委|委员会|局|厅|街道|社区|派出所|财政所))([\u4e00-\u9fa5]{2,3})$/;
/** A place, not a person: 张家港 · 王家村 · 李庄镇 (the last character a place's). */
const PLACE_END = /[港市县区省镇村乡街路州湾庄屯寨营桥]$/;

/** One name of a presence or away clause that no record took, and what the card says of it. */
export interface UnlistedSaid {
  /** The name as written, a unit before it included (财务科吴晶). */
  words: string;
  /** The note for the card: 「张三」不在通讯录里，未记入 · 「小张」说不准是通讯录里的哪一位，未记入 · 财务科没有吴晶，是不是康复部的吴静？… */
  remark: string;
  /** The unit written before the name (财务科), when one was: a leftover note about it alone is this one's. */
  unit?: string;
  /** 小张 · 老王: a surname only, which absentFromGroup may resolve among the records' people. */
  nickname?: true;
  /** Said away (张三不在 · 张三出差了), never there: the card says so, not 「在场的人」 (round 64, gdh; t67a F5). */
  away?: true;
}

/**
 * The names of the presence or away clauses of `text` (a clause after a deed: 张三不在 · 老王也在 · 张三同志也参加了 ·
 * 财务科吴晶也一起 · 除了张三 · 张三除外; two names joined by 、/和 or written 张三李四) that are no directory person, each with
 * the note saying it back. Names the directory holds are left to the readers of who was there (absentFromGroup,
 * companionsApart), and so is one heard as exactly one person of the unit written before it; empty when there are none.
 */
export function unlistedPresentNames(text: string, ctx: ParseContext): UnlistedSaid[] {
  const out: UnlistedSaid[] = [];
  for (const c of presenceClauses(text)) {
    for (const words of c.names) {
      const said = unlistedName(words, c.away, text, ctx);
      if (said && !out.some((o) => o.words === said.words)) out.push(c.away ? awaySaid(said) : said);
    }
  }
  return out;
}

/**
 * 张伟「下午找王磊谈了谈心 张三不在」 (round 64, gdh; t67a F5): the card listed 张三 among 「消息里提到的在场的人」 though he was
 * away. An away name's note says so (「张三」不在通讯录里，未记入（消息说当时不在场）), and its card reason is away_named.
 */
function awaySaid(said: UnlistedSaid): UnlistedSaid {
  return { ...said, away: true, remark: /不在通讯录里/.test(said.remark) ? `${said.remark}（消息说当时不在场）` : said.remark };
}

/** A presence, away or except clause of a message: where it stands among the parts, its people, and its words after them. */
interface PresenceClause {
  /** Index of the clause in the message's parts (clauses at even places, breaks at odd ones). */
  at: number;
  /** Indices of bare names parted by spaces before it (张三 李四都不在), of the clause too. */
  bare: number[];
  names: string[];
  away: boolean;
  /** The words after the people (也在 · 都不在), undefined for an except clause (除了X · X除外). */
  tail?: string;
}

/** The message cut at its breaks, clauses at even places. */
function partsOf(text: string): string[] {
  return text.split(CLAUSE_BREAK_KEPT);
}

/** Every presence, away or except clause after a deed in `text`. */
function presenceClauses(text: string): PresenceClause[] {
  if (!GATE.test(text) || !DEED.test(text)) return [];
  const parts = partsOf(text);
  const out: PresenceClause[] = [];
  let before = '';
  for (let k = 0; k < parts.length; k += 2) {
    const clause = parts[k]!;
    if (k > 0 && clause !== '' && DEED.test(before)) {
      const people = clausePeople(clause);
      const bare: number[] = [];
      // 谈心谈话了 张三 李四都不在 (voice input): bare names parted by spaces before the clause are of it.
      for (let b = k - 2; people.names.length > 0 && b >= 2 && BARE_NAME.test(parts[b]!) && nameShaped(parts[b]!) && /^[ \t\u0000]+$/.test(parts[b + 1]!); b -= 2) {
        bare.unshift(b);
        people.names.unshift(parts[b]!);
      }
      if (people.names.length > 0) out.push({ at: k, bare, ...people });
    }
    before += clause;
  }
  return out;
}

/**
 * `text` without the names of its presence or away clauses that no one of the directory is (nicknames aside: 老赵出差了回来再谈
 * is absentFromGroup's), so the readers after see only the people they know: 「和王芳谈心谈话，胡军、张三也在」 reads as 「…，
 * 胡军也在」 (before, 胡军 was made a second person talked to, the list unread), a clause of unlisted names only goes whole
 * (「…谈心谈话 张三出差了没谈」 was no report at all). Undefined when nothing is taken out; withUnlistedPresentSaid says them back.
 */
export function withoutUnlistedPresent(text: string, ctx: ParseContext): string | undefined {
  const clauses = presenceClauses(text);
  if (clauses.length === 0) return undefined;
  const parts = partsOf(text);
  let changed = false;
  for (const c of clauses) {
    const gone = (words: string) => {
      const said = unlistedName(words, c.away, text, ctx);
      return said !== undefined && !said.nickname;
    };
    const bareGone = c.bare.filter((b) => gone(parts[b]!));
    const own = c.names.slice(c.bare.length);
    const kept = own.filter((w) => !gone(w));
    if (bareGone.length === 0 && kept.length === own.length) continue;
    changed = true;
    for (const b of bareGone) parts[b] = parts[b - 1] = '';
    if (kept.length === 0) parts[c.at] = parts[c.at - 1] = '';
    else if (c.tail !== undefined && kept.length < own.length) parts[c.at] = `${kept.join('、')}${c.tail}`;
  }
  return changed ? parts.join('') : undefined;
}

/**
 * The people words of a presence, away or except clause (2–12 characters, split at joins), none when it is no such
 * clause; `away` when the clause says they were not there or not talked to (除了X · X不在), so no 「如也和其谈了」 is offered;
 * `tail` the words after the people of a presence or away clause.
 */
function clausePeople(clause: string): { names: string[]; away: boolean; tail?: string } {
  const except = EXCEPT.exec(clause) ?? EXCEPTED.exec(clause);
  if (except) return { names: splitNames(except[1]!), away: true };
  for (let cut = 2; cut <= Math.min(12, clause.length - 1); cut++) {
    const rest = clause.slice(cut).replace(/^(?:同志)/, '');
    if (AWAY_TAIL.test(rest)) return { names: splitNames(clause.slice(0, cut)), away: true, tail: clause.slice(cut) };
    if (THERE_TAIL.test(rest)) return { names: splitNames(clause.slice(0, cut)), away: false, tail: clause.slice(cut) };
  }
  return { names: [], away: false };
}

/** 张三、李四 · 张三和李四 · 张三李四王五 (name-shaped pairs of characters run together): the names one by one. */
function splitNames(words: string): string[] {
  const parts = words.split(JOIN).filter((w) => w !== '');
  return parts.flatMap((w) => {
    if (w.length < 4 || w.length % 2 !== 0 || w.length > 8) return [w];
    const pairs = w.match(/../g)!;
    return pairs.every((p) => nameShaped(p)) ? pairs : [w];
  });
}

/** The note for `words` when it names no one of the directory (or one of another unit than written), else undefined. */
function unlistedName(words: string, away: boolean, text: string, ctx: ParseContext): UnlistedSaid | undefined {
  if (NO_NAME.test(words.replace(/同志$/, ''))) return undefined;
  const unit = ctx.directory.org.departments.find((d) => [d.name, ...(d.aliases ?? [])].some((n) => words.startsWith(n) && words.length > n.length));
  const unitWord = unit ? [unit.name, ...(unit.aliases ?? [])].filter((n) => words.startsWith(n)).sort((a, b) => b.length - a.length)[0]! : '';
  const name = words.slice(unitWord.length).replace(TITLE_AFTER, '');
  if (namedPeople(words, ctx) !== undefined || namedPeople(name, ctx) !== undefined) return undefined;
  // 陈静还没来得及谈: a directory name with a word after it (还) is that person, read by the readers of plans and absence.
  if (ctx.directory.org.people.some((p) => name.length > p.name.length && name.startsWith(p.name))) return undefined;
  // 张伟「上周二和李明谈了廉政谈话 张主任也在」 (round 65, gec): a surname and a post that no one of the directory holds
  // (no 张 is a 主任) was read as a second person talked to and asked about; whoever it is, they were only there.
  if (name.length === 1 && words.length > name.length && SURNAMES.has(name) && TITLE_AFTER.test(words)) {
    return { words, remark: `「${words.slice(unitWord.length)}」不在通讯录里，未记入`, ...(unit ? { unit: unitWord } : {}) };
  }
  // 小张 · 老王: a surname only, which the directory may hold several times.
  if (/^[小老]/.test(name) && name.length === 2 && SURNAMES.has(name[1]!)) {
    // 小钱也在 (round 65, gec): no one of the directory has that surname, so it is no one of it at all.
    if (!ctx.directory.org.people.some((p) => p.name.startsWith(name[1]!))) return { words, remark: `「${words}」不在通讯录里，未记入`, ...(unit ? { unit: unitWord } : {}) };
    const more = away ? '' : '；如也和其谈了，请点「修改」加上';
    return { words, remark: `「${words}」说不准是通讯录里的哪一位，未记入${more}`, nickname: true, ...(unit ? { unit: unitWord } : {}) };
  }
  // 区纪委张三同志参加: someone of a body outside the directory, said back with the body.
  const outside = unit ? null : OUTSIDE.exec(name);
  if (outside && (namedPeople(outside[2]!, ctx) !== undefined || soundAlikePerson(outside[2]!, text, ctx) !== undefined)) return undefined;
  if (outside && nameShaped(outside[2]!) && !PLACE_END.test(outside[2]!)) return { words, remark: `「${name}」不在通讯录里（外单位），未记入` };
  if (!/^[\u4e00-\u9fa5]{2,3}$/.test(name) || !nameShaped(name) || PLACE_END.test(name)) return undefined;
  const heard = soundAlikePerson(name, text, ctx);
  if (heard !== undefined) {
    const person = ctx.directory.person(heard)!;
    // 康复部吴晶也一起: the one of that unit it sounds like is companionsApart's; 财务科吴晶 (吴静 is of 康复部) is said here.
    if (!unit || person.departmentId === unit.id) return undefined;
    const theirs = ctx.directory.department(person.departmentId ?? '')?.name ?? '';
    const more = away ? '' : `；如也和${person.name}谈了，请点「修改」加上`;
    return { words, remark: `「${words}」：${unitWord}没有${name}，是不是${theirs}的${person.name}？未记入${more}`, unit: unitWord };
  }
  return { words, remark: `「${name}」不在通讯录里，未记入`, ...(unit ? { unit: unitWord } : {}) };
}

/**
 * `reports` with each unlisted name of `text` that no record, question or note already names said back on the first
 * report, and every report shown for a tap ('present_named'); a leftover note naming only the unit written before such a
 * name (「消息里的「财务科」没有对应到任何记录」) is that name's, so it goes (the unit word alone, when it named more).
 * Null, and reports when nothing is unlisted, come back as they were.
 */
export function withUnlistedPresentSaid(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const saids = unlistedPresentNames(text, ctx);
  if (saids.length === 0) return reports;
  const spoken = reports.flatMap((r) => [...r.remarks, ...r.problems.map((p) => ('text' in p && typeof p.text === 'string' ? p.text : ''))]).join('\n');
  const fresh = saids.filter((s) => {
    const bare = s.words.slice(s.unit?.length ?? 0).replace(TITLE_AFTER, '');
    return !spoken.includes(bare);
  });
  if (fresh.length === 0) return reports;
  const units = new Set(fresh.flatMap((s) => (s.unit ? [`「${s.unit}」`] : [])));
  const out = reports.map((r) => ({
    ...r,
    remarks: r.remarks.flatMap((m) => {
      const left = LEFT_OVER.exec(m);
      if (!left) return [m];
      const words = left[1]!.split('、');
      const still = words.filter((w) => !units.has(w));
      if (still.length === words.length) return [m];
      return still.length > 0 ? [`消息里的${still.join('、')}没有对应到任何记录，请核对是否漏记`] : [];
    }),
    // Only someone said there is 「在场的人」; someone said away has a reason of their own (round 64, gdh; t67a F5).
    reasons: [...new Set([...(r.reasons ?? []), ...(fresh.some((s) => !s.away) ? ['present_named' as const] : []), ...(fresh.some((s) => s.away) ? ['away_named' as const] : [])])],
  }));
  out[0]!.remarks.push(...fresh.map((s) => s.remark));
  return out;
}
