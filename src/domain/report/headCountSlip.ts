// 「少报了2个人」「多报了1人」「刚才那条少算了一个人」「昨天看警示片那次少报了两个人」 (round 68, gha; t70b: 没看懂, the count
// left as it was): a head count owned short or over by how many, with no total said — the stored count moved by that many
// is for the caller (a 请确认修改 card shows before → after); this reader only says by how much, and which record is named.
import { withoutApology } from './ownedSlip.js';
import { chineseNumber } from './chineseNumber.js';

/** A head count said to be short (by > 0) or over (by < 0), and the words naming the record. */
export interface HeadCountSlip {
  /** People to add (少报了2个人: +2) or take off (多报了1人: -1). */
  by: number;
  /** The words naming the record (昨天看警示片 · 11月26号那次), '' when none or only a pointer back. */
  about: string;
  /** 刚才那条 · 那次 · a record named: not bound to a record just made. */
  pointed: boolean;
}

const NUM = '(\\d{1,4}|[一二两三四五六七八九十]{1,3})';
/** <about>(那次|那条)?(的)?(人数|参加人数)? 少报了 N 个人 (参加的)?: the whole message (normalised: ASCII punctuation). */
const SLIP = new RegExp(
  `^(.{0,24}?)[,;\\s]*(?:(?:参加|参会|到会|实到)?人数)?[,;\\s]*(少|多)(?:报|写|填|记|算|统计|录)了?\\s*${NUM}\\s*(?:个人|个|人|名|位)(?:参加的?|到会的?)?(?:了)?$`,
);
/**
 * <about>漏了 N 个人 · 漏掉/漏报/漏记/漏算了N人 · 还有N个人没算上/没统计进去 (round 69, gid; t71c: 漏了2个人 read as two more
 * deeds of the latest kind): people left out of the count, always short. 还有N个人 alone (no 没算…) stays what it was.
 */
const LEFT_OUT = new RegExp(
  `^(.{0,24}?)[,;\\s]*(?:(?:参加|参会|到会)?人数)?[,;\\s]*(?:(?:漏|漏掉|漏报|漏记|漏算|漏统计|落|落下|遗漏)了?\\s*${NUM}\\s*(?:个人|人|名|位)(?:没(?:算|统计|记|写|报|加|数)(?:上|进去|进来)?)?|还有\\s*${NUM}\\s*(?:个人|人|名|位)(?:也参加了?的?)?(?:没|没有)(?:算|统计|记|写|报|加|数)(?:上|进去|进来)?)(?:呢|了)?$`,
);

/** 刚才 · 刚才那条 · 那次 · 这条: words that only point back. */
const POINTER_ONLY = /^(?:我)?(?:刚才|刚刚)?(?:报|上报|发|记)?的?(?:那|这|上)?(?:一)?(?:个|条|次)?(?:记录)?$/;

/**
 * The head count slip `text` (normalised) owns, or undefined: 少报了2个人 · 人数多报了1人 · 刚才那条少算了一个人 ·
 * 昨天看警示片那次少报了两个人. A total said (少报了2个人，一共9个) is looseFieldWords' absolute count, not read here; 篇 · 份
 * · 次 are counts of deeds (countDownWords'), never people.
 */
export function headCountSlip(text: string): HeadCountSlip | undefined {
  // 少 报了 2个 人 (voice input): the spaces between words say nothing here.
  const t = withoutApology(text.trim().replace(/[。.!！~～]+$/, ''))
    .replace(/^(?:不对|哦|嗯|更正一下|更正)[,;\s]+/, '')
    .replace(/(?<=[\u4e00-\u9fa5\d])\s+(?=[\u4e00-\u9fa5\d])/g, '');
  const m = SLIP.exec(t);
  const left = m ? undefined : LEFT_OUT.exec(t);
  if (!m && !left) return undefined;
  const said = m ? m[3]! : (left![2] ?? left![3])!;
  const n = /^\d+$/.test(said) ? Number(said) : chineseNumber(said);
  if (n === undefined || !(n > 0)) return undefined;
  const before = (m ?? left)![1]!.replace(/(?:的|[,;\s])+$/, '');
  // 又 · 今天组织… : a deed told before it is a report, not a correction of one.
  if (/又|组织了|开展了|召开了/.test(before)) return undefined;
  const pointerOnly = POINTER_ONLY.test(before);
  const about = pointerOnly ? '' : before.replace(/^(?:我)?(?:刚才|刚刚)(?:报|上报|发|记)?的?/, '');
  return { by: !m || m[2] === '少' ? n : -n, about, pointed: before !== '' };
}
