// 「去掉王强那条」「谈心那条不要」「把11月4日那条删掉」 while a card or a question waits on several records (round 29 q):
// the record named by a person, a kind or a day in it, where only 第N条 was understood.
import { ACTIVITY_TYPES } from '../activityTypes.js';
import type { ReportDraft } from './draft.js';
import { normalizeText } from './parseNormalize.js';
import { presentNotTalked } from './presentNotTalked.js';
import { presentItemConflict } from './presentItemConflict.js';
import { recordsNamed } from './recordsNamed.js';
import { noSuchKindWords } from './noSuchKindWords.js';

/** The record pointed at after what names it: 王强那条 · 谈心那项 · 11月4日那次 · 和李娟的那条. */
const POINT = '(?:的)?(?:那一?条|那一?项|那一?个|那一?次|这一?条|这一?项)(?:记录)?';
// 撤销和孙丽那条 · 撤回警示教育那条 (round 48, t51a F7: 没看懂, though 第2条撤销 worked): 撤销/撤回 leave a record out too.
const OUT = '(?:撤销|撤回|去掉|删掉|删除|删去|拿掉|划掉|撤掉|不要|不记|不用记|别记)';
/**
 * 不用再记一条了 · 不用记录 · 不要记 · 别再记了 · 不需要登记 (round 33, r3: 「和张颖的谈心谈话不用再记一条了」 was asked as a new
 * talk): no record to be kept, said with 再/单独 and the record's own words.
 */
const NOT_KEPT = '(?:不用|不要|不需要|无需|不必|别)再?(?:单独)?(?:记录?|登记|录入?)(?:成|为)?(?:一条|一下|一次|进去|上去|上)?';
/** 去掉王强那条 · 请删掉谈心那一条吧: leave out, then the record named. */
const VERB_FIRST = new RegExp(`^(?:请|麻烦)?(?:帮我)?(?:把)?${OUT}(?:掉)?(.{1,14}?)${POINT}(?:吧|了|啦)*$`);
/** 王强那条不要 · 把谈心那条删掉 · 11月4日那次不算: the record named, then leave it out. */
const RECORD_FIRST = new RegExp(`^(?:请|麻烦)?(?:帮我)?(?:把)?(.{1,14}?)${POINT}(?:就|可以|请|也)?(?:撤销|撤回|去掉|删掉|删除|删去|拿掉|划掉|撤掉|不要|不记|不用记|不算|不用|别记|不需要|${NOT_KEPT})(?:掉|了|吧|啦)*$`);
/**
 * 王强那个函询不算 · 王强那次谈话不用记 · 和王强那条函询谈话不记了 · 王强的函询不算 (round 59, fcb; fdb's finding: beside a report
 * the talk stayed on the card, the words dropped): the record named by its person, then what it was (a few words, or after
 * 的 a 函询/诫勉), then leave it out. Group 1 is the person only: what it was may be no type of the catalogue (函询).
 */
const RECORD_THEN_WHAT = new RegExp(`^(?:请|麻烦)?(?:帮我)?(?:把)?(?!把|请|刚才|刚刚|上面|之前|上次|前面)((?:和|与|跟|同|对)?[^,;:。的那这]{2,6}?)(?:同志)?(?:${POINT}[\u4e00-\u9fa5]{1,8}?|的(?:函询|诫勉)(?:谈话)?)(?:的)?(?:就|可以|请|也)?(?:撤销|撤回|去掉|删掉|删除|删去|拿掉|划掉|撤掉|不要|不记|不用记|不算|别记|不需要记|${NOT_KEPT})(?:掉|了|吧|啦)*$`);
/**
 * 孙丽的廉政谈话不用记 · 把和李明的签订责任书删掉 (round 32a F6: read as a new talk report): a person, 的, and the record's
 * kind, with no 那条; the kind must be one (recordsNamed checks both halves), or the words are something else.
 */
const PERSON_KIND_FIRST = new RegExp(`^(?:请|麻烦)?(?:帮我)?(?:把)?((?:和|与|跟|同|对)?[^,;:。的]{2,6}?(?:同志)?的[^,;:。的]{2,8}?)(?:就|可以|请|也)?(?:去掉|删掉|删除|删去|拿掉|划掉|撤掉|不要|不记|不用记|不算|别记|不需要记|${NOT_KEPT})(?:掉|了|吧|啦)*$`);

