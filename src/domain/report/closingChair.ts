// 胡军「12月3日下午，机关召开2027年度党风廉政建设责任书签订会。会上，张伟书记与班子成员签订了责任书，随后班子成员分别与分管
// 科室负责人签订了责任书。会议由赵敏同志主持，参会共21人。」 (round 38, fkg F6: the eight signings with the heads became three
// with 赵敏, and 「消息里读出赵敏与本人的谈话或签订，不成立」): who chaired the sitting, said in a clause of its own (会议由X主持 ·
// X主持会议), is neither side of a signing or talk told in the message. The clause is taken out before reading, the group
// words before it resolve as they do without it, and the card or receipt names the chair.
import type { ParseContext, ParsedReport } from './draft.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { namedPeople } from './namedPeople.js';
import { isTalkType } from '../activityTypes.js';

/** The sitting a chair clause may name as what was chaired. */
const SITTING = '(?:会议|本次会议|此次会议|这次会议|大会|签订会|签约会|签字仪式|签订仪式|仪式|活动|本次活动|此次活动|谈话|本次谈话|集体谈话)';
/** 会议由赵敏同志主持 · 由赵敏同志主持 · 赵敏同志主持会议 · 赵敏副理事长主持并讲话: group 1 or 2 the chair's words. */
const CHAIR = new RegExp(`^(?:${SITTING}(?:由|是由)([^,，;；。!?！？\\s由]{2,16}?)|由([^,，;；。!?！？\\s由]{2,16}?)|([^,，;；。!?！？\\s由]{2,16}?))(?:同志)?(?:负责)?主持(?:了)?(?:${SITTING})?(?:并(?:作了?)?(?:讲话|总结讲话|动员讲话))?$`);
/** A post written before the chair's name (机关党委书记赵敏 · 党组书记、理事长张伟): no name of anyone. */
const POST_BEFORE = /^(?:[\u4e00-\u9fa5]{0,6}?(?:党组书记|书记|副?理事长|副?主任|副?部长|副?科长)[、,，]?)+/;
/**
 * Words of a deed in the chair's sentence: there the chair may be its subject (王建国副理事长主持，与…签订了责任书) or
 * whose it was (活动由赵敏主持，张伟讲授…). The sitting convened (机关召开…签订会，会议由X主持) is no such deed.
 */
const DEED = /签(?:订|署)?了|签订(?!会|仪式)|谈话|谈心|谈了|约谈|学习|观看|讲授|主讲|讲了|党课|检查|督查|报送|传达|通报/;
/** The sitting's own noun (…责任书签订会) is no signing told: left out before the deed words are looked for. */
const SITTING_NOUN = /签订会|签约会|签字仪式|签订仪式/g;

/**
 * A lecture told with no subject, the sender's (11月27日到宣文部给全体党员讲了廉政党课 · 应邀为康复中心讲授党课): a day or
 * place lead, then 给/为/向 the listeners and the lecturing verb, with no name before it.
 */
const OWN_LECTURE = /^(?:[\d月日号年上下午晚，,\s]|上周.|本周.|昨天|前天|今天)*(?:应邀)?(?:(?:到|在|去|赴)[\u4e00-\u9fa5]{1,12}?(?:部|科|室|中心|支部))?(?:(?:给|为|向)[^，,。；;]{0,16}?)?(?:讲了|讲授了?|上了|作了|宣讲了?)[^，,。；;]{0,8}?党课/;

/** 会后 · 會後 · 课后 · 随后 · 结束后: a clause opening on what followed the sitting. */
const AFTER_SITTING = /^(?:会后|會後|课后|課後|随后|隨後|之后|结束后|會議結束後|会议结束后)/;

/** 随后与王磊签订了… · 会后和杨帆谈了心: the clause after the sitting opens on its deed, with no subject of its own (我 · a name). */
const SUBJECTLESS_AFTER = /^(?:会后|會後|课后|課後|随后|隨後|之后|结束后|會議結束後|会议结束后)[,，\s]*(?:又|还|即)?(?:与|和|跟|同|对|分别|逐一|进行|开展|签)/;

/** The message without its sitting's chair clauses, and what the card says of them. */
export interface ClosingChair {
  text: string;
  remark: string;
}

/** The chair clause found: its words, the people it names, and where it stands in the text. */
interface ChairClause {
  words: string;
  ids: string[];
  start: number;
  end: number;
}

/** Each clause of `text` (parted by ，,；;。！？ or a line break) with where it starts and ends. */
function clausesOf(text: string): Array<{ body: string; start: number; end: number; mark: string }> {
  const out: Array<{ body: string; start: number; end: number; mark: string }> = [];
  const re = /[^,，;；。!?！？\n]+([,，;；。!?！？\n]?)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ body: m[0].slice(0, m[0].length - m[1]!.length), start: m.index, end: m.index + m[0].length, mark: m[1]! });
  return out;
}

/** The people the chair's words name (a post before the name allowed), or undefined. */
function chairIds(words: string, ctx: ParseContext): string[] | undefined {
  const ids = namedPeople(words, ctx) ?? namedPeople(words.replace(POST_BEFORE, ''), ctx);
  return ids !== undefined && ids.length === 1 ? ids : undefined;
}

