// Stored records corrected in loose words (round 64, gdj; t67a Part B P6/P7): two shapes the older correction readers leave.
// P6 黄志刚「上午张伟和何平那条 其实是我找他谈的 张书记不在」(was a NEW talk of 张伟's asked its kind; 「和何平那条 是我找他谈的」
// was 「没有在通讯录里找到「我找他」」): the record the naming words point at was the SENDER's deed — ownDeedClaimWords.
// P7 刘芳「其实是我和郑华签的 不是周涛」 about her stored signing 刘芳–周涛 (was the generic help): the record's PERSON (or a
// lecture's unit) was another — personSwapWords. Pure; the bot resolves the names and finds the records.

/** The deed's verb: 谈 a talk, 签 a signing, 讲 a lecture (党课). */
export type DeedVerb = '谈' | '签' | '讲';

/** What ownDeedClaimWords reads. */
export interface OwnDeedClaim {
  /** The naming words before the pointer (上午张伟和何平 · 和何平); '' when none. */
  about: string;
  verb: DeedVerb;
  /** 张书记不在 · 王副理事长没去: the one said absent, as written (the record's doer now). */
  absent?: string;
  /** 张书记只是在场: the one named was there, only not the doer (round 65, gei; t68a B2). */
  present?: boolean;
}

/** What personSwapWords reads. */
export interface PersonSwap {
  /** The naming words before the pointer (和周涛 · 上周三承诺书); '' when none. */
  about: string;
  /** The person (or unit) the record should hold, as written. */
  to: string;
  /** The person (or unit) it holds now, as written. */
  from: string;
  /** The verb said, when said (是X不是Y says none). */
  verb?: DeedVerb;
}

/** The naming words, then the pointer (那条 · 那次 · 那个 · 那份), marks after. */
const POINTED = '([^,;:。!?\\s]{0,14}?)(?:的)?那(?:一)?[条次个份回](?:记录)?(?:廉政谈话|谈心谈话|谈话|党课|承诺书|责任书)?[,;:\\s]*';
/** 张书记不在 · 王副理事长没去 · 他出差了: a presence clause naming the one the record holds as doer now. */
const ABSENT = '([\\u4e00-\\u9fa5]{2,7}?)(?:当时|那天|上午|下午)?(?:不在|没在|没去|没来|没参加|出差了?|不在场)(?:的|啊|呀)?';
/** A request or end mark after the claim, set aside. */
const END = '(?:[,;。\\s]*(?:改一下|改下|帮我改一下|麻烦改一下|请更正))?[。.!！~\\s]*$';
/**
 * P6 (round 64, gdj; t67a P6): 「上午张伟和何平那条 其实是我找他谈的 张书记不在」 · 「和何平那条 是我找他谈的」 · 「那次党课是我讲的」.
 * Needs the pointer (那条 …): 是我找他谈的 alone answers 「X是和谁谈的？」 (round 64, gdc), never a stored record's claim.
 */
const OWN_DEED = new RegExp(
  `^(?:不对[,;\\s]*)?(?:${ABSENT}[,;\\s]+)?${POINTED}(?:其实|实际上?)?(?:应该)?是我(?:自己|本人)?(?:亲自)?(?:找(?:他|她)|和(?:他|她)|跟(?:他|她)|给(?:他|她)|跟他们|和他们)?(谈|签|讲)的?(?:[,;。\\s]*(?:不是(?:他|她|[\\u4e00-\\u9fa5]{2,6}?)(?:谈|签|讲)?的?))?(?:[,;。\\s]*${ABSENT})?${END}`,
);

/** 张书记只是在场 · 张书记只是陪同 · 他只是陪着来的: the one on the record now, present only (round 65, gei; t68a B2). */
const PRESENT_ONLY = '([\\u4e00-\\u9fa5]{2,7}?)(?:当时)?(?:只是|只|就是|仅仅是|仅)(?:在场|陪同|陪着|陪着来的|旁听|列席)(?:的|而已|了)?';
/**
 * 「刚才那条说错了 其实是我找王磊谈的 张书记只是在场」 (round 65, gei; t68a B2: 没看懂): the latest record owned wrong, the sender
 * the doer, the other side named (找王磊 · 和王磊), and the one on it now said only present (只是在场 · 只是陪同) or absent.
 */
const OWN_DEED_LATEST = new RegExp(
  `^(?:刚才|刚刚)(?:那条|那一条|那个|上报的那条|报的那条)?(?:的)?(?:说|记|写|报|弄|搞)?(?:错了|不对)[,;。\\s]*(?:其实|实际上?)?(?:应该)?是我(?:自己|本人)?(?:亲自)?(?:找|和|跟)([\\u4e00-\\u9fa5]{2,6}?)(?:同志)?(谈|签)的?(?:[,;。\\s]*(?:${PRESENT_ONLY}|${ABSENT}))?${END}`,
);

/** A name or unit as written (2–10 characters, no mark); day words are refused by the caller's look-up. */
const WHO = '([\\u4e00-\\u9fa5]{2,10}?)';
const WITH = '(?:和|跟|与|同|给)';
/**
 * P7 (round 64, gdj; t67a P7): 「其实是我和郑华签的 不是周涛」 · 「其实是和郑华谈的 不是周涛」 · 「和周涛那条 其实是和郑华签的」 ·
 * 「其实是给教育就业部讲的 不是组联部」. The one said first is the record's now-right person; 不是Y the one it holds.
 */
