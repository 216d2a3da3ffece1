// 李明「刚才那条责任书报错了，实际是张书记和我签的」「上一条写错了，是张伟书记和我签的」「不对，活动人是张伟」 about his stored
// signing of 王建国's with him (round 69, gij; t72a FB1: 没看懂, or 「没能读出要改成什么（「张伟书记和我」）」): the record's doer
// said again — by its field (活动人是X) or as the whole deed with the member as its other party (是X和我签的) — the member kept.
// Pure: the caller finds the record and asks 请确认修改 (correctLatest, through 「…活动人改成X」).

/** 不对， · 哦， · 不好意思， · 更正：: an opening that says nothing of the record. */
const OPENING = /^(?:(?:不对|错了|哦|噢|嗯|不好意思|抱歉|更正一下|更正|纠正一下)[,;:\s]+)+/;
/** The words pointing back at the latest record: 刚才那条 · 上一条 · 刚才报的那个 · 那条责任书 · 刚才那次谈话 (group 1). */
const ABOUT = String.raw`((?:我)?(?:刚才|刚刚|上面|前面)?(?:报|上报|发|说|记)?的?(?:那|这|上)一?[条次个份](?:责任书|承诺书|廉政谈话|谈心谈话|谈话|谈心|记录)?|(?:刚才|刚刚)(?:报|上报|发)的)?`;
/** 报错了 · 写错了 · 记错了 · 搞错了 · 不对 · 有误: the record owned wrong. */
const WRONG = String.raw`(?:(?:报|写|记|填|搞|弄|录)错了?|不对|有误|错了)`;
/** A post said after the doer's name or surname (张伟书记 · 张书记 · 王建国副理事长 · 李主任). */
const POST = String.raw`(?:副?(?:书记|理事长|主任|部长|科长)|同志)`;
/** <about>(的)活动人(其实/实际)是X: the doer by its field. */
const DOER_FIELD = new RegExp(String.raw`^${ABOUT}[,;\s]*(?:的)?(?:活动人|谈话人)(?:其实|实际上?|应该)?(?:是|为)\s*([\u4e00-\u9fa5]{1,3}?${POST}?)$`);
/** <about><wrong>，(实际/其实)是X(post)和我签/谈的: the whole deed, the member its other party. */
const WITH_ME = new RegExp(String.raw`^${ABOUT}[,;\s]*${WRONG}?[,;\s]*(?:实际上?|其实|应该)?是\s*([\u4e00-\u9fa5]{1,3}?${POST}?)\s*(?:和|跟|与|同)我(?:一起)?(签|谈)(?:的|了)?$`);

export interface RestatedDoer {
  /** The words pointing back ('' for none: the latest record). */
  about: string;
  /** The doer as written (张伟 · 张书记 · 张伟书记). */
  doer: string;
  /** Said as the whole deed with 我 (是X和我签的): only a record with the member as its other party fits. */
  withMe: boolean;
  /** 签 or 谈 when the deed was said; undefined by the field. */
  verb?: '签' | '谈';
}

/**
 * The doer `text` (normalised: ASCII punctuation) restates of the member's latest record, or undefined when it is neither
 * shape: 「(刚才那条…)活动人是X」 or 「(刚才那条…)(报错了，)(实际)是X(书记)和我签/谈的」. A pointer is needed for the deed
 * shape unless an opening (不对，) or 报错了 owns a slip: 是张伟和我签的 alone may be a new report.
 */
export function restatedDoerWords(text: string): RestatedDoer | undefined {
  const raw = text.trim().replace(/[。.!！~～]+$/, '');
  const t = raw.replace(OPENING, '');
  const field = DOER_FIELD.exec(t);
  if (field) return { about: field[1] ?? '', doer: field[2]!, withMe: false };
  const deed = WITH_ME.exec(t);
  if (!deed) return undefined;
  const owned = t !== raw || new RegExp(WRONG).test(t.slice((deed[1] ?? '').length, t.indexOf(deed[2]!)));
  if ((deed[1] ?? '') === '' && !owned) return undefined;
  return { about: deed[1] ?? '', doer: deed[2]!, withMe: true, verb: deed[3] as '签' | '谈' };
}
