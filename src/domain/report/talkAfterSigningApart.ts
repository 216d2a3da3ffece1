// 11月26日和李明、孙丽签了责任书，11月27日又和他们谈了话 · …，次日又分别进行了廉政谈话 · 签完责任书后又和郑华、冯雪分别谈了话
// (round 60, fbb; fca's left-alone, dropped without a word): a talk after signings that writes a day of its own, or names
// the signers again instead of 他们, was lost — talkAfterSigning reads only a talk on the signings' day with them referred
// back to. Such a talk is the signers' doer's (the sender's, or the third person who signed), with every signer; its kind
// is asked when not written, its day is the one it writes (次日/第二天 counted from the signings' day) or the signings'.
import type { Directory } from '../organization.js';
import { CLAUSE_DAY } from './clauseDay.js';
import type { ParsedReport, ReportProblem } from './draft.js';
import { LATER_DAY_SOURCE, opensWithNextDay, withOpeningNextDay } from './nextDaySpelled.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** A signing told as done: 签订了…责任书 · 签了承诺书 · 签完责任书后 (group 1: 签完, which says the signing came first). */
const SIGNED = '签(?:订|署|了|(完))[^,，。;；]{0,16}?(?:书|协议)[^,，。;；\\s]{0,4}?';
/** The talk's own day: 11月27日 · 27号 · 11.27 · 上周四 · 次日 · 第二天 · 两天后 (group 2). */
const OWN_DAY = `(${CLAUSE_DAY}|\\d{1,2}[.．]\\d{1,2}(?:日|号)?|${LATER_DAY_SOURCE})`;
/** Those talked with (group 3): the signers by name or referred back to; checked against the signers in code. */
const WITH = '(?:和|跟|与|同|对)\\s*([^,，。;；]{1,24}?)';
/** The talk itself (group 4), held: 谈了话 · 谈了谈 · 进行了廉政谈话 · 谈了心. */
const TALK = '(廉政谈话|谈心谈话|谈了?谈心|谈了?心|谈了?谈|谈了?(?:一次)?\\s*话|谈过话|聊了?聊)';
const HELD = '\\s*(?:都|分别|一一|逐一|各自|也|又|还)?\\s*(?:进行了?|开展了?|做了?)?(?:一次)?(?:简短|单独|集体)?';
const OPENER = '(?:又|还|再|也|随后|接着|然后|之后|后来|会后|签(?:订|署|字|完)(?:责任书|承诺书)?(?:结束|完毕)?(?:后|之后|以后)|(?:结束|完毕)(?:后|之后|以后))';
const TALK_APART = new RegExp(
  `${SIGNED}[,，。;；\\s]*(?:${OWN_DAY}(?:上午|下午|晚上)?)?[,，\\s]*(?:${OPENER}\\s*){0,2}(?:都|分别|一一|逐一)?\\s*(?:${WITH})?(?<held>${HELD}${TALK})` +
    // 再谈 · 下周再找他们谈 · 还没谈: a plan or a talk not held is none.
    `(?![^,，。;；]{0,6}(?:再谈|再找|再聊|安排|计划|打算|没|未))`,
);

/** 他们 · 她们俩 · 两人 · 两位部长 · 上述三位同志 · 大家: the signers referred back to. */
const REFERRED_BACK = /^(?:(?:他们|她们)(?:俩|两个|二人|两人|几位|几个)?|他俩|她俩|他|她|对方|大家|(?:这|上述|以上)?(?:两|二|三|四|俩|几)(?:人|位|名)?(?:同志|部长|科长|主任|负责人|领导|班子成员)?)$/;

/** 分别 · 逐一 · 一一 · 各自: a talk with each of several, those just signed with. */
const EACH = /分别|逐一|一一|各自/;

/** What may stand between the signers' names when they are named again: 、 · 和 · spaces · 两位部长 · 同志. */
const BETWEEN_NAMES = /^[、，,\s和及与]*(?:(?:两|二|三|四|几)位)?(?:同志|部长|科长|主任|书记|副理事长|负责人)?[、，,\s和及与]*$/;

/**
 * `reports` with the talk after its signings added when `text` tells one on a day of its own (…，11月27日又和他们谈了话 ·
 * 次日又分别进行了廉政谈话) or names the signers again (签完责任书后又和郑华、冯雪分别谈了话): a typed talk (廉政谈话 ·
 * 谈心谈话) one record per signer, an untyped one a single item with every signer and its kind asked; the doer is the
 * signings' (actorId, absent for the sender); the day the clause writes (`today` YYYY-MM-DD resolves it; 次日 counted from
 * the signings' day), else the signings' (asked with them). A talk record already holding those people is left; one read on
 * that day with no one named (missing_counterpart) takes them. `reports` unchanged when no such clause.
 */