/**
 * 刚才那条警示教育不用记了 · 刚才报的和孙丽的谈话不算 (round 33c: stored at once as a new 警示教育, or asked its day): the
 * latest report pointed at, then the record in it named by its kind or person, then leave it out.
 */
// 把刚才那条学习撤销 · 刚才报的廉政谈话撤回一下 (round 51 fzb, t53a F8: 没看懂): 撤销/撤回 after the record named, as
// 去掉/不要 are; 刚才那条撤销 alone names nothing (latestNamed) and stays undo's.
const LATEST_FIRST = new RegExp(`^(?:请|麻烦)?(?:帮我)?(?:把)?(?:刚才|刚刚|上面)(?:那一?条|那个|那次|的|报的|发的|说的|记的)?(?:里的?|中的?)?((?:和|与|跟|同|对)?[^,;:。]{2,14}?)(?:${POINT})?(?:就|可以|请|也)?(?:撤销|撤回|去掉|删掉|删除|删去|拿掉|划掉|撤掉|不要|不记|不用记|不算|不用|别记|不需要|${NOT_KEPT})(?:掉|了|吧|啦|一下)*$`);
/**
 * 撤回刚才报的廉政谈话 · 撤销刚才那条学习 · 帮我撤回一下刚才那个警示教育 (round 51 fzb, t53a F8): leave out first, then the
 * latest report pointed at, then the record named by its kind or person (checked as LATEST_FIRST's).
 */
const LATEST_VERB_FIRST = new RegExp(`^(?:请|麻烦)?(?:帮我)?(?:把)?(?:撤销|撤回|去掉|删掉|删除)(?:一下)?(?:刚才|刚刚|上面)(?:报的|发的|说的|记的|的)?(?:那一?条|那个|那次)?(?:里的?|中的?)?((?:和|与|跟|同|对)?[^,;:。]{2,14}?)(?:${POINT})?(?:吧|了|啦)*$`);

/**
 * The words naming the record a message asks to leave out (孙丽的廉政谈话不用记 → 孙丽的廉政谈话 · 和王强那条不算 → 王强 ·
 * 刚才那条警示教育不用记了 → 警示教育), with 和/与 and a trailing 的 taken off; undefined when the message is no such words
 * (第2条不要 is cardItemChoice's, 这条不要 askedItemDrop's, 刚才那条不算 undo's). What it names is matched by recordsNamed.
 */
export function droppedRecordWords(text: string): string | undefined {
  // 孙杰只是在场，没和他谈，第3条不对 (round 66, gfc): who was only there, not talked to, names the record to leave.
  const present = presentNotTalked(normalizeText(text));
  if (present !== undefined) return present.name;
  const t = normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '').replace(/\s+/g, '');
  const absent = absentFromRecord(t);
  if (absent !== undefined) return absent;
  // 没有廉政谈话，就一次谈心谈话 (round 68, ghj, t71b): the kind said not held, when it is a kind.
  const noSuch = noSuchKindWords(t);
  if (noSuch !== undefined && isKindWord(noSuch)) return noSuch;
  const m = VERB_FIRST.exec(t) ?? RECORD_FIRST.exec(t) ?? RECORD_THEN_WHAT.exec(t) ?? personKind(t) ?? latestNamed(t);
  if (!m) return undefined;
  // 刚才的廉政党课 · 刚才和孙丽那条 · 上面王建国那条: what points at the latest report is no name of the record (kept when it
  // is all there is: 刚才那条不算 is undo's, and a card's reader says no record is 「刚才」).
  const pointed = m[1]!.replace(/^(?:刚才|刚刚|上面)(?:那一?条|的|报的)?/, '');
  const said = (pointed === '' ? m[1]! : pointed).replace(/^(?:和|与|跟|同|对)/, '').replace(/的$/, '');
  // 不对，没谈成，这条不要记 (round 51, fzcc, t54b B-F1: 「卡片上没有「不对,没谈成,」的记录」): clauses before 这条 name no
  // record; the words are askedItemDrop's.
  if (said === '' || /^第/.test(said) || /^(?:这|那|此)$/.test(said) || /[,;]/.test(said)) return undefined;
  return said;
}

/**
 * 刚才报的3号财务科谈话 · 3号在财务科那次谈话 · 上面那条: a record reported before, pointed at (刚才/刚刚/上面/之前 + 报的/
 * 记的/发的, or 那次/那条), saying no deed of its own (no 了 before the first comma).
 */
