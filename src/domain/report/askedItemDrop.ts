// 「这条不要」「这句是总述，不用单独记」 while a question waits on one item of a many-item message (round 29 q, A5 of
// round 28: the same question came back, and only 取消 — the whole message — got out).
import { cardItemChoice } from './cardItemChoice.js';
import { normalizeText } from './parseNormalize.js';
import { SUM_WORD, TALLY_NOUN } from './totalWords.js';

/**
 * Which waiting item a reply leaves out: the one asked about, or one named by its number (0-based); `keep`: every item but
 * the one at that item index (keptItemOnly: 只记孙杰那条); `these`: the items at those indexes (alreadyKeptItems:
 * 责任书刚才已经记过了，不用再记).
 */
export type AskedItemDrop =
  | { kind: 'asked' }
  /** `also`: more of the member's numbers left out in the same answer (第3条第4条第5条是合计的不用记), 0-based. */
  | { kind: 'index'; index: number; also?: number[] }
  /** The items still asked about, `count` of them when said (剩下这两条也是合计 不用记 · 本周和累计那两行是合计). */
  | { kind: 'rest'; count?: number; end?: boolean }
  | { kind: 'keep'; index: number } | { kind: 'these'; indexes: number[] };

/** The item pointed at: 这条 · 这句 · 这个 · 这一项 · 此条 · 这句话. */
const THIS = '(?:这|此)(?:一)?(?:条|句话|句|个|项|点)?';
/** 是总述 · 只是总结 · 属于概括 · 是开头的导语: the lead or summary line of a list, not a deed of its own. */
const SUMMARY = `${THIS}(?:就|只|其实|本身)?(?:是|就是|只是|属于|算)(?:个|一个|开头的?|前面的?|上面的?)?(?:总述|总结|概述|概括|总括|总的|总体情况|引言|导语|前言|标题|说明|重复的?|重复了)(?:的?话|而已|性质的)?(?:啊|哦|吧|啦)?`;
/** 这条不要 · 这个不算 · 这句不用单独记 · 这条删掉吧: the item, then leave it out. */
const THIS_OUT = `${THIS}(?:就|可以|请|也|先)?(?:不要|不用|不算|不计|不记|别记|去掉|删掉|删除|删了|划掉|拿掉|不需要|无需|不必)(?:了|掉)?(?:单独)?(?:记|记录|登记|算|列)?(?:了|吧|啦|哈)*`;
/** 删掉这条 · 不记这条 · 不要这个 · 去掉这一项: leave it out, then the item. */
const OUT_THIS = `(?:请|麻烦|帮我)?(?:删掉|删除|去掉|拿掉|划掉|不记|不要|别记|不用记|不用记录)${THIS}(?:了|吧|啦)*`;
/** 不用单独记 · 无需单独记录 · 不单独记了: said after one of the above or alone; 单独 makes it this item, not the message. */
const APART = `(?:不用|不需要|无需|不必|不|别)单独(?:记|记录|登记|算|列)(?:了|吧|啦)*`;
/** 不用记 after a 这句是总述: the message-wide 不用记了 alone is 取消 (CANCEL_WORDS), so it only joins. */
const JOINED = `(?:不用|不需要|无需|不必|别)(?:记|记录|登记|算)(?:了|吧|啦)*`;

/**
 * 不对 · 搞错了 · 没谈成 · 没开成 · 取消了 · 改到下周了 · 其实没谈 (round 51, fzcc, t54b B-F1: 「不对，没谈成，这条不要记」
 * refused): the slip owned, or the deed said not held, said beside 这条不要; they only join, as 不用记 does.
 */
