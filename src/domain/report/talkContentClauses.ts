// 「王副理事长和何平主任、徐辉副主任挨个谈了谈，主要是提醒年底前后严守中央八项规定，不收受礼品礼金。」 (round 37, t37a F5: the
// reminder's 年底前后 read as a plan, the clause dropped with 「其中的计划安排，未记录」, and the talk, its purpose gone, asked
// its type): what a talk reminded or asked of the one talked to is its content, never a plan of the sender's.

/** A talk told in the clause: 谈了谈 · 谈话 · 聊了聊 · 谈心 (not 座谈/洽谈/商谈, a meeting). */
const TALK = /(?<![座洽商会])谈|聊/;

/** 主要是提醒… · 提醒其… · 叮嘱他… · 要求她… · 嘱咐… opening a clause: what the talk said to the one talked to. */
const CONTENT_OPENING = /^[\s\u0000,，]*(?:主要|主要是|重点是|重点|内容是|主要内容是|谈话内容是|谈的是|并|还)?[\s\u0000]*(?:提醒|叮嘱|嘱咐|告诫|要求|督促|催促|敦促|提醒了|叮嘱了|嘱咐了|督促了)(?!各|全体|大家)/;

/** 并组织… · 同时… · 随后… · 另外…: a clause going on to another deed of the doer's, no more of what the talk said. */
const NEXT_DEED = /^[\s\u0000,，]*(?:并且?|同时|随后|之后|然后|接着|另外|此外|会后|还|又|谈完|谈话结束后|谈话后|谈后|结束后|最后|随即|当场)/;
/**
 * …，提醒我廉洁过节，谈完让我写了承诺书 (round 37 merge: fjh's content swallowed fjb's pledge after the talk): a signing told in a
 * clause of its own is a deed of its own, no more of what the talk said.
 */
const SIGNING = /签订|签了|签下|签署|写了[^,，。]{0,6}?(?:承诺书|责任书)/;
/**
 * …，主要是提醒他年底严守八项规定，昨天又组织部门同志观看了警示片《迷途》 (round 37, t37c F10: the film dropped without a word):
 * a clause opening with a day of its own, or one that organises or holds a deed, tells another deed.
 */
const OWN_DEED = /^[\s\u0000,，]*(?:(?:\d{1,2}月)?\d{1,2}[日号]|[今昨前]天|大前天|(?:上|本|这)?个?(?:周|星期|礼拜)[一二三四五六日天]|次日|当天|同日|上午|下午|晚上)|^[\s\u0000,，]*(?:又|还|也)?(?:组织|召开|开展|观看|参加|学习|主持|带队|讲授)/;

/** What ends a sentence, after which the next clause opens a new one. */
const SENTENCE_END = /[。!！?？;；\n]\s*$/;

/**
 * For each clause of a line (as split with their breaks kept), whether it tells the content of a talk told before it in
 * the same sentence (…谈了谈，主要是提醒…，不收受礼品礼金。): such clauses plan nothing of the sender's, whatever time
 * (年底, 节前, 下周) their reminder names. The clauses after the first one go with it to the sentence's end.
 */
export function talkContentClauses(clauses: readonly string[]): boolean[] {
  let talked = false;
  let told = false;
  return clauses.map((c, i) => {
    if (i === 0 || SENTENCE_END.test(clauses[i - 1]!)) {
      talked = false;
      told = false;
    }
    // …，提醒他注意廉洁过节，并组织全体人员开展廉政教育 (round 34a's row): 并/同时/随后… a deed of the doer's ends the content.
    if (told && (NEXT_DEED.test(c) || SIGNING.test(c) || OWN_DEED.test(c)) && !CONTENT_OPENING.test(c)) told = false;
    if (!told && talked && CONTENT_OPENING.test(c)) told = true;
    const content = told;
    if (TALK.test(c) && !content) talked = true;
    return content;
  });
}
