// 「刚才报的本周四和李明的谈心谈话撤销，记错了」「上午报的那个检查不算，删掉吧」「那条记错了，撤回」「11月20日那次检查，之前报
// 的写错了，请更正」「之前报的写错了，请修改」 (round 55, fhd; t57a F6: 没看懂): a stored record named (or only pointed at), a
// slip owned, and the verb — 撤销 or 修改 — at the end. Read as that verb of the record the words name, never as a report.
import { normalizeText } from './parseNormalize.js';

/** What the message asks: `verb` 撤销 or 修改, and the words naming the record ('' when it only points: 那条 · 之前报的). */
export interface NamedAfterSlip {
  verb: '撤销' | '修改';
  words: string;
}

/** 刚才报的 · 上午报的 · 之前上报的: when the record was reported, no part of its naming. */
const REPORTED = '(?:(?:刚才|刚刚|上午|下午|早上|今天|昨天|之前|前面|上次|上面)(?:报|上报|报送|发|填|记)的|(?:刚才|刚刚|上面|之前))';
/** 那条 · 那个 · 这次 · 的记录: pointing words around the naming. */
const POINTER = '(?:那一?条|那个|那次|这一?条|这个|这次|的?记录)';
/** The slip owned: 记错了 · 报错了 · 写错了 · 不算 · 不对 · 重复了 · 有误. */
const SLIP = '(?:(?:记|报|写|填|搞|弄)错了?|错了|不算(?:数)?|不对|重复了|报重复了|有误|不要了)';
const UNDO = '(?:撤销|撤回|删掉|删除|删了|去掉|作废)';
const CHANGE = '(?:更正|修改|改正|改)';
const TAIL = '(?:掉|了|吧|一下|下|哈|啊)*';

/** <reported>? <pointer>? <words> <pointer>? <slip>?，(请)撤销(吧)，<slip>? — a slip before or after, or a reported-when. */
const UNDO_LAST = new RegExp(`^(${REPORTED})?${POINTER}?(.{0,40}?)${POINTER}?(?:[,;\\s]*(?:也|都)?(${SLIP}))?[,;\\s]*(?:请|麻烦|帮我|帮忙)?(?:给我)?${UNDO}${TAIL}(?:[,;\\s]*(?:因为|我)?(${SLIP}))?$`);
/** <words>，<reported>? <slip>，请更正 — the slip said, no new value: what to change is asked. */
const CHANGE_LAST = new RegExp(`^${POINTER}?(.{0,40}?)${POINTER}?[,;\\s]*(${REPORTED})?(?:的)?(?:内容|信息)?(?:[,;\\s]*(?:有)?)(${SLIP})[,;\\s]*(?:请|麻烦|帮我|帮忙)?(?:给我)?${CHANGE}${TAIL}$`);

/**
 * 其实是10月份报的 · 日期不对，是10月的 · 已经报过了 · 那天没报 (round 57, fed; t59b FB1: 「刚才报的11月20日那篇廉政信息其实是10月份报
 * 的，这条撤销」 没看懂): the member's reason between the record named and a pointer back (这条 · 这篇) with 撤销 last. The reason
 * is why, never a value to change (a 修改 with a new day is correctLatest's); the record is named by the words before it.
 */
const REASON = '(?:(?:其实|实际上?|本来|原来|那天|当时|因为)[^,;]{1,24}?|(?:日期|时间|月份)(?:写|填|报|记)?(?:错了?|不对)[^,;]{0,16}?|(?:已经|之前|早就|上个?月)[^,;]{0,12}?报过了?|(?:重复|报重)了)';
const REASON_THEN_UNDO = new RegExp(`^(.{2,40}?)(?:那一?篇|那一?条|那一?次|那一?份|那个)?[,;\\s]*${REASON}(?:[,;\\s]+(?:是|应该是|应为|实际是)[^,;]{1,16})?[,;\\s]+(?:所以|因此)?(?:这|那)(?:一)?(?:条|篇|个|次|份)(?:记录|信息)?(?:就|也)?[,;\\s]*(?:请|麻烦|帮我|帮忙)?(?:给我)?${UNDO}${TAIL}$`);

/** The 撤销/修改 a slip message asks, or undefined (a report, a bare 撤销, a change with its value: other readers'). */
export function namedAfterSlip(text: string): NamedAfterSlip | undefined {
  const t = normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '');
  const reasoned = REASON_THEN_UNDO.exec(t);
  if (reasoned) {
    // 11月20日那篇廉政信息: the pointer inside the naming (那篇 · 那次) names nothing more.
    const words = cleanWords(reasoned[1]!.replace(/(?:那|这)一?(?:篇|条|次|份|个)/g, ''));
    if (words !== undefined && words !== '') return { verb: '撤销', words };
  }
  const undo = UNDO_LAST.exec(t);
  // A slip or a reported-when is what marks it: 和李明那条删除 alone is dropNamedRecord's (the latest report's record).
  if (undo && (undo[1] !== undefined || undo[3] !== undefined || undo[4] !== undefined)) {
    const words = cleanWords(undo[2]!);
    return words === undefined ? undefined : { verb: '撤销', words };
  }
  const change = CHANGE_LAST.exec(t);
  if (change) {
    const words = cleanWords(change[1]!);
    return words === undefined ? undefined : { verb: '修改', words };
  }
  return undefined;
}

/** The naming words without pointers and fillers; undefined when they hold a clause of a deed or a value (了 · 是 · 改成). */
function cleanWords(raw: string): string | undefined {
  const w = raw.replace(/^(?:不好意思|抱歉|对不起)[,;\s]*/, '').replace(/^(?:我)?(?:刚才|刚刚|上面|之前)?(?:报|上报|发|记)?的?/, '').replace(new RegExp(`^${POINTER}|${POINTER}$`, 'g'), '').replace(/^的|的$/g, '').trim();
  // 第2条不对 删了 · 题目不对 删掉 · 那几条都撤回: a card's item, a field, several records — other readers' (the card, undoSeveral).
  if (/[,;]|了|是|改成|改为|应该|应为|其实|实际|^第|几条|都$|^(?:题目|片名|标题|人数|日期|时间|对象|部门|备注)$/.test(w)) return undefined;
  return w;
}
