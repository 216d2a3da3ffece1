// 「查的三公经费，算专项资金检查吧」 after a stored 作风纪律检查 (round 62, gbd; t64a G5: read as a query, 「没能识别「三公经费」」):
// the stored record's kind said in loose words — hedged (算…吧 · 应该算 · 算是 · 就算) or put right (其实是 · 应该是) — with
// what was checked beside it (查的三公经费 · 检查的是…) as its title, and maybe the words naming the record (那次检查 ·
// 11月26日那次 · 财务科那次检查 · 刚才那条). A reader of these shapes alone: every clause of the message must be one of them.
import type { ActivityTypeCode } from '../activityTypes.js';
import { normalizeText } from './parseNormalize.js';
import { findKinds } from './parseKind.js';
import { withShortKindWhole } from './shortKindWord.js';

/** The change read: the kind, the title (what was checked) when said, and the naming words when said. */
export interface HedgedKindChange {
  kind: ActivityTypeCode;
  /** The kind as written (专项资金检查). */
  said: string;
  /** 三公经费: what was checked, from 查的… / 检查的是…; never a kind. */
  title?: string;
  /** 那次检查 · 11月26日那次 · 财务科那次检查: the words naming the record; undefined for the latest (none, or 刚才那条). */
  about?: string;
  /** Whether the member pointed back at a record (那次 · 那条 · 刚才), not only said a kind and a title. */
  pointed: boolean;
  /** 不是周三是周四 in the naming words (round 62, gbj; t65a B-F3): the right day as written (周四), for the caller to read. */
  daySaid?: string;
}

/**
 * 去维权部查公务用车那次不是周三是周四 (round 62, gbj; t65a B-F3: the day dropped while the kind was changed): naming words, then
 * a wrong value denied and the right one said — a second change in the same message, never naming words.
 */
const NAMED_THEN_SWAP = /^(.*?(?:那一?[次条个回]|的记录))(?:的?日期|的?时间)?不是([^,;。\s是]{1,8}?)而?是([^,;。\s]{1,8}?)$/;

/**
 * The kind clause: naming words (maybe none), a word of hedging or of the right value (算 · 算是 · 应该算 · 就算 · 算作 · 其实是 ·
 * 应该是 · 实际是), the kind, a closing particle. A bare 是 is no change word here (那次是廉政谈话 is the older readers').
 */
const KIND_CLAUSE =
  /^(.*?)(?:应该|应当|其实|实际上?|可以|就)?(?:算是|算作(?!风)|算成|算|记作|记为|当作)(?:是)?([\u4e00-\u9fa5]{2,12}?)(?:吧|了吧|才对|更合适|比较合适|啊|哈|呢)?$|^(.*?)(?:其实|应该|实际上?|应当)是([\u4e00-\u9fa5]{2,12}?)(?:吧|才对|啊|哈)?$/;

/**
 * 12月2日维权部那次不算作风纪律检查 (round 63, gcj; t66a B-F6: a NEW 作风纪律检查, the kind denied): naming words, then the
 * kind the record is said not to be — the record's kind now, never the change.
 */
const DENIED_KIND_CLAUSE = /^(.*?)(?:不算|不是|并不是|不能算|不应该算)(?:是)?([\u4e00-\u9fa5]{2,12}?)(?:了|吧|啊)?$/;

/** What was checked: 查的三公经费 · 查的是三公经费 · 检查的是… · 主要查的… · 检查内容是… (naming words may come first). */
const SUBJECT_CLAUSE = /^(.*?)(?:主要)?(?:(?:检|抽|督)?查的(?:是|内容是)?|检查内容是|查的内容是)([\u4e00-\u9fa5《》]{2,14}?)(?:吧|啊|哈)?$/;

/** Naming words pointing back: 那次 · 那条 · 那个 · 那回 · 刚才 · 上次 · …的记录. */
const POINTER = /那一?[次条个回]|刚才|刚刚|上次|上回|的记录/;

/** 刚才那条 · 刚才报的那次 · 刚才报的检查 · 上一条 alone: the latest record, no words to look it up by. */
const LATEST_ONLY = /^(?:我)?(?:刚才|刚刚)(?:报的|上报的|发的)?(?:的)?(?:那一?[条次个])?(?:检查|谈话|学习|会议|党课)?(?:记录)?$|^上一?条$/;

/** The cheap gate: a word of hedging or of the right value before a kind. */
const GATE = /算|其实是|应该是|实际是|应当是|记作|记为|当作/;

