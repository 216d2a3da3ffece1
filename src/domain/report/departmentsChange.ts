// 「刚才那条部门只有宣文部」「部门改成宣文部」「不对，刚才那条只有宣文部，康复中心没参加」「刚才那条人数改成23人 部门只有宣文部」
// after a 警示教育 was stored at 宣文部、残疾人康复中心 (round 48, t50a F6: every one 「抱歉，没看懂」, and the two-field one
// lost the head count too): the departments of a STORED record put right in words, alone or beside other changes. The
// waiting card reads the same words (cardCorrection: departmentsSaid, departmentsNarrowed); this reads them of the
// member's latest record (or the one 第N条 / 迷途那条的 names), for correctLatest's 请确认修改 card.
import { LEAD_IN } from './correctionLeadIn.js';
import { oneChange } from './correctionsInWords.js';
import { departmentsNarrowed } from './departmentsNarrowed.js';
import { departmentsSaid } from './departmentsSaid.js';
import { LATEST } from './latestCorrection.js';
import { longestClauseRun } from './longestClauseRun.js';
import { namesRecord } from './namedRecordCorrection.js';
import { withoutApology } from './ownedSlip.js';
import { normalizeText } from './parseNormalize.js';
import { numberOf } from './undoNumberedWords.js';
import type { CorrectionInWords } from './terseCorrection.js';

/** What the member's words do to a record's departments (ids). */
export type DepartmentsChange =
  /** Only these, in the order said (部门改成X · 部门只有X · 应该是X和Y两个部门). */
  | { kind: 'departments'; only: string[] }
  /** These taken off (去掉Y · Y没参加 · 不包括Y), and `add` put in their place when said (是X不是Y · 把Y改成X). */
  | { kind: 'departments'; drop: string[]; add?: string[] }
  /** A word said as a department that the directory has none of: answered with the list, never guessed. */
  | { kind: 'departments'; unknown: string };

/** The changes one message asks of a stored record, the departments among them. */
export interface DepartmentsCorrection {
  parts: (CorrectionInWords | DepartmentsChange)[];
  /** No record pointed at (刚才那条 · 第N条 · X那条): as a terse correction, only a record just made is meant. */
  terse: boolean;
  /** 第2条部门只有宣文部: the receipt's record number (1-based). */
  nth?: number;
  /** 迷途那条的部门只有宣文部 · 前天警示教育那次: the words that name the record among the member's own. */
  about?: string;
}

/** 第2条 · 第二条的: one record of the latest receipt, by number. */
const NTH = /^(?:把|将)?第(\d{1,2}|[一二两三四五六七八九十])(?:条|项)(?:记录)?(?:的)?/;
/** 《迷途》那条的 · 前天警示教育那次 · 迷途那条: a record named, then 那条/那次 (the caller checks it names one of the member's). */
const NAMED = /^(?:那条|那次)?([^,;。:\s]{2,16}?)(?:那条|那次|那一条|那一次)(?:记录)?(?:的)?/;
/**
 * 今天上午那个党课 · 昨天那个警示片的 (round 52, fwff; t55a F5: 没看懂): a day, 那个 and a kind noun name a record as
 * 前天警示教育那次 does; group 1 the day, group 2 the kind noun (the record named is both together).
 */
