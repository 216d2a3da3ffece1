// 「周三又跟何平主任谈了一次，是廉政谈话。」 (round 40, t40a F13: a 谈心谈话 carried from the sentence before, and a second,
// 廉政谈话 with no one): the kind said right after a bare talk (，是廉政谈话 · ，属于谈心谈话) is that talk's.

/**
 * A bare talk with one person named right before it (跟何平主任谈了一次 · 和王芳谈了话), a comma, then 是/属于/算 and the kind.
 * Group 1 whom, 2 the kind. A talk of several (我、陈静都谈了，是廉政谈话) is the kind readers' already.
 */
const KIND_AFTER = /((?:跟|和|与|同|找)[^,，。；;、都\s]{1,12}?)谈了?(?:一次|一下|一回)?(?:话|心)?[\s]*[,，][\s]*(?:这次|那次)?(?:是|属于|算是?|为)(廉政提醒谈话|廉政谈话|谈心谈话|提醒谈话|集体廉政谈话)(?=[\s]*(?:[。；;!！,，]|$))/g;

/** `text` with each such talk written as one talk of that kind (…跟何平主任进行了廉政谈话). */
export function withTalkKindAfter(text: string): string {
  return text.replace(KIND_AFTER, (_w, whom: string, kind: string) => `${whom}进行了${kind}`);
}
