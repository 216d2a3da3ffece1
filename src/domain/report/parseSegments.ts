// Splits one entry of a message (see splitItems) into the clauses that each report one activity.
import { chooseKind, findKinds } from './parseKind.js';
import { kindsRelated, MEETING_TYPES } from './parseKindPatterns.js';
import { CLAUSE_BREAK } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { parseDay } from './parseDay.js';
import { extractTitles, kindFromTitles } from './parseTraining.js';
import { isTalkType, type ActivityTypeCode } from '../activityTypes.js';

interface Clause {
  text: string;
  kind?: ActivityTypeCode;
  hasDay: boolean;
  /** The day is named as a day (11月16日, 昨天), not only as a time of day (下午). */
  namesDay?: boolean;
}

/** 为加强节前廉洁教育，…: a purpose names the activity to come in the clause after it. */
const PURPOSE = /^\s*(?:为了?|围绕|为进一步|为切实)/;

function readClause(text: string, today: string): Clause {
  const { titles, rest } = extractTitles(text);
  if (PURPOSE.test(rest)) return { text, hasDay: parseDay(arabicizeNumerals(rest), today).date !== undefined };
  const kind = (chooseKind(findKinds(rest), rest) ?? kindFromTitles(titles, rest))?.code;
  const day = parseDay(arabicizeNumerals(rest), today);
  const hasDay = day.date !== undefined;
  const namesDay = hasDay && !day.byTimeOfDay;
  return kind ? { text, kind, hasDay, namesDay } : { text, hasDay, namesDay };
}

/**
 * A clause naming an activity starts a new one when it has its own day or an
 * unrelated type (昨天与李明廉政谈话，今天组织观看警示教育片); a related type
 * without a day is the same activity told twice (开展廉政教育，观看警示教育片).
 * Clauses naming nothing belong to the activity around them.
 */
const AFTER_BREAK = new RegExp(`(?<=${CLAUSE_BREAK.source})`);

/** The agenda of a meeting, told in the clause after it: 专题学习…, 会上传达…, 研究部署…. */
const MEETING_AGENDA = /^[\s\u0000]*(?:会上|会议|并|会后)?[\s\u0000]*(?:专题|集中|认真|深入)?(?:学习|传达|研究|部署|听取|通报|观看|解读)/;

/** What a clause does when it names no type: 组织学习《…》, 开展…, 召开…. */
const UNTYPED_DEED = /组织|开展|召开|举办|学习|观看/;

/** 又进行了一次 / 再次开展: the activity before, again. */
export const AGAIN = /(?:又|再次|再)(?:进行|开展|组织|召开|谈)了?(?:一次|一回|一遍)?/;

/** 都是廉政谈话 / 均为谈心谈话 at the end: the type of every activity before it. */
const SHARED_TYPE = /^\s*(?:以上|上述)?(?:都|均|全|全部)(?:是|为|属于|属)/;
/** A clause that tells of a deed with someone (又和郑华谈了), which a day of its own makes a new activity. */
const DEED_WITH_SOMEONE = /(?:和|与|跟|同|找|对)[\u4e00-\u9fa5]{2,4}?(?:谈|聊)/;
/** 孙丽科长找我谈话 / 和王强谈了: a talk of no named type, which a typed clause of another kind after it (并签了承诺书) does not absorb. */
const UNTYPED_TALK = /(?:和|与|跟|同|找|对)[\u4e00-\u9fa5]{1,6}?(?:谈话|谈心|谈了|聊了|聊)/;

export function splitActivities(line: string, today: string): string[] {
  const pieces = line.split(AFTER_BREAK);
  if (pieces.length === 1) return pieces;
  const groups: Array<{ parts: string[]; kind?: ActivityTypeCode; hasDay: boolean; deed: boolean }> = [];
  let shared: string | undefined;
  for (const [i, piece] of pieces.entries()) {
    const clause = readClause(piece, today);
    if (i === pieces.length - 1 && i > 1 && clause.kind && !clause.hasDay && SHARED_TYPE.test(piece)) {
      shared = piece;
      break;
    }
    const current = groups[groups.length - 1];
    const deed = DEED_WITH_SOMEONE.test(piece);
    // 召开…会议，专题学习“…”建设方案: what a meeting did is that meeting, not an activity of its own.
    const meetingAgenda = current?.kind !== undefined && MEETING_TYPES.has(current.kind) && !clause.hasDay && MEETING_AGENDA.test(piece);
    const starts =
      current === undefined ||
      (clause.kind !== undefined && current.kind !== undefined && !meetingAgenda && (clause.hasDay || !kindsRelated(clause.kind, current.kind))) ||
      (clause.kind === undefined && current.kind === undefined && clause.hasDay && current.hasDay && deed && current.deed) ||
      // 11月15日陪同…检查，11月16日和陈静谈心: a typed clause with its own day never joins an untyped one with another day.
      (clause.kind !== undefined && current.kind === undefined && clause.namesDay === true && current.hasDay) ||
      // 康复部11月25日开展自查，11月27日组织学习《监察法》: a deed on a day of its own is another activity, even untyped.
      (clause.kind === undefined && clause.namesDay === true && current.kind !== undefined && current.hasDay && UNTYPED_DEED.test(piece)) ||
      // 孙丽科长找我谈话，并签了承诺书: the talk is asked its type, the 承诺书 is recorded; neither is lost.
      (clause.kind !== undefined && current.kind === undefined && !isTalkType(clause.kind) && current.parts.some((p) => UNTYPED_TALK.test(p))) ||
      // 今天组织观看《蜕变》，与徐辉谈心谈话: a study of no named type is no part of the talk after it; it is asked its type.
      (clause.kind !== undefined && current.kind === undefined && isTalkType(clause.kind) && current.parts.some((p) => /《[^》]+》/.test(p) && /观看|学习|收看|传达/.test(p))) ||
      // …，11月20日又进行了一次: the same activity again, on a day of its own.
      (clause.kind === undefined && clause.namesDay === true && current.hasDay && AGAIN.test(piece));
    if (starts) groups.push({ parts: [piece], ...(clause.kind ? { kind: clause.kind } : {}), hasDay: clause.hasDay, deed });
    else {
      current.parts.push(piece);
      if (current.kind === undefined && clause.kind !== undefined) current.kind = clause.kind;
      current.hasDay ||= clause.hasDay;
      current.deed ||= deed;
    }
  }
  if (shared !== undefined) {
    const tail = shared;
    for (const g of groups) if (g.kind === undefined) g.parts.push(tail);
    if (groups.every((g) => g.kind !== undefined)) groups[groups.length - 1]!.parts.push(tail);
  }
  return groups.map((g) => g.parts.join(''));
}
