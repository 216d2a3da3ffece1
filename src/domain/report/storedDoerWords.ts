// 「杨帆那次是王磊谈的不是我」「刚才第2条撤了 杨帆那次是王磊谈的不是我」「和孙杰那条 不是我谈的 是何主任谈的」 (round 61, gaf;
// t63a/t63b Part B: 没看懂, or read as a new talk with 杨帆 and 王磊 asked its kind): a stored record named by its person (or
// its day and kind) and pointed back at (那次 · 那条), then who really did it, the member denied. Read as that record's doer
// changed; the record is kept. A 第N条撤了 before it is kept as written, so the caller can say nothing was withdrawn.

/** 刚才第2条撤了 · 第二条撤一下 · 第2条不对: a clause about a numbered record before the doer's words, kept for the answer. */
const NUMBERED_LEAD = /^(?:刚才|刚刚)?(?:的)?(第(?:[1-9]|[一二三四五六七八九])条(?:要)?(?:撤了|撤一下|撤掉|撤回|撤销|删了|不对|错了|有误|搞错了|写错了))[,;:\s]+/;
/** The naming words: 杨帆 · 和杨帆 · 上周五和孙杰 · 孙杰的 (2–12 characters, no mark), then 那次/那条/那个, a kind noun after it. */
const NAMED = '((?:和|跟|与|同)?[\\u4e00-\\u9fa5\\d.]{2,12}?)(?:的)?那一?(?:次|条|个)(?:谈话|谈心|廉政谈话|谈心谈话|检查|党课|记录)?';
/** The doer: a name, or a surname with a post (王磊 · 王部长 · 张书记 · 何平主任). */
const WHO = '([\\u4e00-\\u9fa5]{2,6}?)(?:同志)?';
/** The deed's verb that makes its subject the doer (谈的 · 带队的 · 主讲的 · 签的). */
const VERB = '(?:亲自)?(?:谈|找他谈|找她谈|带队|带的队|主讲|讲|签|查|组织|主持)的?';
/** 不是我 · 并不是我 · 不是我谈的: the member denied. */
const NOT_ME = '(?:不是我|并不是我|并非我|不是本人)(?:谈|带队|主讲|讲|签|查|组织|主持)?的?';
/** <named>是X谈的(，)不是我 · <named>其实是X谈的: the verb is needed (杨帆那次是王磊 alone may name a person talked with). */
const DOER_FIRST = new RegExp(`^${NAMED}[,;:\\s]*(?:其实|实际上?|应该)?是${WHO}${VERB}(?:[,;\\s]*(${NOT_ME}))?(?:[,;。.!！\\s]*(?:改一下|改下|帮我改一下|麻烦改一下))?[。.!！\\s]*$`);
/** <named>不是我(谈的)，是X谈的. */
const DENIAL_FIRST = new RegExp(`^${NAMED}[,;:\\s]*(${NOT_ME})[,;\\s]*(?:而)?(?:其实|实际上?|应该)?是${WHO}(?:${VERB})?(?:[,;。.!！\\s]*(?:改一下|改下|帮我改一下|麻烦改一下))?[。.!！\\s]*$`);

/**
 * 「不对，今天和王磊那条谈心谈话是刘芳谈的，不是我」 (round 62, gbj; t65a B-F1: a duplicate talk and a new talk 赵敏–刘芳 offered):
 * a slip owned before the named record is no part of its naming words.
 */
const OPENING = /^(?:不对|错了|说错了|记错了|搞错了|更正)[,;:：\s]+/;

/**
 * 「…是刘芳谈的不是我 我只是在场」 (round 62, gbj; t65a B-F1): the member only present, said after the change — read, and said
 * back on the card (the ledger keeps no one present at a talk), never a clause that makes the words unread.
 */
const ONLY_PRESENT = /[,;。.!！\s]+(?:我|本人)(?:只是|只|就是|当时)?(?:在场|陪同|陪着|旁听|列席)(?:的|了|而已|一下)?[。.!！\s]*$/;

/** What storedDoerWords reads. */
export interface StoredDoerWords {
  /** The words naming the record (杨帆 · 和孙杰 · 上周五和孙杰), for the caller's lookup among the member's own records. */
  about: string;
  /** The doer as written (王磊 · 何主任), for the directory's reading. */
  doer: string;
  /** 第2条撤了 said before it, as written; nothing is withdrawn for it. */
  lead?: string;
  /** 我只是在场 said after it (round 62, gbj; t65a B-F1): the member was there, not the doer. */
  present?: true;
}

/**
 * The doer change `text` (normalised) asks of a stored record it names, or undefined. Needs the record pointed back at
 * (那次 · 那条 · 那个) and either the member denied (不是我) or the doer said with the deed's verb (是王磊谈的).
 */
export function storedDoerWords(text: string): StoredDoerWords | undefined {
  const trimmed = text.trim().replace(OPENING, '');
  const present = ONLY_PRESENT.test(trimmed);
  const t = trimmed.replace(ONLY_PRESENT, '');
  if (!t.includes('那') || !t.includes('是')) return undefined;
  const lead = NUMBERED_LEAD.exec(t);
  const rest = lead ? t.slice(lead[0].length) : t;
  const first = DOER_FIRST.exec(rest);
  const m = first ?? DENIAL_FIRST.exec(rest);
  if (!m) return undefined;
  const about = m[1]!;
  const doer = first ? m[2]! : m[3]!;
  if (/^(?:我|本人|他|她)$/.test(doer) || /^(?:刚才|刚刚|这|那|上一)/.test(about)) return undefined;
  return { about, doer, ...(lead ? { lead: lead[1]! } : {}), ...(present ? { present: true as const } : {}) };
}
