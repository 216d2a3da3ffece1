// 「昨天和王强进行了廉政谈话，另外和李娟谈了话」 (round 30, F4 #1: the 李娟 talk stored at once as a 廉政谈话): a talk told
// after a typed one in words of its own — set apart (另外, 此外, 还有) or with a verb of its own (谈了话, 谈了谈, 聊了聊) — is
// a talk of no kind said. Only the bare 也/又…谈了 (一次) of 「…廉政谈话，也和吴静谈了」 leaves the verb out, and so the kind
// with it: that one goes on being the talk before (as the corpus has read it since round 12); the others are asked their kind.
import { extractTitles } from './parseTraining.js';

/** 另外 · 此外 · 另 · 还有 · 另一方面: a second deed set apart from the first, not the first again. */
const SET_APART = /另外|此外|另(?=[和与跟同找对]|一方面)|还有|其他|其余/;

/** A casual verb of its own: 谈了谈 · 谈一谈 · 聊了聊 · 聊聊 · 聊了 · 聊天 · 交流: nothing of the kind before is said. */
const CASUAL_VERB = /谈[了一]谈|聊[了一]?聊|聊了|聊天|聊过|交流/;
/** The talk's whole verb: 谈了话 · 谈过话 · 谈话 · 谈了一次话. */
const WHOLE_VERB = /谈了?(?:一次|一回|个)?话|谈过话/;
/** 也 · 同样 · 一样: the talk is said to be like the one before (上周四同孙丽也进行了谈话, corpus since the final round). */
const LIKEWISE = /也|同样|一样/;
/** 和她聊了很多…: the person of the talk before, by a pronoun: what was said in that talk, no talk of its own. */
const SAME_PERSON = /(?:和|与|跟|同|找|对)[他她](?![们俩人])/;
/** The one talked with: 和李娟谈了话 → 李娟 (a pronoun is put back as the name before this is read, pronounDoer). */
const PARTNER = /(?:和|与|跟|同|找|对)([\u4e00-\u9fa5]{2,3}?)(?:同志)?(?:也|又|还|再)?(?:进行|开展|聊|谈)/;

/**
 * Whether an untyped talk clause (`piece`, one clause as splitActivities cuts it, titles ignored) is a talk of its own whose
 * kind the clause before does not give: set apart by 另外/此外/还有, told with a casual verb (聊了聊, 谈了谈), or with the whole
 * verb (谈了话) and no 也/同样. False for the elliptic 也/又/还和X谈了 (一次), for 也进行了谈话, and for a 他/她 or a name
 * already in `before` (the clauses of the talk before): that is the same person's talk told on.
 */
export function freshTalk(piece: string, before = ''): boolean {
  const words = extractTitles(piece).rest;
  const partner = PARTNER.exec(words)?.[1];
  if (SAME_PERSON.test(words) || (partner !== undefined && before.includes(partner))) return false;
  return SET_APART.test(words) || CASUAL_VERB.test(words) || (WHOLE_VERB.test(words) && !LIKEWISE.test(words));
}