const SWAP_TO_FIRST = new RegExp(
  `^(?:不对[,;\\s]*)?(?:${POINTED})?(?:不对[,;\\s]*)?(?:其实|实际上?)?(?:应该)?是(?:我)?${WITH}${WHO}(谈|签|讲)的?[,;。\\s]*(?:而)?(?:并)?不是(?:我)?${WITH}?${WHO}(?:谈|签|讲)?的?${END}`,
);
/** 「不是和周涛 是和郑华签的」 · 「不是跟周涛谈的，是跟郑华谈的」: the denial first. */
const SWAP_FROM_FIRST = new RegExp(
  `^(?:不对[,;\\s]*)?(?:${POINTED})?(?:并)?不是(?:我)?${WITH}${WHO}(?:谈|签|讲)?的?[,;。\\s]*(?:而)?(?:其实|实际上?)?(?:应该)?是(?:我)?${WITH}${WHO}(谈|签|讲)的?${END}`,
);
/** 「和周涛那条 是郑华不是周涛」 · 「对象是郑华不是周涛」: a pointer or 对象 before it, the names bare. */
const SWAP_BARE = new RegExp(`^(?:${POINTED}|(?:谈话|签字|签约)?对象)(?:其实|实际上?)?(?:应该)?是${WHO}[,;。\\s]*(?:而)?不是${WHO}${END}`);

/**
 * 「昨天签责任书那条，吴静不对，是郑华」 · 「昨天那条 对象吴静写错了 应该是郑华」 (round 66, gfd; t68b: a NEW signing 刘芳–郑华 beside
 * the stored one): a pointer, the wrong name said wrong (不对 · 错了 · 写错了), then the right one. The pointer is needed: 吴静不对
 * alone may be a judgement of a person, never a record named.
 */
const SWAP_WRONG_FIRST = new RegExp(
  `^(?:不对[,;\\s]*)?${POINTED}(?:谈话|签订|签字)?(?:对象)?(?:是)?${WHO}(?:不对|错了|写错了|记错了|弄错了|搞错了)[了,;。\\s]*(?:应该|其实|实际上?)?(?:是)(?:我)?${WITH}?${WHO}(谈|签|讲)?的?${END}`,
);

/** Day or time words: never a person or unit (是周三不是周二 is a day correction, correctLatest's). */
const DAY_LIKE = /周[一二三四五六日天末]|[日号月天年\d]|上午|下午|晚上|昨|前|今/;
/** Kind words: 是警示教育不是廉政教育 is a kind correction (correctLatest's). */
const KIND_LIKE = /(?:教育|谈话|谈心|会议|检查|党课|学习|承诺书|责任书|报告|材料)$/;

const fine = (w: string) => !DAY_LIKE.test(w) && !KIND_LIKE.test(w) && !/^(?:我|他|她|本人)/.test(w);

/** The P6 claim `text` (normalised) makes, or undefined. */
export function ownDeedClaimWords(text: string): OwnDeedClaim | undefined {
  const t = text.trim();
  if (!t.includes('是我') || !/那|刚才|刚刚/.test(t)) return undefined;
  const latest = OWN_DEED_LATEST.exec(t);
  if (latest) {
    const by = latest[3] ?? latest[4];
    return { about: `和${latest[1]!}`, verb: latest[2] as DeedVerb, ...(by !== undefined ? { absent: by } : {}), ...(latest[3] !== undefined ? { present: true } : {}) };
  }
  const m = OWN_DEED.exec(t);
  if (!m) return undefined;
  const absent = m[1] ?? m[4];
  return { about: m[2]!, verb: m[3] as DeedVerb, ...(absent !== undefined ? { absent } : {}) };
}

/** The P7 swap `text` (normalised) says, or undefined. */
export function personSwapWords(text: string): PersonSwap | undefined {
  const t = text.trim();
  if (!t.includes('不是') && !/不对|错了/.test(t)) return undefined;
  const a = SWAP_TO_FIRST.exec(t);
  const b = a ? null : SWAP_FROM_FIRST.exec(t);
  const c = a || b ? null : SWAP_BARE.exec(t);
  const d = a || b || c ? null : SWAP_WRONG_FIRST.exec(t);
  const found: PersonSwap | undefined = a
    ? { about: a[1] ?? '', to: a[2]!, verb: a[3] as DeedVerb, from: a[4]! }
    : b
      ? { about: b[1] ?? '', from: b[2]!, to: b[3]!, verb: b[4] as DeedVerb }
      : c
        ? { about: c[1] ?? '', to: c[2]!, from: c[3]! }
        : d
          ? { about: d[1] ?? '', from: d[2]!, to: d[3]!, ...(d[4] !== undefined ? { verb: d[4] as DeedVerb } : {}) }
          : undefined;
  if (!found || found.to === found.from || !fine(found.to) || !fine(found.from)) return undefined;
  return found;
}
