// 郑华部长11月28日与本部门陈静进行了谈心谈话，提醒节日期间注意廉洁自律 (round 68, ghj, t71b F2: a second item, a 廉政谈话 asked
// 和谁, made of the reminder): once a talk is typed (谈心谈话 · 廉政谈话), what it reminded or asked (提醒/要求/强调/叮嘱 …廉洁自律 ·
// 廉洁从政 · 廉洁过节) is its content (README round 31), never a new talk. After a bare 谈了谈 the content may still type it.

/** A talk verb of the clause's own: 谈/聊 (谈体会 · 谈心得 are no talk with someone). */
const OWN_TALK = /(?<![座洽商会])(?:谈(?!体会|心得|感受)|聊)/;

/**
 * 提醒节日期间… · 叮嘱我注意… · 要求其严守… · 强调要廉洁从业: the reminder with no one named after its verb (or a pronoun). 提醒王强注意
 * 廉洁过节 names someone else, whose talk of its own it may be (round 32, m4's rows): read as before.
 */
const NO_ONE_NAMED = /(?:提醒|叮嘱|嘱咐|告诫|要求|督促|强调)了?(?:其|他们|她们|他|她|我|本人)?(?:在|要|务必|注意|严守|严格|做到|做好|保持|坚持|廉洁|廉潔|节|節|元旦|春节|春節|双节|雙節|中秋|国庆|國慶|年底|年终|期间|期間|遵守|不)/;

/**
 * For each clause (a line split with its breaks kept), whether it is the content (`content[i]`, from talkContentClauses) of a
 * talk told before it whose clause names a talk type (`typedTalk(clause)`), names no talk of its own and only talk words of
 * kind (`talkKindOnly(clause)`): such clauses go, the talk keeping no words of the message.
 */
export function typedTalkContentClauses(
  clauses: readonly string[],
  content: readonly boolean[],
  typedTalk: (clause: string) => boolean,
  talkKindOnly: (clause: string) => boolean,
): boolean[] {
  let typed = false;
  return clauses.map((c, i) => {
    if (!content[i]) {
      if (OWN_TALK.test(c)) typed = typedTalk(c);
      return false;
    }
    return typed && !OWN_TALK.test(c) && NO_ONE_NAMED.test(c.replace(/[\s\u0000]+/g, '')) && talkKindOnly(c);
  });
}