const POINTS_AT_RECORD = /^(?:(?:刚才|刚刚|上面|之前|前面|早上|上午)(?:报|发|记|说|上报)的|[^,;了]{0,16}?(?:那次|那条|那一条|那个|那场))[^,;了]{0,20}$/;
/**
 * 李娟那天请假了，没谈 · 王强其实不在，没跟他谈 · 其实没和孙丽谈 · 赵敏没来: someone of that record absent or not talked to. The
 * name is the 2–3 characters opening the clause (他/她 are no name), or the one after 没跟/没和. 他那天请假了 (round 60, fbc:
 * 「和王强的那条删掉，他那天请假了」 looked for a record of 「他那天」) opens with no name either.
 */
const ABSENT = /^(?!他|她|对方)([\u4e00-\u9fa5]{2,3}?(?:同志)?(?:[和、及][\u4e00-\u9fa5]{2,3}?(?:同志)?)*)(?:都|也)?(?:那天|当天|当时|那次)?(?:都|也)?(?:其实|实际上?|根本)?(?:请假了?|不在|没在|在外地|在外面|外出了?|出差了?|没来|没到|没参加|未参加|缺席了?|休假了?|生病了?)(?:了)?(?:(?:所以|因此)?(?:没有?|未)(?:跟|和|与)?(?:他|她)?谈(?:成|过|了)*)?$/;
const NOT_TALKED = /^(?:所以|因此|其实|实际上?)?(?:没有?|未)(?:有)?(?:(?:跟|和|与|同|找)([\u4e00-\u9fa5]{1,3}?)(?:同志)?)?(?:谈|谈话|谈成|签|参加)(?:成|过|了)*$/;

/**
 * The person a message about a record reported before says was absent or not talked to (round 51, fzcc, t54a F1/F8:
 * 「刚才报的3号财务科谈话，李娟那天请假了，没谈」 read as a new talk with someone not named): that person's record is the one
 * to leave out, as 和李娟那条不算 says. Undefined unless the first clause points at a record and every later clause is an
 * absence or a 没谈, naming one person only.
 */
function absentFromRecord(t: string): string | undefined {
  const clauses = t.split(/[,;，；。]/).filter((c) => c !== '');
  if (clauses.length < 2 || !POINTS_AT_RECORD.test(clauses[0]!)) return undefined;
  const names = new Set<string>();
  for (const c of clauses.slice(1)) {
    const a = ABSENT.exec(c) ?? NOT_TALKED.exec(c);
    if (!a) return undefined;
    if (a[1] !== undefined && !/^(?:他|她|对方|人|他们|她们)$/.test(a[1])) for (const n of a[1].split(/[和、及]/)) names.add(n.replace(/同志$/, ''));
  }
  // 李娟和王强都请假了: both named; several records fitting are shown, a 撤销 under each (dropNamedRecord).
  return names.size === 0 ? undefined : [...names].join('、');
}

/**
 * The person (or people, 、-joined) a message about a record reported before says was absent or not talked to
 * (刚才报的3号财务科谈话，李娟那天请假了，没谈 → 李娟); undefined when it is no such message. No report of its own.
 */
export function absentFromRecordWords(text: string): string | undefined {
  // 孙杰只是在场 没和他谈 第3条不对 (round 66, gfc): spaces part its clauses, so it is read before they are taken out.
  const present = presentNotTalked(normalizeText(text));
  if (present !== undefined) return present.name;
  // 李娟那天 请假了 没谈: voice-input spaces are no clause marks; ABSENT takes its 没谈 in the same clause.
  return absentFromRecord(normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '').replace(/\s+/g, ''));
}

/** LATEST_FIRST's match when what it names is a kind (警示教育 · 和孙丽的谈话) or someone after 和/与 (和王强那条), else null. */
function latestNamed(t: string): RegExpExecArray | null {
  const m = LATEST_FIRST.exec(t) ?? LATEST_VERB_FIRST.exec(t);
  if (!m) return null;
  // 刚才说的不算 names nothing: a kind last, or someone after 和/与, or it is no such words.
  return isKindWord(m[1]!.slice(m[1]!.lastIndexOf('的') + 1)) || /^(?:和|与|跟|同|对)/.test(m[1]!) || placedKind(m[1]!) ? m : null;
}

