// 「上午那个廉政谈话 陈志强下午回来了 也补谈了」 after 张伟 stored 「今天上午和班子成员逐一谈了廉政谈话 陈志强出差了没谈」 (round 64,
// gdc; t66a B-F9: 陈志强 read as the doer, 「陈志强是和谁谈的」 asked): the one left out of a stored batch of talks or
// signings (补谈 · 补签 = made up later) — the words naming the batch, the person, when, and the verb. Which batch is the
// bot's to find (the member's stored records); this reads the words only.
import { normalizeText } from './parseNormalize.js';
import { toSimplified } from './toSimplified.js';

/** What madeUpWords reads. */
export interface MadeUpWords {
  /** The words naming the stored batch (上午那个廉政谈话 · 今天的承诺书), '' when none. */
  about: string;
  /** The person left out, as written (陈志强 · 陈副理事长). */
  who: string;
  /**
   * The day or time of the make-up (下午 · 今天下午 · 昨天 · 12月3日): the one right before the verb, else the one beside the
   * person (冯雪昨天出差回来了 今天上午也补谈了: 今天上午); '' when none (today).
   */
  when: string;
  /** 补谈: a talk; 补签: a signing. */
  verb: 'talk' | 'sign';
  /** A kind noun said in the naming words or after the verb (廉政谈话 · 谈心 · 承诺书), '' when none. */
  kind: string;
}

/** A kind noun of a talk or a signing. */
const KIND = '(?:廉政谈话|谈心谈话|提醒谈话|廉政谈心|谈话|谈心|廉政承诺书|承诺书|责任书)';
/** Filler before the message's matter: 补充一下 · 另外 · 对了 · 还有. */
const FILLER = '(?:补充一下|补充|另外|对了|还有|再说一下)?[,:;\\s]*';
/**
 * 下午那个 · 上午那批 · 刚才那几个 (round 65, gei; t68a B9: the kind asked): a part of the day and a pointer, no kind noun — the
 * batch then is the member's latest, and its kind the batch's.
 */
const POINTED_TIME = '(?:今天|今日|昨天|前天)?(?:上午|下午|中午|晚上|早上|刚才|刚刚)?(?:的)?(?:那个|那次|那批|那些|那几个|那几次|那几位|那几条)';
/** The naming words of the batch: up to 14 characters ending with a kind noun (上午那个廉政谈话 · 那批承诺书 · 今天的谈话). */
const ABOUT = `(?:([^,;:。!?\\s]{0,14}?${KIND}(?:那批|那次|那个|那些|那几个|那几次)?|${POINTED_TIME})(?:的)?[,:;\\s]*)?`;
/** A day and/or a part of the day; no hour (下午3点 is the parser's). */
const WHEN =
  '((?:今天|今日|昨天|前天|\\d{1,2}月\\d{1,2}[日号]?|\\d{1,2}\\.\\d{1,2}|\\d{1,2}[日号]|(?:上|这|本)?(?:周|星期)[一二三四五六日天])?(?:上午|下午|中午|晚上|傍晚|早上|刚才|刚刚)?)';
/** Back from where they were (出差回来了 · 回来后 · 赶回来了); optional. */
const BACK = '(?:提前|提早|已经)?(?:出差|下乡|开会|学习|休假)?(?:回来了|回来后|回来以后|回来之后|回来|赶回来了|赶回来|到了)?';
/** The person, 2–7 characters, never opening with a preposition or a pronoun. */
const WHO = '((?![和跟与同给找我他她也又就]|今天|昨天|前天|上午|下午|中午|晚上|早上|刚才|刚刚)[\\u4e00-\\u9fa5]{2,7}?)(?:同志)?';
/**
 * The verb said done (补谈了 · 补签过), then what may follow it (一下 · 话 · a kind noun): 回来补签 · 回来再补谈 with no 了 is
 * a deed put off (corpusFortyNineE: 冯雪部长出差 回来补签), never this.
 */