const NOT_HELD_WHY = '(?:不对|错了|搞错了|说错了|弄错了|(?:其实|实际上?|最后|结果)?(?:没有?|未)(?:能)?(?:谈|开|签|搞|组织|进行|举行|开展|看)?成(?:功)?|(?:其实|实际上?|最后|结果)?没(?:有)?谈|(?:已经?|临时)?(?:取消|推迟|延期|改期)了?|改到(?:下周|明天|下次|以后|下个月)了?)(?:了|啊|的|哈)*';
/**
 * 剩下这两条也是合计 不用记 · 那两行是合计 · 本周和累计那两行是合计 不用记 · 后面几条不用记 (round 63, gci; t66a B-F2: read as
 * 不用记 of the whole message, nothing stored): the items still asked about, said to be totals or not to be recorded.
 * (那 itself may be gone: LEAD drops a leading 那.) A label before 那两行 (本周和累计) names the rows as the table wrote them; it is read as pointing at the same items.
 */
const REST_ITEMS = new RegExp(
  `^(?:[\\u4e00-\\u9fa5]{1,8}?(?:和|、|跟)[\\u4e00-\\u9fa5]{1,8}?)?(?:剩下|剩余|余下|其余|后面|下面|最后|这|那)?(?:的)?(?:这|那)?(两|二|三|四|[2-4]|几|些)(?:条|行|项|个)(?:也|都|就|其实|只)*(?:(?:是|属于|算)(?:合计|总计|总数|汇总|小计|统计|累计)(?:数|的|数据|行)*)?[，,]?(?:也|都|就|可以|直接)*(?:不用记|不用记录|不要|不算|不记|不用单独记|不需要记|别记|去掉|删掉|删了)?(?:了|吧|啦|哈)*$`,
);
const REST_SAID = new RegExp(`${SUM_WORD}|${TALLY_NOUN}|不用记|不要|不算|不记|别记|去掉|删掉|删了|不需要记`);
const CN_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4 };
const LEAD = /^(?:哦|噢|嗯|啊|那|那么|对了|不好意思|抱歉)[，,\s]*/;
const OWN = new RegExp(`^(?:${SUMMARY}|${THIS_OUT}|${OUT_THIS}|${APART})$`);
const JOIN = new RegExp(`^(?:${JOINED}|${NOT_HELD_WHY})$`);

/**
 * Reads a reply to a question on one item of a waiting report that leaves an item out instead of answering:
 * `asked` for the item asked about (这条不要 · 这条不用记 · 不用单独记 · 这是总述 · 这句是总结 · 这个不算 · 删掉这条 ·
 * 不记这条 · 这句是总述，不用单独记), `index` for one named by number (第2条不要 · 去掉第三条, 0-based, may lie beyond the
 * list: the caller says so). Every clause must be such words, so an answer that also gives a day or a name is no drop.
 * Undefined otherwise (a plain 不要/不用记了 is 取消 of the whole message, read by CANCEL_WORDS before this).
 */
export function askedItemDrop(text: string): AskedItemDrop | undefined {
  const t = normalizeText(text).trim().replace(LEAD, '');
  const numbered = cardItemChoice(t);
  if (numbered?.kind === 'drop') return { kind: 'index', index: numbered.index, ...(numbered.also ? { also: numbered.also } : {}) };
  const bare = t.replace(/\s+/g, '');
  const rest = REST_ITEMS.exec(bare);
  // 这两条 alone answers nothing: a total or a drop must be said.
  if (rest && REST_SAID.test(bare)) {
    const end = /^(?:最后|后面)/.test(bare) ? { end: true } : {};
    return /几|些/.test(rest[1]!) ? { kind: 'rest', ...end } : { kind: 'rest', count: CN_COUNT[rest[1]!] ?? Number(rest[1]), ...end };
  }
  const clauses = t.split(/[，,。.;；!！~～\s]+/).filter((c) => c !== '');
  if (clauses.length === 0 || clauses.length > 3) return undefined;
  if (!clauses.every((c) => OWN.test(c) || JOIN.test(c))) return undefined;
  return clauses.some((c) => OWN.test(c)) ? { kind: 'asked' } : undefined;
}
