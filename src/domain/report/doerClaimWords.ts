// 「赵书记说今天承诺书那两份是她跟徐辉 孙杰签的 不是我」「刚才那次是王磊谈的不是我」「黄书记说那次检查是他带队的」 (round 62,
// gbb; t64a G1, gaf's left-alone: stored as new reports, or a new talk asked its kind): records told before, pointed back at
// (那两份 · 那次 · 刚才那条, a kind noun beside), then who really did them — a name, or 他/她 for the one whose words are
// passed on (X说 · X讲 · X告诉我) — and, when said, with whom. storedDoerWords reads the shape of one record named by its
// person with a named doer; this reads the shapes it leaves: a relay, a pronoun, a pointer alone, a count, people listed.

/** A relay before the claim: 赵书记说 · 黄书记告诉我 · 听何主任说 (the speaker 2–6 characters). */
const RELAY = /^(?:听)?([\u4e00-\u9fa5]{2,6}?)(?:刚才|刚刚|也|又)?(?:说|讲|告诉我|跟我说|和我说|反映|提醒我)(?:了)?[,:;\s]*/;
/** A kind noun of a record (承诺书 · 检查 · 谈话 …), beside the pointer or in the naming words. */
const KIND = '(?:廉政承诺书|承诺书|责任书|廉政谈话|谈心谈话|提醒谈话|谈话|谈心|检查|党课|会议|学习)';
/** The naming words (up to 12 characters, no mark; 刚才报的 · 今天承诺书 · 和孙杰), the pointer with a count, a kind noun after. */
const POINTED = `([^,;:。!?\\s]{0,12}?)(?:的)?(?:那|这)(两|二|三|几|2|3|一)?(?:条|次|个|份|回)(?:记录)?(${KIND})?`;
/** 刚才报的两条承诺书: a count of records just reported, no pointer. */
const COUNTED = `((?:刚才|刚刚)(?:报的|记的|发的|上报的)?)(两|二|三|2|3)(?:条|份|次)(${KIND})?`;
/**
 * The doer: 他/她, or a name or surname with a post (never a day, never 和X: that is the other party); 我/本人 (round 64, gdc:
 * 孙丽「上周三那两份承诺书其实是我和王强签的 不是王副理事长」) only beside the stored doer denied by name.
 */
const WHO = '(他|她|我|本人|(?![和跟与同我他她])[\\u4e00-\\u9fa5]{2,7}?)(?:同志)?';
/**
 * With whom, when said: names parted by 、 , 和 or a voice-input space. 找王芳和胡军谈的 (round 63, gcj; t66a B-F5: a new
 * report) says them as 和 does.
 */
const WITH = '(?:(?:跟|和|与|同|找)(我|[\\u4e00-\\u9fa5、,\\s]{2,24}?))?(?:一起|两个人|两人)?';
/** The deed's verb that makes its subject the doer; 找我谈 (round 63, gca: 是郑华找我谈的) makes the member the other party. */
const VERB = '(?:亲自)?(?:来?找我(?:谈|签)?|谈|签|带队|带的队|主讲|讲|查|组织|主持)';
/**
 * The one denied: 不是我 · 不是我签的 · 并不是我 · 不是我找他 (the direction, round 63, gca) · 不是王副理事长签的 (a third
 * person relaying, round 63, gca; t65a B-F2): 我/本人 or the name as written, in the group; 他/她 (李主任说…不是他谈的,
 * round 63, gcj; t66a B-F5) the one whose words are passed on.
 */
const NOT_ME =
  '(?:不是|并不是|并非)(我|本人|他|她|(?![是我他她])[\\u4e00-\\u9fa5]{2,7}?)(?:找(?:的)?(?:他|她)(?:谈|签)?|谈|签|带队|主讲|讲|查|组织|主持)?的?';