/**
 * `text` without each clause that only says who chaired the sitting (会议由赵敏同志主持 · 赵敏同志主持会议), when the clause
 * stands in a sentence that tells no deed of its own besides counts (参会共21人) and the rest of the message tells only
 * signings and talks, at least one of them; with a remark for the card naming the chair (withClosingChairNoted puts it on). Undefined otherwise: where a study,
 * film, lecture or meeting is told, its chair may be whose it was (活动由赵敏同志主持…观看了…), which other readers decide.
 */
export function withoutClosingChair(text: string, ctx: ParseContext): ClosingChair | undefined {
  if (!/主持/.test(text)) return undefined;
  const clauses = clausesOf(text);
  const found: ChairClause[] = [];
  let sentenceStart = 0;
  clauses.forEach((c, i) => {
    if (i > 0 && /[。!?！？\n;；]/.test(clauses[i - 1]!.mark)) sentenceStart = i;
    const m = CHAIR.exec(c.body.trim());
    if (!m) return;
    const ids = chairIds(m[1] ?? m[2] ?? m[3]!, ctx);
    if (ids === undefined) return;
    // The rest of its sentence: counts and who attended, never a deed (活动由赵敏同志主持，张伟同志…讲授…), of which the chair
    // before it may be the subject. A deed before it in the sentence is closed by it (…签订了责任书，由赵敏同志主持), but a
    // talk's chair there is withoutTalkChair's, which weighs whether the chair held the talk.
    let end = i + 1;
    while (end < clauses.length && !/[。!?！？\n;；]/.test(clauses[end - 1]!.mark)) end++;
    // A deed told as after the sitting (会后和杨帆谈了心) is a deed of its own, whose subject the chair is not.
    if (clauses.slice(i + 1, end).some((s) => DEED.test(s.body.replace(SITTING_NOUN, '')) && !AFTER_SITTING.test(s.body.trim()))) return;
    // 李明「赵敏书记主持会议，随后与王磊签订了责任书」 (round 44 fqc: the signing read as the sender's, asked its day): a chair
    // who opens the sentence (X主持会议, its subject) goes on into a subjectless deed told after the sitting, as chairOfSitting
    // carries them when a day is said; the clause stays in, so its subject is read.
    if (m[3] !== undefined && i === sentenceStart && clauses.slice(i + 1, end).some((s) => DEED.test(s.body) && AFTER_SITTING.test(s.body.trim()) && SUBJECTLESS_AFTER.test(s.body.trim()))) return;
    if (clauses.slice(sentenceStart, i).some((s) => /谈/.test(s.body))) return;
    found.push({ words: c.body.trim(), ids, start: c.start, end: c.end });
  });
  if (found.length === 0) return undefined;
  let rest = '';
  let at = 0;
  for (const f of found) {
    rest += text.slice(at, f.start);
    at = f.end;
    // The clause's own stop ends the sentence before it: 「…签订了责任书。会议由X主持。」 keeps the first 。.
    const mark = text.slice(f.start, f.end).slice(-1);
    if (/[。!?！？\n;；]/.test(mark)) rest = rest.replace(/[,，]\s*$/, mark);
  }
  rest += text.slice(at);
  rest = rest.replace(/^[\s,，;；。]+/, '').replace(/[,，;；]+$/, '');
  // A title's words are no deed told (《以案为鉴 守住底线》 is no 警示教育: t42c F3's own sample).
  const kinds = findKinds(extractTitles(rest).rest).map((k) => k.code);
  // 11月27日到宣文部给全体党员讲了廉政党课《…》，王磊部长主持 (t42c F3: the host made the lecturer): a lecture the sender
  // gave, told with no subject of its own (到X…讲了党课), is the sender's; the host who chaired it is no doer.
  const ownLecture = kinds.includes('edu_lecture') && OWN_LECTURE.test(rest) && !found.some((f) => f.ids.includes(ctx.senderId));
  if (kinds.length === 0 || !kinds.every((k) => k === 'pledge_sign' || isTalkType(k) || (ownLecture && k === 'edu_lecture'))) return undefined;
  const names = [...new Set(found.flatMap((f) => f.ids))].map((id) => ctx.directory.person(id)?.name ?? id).join('、');
  const said = found.map((f) => `「${f.words}」`).join('');
  return { text: rest, remark: ownLecture ? `${said}：${names}是主持人，党课按您本人主讲记录` : `${said}：${names}是主持人，未记为签订或谈话的一方` };
}

/**
 * `reports`, read from the text without the chair clause, with the remark on the first; null when that reading leaves
 * whose a record was to ask (会上，与班子成员签订了责任书。会议由张伟书记主持: the chair may well have signed), so the message
 * is read with the chair as before.
 */
export function withClosingChairNoted(reports: ParsedReport[] | null, chair: ClosingChair): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return null;
  if (reports.some((r) => r.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor'))) return null;
  const [first, ...others] = reports;
  return [{ ...first!, remarks: [...first!.remarks, chair.remark] }, ...others];
}
