// 陈副理事长来部里跟我们集体谈话 (round 43, t44a F2: the talk asked whom, or given to a name from an aside): 跟我们 before a
// collective talk are the sender's department, every one of its staff talked to with the sender, as 与部门全体同志 is.

/** 跟我们集体谈话 · 和我们进行了集体廉政谈话 · 与我们大家开展集体谈话. */
const US_COLLECTIVELY = /(跟|和|与|同|对|给)我们(?:大家|几个|全体)?(?=(?:进行了?|开展了?|搞了?|作了?|做了?)?(?:一次|一场)?集体(?:进行了?|开展了?)?(?:一次|一场)?(?:廉政|谈心)?谈)/g;

/** `text` with 跟我们 before a collective talk written 与部门全体同志; unchanged otherwise. */
export function withOurCollectiveTalk(text: string): string {
  return text.includes('集体') ? text.replace(US_COLLECTIVELY, '$1部门全体同志') : text;
}