const VERB = `补(谈|签)(?:了|过了|过)(?:一下|一次|话)?(${KIND})?(?:了)?`;
/** After the person's clause: a space or a mark, then 也/又/就 and maybe 我 给/和/跟 他/她. */
const JOIN = `[,;\\s]*(?:我)?${WHEN}(?:我)?(?:也|又|就|随后|马上)?(?:(?:给|和|跟|与|找)(?:他|她))?(?:也|又)?`;
/** 陈志强下午回来了 也补谈了: the person first, then the verb with no one named. */
const PERSON_FIRST = new RegExp(`^${FILLER}${ABOUT}${WHO}${WHEN}${BACK}${JOIN}${VERB}$`);
/** 下午和陈志强也补谈了: the person after 和/跟/与/给/找. */
const WITH_PERSON = new RegExp(`^${FILLER}${ABOUT}${WHEN}(?:我)?(?:也|又)?(?:给|和|跟|与|找)${WHO}(?:也|又)?${VERB}$`);
/**
 * 陈志强下午回来了 也谈了 (no 补): back from away, then 也谈了/也签了 — only with the back words, so 下午又和陈志强谈了一次 stays
 * a new talk.
 */
const BACK_ALSO = new RegExp(
  `^${FILLER}${ABOUT}${WHO}${WHEN}(?:提前|提早|已经)?(?:出差|下乡|开会|学习|休假)?(?:回来了|回来后|回来以后|回来之后|回来|赶回来了|赶回来)${JOIN}(谈|签)(?:了)(?:话)?(${KIND})?$`,
);

/** The kind noun of the naming words. */
const KIND_IN = new RegExp(KIND);

/** The cheap gate: 补谈/补签, or back from away and 也谈/也签 (traditional characters too: 補談 · 回來). */
const GATE = /[补補][谈談签簽]|回[来來].*[谈談签簽]/;

/**
 * The made-up deed `text` tells of (上午那个廉政谈话 陈志强下午回来了 也补谈了 · 下午和陈志强补谈了 · 承诺书 郑华回来后也补签了),
 * or undefined. The whole message must be that one clause shape: a batch's naming words (optional), the person, when
 * (optional), back from away (optional), then 补谈/补签 (or 也谈了/也签了 after 回来). No directory look-up: the caller
 * resolves the person and the day and finds the batch. Pure.
 */
export function madeUpWords(text: string): MadeUpWords | undefined {
  if (!GATE.test(text)) return undefined;
  const t = normalizeText(toSimplified(text)).trim().replace(/[。.!！~～\s]+$/, '');
  // 下午和陈志强补谈了: the person after 和 first, so 下午和陈志强 is never read as one name.
  const withPerson = WITH_PERSON.exec(t);
  if (withPerson) return shaped(withPerson[1], withPerson[3]!, withPerson[2]!, withPerson[4]!, withPerson[5]);
  const first = PERSON_FIRST.exec(t);
  if (first) return shaped(first[1], first[2]!, first[4]! || first[3]!, first[5]!, first[6]);
  const back = BACK_ALSO.exec(t);
  if (back) return shaped(back[1], back[2]!, back[4]! || back[3]!, back[5]!, back[6]);
  return undefined;
}

function shaped(about: string | undefined, who: string, when: string, verb: string, after: string | undefined): MadeUpWords | undefined {
  const kindInAbout = about !== undefined ? KIND_IN.exec(about)?.[0] : undefined;
  // 补签了廉政谈话 · 补谈了承诺书: a verb and a noun of different deeds is no one reading.
  const noun = after ?? kindInAbout ?? '';
  const sign = verb === '签';
  if (noun !== '' && /承诺书|责任书/.test(noun) !== sign) return undefined;
  return { about: about ?? '', who, when, verb: sign ? 'sign' : 'talk', kind: noun };
}

/** A kind noun as a report writes it after 进行了/签订了 (谈心 → 谈心谈话; a bare 谈话 names no kind). */
const CANON_KIND: Record<string, string> = { 谈心: '谈心谈话', 廉政谈心: '谈心谈话', 谈话: '' };

/**
 * The deed `said` tells of, as a plain first-person report reads it (下午和陈志强进行了廉政谈话 · 今天和王强签订了承诺书 ·
 * 下午和陈志强谈了话 for a talk of no kind said): the sender's, with the person, on the day said, or today beside a batch
 * named, else no day (asked). Pure.
 */
export function madeUpDeedText(said: MadeUpWords): string {
  // 和陈志强也补谈了 with no day nor batch named: the day is asked, as the plain report asks it.
  const day = said.when !== '' ? said.when : said.about !== '' ? '今天' : '';
  const kind = CANON_KIND[said.kind] ?? said.kind;
  if (said.verb === 'sign') return `${day}和${said.who}签订了${kind === '' ? '承诺书' : kind}`;
  return `${day}和${said.who}${kind === '' ? '谈了话' : `进行了${kind}`}`;
}
