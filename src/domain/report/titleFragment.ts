// 观看警示教育片两次 → 《两次》, 开展警示教育片观看活动 → 《观看活动》, 学习会并讲话 → 《会并讲话》 (note 7, k22): words after a film
// or 学习 that are the sentence going on (a count, the activity itself, 会 of 学习会 and what followed it), never a work's name.

/** A count of showings or films: 两次 · 2场 · 三部 · 一次. */
const COUNT = /^[一二两三四五六七八九十\d]+(?:次|场|部|集|个|期|轮|批)/;

/** The showing itself named after the film: 观看活动 · 观影活动 · 放映会 · 展播. */
const SHOWING = /^(?:观看|观影|放映|展播|播放)|活动$/;

/** 学习会并讲话 · 学习班后交流: 会/班 close the word 学习会/学习班, and 并/后 join the next deed. */
// 会计法 (round 55, fhb: 学习了 会计法 lost its title) is a statute's name, its 会 no 学习会's.
const MEETING_WORD = /^(?:会(?!计)|班|会议)|并/;

/**
 * 观看了警示教育片要求大家引以为戒 · …警示教育片深受教育 · …警示教育片进行警示教育 · …警示片反思自身 (round 36: 《要求》
 * 《深受教育》 《进行警示教育》 《反思自身》): what the film was shown for or did to those who watched, the clause going on.
 */
const DEED_GOES_ON = /^(?:要求|提醒|号召|强调|督促|深受|受到|接受|进行|开展|反思|对照|结合|联系|引以为戒|认真|深刻|深入|切实|谈|交流|讨论)|(?:教育|触动|震撼|启发|警醒|反思|自身|自己)$/;

/**
 * True when `candidate`, read as an unquoted title after 观看…片 or 学习, is a fragment of the sentence instead: a count,
 * the showing itself, the rest of 学习会/学习班 with the deed after it, or what the showing was for or did (要求… ·
 * 深受教育 · 进行警示教育). A title is only what names a work.
 */
export function isTitleFragment(candidate: string): boolean {
  return COUNT.test(candidate) || SHOWING.test(candidate) || MEETING_WORD.test(candidate) || DEED_GOES_ON.test(candidate);
}
