// 「11月19日那次集中学习删掉吧，那天其实没学成」「撤销11月19日那条学习」「今天跟孙丽那条撤销 记错了 跟李明那条没问题」「王强那条撤销
// 他没谈」「张书记说上周五集体谈话那个 冯雪部长没参加 她出差了 把她去掉」 (round 60, fbc; t62a B-F1, t62b G5/G6: read as a deed
// not held, or 没看懂): a stored record named by its day, kind or person, a withdrawal verb, and around them the member's
// reason (没学成 · 记错了 · 他没谈), a relay (张书记说) and records said to be fine (跟李明那条没问题). Read here into the words
// that name the record and the people who must be on it; the caller finds the member's own records and offers them.
import { undoneAsOrdered } from './orderedUndo.js';
import { normalizeText } from './parseNormalize.js';

/** What a withdrawal in words names. */
export interface StoredWithdrawal {
  /** The naming words, pointers taken off (11月19日集中学习 · 今天跟孙丽 · 上周五集体谈话); '' when only people name it. */
  words: string;
  /** People said to be absent or not talked to (冯雪部长没参加 → 冯雪): the record meant has them. Names as written. */
  people: string[];
  /** Clauses naming records to keep as they are (跟李明那条没问题), as written, for the answer to say they stay. */
  kept: string[];
}

/** The verbs of withdrawal; 删了 · 撤掉 · 拿掉 as spoken. */
const UNDO = /撤销|撤回|删掉|删除|删了|删去|去掉|拿掉|划掉|撤掉|作废/;
/** 张书记说 · 王主任讲 · 李明交代: a relay before the request, no part of what names the record. */
const RELAY = /^(?:[\u4e00-\u9fa5]{1,3}?(?:书记|副理事长|理事长|部长|主任|科长|干事|主席)|[\u4e00-\u9fa5]{2,3}?)(?:说|讲|交代|让我|要我|叫我)(?:了)?[:：\s]*/;
/** 跟李明那条没问题 · 李明那个不用动 · 其他的不变: a record said to stay. */
const KEPT = /^(?:(?:和|跟|与|同)?[\u4e00-\u9fa5]{0,12}?(?:那一?条|那一?个|那一?次|的)|(?:其他|其余|别的|剩下)(?:的|几条|两条)?(?:都|也)?)(?:没问题|没有问题|不用动|不用改|不变|不动|是对的|对的|没错|保留|留着|照旧)(?:的|了|吧)?$/;
/**
 * 谈话是谈了的 · 谈话确实谈了 · 会是开了的 (round 61, gae; t63b: 「孙杰的承诺书那条撤掉 他还没签 谈话是谈了的」 read as a person
 * 「谈了」): the other deed said done, a record kept as it is.
 */
const KEPT_DONE = /^(?:但|不过|可|但是)?(?:谈话|谈心|廉政谈话|谈心谈话|谈|会议|会|学习|检查|党课|责任书|承诺书)(?:是|倒是|确实|已经|还是)*(?:谈|开|学|查|讲|签|做)(?:了|过)(?:的|了)?$/;
/** The member's why: a slip owned (记错了 · 人数填错了), a deed that did not happen (没学成 · 他没谈 · 那天停电没学成 · 改期了). */
const REASON = /^(?:因为|由于|其实|实际上?|那天|当天|当时|他|她|对方|我)*[\u4e00-\u9fa5]{0,4}?(?:(?:记|写|填|报|搞|弄|打|输)错了?|重复了|报重复了|有误|不对|没(?:有)?[\u4e00-\u9fa5]{1,4}|未[\u4e00-\u9fa5]{1,4}|(?:出差|请假|休假|生病|不在|缺席|改期|推迟|延期|取消)了?)(?:了|呢|啊)?$/;
/** 冯雪部长没参加 · 王强那天请假了 · 李娟没来: a person absent or not talked to; group 1 the name, a title after it off. */
const ABSENT = /^(?!他|她|对方|那|这|我)([\u4e00-\u9fa5]{2,3}?)(?:副理事长|理事长|书记|部长|科长|副科长|主任|副主任|干事|同志)?(?:那天|当天|当时|其实|也|根本)*(?:没参加|未参加|没来|没到|没去|缺席了?|请假了?|出差了?|休假了?|不在|没在|没谈|没签)(?:了)?$/;
/** 他 · 她 · 对方: no name. */
const PRONOUN = /^(?:他|她|对方|他们|她们|人)$/;
/** 那次 · 那条 · 那个 · 的记录: pointing words, no part of the naming. */
const POINTER = /(?:那一?次|那一?条|那一?个|这一?条|这一?次|的记录|记录|的那条|的那次)/g;
/** 刚才报的 · 之前发的 · 上午上报的: when a record was reported. */
const TOLD = /^(?:我)?(?:(?:刚才|刚刚|上面|之前|前面)(?:报|上报|发|记|填|说)?|(?:上午|早上|下午|昨天|上次)(?:报|上报|发|记|填))的?/;
/** Request words around the verb: 把 · 请 · 帮我 · 吧 · 一下 · 掉. */
const FILLER = /^(?:请|麻烦|帮我|帮忙|给我)*(?:把)?|(?:掉|了|吧|啦|一下|下)+$/g;
const VERB_FIRST = new RegExp(`^(?:请|麻烦|帮我|帮忙|给我)*(?:把)?(?:${UNDO.source})`);
const VERB_LAST = new RegExp(`(?:${UNDO.source})(?:掉|了|吧|啦|一下|下)*$`);
/** 怎么撤销 · 能不能删掉 · 可以撤回吗 (round 60 merge, fx1; dialogRoundFourteen 「怎么撤销」 gets the how-to): a question about how
 * or whether to withdraw, no withdrawal; 怎么 is never a record's name. */
