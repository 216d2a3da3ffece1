// 「11月10日，张伟书记向班子成员开展集体廉政谈话」 (round 28 h28): the group after 向/为/给 is those talked to, as after 与;
// read with 向 the secretary became the one talked to and the sender the doer. A lecture's audience (为全体党员讲授党课)
// is no one talked to (lectureAudience); a talk given to a group is one talk with each of them, as 与 says.

/** 向/为/给 + the people (a group word ends them) + 开展/进行/作 + a talk of a kind. Groups: the people, the deed. */
const TO_GROUP_TALK =
  /(?:向|为|给)([^,;。!?:\n与和跟同向为给]{0,12}?(?:班子成员|党组成员|负责人|负责同志|中层干部|党员干部|干部|党员|同志|职工|人员))[\s\u0000]*((?:集中|集体|逐一|分别|统一)?[\s\u0000]*(?:开展|进行|作|做)了?(?:一次)?[\s\u0000]*(?:集体|集中)?(?:廉政谈话|提醒谈话|廉政提醒谈话|任前谈话|任前廉政谈话|谈心谈话|约谈|谈话))/g;

/**
 * `text` with each 「向/为/给<people>开展…谈话」 written 「与<people>开展…谈话」, so the people are those talked to and the
 * subject before them the one who talked. Unchanged when no such phrase is found (向党组报告 · 为党员讲授党课 are not).
 */
export function withGroupTalkAddressee(text: string): string {
  return text.replace(TO_GROUP_TALK, (_whole, people: string, deed: string) => `与${people}${deed}`);
}
