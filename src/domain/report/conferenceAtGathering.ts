// Round 48 (ftf, the known fault): 「11月12日，党组召开会议，传达学习全市警示教育大会精神，研究部署我会贯彻落实措施」 was read
// as the 党组's 警示教育 — the 警示教育 is the name of the city's conference whose spirit the meeting passed on, the meeting's
// topic, no deed of the 党组's; so was 「党组理论学习中心组…传达学习全市警示教育大会精神」 and 「宣文部召开部务会，传达学习…」,
// and 「召开党组会议，传达学习全市党风廉政建设工作会议精神」 a 廉政教育 of the clerk's. Round 47 (fsa) kept such a topic out of the
// 「没有对应到任何记录」 remark beside a 分管科室会议; here it stops naming the type of every gathering that passes a spirit on:
// the gathering decides (a 党组会议 a 专题会议, a 中心组/部务会/职工大会 study a 廉政教育), one record. A film watched 会后 is a
// clause of its own and still its 警示教育.
import type { KindMatch } from './parseKind.js';

/** 传达 · 学习 · 贯彻 · 落实 · 领会: what a gathering does with a conference's spirit, before its name in the clause. */
const PASSED_ON = /(?:传达|学习|贯彻|落实|领会)[^,，;；。!！?？\n]*$/;
/** …大会精神 · …工作会议精神 · 市纪委全会精神 · …会的精神: the conference's name ends with its spirit. */
const CONFERENCE_SPIRIT = /^[^,，;；。!！?？\n\u0000]{0,12}?(?:大会|会议|全会|会)(?:的)?精神/;
/**
 * A gathering held, before the conference in its sentence: 党组会议 · 党组（扩大）会议 · 党组召开会议 · 中心组 · 部务会 · 科务会 ·
 * 室务会 · 职工大会 · 党员大会 · 全体会议 · …召开…会议.
 */
const GATHERING = /党组(?:（扩大）|\(扩大\)|扩大)?(?:会议|会)|党组[^。；;!！?？\n]{0,10}?召开|党组(?=传达|学习|贯彻)|中心组|[部科室]务会|职工大会|党员大会|干部大会|职工会议|党员会议|全体会议|(?:召开|举行|主持)[^，,。；;!！?？\n]{0,14}?会/;

/** The conference's name after the passing-on verb, up to its spirit (全市警示教育大会精神 · 市纪委全会精神). */
// The conference is one on the duty (警示教育 · 廉政 · 纪委 · 从严治党 · 作风; a 纪检监察工作会议 beside 研究部署…党风廉政建设 was read as two meetings, so left): 传达了上级重要会议精神 names no topic, its
// type still asked (round 37's row).
export const CONFERENCE_NAME = `(?=[^,，;。!?\\n\\u0000]{0,24}?(?:警示|廉|纪委|监委|从严治党|作风|八项规定))[^,，;。!?\\n\\u0000]{0,24}?(?:大会|会议|全会|会)的?精神`;

/** The start of the sentence of `text` that holds position `at`. */
function sentenceStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !/[;；。!！?？\n]/.test(text[start - 1]!)) start--;
  return start;
}

/**
 * Whether type match `m` of `text` only names the conference whose spirit a gathering told before it in the sentence passed
 * on (党组召开会议，传达学习全市警示教育大会精神): no type of the deed, which the gathering's own words decide. A type with no
 * gathering before it (传达学习…大会精神 alone) is kept.
 */
export function conferenceAtGathering(text: string, m: KindMatch): boolean {
  if (!PASSED_ON.test(text.slice(0, m.start)) || !CONFERENCE_SPIRIT.test(text.slice(m.end))) return false;
  const before = text.slice(sentenceStart(text, m.start), m.start);
  // The passing-on verb is in the clause right before the name; the gathering anywhere before it in the sentence.
  const clauseVerb = /(?:传达|学习|贯彻|落实|领会)[^,，;；。!！?？\n]*$/.exec(before);
  // The verb (two characters) is kept, so that 党组传达学习… names the 党组's gathering.
  return clauseVerb !== null && GATHERING.test(before.slice(0, clauseVerb.index + 2));
}

/**
 * A 党组 meeting that passes a spirit on, for the kind patterns (a 专题会议). 党组召开会议 starts after 党组, which stays
 * unmasked as the subject whose 书记 held it (bodyAsDoer).
 */
export const PARTY_GROUP_MEETING_SPIRIT = `党组(?:（扩大）|\\(扩大\\)|扩大)?(?:会议|会)|(?<=党组[^;。!?\\n\\u0000]{0,10}?)召开(?:了)?(?:专题|扩大|党组)?(?:会议|会)`;
/** 中心组 · 部务会 · 职工大会…: a study gathering; the match starts after it, so that whose gathering it was stays readable. */
export const STUDY_GATHERING_SPIRIT = `(?<=(?:中心组|[部科室]务会议?|职工大会|党员大会|干部大会|职工会议|党员会议|全体会议)[^;。!?\\n\\u0000]{0,20}?)(?:传达|学习|贯彻)`;
/** What follows the gathering: the spirit of a conference passed on, in the same sentence. */
export const SPIRIT_PASSED_ON = `[^;。!?\\n\\u0000]{0,20}?(?:传达|学习|贯彻)${CONFERENCE_NAME}`;

/** A study gathering's clause: 召开全体干部职工大会 · 召开科务会 · 中心组集体学习. */
const STUDY_GATHERING_CLAUSE = /中心组|[部科室]务会|职工大会|党员大会|干部大会|职工会议|党员会议|全体会议/;

/**
 * Whether `clause`, ending at `end` in `text`, holds a study gathering whose next clause passes a conference's spirit on
 * (召开全体干部职工大会，传达学习全市警示教育大会精神): the gathering is the 廉政教育 recorded from that spirit, no meeting left
 * out (round 48 ftf: 「消息里的「会议」没有对应到任何记录」 on the card).
 */
export function gatheringPassesSpirit(clause: string, text: string, end: number): boolean {
  return STUDY_GATHERING_CLAUSE.test(clause) && new RegExp(`^[,，]${SPIRIT_PASSED_ON}`).test(text.slice(end));
}

/** The conference a headline passes on: 党组传达学习全省残联系统警示教育大会精神 → 全省残联系统警示教育大会精神. */
const HEADLINE_SPIRIT = /(?:传达|学习|贯彻|落实)+([^,，;；。!！?？\n\u0000]{2,24}?(?:大会|会议|全会|会)的?精神)/;

/**
 * Whether a 公众号 headline of no type only names the conference whose spirit the item below passes on again
 * (【工作动态】党组传达学习全省…警示教育大会精神 over 「…召开党组会，传达学习全省…警示教育大会精神」; round 48 ftf): the
 * headline is the item's title, no line left unread.
 */
export function headlineSpiritRepeated(headline: string, below: string): boolean {
  const m = HEADLINE_SPIRIT.exec(headline);
  return m !== null && below.includes(m[1]!);
}
