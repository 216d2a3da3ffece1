// 「不对，谈话对象是财务科的李娟，不是王强。另外是周三」「日期不对，是本周三不是周二」「更正一下，学的是《…》，参加的是8人」
// after a record (t47b F1: a NEW report of 李娟 and 王强, one tap from a second wrong talk; t47b F6: 没看懂): a lead-in that
// only says something is wrong (日期不对 · 时间写错了 · 搞错了 · 更正一下 · 刚才那条…), then one or more changes, each of which
// correctionInWords reads alone.
import { LEAD_IN } from './correctionLeadIn.js';
import { LATEST } from './latestCorrection.js';
import { longestClauseRun } from './longestClauseRun.js';
import { normalizeText } from './parseNormalize.js';
import { correctionInWords, type CorrectionInWords } from './terseCorrection.js';
import { plainCountClause } from './countCorrection.js';

/** 另外 · 还有 · 而且 · 同时 · 此外 · 再就是: the joint before a further change, nothing by itself. */
const JOINT = /^(?:另外|还有|而且|并且|同时|此外|再就是|然后|以及)[,\s]*/;
/** 日期也错了 · 时间也 · 对象也: 也 after the field, said of a second change; dropped before the change is read. */
const ALSO = /^((?:谈话|活动|会议|学习|检查)?的?(?:日期|时间|日子|对象|谈话对象|活动人|类型|类别|题目|片名|标题|人数|参加人数))也/;
/**
 * 是和李娟谈的 · 应该是跟李娟谈的: the person talked to restated with the verb; the person is the value (read first).
 * 刚才说的是和李娟谈心 · 是跟李娟谈心谈话 (round 54, fja: a NEW talk stored at once): the talk's noun after the person is
 * the same restating; the change card shows the record before → after, so nothing is stored unseen.
 */
const WITH_WHOM = /((?:应该?|其实|实际)?是)(?:和|跟|与|同)([^,;。!\s是的]{2,8}?)(?:同志)?(?:谈的|谈话的|聊的|签的|签订的|进行的|谈心谈话|谈心|谈话|的)(?=,|$)/;

/** A lead-in naming the doer's field (活动人错了 · 谈话人写错了 · 负责人不对; round 65, gei; t68a B2). */
const DOER_FIELD = /^(?:活动人|谈话人|负责人|带队人|主讲人)/;
/** A lead-in naming the other side (对象错了 · 谈话对象不对). */
const COUNTERPART_FIELD = /^(?:谈话|签订)?对象/;

/** One change read from `words` (a group of clauses): as written, or after 「不对,」 as a lead-in clause would have put it. */
export function oneChange(words: string, today: string): CorrectionInWords | null {
  const said = words.replace(JOINT, '').replace(ALSO, '$1');
  const bare = said.replace(WITH_WHOM, '$1$2');
  const tries = [...new Set([bare, `不对,${bare}`, said, `不对,${said}`])];
  for (const t of tries) {
    const c = correctionInWords(t, today);
    // A slip owned with no value, a field the ledger does not keep, or a restated deed is not one change of the record.
    if (c && c.kind !== 'unread' && c.kind !== 'unkept' && !('about' in c)) return c;
  }
  return null;
}

/** The changes a message asks of the latest record, and whether it pointed at it (刚才那条). */
export interface SeveralCorrections {
  parts: CorrectionInWords[];
  /** No 刚才那条 said: the changes only mean a record just made, as a terse correction. */
  terse: boolean;
}

/**
 * The changes `text` asks of the sender's latest record when it is a lead-in and one change, or two or three changes
 * (日期不对，是周三不是周二 · 对象是李娟，不是王强。另外是周三 · 对象错了，是李娟；日期也错了，是12月2日), each read by
 * correctionInWords; undefined when any clause after the lead-in is no change (a new report is never read as one), or
 * when the text is one change with no lead-in (correctionInWords's alone). `today` is YYYY-MM-DD in Shanghai.
 */
export function correctionsInWords(text: string, today: string): SeveralCorrections | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！]+$/, '');
  const pointer = LATEST.exec(t);
  const body = pointer ? t.slice(pointer[0].length) : t;
  // 日期改成25号 人数改成6 (round 51 fzb, t53a F5 after recording: 没看懂): voice input parts its changes with spaces; read
  // so only when the marks alone part no changes (a title of two spaced halves stays one clause).
  return changesOf(body.split(/[,;。:：]+/), pointer !== null, today) ?? (/\s/.test(body) ? changesOf(body.split(/[,;。:：\s]+/), pointer !== null, today) : undefined);
}

/** correctionsInWords over the clauses `split` (`pointed`: 刚才那条 was said before them). */
function changesOf(split: string[], pointed: boolean, today: string): SeveralCorrections | undefined {
  const clauses = split.map((c) => c.trim()).filter((c) => c !== '');
  let led = pointed;
  let role: 'actor' | 'counterpart' | undefined;
  while (clauses.length > 0 && LEAD_IN.test(clauses[0]!)) {
    const lead = clauses.shift()!;
    role = DOER_FIELD.test(lead) ? 'actor' : COUNTERPART_FIELD.test(lead) ? 'counterpart' : role;
    led = true;
  }
  const parts: CorrectionInWords[] = [];
  // The longest run of clauses (up to three: 对象是李娟，不是王强) that reads as one change, then the next.
  for (let i = 0; i < clauses.length; ) {
    // 题目是守住底线，一共8个人 (round 51 fzb, t53a F5): a count said plainly beside another change is a change of it.
    const found = longestClauseRun(clauses, i, 3, (words) => oneChange(words, today) ?? (/,/.test(words) ? null : oneChange(plainCountClause(words) ?? '', today)));
    if (!found) return undefined;
    // 刚才那条活动人错了，是赵敏 (round 65, gei; t68a B2: a card changing the COUNTERPART): the field the lead-in names is whose
    // name follows, when the change itself names no field.
    parts.push(found.c.kind === 'person' && found.c.role === undefined && role !== undefined ? { ...found.c, role } : found.c);
    i = found.end;
  }
  if (parts.length === 0 || (parts.length === 1 && !led)) return undefined;
  return { parts, terse: !pointed && parts.every((p) => p.terse) };
}