/** A request after the claim, set aside. */
const TAIL = '(?:[,;。.!！\\s]*(?:改一下|改下|帮我改一下|麻烦改一下|麻烦改下|请更正|帮忙改一下))?[。.!！~\\s]*$';
const DOER_FIRST = `[,:;\\s]*(?:都|也)?(?:其实|实际上?|应该)?(?:都)?是${WHO}${WITH}${VERB}的?(?:[,;\\s]*(?:而)?(${NOT_ME}))?${TAIL}`;
const DENIAL_FIRST = `[,:;\\s]*(${NOT_ME})[,;\\s]*(?:而)?(?:其实|实际上?|应该)?(?:都)?是${WHO}${WITH}(?:${VERB})?的?${TAIL}`;
const POINTED_DOER = new RegExp(`^${POINTED}${DOER_FIRST}`);
const POINTED_DENIAL = new RegExp(`^${POINTED}${DENIAL_FIRST}`);
const COUNTED_DOER = new RegExp(`^${COUNTED}${DOER_FIRST}`);
const COUNTED_DENIAL = new RegExp(`^${COUNTED}${DENIAL_FIRST}`);
/**
 * A day or time word: never the doer (那次是上周三谈的 is a day). 周 only as a week (上周三 · 周五 · 上周), so 周部长 · 周涛 may
 * be the doer (round 64, gdc: 张颖「…其实是周部长和我签的，不是刘副理事长」 read as a report).
 */
const DAY_LIKE = /周(?:[一二三四五六日天末]|$)|[日号月天年\d]|上午|下午|晚上/;
/** Pointing words that name no field of a record: what is left after them (今天承诺书 · 和孙杰) is looked up. */
const DEICTIC = /^(?:刚才|刚刚|上次|之前|前面|今天上午|上午)?(?:报的|记的|发的|上报的|说的)?(?:的)?$/;

/** 找我谈 · 来找我签: the member the other party of the doer said. */
const FOUND_ME = /找我(?:谈|签)?的?/;
/** 上周三财务科那次， · 上周三财务科那次 before a relay: the naming words, then the pointer and a mark. */
const LEAD = /^([^,;:。!?\s]{2,14}?)那一?[次条个份回][,;:\s]+/;

const COUNTS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 2: 2, 3: 3, 一: 1 };

/** What doerClaimWords reads. */
export interface DoerClaimWords {
  /** The one whose words are passed on (赵书记), as written; absent when the member speaks for themself. */
  speaker?: string;
  /** The naming words before the pointer (今天承诺书 · 和孙杰), a kind noun after the pointer joined on; '' when none. */
  about: string;
  /** Only pointing words (刚才那次 · 那两份): the latest report's records are meant. */
  deictic: boolean;
  /** 那两份 · 刚才报的两条: how many records are meant. */
  count?: number;
  /** The doer as written: a name, or 他/她 for the speaker. */
  doer: string;
  /** The other party as written, one entry a name (徐辉 · 孙杰), when the words say with whom. */
  people: string[];
  /** 不是我 said. */
  denied: boolean;
  /** 不是王副理事长签的 (round 63, gca; t65a B-F2): the doer the records hold now, denied by a third person, as written. */
  notDoer?: string;
  /** 上周三财务科那次，孙丽说… (round 63, gca): naming words before the relay (上周三财务科), the pointer taken off. */
  lead?: string;
}

/**
 * 不是王副理事长， · 不是王建国签的 · 不是黄书记带队 (round 65, gea): the stored doer denied FIRST, by name, before the records
 * and the claim (孙丽「不是王副理事长，那两份承诺书是我和王强签的」 was a NEW signing 孙丽–王强 asked its day).
 */
const DENIAL_LEAD = new RegExp(`^(?:不对[,;\\s]*)?(${NOT_ME})[,;:\\s]+(?:而)?`);
/**
 * After such a denial, no pointer: the member the doer, with whom said before or after the verb — 是我跟王强签的 · 是我签的
 * 和王强 · 其实是我和王强.
 */
const SELF_AFTER_DENIAL = new RegExp(
  `^(?:其实|实际上?|应该)?(?:都)?是(?:我|本人)(?:自己)?${WITH}(?:${VERB})?的?(?:[,;\\s]*(?:跟|和|与|同)([\\u4e00-\\u9fa5、,\\s]{2,24}?)(?:一起)?(?:签|谈)?的?)?${TAIL}`,
);

/**
 * The doer claim `text` (normalised) makes of records told before, or undefined. Needs the records pointed back at (那次 ·
 * 那两份 · 刚才报的两条) and the doer said with the deed's verb (是她跟…签的 · 是王磊谈的) or after the member denied
 * (不是我，是王磊); a pronoun doer needs a relay (X说) to stand for. The stored doer denied by name first (不是王副理事长，
 * 那两份…是我和王强签的 · 不是王建国签的 是我跟王强签的, round 65) reads as the same denial said last; with no pointer only the
 * member may be the doer claimed (the latest report meant). No directory look-up: the caller resolves the names.
 */
export function doerClaimWords(text: string): DoerClaimWords | undefined {
  return claimWords(text) ?? deniedFirst(text.trim());
}

