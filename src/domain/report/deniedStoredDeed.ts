// 刘芳 「上周三没和吴静签责任书，只和周涛签了」 when the signings of 11-25 with 周涛 and 吴静 are stored (round 56, fgb; t58a F4:
// both offered again as duplicates, 「仍要再记一条吗？」), and 「不是再记，和吴静签责任书那条删掉」 beside that question (「这条消息没有
// 记录」): a deed denied with someone (没和X签 · 没跟X谈 · X那次没谈成 · 和X…那条删掉) is about a record already stored — the one
// to withdraw — and 只和Y签了 says the one that stands. This reader only splits the words; the bot finds the records.
import { SPOKEN_CLAUSE } from './deniedApart.js';

/** The words of a denial of a stored deed. */
export interface DeniedDeed {
  /** The words before the denial that may give its day (上周三 · 11月25日), '' when none. */
  day: string;
  /** The name of the person the deed is denied with (吴静), as written. */
  denied: string;
  /** 签 (a signing) or 谈 (a talk): which deed. */
  verb: 'sign' | 'talk';
  /** 只和周涛签了: the person the deed was done with only, as written, when said. */
  only?: string;
  /** 不是再记 · 不用再记: the member does not want the waiting duplicate recorded again. */
  notAgain: boolean;
}

const NAME = '([\\u4e00-\\u9fa5]{2,3}?)(?:同志|部长|科长|主任|书记|副理事长|理事长)?';
/** 签责任书 · 签订党风廉政建设责任书 · 谈话 · 谈心: the deed's verb, its paper or talk after it. */
const VERB = '(签订|签署|签|谈话|谈心|谈)(?:成|过)?(?:了)?(?:[\\u4e00-\\u9fa5]{0,8}?(?:责任书|承诺书|责任状|谈话))?';
/** 不是再记 · 不用再记 · 不要再记了 · 不是要再记一条. */
const NOT_AGAIN = /^(?:不是|不用|不要|不必|无需)(?:要)?再记(?:一条|一次)?(?:了)?[,;，；。\s]*/;
/** 上周三没和吴静签责任书 · 其实没有跟王强谈 · 11月25日未与吴静签订责任书. */
const DENIED_WITH = new RegExp(`^([^,;没未和跟与]{0,10}?)(?:其实|实际上?|并)?(?:没有?|未)(?:和|跟|与|同)${NAME}${VERB}$`);
/** 和吴静那次没签成 · 吴静那个没谈 · 上周三和吴静没签成. */
// 承诺书孙杰还没签 · 孙杰的承诺书还没签 (round 59, fcc; t61b F7: beside 只和徐辉签了 read as a signing not done, both stored
// records kept): the paper said before the name, or as the name's, and 还没 as 没. The words before the name end as a day
// or a paper ends, so no character of them is taken into the name (书孙杰 · 日孙杰).
const NAME_NOT_DONE = new RegExp(
  `^((?:[^,;没未和跟与]{0,10}?(?:日|号|天|[一二三四五六日]|责任书|承诺书|责任状|谈话|其实|当时))?)(?:和|跟|与)?${NAME}(?:那次|那个|那回|那场|的(?:廉政)?(?:承诺书|责任书|责任状))?(?:其实|还|也|都)?(?:没有?|未)${VERB}$`,
);
/** 刚才那条有误 · 刚才报错了 · 更正一下: a lead-in clause before the denial (round 59, fcc; t61b F7). */
const LEAD_IN = /^(?:刚才|刚刚|之前|上次|前面)?(?:那条|报的|发的|记的)?(?:有误|错了|报错了|写错了|记错了|不对|有错)[,;，；\s]+|^(?:更正|纠正)(?:一下)?[:：,，\s]+/;
/** The paper or talk said before the name (承诺书孙杰还没签): no day. */
const DEED_LEAD = /(?:党风廉政建设)?(?:廉政)?(?:责任书|承诺书|责任状|谈话)$/;
/** 和吴静签责任书那条删掉 · 吴静那条删除 · 和吴静谈话那个去掉. */
const NAMED_DROP = new RegExp(`^([^,;和跟与]{0,10}?)(?:和|跟|与)${NAME}(?:的)?(签订|签署|签|谈话|谈心|谈)?(?:的)?(?:[\\u4e00-\\u9fa5]{0,8}?(?:责任书|承诺书|谈话))?(?:的)?(?:那一?条|那个|那次)(?:记录)?(?:请|麻烦)?(?:删掉|删除|去掉|撤销|撤回|不要了)(?:吧|了)?$`);
/** 只和周涛签了 · 就跟周涛签了责任书 · 只签了周涛. */
const ONLY = new RegExp(`^(?:只|就|仅|只是)(?:和|跟|与|同)${NAME}${VERB}$|^(?:只|就|仅)(?:签|谈)了${NAME}(?:的)?$`);

/** Whether `text` (normalised) opens with words owning a slip (刚才那条有误 · 更正一下): a correction, never a report. */
export function openedAsSlip(text: string): boolean {
  return LEAD_IN.test(text.trim());
}

const verbOf = (v: string | undefined): 'sign' | 'talk' | undefined => (v === undefined ? undefined : /签/.test(v) ? 'sign' : 'talk');

/** The denial `text` (normalised) tells of a stored deed, or undefined when it is none of these shapes. */
export function deniedStoredDeed(text: string): DeniedDeed | undefined {
  let t = text.trim().replace(/[。.!！~～\s]+$/, '');
  t = t.replace(LEAD_IN, '');
  const lead = NOT_AGAIN.exec(t);
  if (lead) t = t.slice(lead[0].length);
  // 上周三 没和吴静 签责任书 只和周涛签了 (round 57, fed; fgb's left-alone): by voice input a space, not a comma, opens the
  // 只和Y clause; the other spaces join words.
  // 没跟吴静谈 是跟周涛谈的 (round 59, fcc): a space before 是跟 opens the clause naming the right one, as before 只和.
  t = t.replace(SPOKEN_CLAUSE, '，');
  const clauses = t.split(/[,;，；。]\s*/).filter((c) => c !== '').map((c) => c.replace(/\s+/g, ''));
  if (clauses.length === 0 || clauses.length > 2) return undefined;
  const first = clauses[0]!;
  const d = DENIED_WITH.exec(first) ?? NAME_NOT_DONE.exec(first);
  const drop = d ? null : NAMED_DROP.exec(first);
  const m = d ?? drop;
  if (!m) return undefined;
  let verb = verbOf(m[3]);
  let only: string | undefined;
  if (clauses.length === 2) {
    const o = ONLY.exec(clauses[1]!);
    if (!o) return undefined;
    only = o[1] ?? o[3];
    verb ??= verbOf(o[2] ?? (/签/.test(clauses[1]!) ? '签' : '谈'));
  }
  // 和吴静那条删掉 names no deed: a signing or a talk, one of the member's, is looked for by the name alone.
  verb ??= /责任书|承诺书|签/.test(first) ? 'sign' : 'talk';
  return { day: m[1]!.replace(DEED_LEAD, ''), denied: m[2]!, verb, ...(only !== undefined ? { only } : {}), notAgain: lead !== null };
}
