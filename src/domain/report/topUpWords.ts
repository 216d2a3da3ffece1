// 「12月2号报送的廉政信息是2篇，刚才只记上了1篇，再补1篇」「12月2日的信息少记了一篇」「11月25日的检查漏记了一次，再加一条」
// (round 57, fed; t59a F7: a card of TWO new papers, both flagged 已有一条相同记录 — 确认 added none, 仍要记录 two): more of a
// STORED record's deeds asked for. Read as how many more (再补N篇 · 少记了N篇 · 漏了N次, or 是N篇 against 只记了M篇) and the
// words that name the stored record (the clause before), never as a report of that many new deeds.
import { withoutApology } from './ownedSlip.js';
import { normalizeText } from './parseNormalize.js';

/** What the member asks to add to a stored record. */
export interface TopUpWords {
  /** The words naming the stored record (12月2号报送的廉政信息 · 11月25日的检查), '' when only 刚才/那条 points at it. */
  about: string;
  /** How many more the member says to add (再补1篇 · 少记了1篇), when said. */
  add?: number;
  /** How many there are in all (是2篇 · 一共2篇 · 应该是2篇), when said. */
  total?: number;
  /** The unit said (篇 · 次 · 条 · 份 · 个), for the answer. */
  unit: string;
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十])';
const UNIT = '(篇|次|条|份|个|场)';
/** 再补1篇 · 再加一条 · 还要补1次 · 再记1篇 · 补上1篇: more asked for (补录/补报 alone is a late report, not this). */
const ADD = new RegExp(`(?:再|还要|还得|还需要?|请|帮我)(?:补|加|添|增加|记|补记|加记|补上|加上|多记)(?:上)?${NUM}${UNIT}`);
/** 少记了1篇 · 漏了一次 · 漏记了1篇 · 没记上1篇 · 少了1篇: what the record lacks. */
const MISSED = new RegExp(`(?:少记了?|漏记了?|漏掉了?|漏了|少了|没记上|没有记上|没记全)${NUM}${UNIT}|(?:还有|另有)${NUM}${UNIT}(?:没记上|没有记上|没记|漏了|漏记了)`);
/** 是2篇 · 一共2篇 · 应该是2篇 · 共2篇 · 实际是2篇: how many in all. */
const TOTAL = new RegExp(`(?:应该是|实际是|其实是|一共是?|总共是?|共|是)${NUM}${UNIT}`);
/** 只记上了1篇 · 只记了1篇 · 只记录了1篇 · 只有1篇: how many were stored, as the member says. */
const STORED = new RegExp(`(?:只记上?了|只记录了|只录了|只有|只算了|记成了)${NUM}${UNIT}`);
/** A deed told as new (又报送了 · 今天和…谈话): a report, not a top-up. */
const NEW_DEED = /又(?:报送|报|写|开展|组织|召开|进行|谈|签)|今天|昨天.*(?:报送|开展|召开|进行)了/;

function numberOf(w: string): number {
  return /^\d+$/.test(w) ? Number(w) : w === '十' ? 10 : '一二三四五六七八九'.indexOf(w) + 1 || (w === '两' ? 2 : 0);
}

/**
 * The top-up `text` asks (a clause of more or of fewer stored, with or without the total), or undefined: no such
 * clause, no stored record pointed at or named before it (再补1篇 alone names the latest), or a new deed told.
 */
export function topUpWords(text: string): TopUpWords | undefined {
  // 不好意思， before it is no naming; 少记了 一篇 by voice input is 少记了一篇.
  const t = withoutApology(normalizeText(text).trim())
    .replace(/[。.!！~～]+$/, '')
    .replace(/\s+(?=(?:\d{1,2}|[一二两三四五六七八九十])(?:篇|次|条|份|个|场))/g, '');
  const add = ADD.exec(t) ?? MISSED.exec(t);
  const stored = STORED.exec(t);
  const total = TOTAL.exec(t);
  // 是2篇 alone is how a report counts its papers: only against 只记了1篇 (or beside 再补/少记) it is a top-up.
  if (!add && !(stored && total)) return undefined;
  if (NEW_DEED.test(t)) return undefined;
  const first = t.split(/[,;\s]+/)[0] ?? '';
  // The naming words: the first clause up to its first count (12月2号报送的廉政信息是2篇 → 12月2号报送的廉政信息), without
  // the words that only point back (刚才 · 那条); nothing left when the clause is the top-up itself (再补1篇).
  const cut = Math.min(first.length, ...[ADD, MISSED, STORED, TOTAL].map((re) => re.exec(first)?.index ?? first.length));
  const about = first.slice(0, cut).replace(/^(?:刚才|刚刚|之前|上面)(?:报|记|发|上报)?的?|(?:那|这)一?(?:条|篇|次|个)(?:记录)?/g, '').replace(/的$/, '');
  const unit = (add ?? total ?? stored)!.slice(1).filter((g) => g !== undefined)[1]!;
  return {
    about,
    ...(add ? { add: numberOf(add.slice(1).find((g) => g !== undefined)!) } : {}),
    ...(total ? { total: numberOf(total[1]!) } : {}),
    unit,
  };
}