const QUESTION = /怎么|怎样|如何|咋|能不能|能否|可不可以|可以吗|行不行|行吗|[吗嘛][?？]?$|[?？]$/;
/** 作风纪律检查第2条 (round 60 merge, fx1; waitingCardEditsFiftySevenC 「作风纪律检查，第2条删掉」): a list's item by number
 * anywhere in the naming is the numbered readers' (no list waiting is said there), not a record named in words. */
const NUMBERED = /第[0-9一二三四五六七八九十两]+(?:条|项|个)/;
/** A deed told (进行了 · 开展了 · 组织): a report, not a withdrawal. */
const DEED = /进行了|开展了|召开了|举办了|组织了|签订了|观看了|讲授了|主持了/;

/**
 * Reads a request to withdraw a stored record named in words, with reasons, relays or kept records around it; undefined
 * when `text` is no such request: no withdrawal verb outside a 《title》, no naming words or people, a deed told (a
 * report with 撤销 in it), or a verb in more than one clause. Pure; `text` as the member typed it (spaces, full-width marks).
 */
export function storedWithdrawal(text: string): StoredWithdrawal | undefined {
  const t = normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '');
  // What is inside 《》 or quotes is a title: 观看警示教育片《撤回测试》 is a report (issue 10 F).
  const bare = t.replace(/《[^《》]*》|“[^“”]*”|"[^"]*"/g, '《》');
  // …检查，违规的审批已予以撤销 (round 61, gad): an undoing ordered or done in the work is a deed told, no request.
  if (!UNDO.test(bare) || DEED.test(bare) || bare.includes('《》') || QUESTION.test(bare) || undoneAsOrdered(bare)) return undefined;
  const clauses = bare.replace(RELAY, '').split(/[,;:，；：。\s]+/).filter((c) => c !== '');
  const verbs = clauses.filter((c) => UNDO.test(c));
  // The verb opens its clause (撤销11月19日那条学习 · 把她去掉) or closes it (王强那条撤销 · 删掉吧): a request. Inside a clause
  // (要求他把报销单撤回后再报) it is a deed told.
  if (verbs.length !== 1 || !(VERB_FIRST.test(verbs[0]!) || VERB_LAST.test(verbs[0]!))) return undefined;
  const naming: string[] = [];
  const people: string[] = [];
  const kept: string[] = [];
  for (const c of clauses) {
    if (UNDO.test(c)) {
      naming.push(c.replace(UNDO, '').replace(FILLER, '').replace(/^(?:他|她|对方)$/, ''));
      continue;
    }
    if (KEPT.test(c) || KEPT_DONE.test(c)) {
      kept.push(c);
      continue;
    }
    const absent = ABSENT.exec(c);
    if (absent && !PRONOUN.test(absent[1]!)) {
      people.push(absent[1]!);
      continue;
    }
    if (REASON.test(c)) continue;
    naming.push(c);
  }
  // 刚才报的 · 之前发的: when it was reported, no part of its naming (刚才那条撤销 alone is undo's).
  const words = naming.join('').replace(POINTER, '').replace(TOLD, '').replace(/^的|的$/g, '');
  // A pronoun or filler alone (把她去掉 · 删掉吧) names nothing: what names the record must be said.
  if (words === '' && people.length === 0) return undefined;
  // 第2条 · 那几条 · 全部 are other readers' (undoNumbered · undoSeveral), and a value to change (改成 · 应该是) a correction's.
  if (NUMBERED.test(words) || /^第|几条|两条|全部|都$|改成|改为|应该是|应为/.test(words) || words.length > 24) return undefined;
  // 要求他把报销单撤回 · 让王强把材料撤回: someone else told to withdraw a thing, no record named.
  if (/要求|让|督促|叫|通知|把|将|提醒/.test(words)) return undefined;
  return { words, people, kept };
}