/**
 * 财务科谈话 · 3号财务科那次谈话 · 在财务科的谈话 · 办公室的检查 (round 52, fwd: 「刚才报的财务科谈话不算」 was 没看懂): a kind
 * named by the department it was held at (a day may come first). The caller (dropNamedRecord) finds the department in
 * the directory and keeps only the records held there.
 */
const PLACED_KIND = /^(?:\d{1,2}(?:月\d{1,2})?[日号])?(?:在|到|去)?[\u4e00-\u9fa5]{1,6}?(?:科|部|室|中心|处|办)(?:的|那一?次|那场|那个)?([\u4e00-\u9fa5]{2,8})$/;

function placedKind(words: string): boolean {
  const m = PLACED_KIND.exec(words);
  return m !== null && isKindWord(m[1]!);
}

/** Whether `word` names an activity kind (廉政谈话 · 谈心 · 责任书 · 警示教育), by a kind's name or alias. */
function isKindWord(word: string): boolean {
  return word.length >= 2 && ACTIVITY_TYPES.some((k) => [k.name, ...k.aliases].some((w) => w.includes(word) || word.includes(w)));
}

/** What a named-record reply resolved to: the one record (0-based), or every record it fits when not one (none: []). */
export type NamedItem = { index: number } | { fits: number[]; said: string };

/**
 * Reads 「去掉王强那条」「谈心那条不要」「11月4日那条删掉」 against the waiting `items` (in card order): the words before
 * 那条 are matched to each record's people (`nameOf` gives a person's name), kind (its name or an alias) and day
 * (`today` reads 4号 · 11月4日). Returns the index when exactly one record fits, the fitting indexes otherwise (for the
 * caller to ask which, or say none does), or undefined when the reply is no such words (第2条不要 is cardItemChoice's).
 */
export function namedItemDrop(text: string, items: readonly { draft: ReportDraft }[], nameOf: (id: string) => string | undefined, today: string): NamedItem | undefined {
  // 王强只是在场…第3条不对 with the 3rd not 王强's (round 67, ggd): no record is named for sure; the card's reader asks which.
  if (presentItemConflict(text, items, nameOf, today) !== undefined) return undefined;
  const said = droppedRecordWords(text) ?? droppedRecordWords(withoutReason(text)) ?? droppedRecordWords(deniedAsDropped(withoutReason(text)));
  if (said === undefined) return undefined;
  const fits = recordsNamed(said, items, nameOf, today);
  return fits.length === 1 ? { index: fits[0]! } : { fits, said };
}

/**
 * The why said after leaving a record out (round 34b §3a: 「和王强的承诺书不要了，他没签」 read as a new signing): 他没签 ·
 * 没谈成 · 写错了 · 重复了 · 已经记过了 — a short clause of denial or slip after a comma, taken off so the words before it
 * are read; a clause that says anything else (改成… · 其余确认) is left, and the whole is then no such words.
 */
const REASON = /^(.+?)[,;](?:因为|他|她|对方|实际上?|其实|当时)?[^,;]{0,6}?(?:没|未|不是|错|重复|已经|还没)[^,;]{0,8}$/;

function withoutReason(text: string): string {
  const t = normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '').replace(/\s+/g, '');
  const m = REASON.exec(t);
  return m && !/(?:确认|改成|改为|应该是)/.test(t.slice(m[1]!.length)) ? m[1]! : t;
}

/**
 * 和王强的承诺书没签 · 孙丽的廉政谈话其实没谈 while a card shows it: the deed denied is the record left out. Only against a
 * waiting card or question (namedItemDrop), never in a report's reading, where 没签 is a deed not done.
 */
function deniedAsDropped(text: string): string {
  return text.replace(/(?:他|她|对方)?(?:其实|实际上?)?(?:没有?|未)(?:签订?|谈|参加|开展|签字)(?:成|过|了)*$/, '不要');
}

/** PERSON_KIND_FIRST's match when what follows 的 is a kind (廉政谈话 · 谈心 · 责任书), else null. */
function personKind(t: string): RegExpExecArray | null {
  const m = PERSON_KIND_FIRST.exec(t);
  if (!m) return null;
  return isKindWord(m[1]!.slice(m[1]!.lastIndexOf('的') + 1)) ? m : null;
}
