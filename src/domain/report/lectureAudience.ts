// 「赵敏同志11月3日为宣文部党员讲授廉政党课。11月17日，与王磊开展谈心谈话。」 (round 28 h28, F2): 宣文部党员 after 为 are
// those the lecture was given to, its audience. Read as one unnamed member of 宣文部 beside a talk with its head, they
// became a second talk asking 「宣文部党员是哪一位？」. An audience is never someone talked to one to one.

/** 为 · 给 · 向 · 对, perhaps after a day or a place, right before the audience. */
const TO = /(?:为|给|向|对)[\s\u0000]*$/;

/**
 * After the audience, within the clause: a lecture or a teaching given (讲授 · 讲了一堂 · 上党课 · 作专题辅导 · 宣讲 ·
 * 授课 · 开展廉政教育 · 作…报告). A talk (开展集体谈话) is not here: its people are those talked to.
 */
const TAUGHT = /^[^,;。!?\n与和跟同找]{0,8}?(?:讲授|主讲|讲了?|上了?|作了?|做了?|宣讲|授课|辅导|开展了?(?:[^,;。!?\n谈]{0,10}?)(?:教育|党课|宣讲|讲座|辅导))/;

/** 组织 · 带领 · 召集 right before the people. */
const LED = /(?:组织|带领|召集|动员)[\s\u0000]*$/;

/** What the people led did together (学习 · 观看 · 参观 · 集中学习 · 参加…). */
const TOOK_PART = /^[\s\u0000]*(?:集中|一起|共同|统一|分批)?[\s\u0000]*(?:学习|观看|收看|参观|聆听|参加|开展|赴|到|前往|\u0000)/;

/**
 * Whether the words at `start`..`end` of `text` (a department's people, 全体党员, 新入职人员…) stand as the audience of a
 * lecture or teaching: after 为/给/向/对 and before what was given to them, in one clause.
 */
export function isLectureAudience(text: string, start: number, end: number): boolean {
  if (TO.test(text.slice(Math.max(0, start - 3), start)) && TAUGHT.test(text.slice(end))) return true;
  // 组织宣文部党员学习《…》 · 带领康复部党员观看…: those who were led to study or watch took part; no one was talked to.
  return LED.test(text.slice(Math.max(0, start - 4), start)) && TOOK_PART.test(text.slice(end));
}
