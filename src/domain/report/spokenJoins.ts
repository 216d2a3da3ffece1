// 「…看了警示片叫围猎然后周五我又跟刘洋谈了心」: spoken 然后/接着 with no comma before it still starts another clause.
/** 然后/接着 right after a word, with no punctuation before it. */
const JOIN = /(?<=[^\s，,。；;！!？?：:、])(然后|接着)(?=[\u4e00-\u9fa5\d])/g;

/**
 * 「今天上午跟张颖谈了谈心谈话下午又组织全部门学习了纪律处分条例」 (round 45 frf, voice input with no punctuation: the
 * afternoon's study lost): a later part of the day right after a word, before a deed, starts another clause. Never after a
 * day (今天下午 · 周三下午 · 25日晚上), whose part of the day it is.
 */
const PART_OF_DAY = /(?<=[^\s，,。；;！!？?：:、天日号末一二三四五六七八九十\d早])\s*(下午|晚上|中午|傍晚)(?=\s*(?:又|还|再|也|我)?\s*(?:组织|和|跟|与|同|给|为|到|去|找|召开|开了|讲|学习|学了|观看|看了|检查|查了|签|参加|带|主持))/g;

/** 警示教育片叫围猎 · 片子叫…: the film's name said with 叫, which is no part of its title (片名叫… is read already). */
const FILM_CALLED = /(教育片|警示片|片子|电影|纪录片)叫(?:做)?(?=[\u4e00-\u9fa5《“"])/g;

/**
 * 「…先主持开了个座谈会，又给我们讲了廉政党课，最后和我、杨帆分别谈了话」 (round 37, t37a F8: the last talk was the sender's
 * with 杨帆, the visitor lost): 最后/最终/末了 opening a clause is the next step of the same visit, read as 随后 is (the
 * subject and day go on). Only before a deed's verb or 与/和…, never 最后一次 or 最后阶段.
 */
const LAST_STEP = /(?<=[，,；;]\s*)(?:最后|最终|末了)(?=\s*(?:又|还|再|也)?\s*(?:和|与|跟|同|给|为|对|到|找|检查|督查|召开|主持|讲|组织|开展|进行|签订|观看|听取|带领|参加|分别|逐一|深入|前往))/g;

/**
 * The text with a comma before a spoken 然后/接着 (or a later part of the day) that had none, so what follows is read as a clause of its
 * own, a clause's 最后 read as 随后, and a film's 叫 left out of its title. Run together, the second deed was lost with only its day
 * named (round 22, K5: 吴静's 警示教育 and 谈心).
 */
export function withSpokenJoins(text: string): string {
  return text.replace(JOIN, '，$1').replace(PART_OF_DAY, '，$1').replace(FILM_CALLED, '$1').replace(LAST_STEP, '随后');
}
