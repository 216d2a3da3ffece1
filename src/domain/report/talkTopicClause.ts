// t48a F6 (issue 10): 刘芳「11月中旬分别找组联部周涛、康复部吴静两位部长谈心谈话，主要是节前廉洁提醒」 — the card and the receipt said
// 「消息里的「节前廉洁提醒」没有对应到任何记录，请核对是否漏记」. What a talk was about (主要是… · 内容是… · 围绕… · 就…进行提醒)
// is that talk's topic, no deed the records missed.

/** A talk told in a clause: 谈了谈 · 谈话 · 聊了聊 · 谈心 (not 座谈/洽谈/商谈, a meeting). */
const TALK = /(?<![座洽商会])谈|聊/;

/**
 * A clause telling what a talk before it was about: 主要是… · 主要内容是… · 谈话内容为… · 重点是… · 主题是… · 谈的是… · 围绕… ·
 * 主要就…(进行了提醒) · 就…进行提醒 · 内容涉及….
 */
const TOPIC_OPENING = /^[\s\u0000]*(?:(?:主要|重点|谈话|谈心)(?:内容|话题|主题)?|(?:内容|话题|主题))(?:是|为|涉及|包括)|^[\s\u0000]*(?:主要|重点)?(?:围绕|就|针对|聚焦)|^[\s\u0000]*谈的(?:是|主要是)/;

/**
 * A deed told in the clause (…，围绕廉政风险防控组织…开展了廉政教育 · …，针对发现的问题召开了专题会议 · …，主要是观看了…): the
 * clause tells a deed of its own, whatever it opens with — never a topic.
 */
const OWN_DEED = /开展|组织|召开|举办|观看|收看|观影|学习了|学了|传达|检查|督查|抽查|签订|签了|签署|参加|讲授|讲了|上了|报送|上报|提交|部署|走访|调研/;

/** Whether `clause` tells only what a talk was about: it opens so (TOPIC_OPENING) and tells no deed (OWN_DEED). */
const isTopic = (clause: string) => TOPIC_OPENING.test(clause) && !OWN_DEED.test(clause);

/** What ends a sentence: a topic clause goes with the talk of its own sentence only. */
const SENTENCE_END = /[。!！?？;；\n]/;
/** What parts clauses. */
const CLAUSE_END = /[,，;；。!！?？\n]/;

const CLAUSE_END_FROM = new RegExp(CLAUSE_END.source, 'g');
/** `text` from `from` to the next CLAUSE_END (its end when none): `text.slice(from).split(CLAUSE_END)[0]`, without the split. */
function restOfClause(text: string, from: number): string {
  CLAUSE_END_FROM.lastIndex = from;
  const end = CLAUSE_END_FROM.exec(text);
  return text.slice(from, end === null ? text.length : end.index);
}

/**
 * Whether the word at `at` of `text` stands in a clause telling a talk's topic (TOPIC_OPENING), after a clause of the same
 * sentence that tells a talk.
 */
export function inTalkTopic(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  if (start === 0 || SENTENCE_END.test(text[start - 1]!) || !isTopic(text.slice(start, at + 1) + restOfClause(text, at + 1))) return false;
  let sentence = start - 1;
  while (sentence > 0 && !SENTENCE_END.test(text[sentence - 1]!)) sentence--;
  return TALK.test(text.slice(sentence, start - 1));
}

/**
 * For each clause of a line (as split with their breaks kept), whether it tells the topic of a talk told before it in the
 * same sentence (…谈心谈话，主要是节前廉洁提醒 · …廉政谈话，内容是警示教育): 'typed' after a talk of a type named, 'untyped' after a
 * bare 谈话/谈了谈 (whose topic may be all that tells its type), else undefined. Such a clause is no deed of its own (t48a F6:
 * with a day, 「11月16日找周涛部长谈心谈话，主要是节前廉洁提醒」 stored a 廉政教育 beside the talk).
 */
export function talkTopicClauses(clauses: readonly string[], isTypedTalk: (clause: string) => boolean): Array<'typed' | 'untyped' | undefined> {
  let talked: 'typed' | 'untyped' | undefined;
  return clauses.map((c, i) => {
    if (i === 0 || SENTENCE_END.test(clauses[i - 1]!.slice(-1))) talked = undefined;
    const topic = i > 0 && isTopic(c) ? talked : undefined;
    if (topic === undefined && isTypedTalk(c)) talked = 'typed';
    else if (topic === undefined && talked === undefined && TALK.test(c)) talked = 'untyped';
    return topic;
  });
}