/** The denial said first (DENIAL_LEAD), read as the same claim with the denial last; undefined when it is not that. */
function deniedFirst(t: string): DoerClaimWords | undefined {
  if (!t.startsWith('不') && !t.startsWith('并')) return undefined;
  const lead = DENIAL_LEAD.exec(t);
  const denied = lead?.[2];
  if (!lead || denied === undefined || /^(?:我|本人|他|她)$/.test(denied) || DAY_LIKE.test(denied)) return undefined;
  const rest = t.slice(lead[0].length);
  // 那两份承诺书是我和王强签的 · 那次检查是我带队的: the pointed claim, the denial put after it.
  if (/那|这|刚才|刚刚/.test(rest)) {
    const claim = claimWords(`${rest.replace(/[。.!！~\s]+$/, '')},${lead[1]!}`);
    return claim && claim.speaker === undefined && claim.notDoer === denied ? claim : undefined;
  }
  const self = SELF_AFTER_DENIAL.exec(rest);
  if (!self) return undefined;
  const people = (self[1] ?? self[2] ?? '').split(/[、,\s]+|和|及/).map((p) => p.trim()).filter((p) => p !== '');
  return { about: '', deictic: true, doer: '我', people, denied: false, notDoer: denied };
}

function claimWords(text: string): DoerClaimWords | undefined {
  const t0 = text.trim();
  if (!t0.includes('是') || !/那|这|刚才|刚刚/.test(t0)) return undefined;
  // 上周三财务科那次，孙丽说那两份承诺书是她和王强签的 (round 63, gca; t65a B-F2): the record named before the relay.
  const led = LEAD.exec(t0);
  const ledRelay = led ? RELAY.exec(t0.slice(led[0].length)) : null;
  const lead = led && ledRelay ? led[1]! : undefined;
  const t1 = lead !== undefined ? t0.slice(led![0].length) : t0;
  const relay = ledRelay ?? RELAY.exec(t1);
  const t = relay ? t1.slice(relay[0].length) : t1;
  const counted = !/那|这/.test(t);
  const doerFirst = (counted ? COUNTED_DOER : POINTED_DOER).exec(t);
  const m = doerFirst ?? (counted ? COUNTED_DENIAL : POINTED_DENIAL).exec(t);
  if (!m) return undefined;
  const [, aboutRaw, countWord, kindWord] = m;
  const doer = doerFirst ? m[4]! : m[6]!;
  const withWords = doerFirst ? m[5] : m[7];
  const notWho = doerFirst ? m[7] : m[5];
  // 不是我 · 不是本人: the member denied; 不是王副理事长签的: the one the records name as doer now, denied by a third person.
  const denied = notWho === '我' || notWho === '本人';
  const notDoer = notWho !== undefined && !denied ? notWho : undefined;
  if (notDoer !== undefined && (DAY_LIKE.test(notDoer) || notDoer === doer)) return undefined;
  if (DAY_LIKE.test(doer) || /^第/.test(aboutRaw!)) return undefined;
  // 是我和王强签的 with no one else denied by name (刚才那次是我谈的) is no claim of another doer: the older readers'.
  if (/^(?:我|本人)$/.test(doer) && (notDoer === undefined || relay)) return undefined;
  // 他/她 stands for the one whose words are passed on; with no relay it is no one the words name.
  if ((/^(?:他|她)$/.test(doer) || (notDoer !== undefined && /^(?:他|她)$/.test(notDoer))) && !relay) return undefined;
  // Nothing but 那次 and a doer with no relay, denial, count or people is storedDoerWords' or no claim at all.
  const people = (withWords ?? '').split(/[、,\s]+|和|及/).map((p) => p.trim()).filter((p) => p !== '');
  // 是郑华找我谈的 (round 63, gca): the member the other party of the doer said.
  if (doerFirst && withWords === undefined && FOUND_ME.test(m[0])) people.push('我');
  const about = `${lead ?? ''}${aboutRaw!}${kindWord ?? ''}`;
  const deictic = lead === undefined && DEICTIC.test(aboutRaw!);
  if (!relay && !denied && notDoer === undefined && countWord === undefined && people.length === 0 && !deictic) return undefined;
  return {
    ...(relay ? { speaker: relay[1]! } : {}),
    about,
    deictic,
    ...(countWord !== undefined ? { count: COUNTS[countWord]! } : {}),
    doer,
    people,
    denied,
    ...(notDoer !== undefined ? { notDoer } : {}),
    ...(lead !== undefined ? { lead } : {}),
  };
}
