// 王芳「…二是11月中下旬，各分管领导分别到分管科室开展廉政谈话，共谈话8人次；…」 (round 36a F10: asked 和谁 with no one to
// pick, then 「「各分管领导」是哪一位？」 with one leader): 各分管领导 · 各位分管领导 · 分管领导们 standing as a clause's subject are
// the leaders as a group, as 班子成员 are; and a talk held 到分管科室 by that group is each leader's with the heads of the
// departments they supervise, as 班子成员分别与分管科室负责人… is read.

/** A place that may open a clause before its subject: 会上 · 随后 · 同时…. */
const OPENING = '(?:会上|会后|会议上|随后|同时|此外|另外)?';
/** What the group does right after it: the words GROUP_DOERS (parseActor) reads a group subject by. */
const DEED_AHEAD = '(?=\\s*(?:还|也|都|均|又)?\\s*(?:分别|各自|先后|逐一|一一)?\\s*(?:与|和|同|跟|对|找|为|给|讲授|主讲|主持|带队|到|深入|赴|去|向|签订|开展|进行))';
/**
 * 各分管领导 · 各位分管副理事长 · 全体分管领导同志 · 分管领导们 (one 分管领导 alone is one person's superior, left as it is),
 * after a stop or right after a day (11月20日各分管领导分别与…, round 37: asked which one 「各分管领导」 was).
 */
const SUPERVISING_GROUP = new RegExp(
  `(^|[\\n,，;；。:：]|(?<=\\d)[日号]|[今昨前]天|(?:周|星期)[一二三四五六日天])(\\s*${OPENING}\\s*)((?:各位|各|全体|所有)分管(?:领导|副理事长|理事长|班子成员)(?:同志)?(?:们)?|分管(?:领导|副理事长)们)${DEED_AHEAD}`,
  'g',
);
/** 班子成员分别到分管科室开展廉政谈话: the group's talk where they supervise, with no one named, is with those heads. */
const TALK_WHERE_SUPERVISED =
  /((?:各位|全体|各)?(?:党组|领导)?班子成员(?:同志)?\s*(?:还|也|都|均|又)?\s*(?:分别|各自|逐一|一一|都|均)?)\s*(?:到|深入|赴|去)(?:各自|其)?(?:的)?分管(?:的)?(?:科室|部门|部室|处室|单位)(?=\s*(?:开展|进行|组织)?了?\s*(?:集体|廉政|谈心|提醒|廉洁|警示|一对一)*\s*谈(?:话|心))/g;

/**
 * `text` (as written or normalised) with a group of supervising leaders as the subject (各分管领导分别…) written 班子成员, and
 * that group's talk 到分管科室 written 与分管科室负责人, so the group readers hold every leader and their own heads. A single
 * 分管领导, and a talk of the group with people it names, are left as they are.
 */
export function withSupervisedLeadersGroup(text: string): string {
  return text.replace(SUPERVISING_GROUP, '$1$2班子成员').replace(TALK_WHERE_SUPERVISED, '$1与分管科室负责人');
}
