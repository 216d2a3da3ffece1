// 今天和何平廉政谈话，他请假了改天再谈 · …，他临时有事，改到明天 · …，对方请假，待安排 · 今天与李明廉政谈话未果 · 今天找吴静
// 谈心，她不在 · 今天的警示教育片只放了一半，停电了 (round 25b, §8: stored at once as done): the deed named did not take place,
// or not in full, for the reason told after it. No record; the reply says it was not recorded because it did not happen.
// A deed put off for ONE of several people (…，老赵出差了回来再谈) is not this: the others' talks did take place.

/** 未果 · 没成功 · 扑了个空: the attempt itself failed. */
const FAILED = /未果|未成功|没成功|没有成功|扑了?个?空|白跑/;
/** 只放了一半 · 看了一半就停了 · 没放完: a film or a study cut short. */
const CUT_SHORT = /只(?:放|看|播|学)了一半|(?:放|看|播)了一半|(?:放|播|看)到一半|没(?:有)?(?:放|播|看)完/;
/** 他/她/对方 (or nobody) away or busy: why the deed could not be held. */
const AWAY = /^(?:他|她|对方|本人|人家|人)?(?:临时|突然|今天)?(?:有事|有急事|请假了?|不在|没在|出差了?|外出了?|生病了?|休假了?|没来|没到|没空|被叫走了?|去开会了?)/;
/** 改天再谈 · 改到明天 · 待安排 · 另约: the deed put off. */
const PUT_OFF = /改天|改日|改到|改至|改在|另约|另行安排|待安排|再安排|再约|再谈|再找|下次再|回来再|以后再/;
/** A day of its own (今天 · 11月20日 · 周三): a clause naming one tells another deed. */
const DAY = /今天|昨天|前天|今日|昨日|\d{1,2}\s*月|\d{1,2}\s*[日号]|[一二三四五六七八九十]+[日号]|(?:周|星期|礼拜)[一二三四五六日天]/;
/** Said held: 谈了 · 进行了 · 签了 · 谈完. */
const HELD = /了|过|完/;
/** Two or more people in the deed: 和李明、孙丽 · 与周涛和吴静 (a deed put off for one of them is another helper's shape). */
const SEVERAL = /(?:和|与|跟|同|找)[^,;。]*?(?:、|及|以及|(?<=[\u4e00-\u9fa5]{2})和(?=[\u4e00-\u9fa5]{2}))/;

/**
 * Whether `line` (one entry, normalized or not) tells of one deed that did not take place: it failed (未果), was cut short
 * (只放了一半), or the one it was with was away (他请假了改天再谈 · 她不在 · 对方请假，待安排). A later clause naming another
 * person as away, a deed with several people, and a clause saying the deed was held (谈了…) with no put-off, are not.
 */
export function deedFellThrough(line: string): boolean {
  const text = line.replace(/，/g, ',').replace(/；/g, ';').trim();
  const clauses = text.split(/[,;。\s]+/).filter((c) => c !== '');
  // 昨天与周涛廉政谈话，今天组织观看警示片，放了一半停电了: a later clause with a day of its own is another deed.
  if (clauses.slice(1).some((c) => DAY.test(c))) return false;
  if (FAILED.test(text) || CUT_SHORT.test(text)) return !SEVERAL.test(text);
  if (clauses.length < 2 || SEVERAL.test(clauses[0]!)) return false;
  const tail = clauses.slice(1);
  // 应到5人，请假2人 is a head count, not someone away: a clause with a number is never the reason.
  const away = tail.findIndex((c) => AWAY.test(c) && !/\d|[一二两三四五六七八九十几]\s*(?:人|名|位)/.test(c));
  if (away < 0) return false;
  const putOff = tail.slice(away).some((c) => PUT_OFF.test(c));
  // 她不在 ending the message: nobody was there to talk to; 谈了心，他请假了 says the talk was held first.
  return putOff || (away === tail.length - 1 && !HELD.test(clauses[0]!));
}
