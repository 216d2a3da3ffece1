// t49a O4 (issue 10): 「周一到组联部参加分管科室会议，传达了全市警示教育大会精神」 put 「消息里的「警示教育」没有对应到任何记录，
// 请核对是否漏记」 on a right card — the 警示教育 is the name of the conference whose spirit the meeting passed on, the meeting's
// topic, no deed the records missed. So is a type word in the purpose a recorded deed is for (为深入推进以案促改，…开展了自查),
// and the topic written into a recorded gathering's own name (中心开了以案促改专题会, read as that 警示教育: its 专题会 is the
// record itself, no meeting left out). A type word that tells a deed of its own (…，还组织观看了警示片) is none of these.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { KindMatch } from './parseKind.js';
import { kindsRelated, MEETING_TYPES } from './parseKindPatterns.js';
import { purposeEnd } from './purposeClause.js';

/** What parts clauses and sentences. */
const CLAUSE_END = /[,，;；。!！?？\n]/;
const SENTENCE_END = /[;；。!！?？\n]/;

/** 传达 · 学习 · 贯彻 · 落实 · 领会: what is done with a conference's spirit, written before its name in the clause. */
const PASSED_ON = /(?:传达|学习|贯彻|落实|领会)/;
/** …大会精神 · …工作会议精神 · …会议部署 · …会要求: after the type word, the conference's name ends with its spirit or decisions. */
const CONFERENCE_SPIRIT = /^[^,，;；。!！?？\n]{0,12}?(?:大会|会议|会)(?:的)?(?:精神|部署|要求|内容)/;
/** Between a topic and the meeting named by it: 以案促改专题会 · 警示教育工作会议 · 警示教育的专题会. */
const TOPIC_GAP = /^[工作专题的\s\u0000]{0,3}$/;

/** The start of the clause (or sentence, by `ends`) of `text` that holds position `at`. */
function startOf(text: string, at: number, ends: RegExp): number {
  let start = at;
  while (start > 0 && !ends.test(text[start - 1]!)) start--;
  return start;
}

/**
 * Whether type word `k` of `text` (one of `kinds`, every type word of it) names what a recorded deed was about rather than
 * a deed of its own: the conference whose spirit was passed on (传达了全市警示教育大会精神); a purpose whose deed, of another
 * type, a record took (为深入推进以案促改，…开展了自查); or, for a meeting word, the gathering recorded as the type written
 * into its name (以案促改专题会 as that 警示教育). `taken(code)` says whether some record is of a type related to `code`.
 */
export function namesDeedTopic(text: string, k: KindMatch, kinds: readonly KindMatch[], taken: (code: ActivityTypeCode) => boolean): boolean {
  const clause = startOf(text, k.start, CLAUSE_END);
  if (PASSED_ON.test(text.slice(clause, k.start)) && CONFERENCE_SPIRIT.test(text.slice(k.end))) return true;
  const sentence = startOf(text, k.start, SENTENCE_END);
  const purpose = purposeEnd(text.slice(sentence));
  if (purpose > 0 && k.end <= sentence + purpose) {
    const deed = kinds.filter((o) => o.start >= sentence + purpose && !SENTENCE_END.test(text.slice(sentence + purpose, o.start)));
    if (deed.length > 0 && deed.every((o) => !kindsRelated(o.code, k.code)) && deed.some((o) => taken(o.code))) return true;
  }
  if (MEETING_TYPES.has(k.code)) {
    const topic = kinds.find((o) => o.end <= k.start && TOPIC_GAP.test(text.slice(o.end, k.start)));
    if (topic !== undefined && !MEETING_TYPES.has(topic.code) && taken(topic.code)) return true;
  }
  return false;
}
