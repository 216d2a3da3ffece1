// 「会后，张书记与各部室主要负责人进行了集体廉政谈话，共8人参加。」 (round 37, t37a F1: the 8 put on the meeting told before):
// a talk held with a whole group counts that group's people, so a head count closing its sentence is the talk's.

/** 集体廉政谈话 · 与各部室主要负责人… · 与分管科室负责人… · 和班子成员…: a talk with a group (its people counted by a count after it). */
export const TALK_WITH_GROUP = /集体(?:廉政|谈心|提醒|警示|约谈)?谈话|(?:与|和|跟|同|对|找)(?:各|全体|全部|所有|分管)?[^,;。!?，；！？\u0000]{0,10}?(?:负责人|班子成员|党组成员|领导班子|全体干部|全体党员)[^,;。!?，；！？]{0,12}?(?:谈话|谈心|谈了|约谈|提醒)/;

/** Whether the sentence of `text` (normalised or raw) that ends at `end` tells a talk with a group. */
export function sentenceTalksWithGroup(text: string, end: number): boolean {
  const before = text.slice(0, end);
  const start = Math.max(...['。', '!', '?', '！', '？', '\n'].map((c) => before.lastIndexOf(c))) + 1;
  return TALK_WITH_GROUP.test(before.slice(start));
}