const KIND_NOUN = '(?:廉政|廉洁)?(?:党课|警示片|警示教育片?|谈话|谈心谈话|谈心|学习|检查|会议)';
// 今天的廉政党课部门改成组联部 (没看懂): 的 in place of 那个 where the department is labelled right after the kind noun.
const NAMED_KIND = new RegExp(`^([^,;。:\\s]{2,12}?)(?:的?那个|的(?=${KIND_NOUN}的?(?:部门|科室)))(${KIND_NOUN})(?:的)?`);
/** 部门错了 · 科室写错了 · 部门不对: the field owned wrong, its value in what follows. */
const FIELD_WRONG = /^(?:所在)?(?:部门|科室)(?:也)?(?:写|填|报|记|搞|弄)?(?:错了?|不对|有误)/;
/** 部门只有宣传部 · 部门改成宣传部 · 去掉宣传部的部门: a department list labelled, one word of it no department. */
const LABELLED_LIST = /^(?:所在)?(?:部门|科室)(?:应该)?(?:只有|只是|仅有|仅为|改成|改为|换成|应该?是|应为|是)[\s:：]*(.+?)(?:(?:这)?一个(?:部门|科室))?$/;
/** 部门加上组联部 (round 57, fed; t59b FB2: namedChangeWords's 还查了组联部): departments added to those the record has. */
const ADDED = /^(?:所在)?(?:部门|科室)(?:加上|增加|添上|补上)(.+?)$/;
/** 是宣文部，不是康复中心: the right department, then the wrong one. */
const RIGHT_FIRST = /^(?:(?:所在)?(?:部门|科室))?(?:应该?是|应为|是)(.+?),?而?不是(.+?)$/;
/** 不是康复中心，是宣文部: the wrong department, then the right one. */
const WRONG_FIRST = /^(?:(?:所在)?(?:部门|科室))?不是(.+?),?(?:而|应该|应)?是(.+?)$/;
/** 把康复中心改成宣文部 · 康复中心换成宣文部: one department put in place of another. */
const SWAP = /^(?:把|将)?(.+?)(?:改成|改为|换成)(.+?)$/;
/** A question (几个 · 多少 · 哪些 · 吗 · ？), not a change. */
const QUESTION = /[?？]|几个|几家|多少|哪些|哪个|哪几|吗$|呢$|是不是/;
/** 不对 · 错了 · 更正一下 · 刚才报错了: a clause that only owns a slip (LEAD_IN's, and the pointed 刚才那条报错了). */
const OWNED = /^(?:不对|错了|搞错了|写错了|报错了|弄错了|记错了|有误)$/;

/** The department ids of a list said (宣文部、康复中心 · 财务科和办公室), or undefined when any word names none. */
function listed(words: string, departmentId: (w: string) => string | undefined): string[] | undefined {
  // 不是给康复部上的，是给组联部上的 (round 52, fwff; t55a F5: 没有找到「给康复部上的」): the department a 党课 was given to
  // (给X上的) or held by (X组织的) is that department.
  const parts = words.split(/[、,和及与]|以及/).map((w) => w.trim().replace(/^(?:给|在|由|到)(?=.)/, '').replace(/(?:上|组织|开展|举办|牵头|主办)?的$/, '')).filter((w) => w !== '');
  const ids = parts.map((w) => departmentId(w));
  return parts.length > 0 && ids.every((id) => id !== undefined) ? [...new Set(ids as string[])] : undefined;
}

/** One run of clauses (joined by ',') read as a change of the departments, or undefined. */
function departmentsClause(words: string, labelled: boolean, departmentId: (w: string) => string | undefined): DepartmentsChange | undefined {
  const owned = FIELD_WRONG.exec(words);
  // 刚才那条警示片不对，是教就部组织的 (round 52, fwff; t55a F5: 没能读出「教就部组织」): the department that held it is the
  // department, as 是教就部的 is.
  const said = (owned ? words.slice(owned[0].length).replace(/^[,\s]+/, '') : words).replace(/(?:组织|开展|举办|牵头|主办|办)的$/, '的');
  const isLabelled = labelled || owned !== null;
  if (said === '') return undefined;
  const added = ADDED.exec(said);
  const more = added ? listed(added[1]!, departmentId) : undefined;
  if (more) return { kind: 'departments', drop: [], add: more };
  const whole = departmentsSaid(said, isLabelled, departmentId);
  if (whole !== undefined && 'ids' in whole) return { kind: 'departments', only: whole.ids };
  const narrowed = departmentsNarrowed(said, departmentId);
  if (narrowed !== undefined) return 'only' in narrowed ? { kind: 'departments', only: narrowed.only } : { kind: 'departments', drop: narrowed.drop };
  for (const [re, right, wrong] of [[RIGHT_FIRST, 1, 2], [WRONG_FIRST, 2, 1], [SWAP, 2, 1]] as const) {
    const m = re.exec(said);
    const add = m ? listed(m[right]!, departmentId) : undefined;
    const drop = m ? listed(m[wrong]!, departmentId) : undefined;
    if (add && drop) return { kind: 'departments', drop, add };
  }
  if (whole !== undefined && 'unknown' in whole) return { kind: 'departments', unknown: whole.unknown };
  // 部门只有宣传部 (no such department): said back with the list, never read as a report or guessed.
  const label = LABELLED_LIST.exec(said);
  if (label) {
    const words2 = label[1]!.split(/[、,和及与]|以及/).map((w) => w.trim()).filter((w) => w !== '');
    const unknown = words2.find((w) => departmentId(w) === undefined);
    if (unknown !== undefined && /^[\u4e00-\u9fa5]{2,10}$/.test(unknown)) return { kind: 'departments', unknown };
  }
  return undefined;
}

