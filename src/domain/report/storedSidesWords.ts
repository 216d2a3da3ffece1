// 「12.1那条弄反了 徐辉是谈话人不是对象 对象是何主任」「不对，12月1日那条廉政谈话，活动人是徐辉，对象是何平」 (round 63, gcj;
// t66a B-F3: a NEW talk of the member's with both as counterparts, or a card of two new talks): a stored talk or signing
// named by its day (and kind) and pointed back at (那条 · 那次), then its two sides put right — swapped (弄反了), or the
// doer and the other party said by role. swappedSides reads these shapes on a waiting card; this reads them of a stored
// record. Pure: the caller resolves names and finds the record.

/** 不对， · 更正： · 错了， before the naming words. */
const OPENER = /^(?:(?:不对|错了|更正|纠正|说错了|搞错了|有误)[,:;\s]*)*/;
/** The naming words: 12.1 · 12月1日 · 上周二 … then 那条/那次 (a kind noun may follow): group 1 the whole naming. */
const NAMED = /^([^,;:。!?\s]{1,14}?那一?[条次个回](?:廉政谈话|谈心谈话|谈话|谈心|承诺书|责任书)?(?:记录)?)[,;:\s]*/;
/** 弄反了 · 搞反了 · 写反了 · 颠倒了 (谈话人和对象 before it). */
const SWAPPED = /^(?:(?:谈话人|活动人)(?:和|与|跟)(?:谈话)?对象|双方|方向|两个人|人)?(?:都)?(?:搞|弄|写|记|填|录)?(?:反了|颠倒了|倒过来了)$/;
/** 徐辉是谈话人不是对象 · 徐辉才是谈话人 · 活动人是徐辉 · 谈话人应该是徐辉. */
const DOER_IS = /^(?:([\u4e00-\u9fa5]{2,6}?)(?:同志)?(?:才)?是(?:谈话人|活动人)(?:[,\s]*(?:不是|而不是)(?:谈话)?对象)?|(?:谈话人|活动人)(?:应该?是|应为|改为|改成|是)([\u4e00-\u9fa5]{2,6}?)(?:同志)?)$/;
/** 对象是何主任 · 谈话对象应该是何平 · 何平是对象. */
const OTHER_IS = /^(?:(?:谈话)?对象(?:应该?是|应为|改为|改成|是)([\u4e00-\u9fa5]{2,6}?)(?:同志)?|([\u4e00-\u9fa5]{2,6}?)(?:同志)?(?:才)?是(?:谈话)?对象)$/;

export interface StoredSidesWords {
  /** The naming words (12.1那条 · 12月1日那条廉政谈话). */
  about: string;
  /** 弄反了 said. */
  swapped: boolean;
  /** The doer said, as written. */
  doer?: string;
  /** The other party said, as written. */
  other?: string;
}

/** The sides `text` (normalised) puts right of a stored record, or undefined. Every clause must be one of these shapes. */
export function storedSidesWords(text: string): StoredSidesWords | undefined {
  const t = text.trim().replace(/[。.!！~]+$/, '').replace(OPENER, '');
  const named = NAMED.exec(t);
  // 刚才那条弄反了 names no day: the latest record's, as the older readers take it.
  if (!named || /^(?:刚才|刚刚|上一|这|那)/.test(named[1]!)) return undefined;
  const clauses = t
    .slice(named[0].length)
    .split(/[,;。\s]+/)
    .filter((c) => c !== '');
  let swapped = false;
  let doer: string | undefined;
  let other: string | undefined;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    // 徐辉是谈话人 不是对象 (a voice-input space): the denial of the other role joins its clause.
    if (/^(?:不是|而不是)(?:谈话)?对象$/.test(c) && doer !== undefined) continue;
    if (SWAPPED.test(c) && !swapped) {
      swapped = true;
      continue;
    }
    const d = DOER_IS.exec(c);
    if (d && doer === undefined) {
      doer = d[1] ?? d[2]!;
      continue;
    }
    const o = OTHER_IS.exec(c);
    if (o && other === undefined) {
      other = o[1] ?? o[2]!;
      continue;
    }
    return undefined;
  }
  if (!swapped && doer === undefined) return undefined;
  return { about: named[1]!, swapped, ...(doer !== undefined ? { doer } : {}), ...(other !== undefined ? { other } : {}) };
}
