// A clause opening with a subject of its own before 与/和 (…，同日刘芳副理事长也与周涛谈了 · …；刘芳与周涛谈心谈话): another doer's deed.

/** Words that open a clause going on with the subject before it (并与…, 随后又与…, 下午和孙杰…), which are no subject. */
const CARRIES_ON = '(?!并|又|也|还|再|随后|然后|之后|接着|同时|另外|此外|分别|先后|逐一|共同|一起|一同|亲自|上午|中午|下午|晚上|早上|今天|昨天|前天|当晚|会上|会后|会前|周[一二三四五六日天])';

/**
 * A person's name (2–4 characters), maybe with 同志 or a title, then (也/又/还) 与/和/跟/同/找 and someone: the subject of the
 * clause, maybe after a word of the same day or of sequence (同日, 当天, 随后). 王建国副理事长与会 names no one after 与.
 */
const OWN_SUBJECT = new RegExp(
  `^[\\s\\u0000,;]*(?:(?:同日|当日|当天|同一天|同天|随后|之后|接着)[\\s\\u0000,]*)?${CARRIES_ON}[\\u4e00-\\u9fa5]{2,4}?(?:同志)?(?:副?(?:书记|理事长|主任|科长|部长))?(?:同志)?[\\s\\u0000]*(?:也|又|还)?(?:与|和|跟|同|找)(?![我他她])(?=[\\u4e00-\\u9fa5]{2})`,
);

/**
 * …张伟分别与王建国、刘芳…谈话。当天下午，各位班子成员分别与分管部室负责人进行了提醒谈话 (round 19 #6: the leaders were paired
 * with the names of the sentence before, and their own talks dropped): a group of doers opening its clause, then 分别 与.
 */
const GROUP_SUBJECT = new RegExp(
  `^[\\s\\u0000,;]*(?:(?:同日|当日|当天|同一天|同天|随后|之后|接着)(?:上午|下午|晚上)?[\\s\\u0000,]*)?(?:各位|全体|各|其他|其余)?(?:党组|领导)?(?:班子成员|党组成员)[\\s\\u0000]*(?:也|又|还)?(?:分别|逐一|各自)?(?:与|和|跟|同|找|对)`,
);

/**
 * Whether `piece` (a clause after the first of a line) opens with a subject of its own before 与/和: its talk is that
 * subject's, never more people of the talk before (found by helpers, round 15: the second talk given the first doer).
 */
export function opensWithOwnSubject(piece: string): boolean {
  return OWN_SUBJECT.test(piece) || GROUP_SUBJECT.test(piece);
}