/** The one kind `word` is, written whole (专项资金检查 · 谈心谈话), or undefined (算了 · 专项). */
function wholeKind(word: string): ActivityTypeCode | undefined {
  const found = findKinds(word);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === word.length ? found[0]!.code : undefined;
}

/**
 * The kind change `text` says of a stored record in loose words (查的三公经费，算专项资金检查吧 · 那次检查其实是专项资金检查
 * 查的三公经费 · 11月26日那次算专项资金检查吧), or undefined. Needs a kind word after 算/其实是/应该是 and either what was
 * checked or words pointing back; every clause must be the kind, what was checked, or naming words. 算了，不改了 and a new
 * report (今天检查了三公经费) are undefined. Pure.
 */
export function hedgedKindChange(text: string): HedgedKindChange | undefined {
  if (!GATE.test(text)) return undefined;
  // 维权部那次算专项检查吧 (round 62, gbj; t65a B-F3): the short kind word read whole.
  const clauses = normalizeText(withShortKindWhole(text))
    .trim()
    .replace(/[。.!！~～]+$/, '')
    .split(/[,;。!\s]+/)
    .filter((c) => c !== '');
  if (clauses.length === 0 || clauses.length > 3) return undefined;
  let kind: { code: ActivityTypeCode; said: string } | undefined;
  let title: string | undefined;
  let daySaid: string | undefined;
  const abouts: string[] = [];
  let denied: ActivityTypeCode | undefined;
  for (const clause of clauses) {
    const no = DENIED_KIND_CLAUSE.exec(clause);
    const noCode = no ? wholeKind(no[2]!) : undefined;
    if (no && noCode && denied === undefined && POINTER.test(no[1]!)) {
      denied = noCode;
      abouts.push(no[1]!);
      continue;
    }
    const k = KIND_CLAUSE.exec(clause);
    const code = k ? wholeKind(k[2] ?? k[4]!) : undefined;
    if (k && code && !kind) {
      kind = { code, said: k[2] ?? k[4]! };
      abouts.push(k[1] ?? k[3]!);
      continue;
    }
    const s = SUBJECT_CLAUSE.exec(clause);
    if (s && !title && wholeKind(s[2]!) === undefined) {
      title = s[2]!.replace(/[《》]/g, '');
      abouts.push(s[1]!);
      continue;
    }
    const swap = NAMED_THEN_SWAP.exec(clause);
    if (swap && daySaid === undefined) {
      abouts.push(swap[1]!);
      daySaid = swap[3]!;
      continue;
    }
    // Naming words alone (上周四那个检查 · 财务科那次): only with a pointer back.
    if (POINTER.test(clause) && !/[了过]$/.test(clause)) {
      abouts.push(clause);
      continue;
    }
    return undefined;
  }
  if (!kind || kind.code === denied) return undefined;
  const named = abouts.map((a) => a.replace(/的$/, '')).filter((a) => a !== '');
  if (named.length > 1) return undefined;
  const words = named[0];
  const pointed = words !== undefined && POINTER.test(words);
  // Naming words that do not point back (今天检查了 · 和王强) make this a report or another reader's.
  if (words !== undefined && !pointed) return undefined;
  if (!pointed && title === undefined) return undefined;
  const about = words === undefined || LATEST_ONLY.test(words) ? undefined : words;
  return { kind: kind.code, said: kind.said, ...(title !== undefined ? { title } : {}), ...(about !== undefined ? { about } : {}), pointed, ...(daySaid !== undefined ? { daySaid } : {}) };
}

/**
 * 算专项资金检查吧 · 应该算作风纪律检查 · 算是谈心谈话吧 alone (round 63, gca; gbd's left-alone: a new check asked its day): the
 * kind said in loose words with nothing else — no record named, nothing checked. Whether a stored record is meant is the
 * caller's to decide (the member's latest record of the kind's family); alone it may still answer 是哪类活动. Pure.
 */
export function bareKindHedge(text: string): { kind: ActivityTypeCode; said: string } | undefined {
  if (!GATE.test(text)) return undefined;
  const t = normalizeText(withShortKindWhole(text)).trim().replace(/[。.!！~～\s]+$/, '');
  const k = KIND_CLAUSE.exec(t);
  if (!k || (k[1] ?? k[3]!) !== '') return undefined;
  const said = k[2] ?? k[4]!;
  const code = wholeKind(said);
  return code ? { kind: code, said } : undefined;
}