/**
 * The changes `text` asks of a stored record when one of them is of its departments (部门改成X · 部门只有X · 去掉Y ·
 * 不包括Y · 没有Y · Y没参加 · 应该是X · 是X不是Y · 把Y改成X), with or without 刚才那条 / 上一条 / 第N条 / X那条的, alone or
 * beside other changes (人数改成23人 部门只有宣文部: each clause, split at marks or spaces, read by correctionsInWords's
 * oneChange). Undefined when no clause is of departments, or any clause is no change (a new report that names a
 * department is never read as one). `departmentId` reads one department's name or alias; `today` is YYYY-MM-DD.
 */
export function departmentsCorrection(text: string, today: string, departmentId: (w: string) => string | undefined): DepartmentsCorrection | undefined {
  const t = withoutApology(normalizeText(text).trim()).replace(/[。.!！~～]+$/, '');
  // 部门有几个 · 维权部参加了吗: a question about departments, never a change of them.
  if (QUESTION.test(t)) return undefined;
  let pointed = false;
  let labelled = false;
  let led = false;
  let nth: number | undefined;
  let about: string | undefined;
  const clauses: string[] = [];
  for (const raw of t.split(/[,;。:!?\s]+/)) {
    let c = raw.trim();
    // 不对，刚才那条只有宣文部: the pointer may open any clause of the lead-in, not only the first.
    const pointer = LATEST.exec(c);
    if (pointer && clauses.length === 0) {
      pointed = true;
      c = c.slice(pointer[0].length);
    }
    const n = clauses.length === 0 ? NTH.exec(c) : null;
    if (n) {
      nth = numberOf(n[1]!);
      c = c.slice(n[0].length);
    }
    const named = clauses.length === 0 && !n ? NAMED.exec(c) : null;
    if (named && namesRecord(named[1]!, today)) {
      about = named[1]!;
      c = c.slice(named[0].length);
    } else {
      const kind = clauses.length === 0 && !n ? NAMED_KIND.exec(c) : null;
      if (kind && namesRecord(kind[1]! + kind[2]!, today)) {
        about = kind[1]! + kind[2]!;
        c = c.slice(kind[0].length);
      }
    }
    if (c === '') continue;
    if (clauses.length === 0 && (LEAD_IN.test(c) || OWNED.test(c))) {
      led = true;
      continue;
    }
    if (FIELD_WRONG.test(c) && FIELD_WRONG.exec(c)![0] === c) {
      labelled = true;
      continue;
    }
    clauses.push(c);
  }
  if (clauses.length === 0 || clauses.length > 4) return undefined;
  // 刚才那条应该是宣文部 · 不对，应该是宣文部: a bare 是X is of departments once a record is pointed at or a slip owned
  // (still only when every word of it is a department).
  // 应该是宣文部 alone says a value is put right as much as 不对 does.
  const bareOk = labelled || led || pointed || nth !== undefined || about !== undefined || /^(?:应该|应为|应当)/.test(clauses[0] ?? '');
  const parts: DepartmentsCorrection['parts'] = [];
  for (let i = 0; i < clauses.length; ) {
    // Departments first, two clauses at most (只有宣文部，康复中心没参加 is one change), then any other change (up to three).
    const found: { c: CorrectionInWords | DepartmentsChange; end: number } | undefined =
      longestClauseRun(clauses, i, 2, (words) => departmentsClause(words, bareOk, departmentId)) ??
      longestClauseRun(clauses, i, 3, (words) => oneChange(words, today));
    if (!found) return undefined;
    parts.push(found.c);
    i = found.end;
  }
  if (!parts.some((p) => p.kind === 'departments')) return undefined;
  return {
    parts,
    terse: !pointed && nth === undefined && about === undefined,
    ...(nth !== undefined ? { nth } : {}),
    ...(about !== undefined ? { about } : {}),
  };
}
