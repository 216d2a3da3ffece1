// 今天跟孙丽签了责任书，还谈了话 · …，顺便谈了谈 · …分别签了责任书，也都谈了话 (h24 probe: stored at once as the signing alone, the talk dropped without a
// word): a talk of no kind going on from a signing, naming no one of its own, was with those signed with. Its kind is
// asked, as for any untyped talk (「和李明谈了话，还签了责任书」 asks it too).
import type { ParsedReport } from './draft.js';

/**
 * …签了责任书，还谈了话 / 顺便谈了谈 / 又聊了几句: an untyped talk clause after a signing, with no one of its own. 还顺便谈了话
 * (round 55, fhe: the talk dropped, the signing stored at once) has both words.
 */
// 签订了责任书，签完后又分别谈了话 · 签了责任书，之后又和她们谈了话 · …，然后又和两人谈了谈 (round 59, fca; t61a F1: the talks
// dropped without a word): when the talk came may take two words (签完后 + 又 · 随后 + 还), and those talked to may be the
// signers referred back to as a group (她们 · 两人 · 两位部长 · 大家). A plan (谈话下周再谈 · 还没谈) is no talk held.
const SIGNED_OPENER = '(?:并且?|还|又|也|再|顺便|顺带|顺手|随后|随即|之后|以后|同时|然后|接着|紧接着|最后|当场|现场|签(?:完|好|订完?|署完?|字)(?:了)?(?:责任书|承诺书)?(?:后|之后|以后)?|(?:签订|签字|签署)?结束(?:后|之后|以后))';
const TALKED_WITH = '(?:和|跟|与|同|对)\\s*(?:(?:他们|她们)(?:俩|两个|二人|两人)?|他俩|她俩|他|她|对方|大家|(?:这|上述|以上)?(?:两|二|三|俩|几)(?:人|位|名)?(?:同志|部长|科长|主任|负责人|领导)?)';
const SIGNED_THEN_TALKED = new RegExp(
  `签(?:订|署|了)[^,，。;；]{0,16}?(?:书|协议)[^,，。;；\\s]{0,4}?[,，。;；\\s]*(?:${SIGNED_OPENER}[,，\\s]*){0,3}(?:顺便|顺带|顺手)?(?:都|分别|一一|逐一|各自)?\\s*(?:${TALKED_WITH})?\\s*(?:都|分别|一一|逐一|也|又|还)?(?:进行了?|做了?)?(?:一次|一下)?(?:简单|简短|单独)?` +
    `(?:谈了?谈|谈了?(?:一次)?\\s*话|谈过话|聊了?聊|(?:谈|聊)了(?:几句|一会儿?|一下)|交流了(?:一下|几句)?|沟通了(?:一下|几句)?)(?![心廉])(?![^,，。;；]{0,6}(?:再谈|再找|再聊|安排|计划|打算|没|未))`,
);

/**
 * `reports` with an untyped talk added after the signings with people when `text` says such a talk went on from them
 * (one item with every person signed with, its kind asked; the signings' day, or the day asked with them). An untyped
 * talk already read with no one named, on the signings' day (会后进行了集体谈话, round 43), takes those people instead.
 * `reports` unchanged when no such clause, when a talk with those people was already read, or when no signing names anyone.
 */
export function withTalkAfterSigning(reports: ParsedReport[], text: string): ParsedReport[] {
  const signings = reports.filter((r) => r.draft.type === 'pledge_sign' && r.draft.counterpartIds.length > 0);
  if (signings.length === 0) return reports;
  const people = [...new Set(signings.flatMap((r) => r.draft.counterpartIds))];
  const filled = withNoOneTalkFilled(reports, signings, people, text);
  if (filled !== reports) return filled;
  if (!SIGNED_THEN_TALKED.test(text)) return reports;
  const talked = reports.some((r) => r.draft.type !== 'pledge_sign' && r.draft.counterpartIds.some((id) => people.includes(id)));
  if (talked) return reports;
  const first = signings[0]!.draft;
  const { type: _type, title: _title, attendees: _attendees, note: _note, evidence: _evidence, ...rest } = first;
  const draft = { ...rest, counterpartIds: people };
  const talk: ParsedReport = {
    draft,
    problems: [{ code: 'missing_type' }, ...signings[0]!.problems.filter((p) => p.code === 'missing_date')],
    remarks: [],
    reasons: ['items'],
  };
  return [...reports.map((r) => ({ ...r, reasons: [...(r.reasons ?? []), 'items' as const] })), talk];
}

/**
 * 与周涛、吴静签订了责任书，会后进行了集体谈话 (round 43 fpd, a silent drop): the untyped talk read with no one named (its whom asked)
 * on the signings' day was with those signed with; it takes them and is asked only its kind. `reports` itself when none.
 */
function withNoOneTalkFilled(reports: ParsedReport[], signings: ParsedReport[], people: string[], text: string): ParsedReport[] {
  const day = signings[0]!.draft.date;
  const untyped = (r: ParsedReport) => r.draft.type === undefined && r.problems.some((p) => p.code === 'missing_type');
  // 与张颖签订廉洁承诺书，同日进行廉政谈话 · …，当天还进行了廉政谈话 (round 47, t50b F2: 「和谁谈的？」): a talk of its own kind
  // told as the same day's next step, naming no one, was with those signed with too (shown on the card).
  const typedTalk = (r: ParsedReport) => (r.draft.type === 'talk_integrity' || r.draft.type === 'talk_heart') && SAME_DAY_NEXT_TALK.test(text);
  const i = reports.findIndex((r) => (untyped(r) || typedTalk(r)) && r.draft.counterpartIds.length === 0 && r.draft.date === day && r.problems.some((p) => p.code === 'missing_counterpart'));
  if (i < 0 || signings.some((s) => s.draft.date !== day)) return reports;
  const talk = reports[i]!;
  const filled: ParsedReport = { ...talk, draft: { ...talk.draft, counterpartIds: people }, problems: talk.problems.filter((p) => p.code !== 'missing_counterpart') };
  if (untyped(talk)) return reports.map((r, j) => (j === i ? filled : r));
  // One person signed with: the talk is at their department as the signing is (the 随后 reading gives it too).
  if (people.length === 1 && filled.draft.departmentId === undefined && signings[0]!.draft.departmentId !== undefined) filled.draft = { ...filled.draft, departmentId: signings[0]!.draft.departmentId };
  return reports.map((r, j) => (j === i ? { ...filled, reasons: [...(filled.reasons ?? []), 'items' as const] } : { ...r, reasons: [...(r.reasons ?? []), 'items' as const] }));
}

/** …签订…书，同日/当天（还）/同时/随后 进行了廉政谈话: a typed talk clause going on from a signing, on its day. */
const SAME_DAY_NEXT_TALK = /签(?:订|署|了)[^,，。;；]{0,16}?(?:书|协议)[^,，。;；]{0,4}[,，]\s*(?:同日|同一天|当天|当日|同时|随后|之后|会后|并|还)(?:还|也|又|并)?(?:与其|和其|同其)?(?:进行了?|开展了?|做了?)?(?:一次)?(?:廉政|谈心)谈话/;