export function withTalkAfterSigningApart(reports: ParsedReport[], text: string, today: string, directory: Directory): ParsedReport[] {
  if (!text.includes('签') || !text.includes('谈') && !text.includes('聊')) return reports;
  const signings = reports.filter((r) => r.draft.type === 'pledge_sign' && r.draft.counterpartIds.length > 0);
  if (signings.length === 0) return reports;
  const doer = signings[0]!.draft.actorId;
  if (signings.some((r) => r.draft.actorId !== doer)) return reports;
  const m = TALK_APART.exec(text);
  if (!m) return reports;
  const [, signedFirst, dayWords, withWords, talkWords] = m;
  // 签完责任书后再开展廉政谈话 is a plan: the talk is said held (了 · 过) unless its words say so (谈话 alone is no deed).
  if (!/[了过]/.test(m.groups!['held']!)) return reports;
  const people = [...new Set(signings.flatMap((r) => r.draft.counterpartIds))];
  const names = people.map((id) => directory.person(id)?.name ?? id);
  const named = withWords !== undefined && !REFERRED_BACK.test(withWords.trim()) ? namesOnly(withWords, names)?.map((i) => people[i]!) : undefined;
  if (withWords !== undefined && !REFERRED_BACK.test(withWords.trim()) && named === undefined) return reports;
  // 11月4日与李明签订了责任书，11月6日进行了廉政谈话 (round 47's near-miss): on a day of its own a talk naming no one is not
  // told to be with those signed with — its 和谁 stays asked — unless it says so (和他们 · 分别 · 逐一 · 一一).
  if (dayWords !== undefined && withWords === undefined && !EACH.test(m[0])) return reports;
  const signingDay = signings[0]!.draft.date;
  const day = dayWords === undefined ? signingDay : ownDay(dayWords, signingDay, today);
  if (dayWords !== undefined && day === undefined) return reports;
  const blank = reports.findIndex((r) => r.draft.type !== 'pledge_sign' && r.draft.counterpartIds.length === 0 && r.draft.date === day && r.problems.some((p) => p.code === 'missing_counterpart'));
  // Neither a day of its own nor the names again nor 签完…后 nor a talk left asking 和谁 (voice: …签订了责任书 签订后 进行了廉政
  // 谈话): talkAfterSigning's reading, not this one.
  if (dayWords === undefined && named === undefined && signedFirst === undefined && blank < 0) return reports;
  const talkers = named ?? people;
  const held = (r: ParsedReport) => r.draft.type !== 'pledge_sign' && r.draft.counterpartIds.some((id) => talkers.includes(id));
  if (reports.some(held)) return reports;
  const type = /廉政/.test(talkWords!) ? 'talk_integrity' : /心/.test(talkWords!) ? 'talk_heart' : undefined;
  const problems: ReportProblem[] = day === undefined ? [{ code: 'missing_date' }] : day > today ? [{ code: 'future_date', date: day }] : [];
  const kept = reports.filter((_, i) => i !== blank);
  const base = (id: string | undefined) => {
    const signing = (id === undefined ? undefined : signings.find((r) => r.draft.counterpartIds.includes(id))) ?? signings[0]!;
    const { type: _type, title: _title, attendees: _attendees, note: _note, evidence: _evidence, date: _date, ...rest } = signing.draft;
    return { ...rest, ...(day === undefined ? {} : { date: day }) };
  };
  const remarks = doer === undefined ? [] : [`谈话人为${directory.person(doer)?.name ?? doer}（代为上报）`];
  const reasons = doer === undefined ? (['items'] as const) : (['items', 'third_person'] as const);
  const talks: ParsedReport[] =
    type === undefined
      ? [{ draft: { ...base(talkers[0]), counterpartIds: talkers }, problems: [{ code: 'missing_type' }, ...problems], remarks, reasons: [...reasons] }]
      : talkers.map((id) => ({ draft: { ...base(id), type, counterpartIds: [id] }, problems, remarks, reasons: [...reasons] }));
  return [...kept.map((r) => ({ ...r, reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] })), ...talks];
}

/** The indexes in `names` of the signers `words` names, in its order, when it names only signers (in `names`, by full name) and at least one; else undefined. */
function namesOnly(words: string, names: string[]): number[] | undefined {
  let rest = words;
  const found: number[] = [];
  names.forEach((name, i) => {
    if (rest.includes(name)) {
      found.push(i);
      rest = rest.replaceAll(name, '、');
    }
  });
  if (found.length === 0 || !BETWEEN_NAMES.test(rest)) return undefined;
  return found.sort((a, b) => words.indexOf(names[a]!) - words.indexOf(names[b]!));
}

/** The day `words` write (YYYY-MM-DD): 次日/第二天/两天后 counted from `signingDay`, else read as said on `today`. */
function ownDay(words: string, signingDay: string | undefined, today: string): string | undefined {
  if (opensWithNextDay(words)) return signingDay === undefined ? undefined : parseDay(withOpeningNextDay(words, signingDay, today), today).date;
  return parseDay(arabicizeNumerals(words), today).date;
}
