// 「林晓，我们宣文部11月的廉政谈话完成了没？」「黄书记，我们部今天组织观看了警示教育片」「@林晓 …」 (t24 I: 林晓 / 黄志刚 read
// as the doer, or as one more person talked to): a person named at the very start and then a pause is someone spoken to,
// not the subject, when what follows has a subject of its own (我/我们/本部门, another person, a department) or asks
// something. 「王建国，今天和李明谈话」 has no other subject: 王建国 may be the doer or the one spoken to, so the doer is asked.
import type { Directory } from '../organization.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { alternation, directoryIndex, surnameOf } from './parseDirectoryIndex.js';
import { guardedAlternation } from './guardedAlternation.js';
import { surfaceItems, surnameTitleItems } from './parseCounterpartItems.js';
import { normalizeText } from './parseNormalize.js';
import { oncePer } from './oncePer.js';

export interface Addressed {
  /** The message without the address. */
  rest: string;
  /** Directory id of the person spoken to. */
  personId: string;
  /** false: nothing after the pause names a subject, so the one named may be the doer (asked). */
  sure: boolean;
}

/** Titles one is called by in an address (老师 only ever is one). */
const TITLE = '副?(?:书记|理事长|主任|科长|部长|局长|主席|干事|组长)';

/** Day words a sentence may open with before its subject. */
const DAY_FIRST = /^(?:(?:今天|昨天|前天|刚才|刚刚|上午|下午|晚上|早上|上周[一二三四五六日天]?|本周[一二三四五六日天]?|这周[一二三四五六日天]?|周[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|\d{1,2}月(?:份)?)[,\s]*)+/;

/** 我 · 我们 · 咱们 · 本人 · 我部 · 本部门 · 我们科: the sender (or their unit) as the subject. */
const OWN_SUBJECT = /^(?:我|咱|本人|本部|本科|本中心|本单位|本室|部里|科里|中心)/;

/** 帮忙记一下 · 麻烦 · 请 · 报一下: words asked of the one addressed. */
const REQUEST = /^(?:帮忙|帮我|麻烦|请|劳驾|报一下|汇报|报告|跟您|向您|给您|和您说|问一下|问下|想问)/;

/** 吗 · 没 · 了没 · 呢 · ？: what follows asks something. */
const ASKS = /[?？]|(?:吗|没|没有|了没|呢|么)[\s。.!~]*$/;

/** 和李明谈话 · 找王强… · 组织… · 到财务科…: a sentence whose subject is left out, which the name before may be. */
const SUBJECTLESS_DEED = /^(?:已经?|也|又|还|刚)?(?:和|与|跟|同|找|约|组织|开展|召开|进行|主持|参加|观看|学习|讲|给|到|去|带队|对|签)/;

function opening(directory: Directory): RegExp {
  const index = directoryIndex(directory);
  // Guarded: the same names tried in the same order (longest first), compiled once where the pattern reaches them
  // (issue 14, p31).
  const names = guardedAlternation(index.peopleByName.keys());
  const surnames = alternation(index.peopleBySurname.keys());
  // @林晓 · 林晓同志 · 黄志刚书记 · 黄书记 · 林老师, then a comma or colon (after an @ a space is pause enough).
  return new RegExp(`^\\s*(@)?((?:${names})(?:\\s?${TITLE})?|(?:${surnames})(?:${TITLE}|老师))(同志|老师)?\\s*(?:([,:])\\s*|(?<=@[^,:]{2,10})\\s+)`);
}

const openingOnce = oncePer(opening);

/**
 * The person `text` opens by speaking to, and the rest of it; undefined when it opens with no one (or the sender, or a
 * name several people share), when the pause is a colon over a list (张书记：⏎1. …), or when 您/你 in the rest refers
 * back to them (withAddresseeForYou reads those). `sure` is false when the rest names no subject of its own and the
 * address is a bare name or title (「王建国，今天和李明谈话」), whose doer is then asked.
 */
export function addressedByName(text: string, directory: Directory, senderId: string): Addressed | undefined {
  const re = openingOnce(directory);
  const normal = normalizeText(text);
  const m = re.exec(normal);
  if (!m) return undefined;
  const rest = normal.slice(m[0].length);
  if (!/[\u4e00-\u9fa5]/.test(rest) || /^\s*\n/.test(rest) || /[您你](?!们)/.test(rest)) return undefined;
  const index = directoryIndex(directory);
  const head = m[2]!;
  const ids = [...new Set([...surfaceItems(head, index), ...surnameTitleItems(head, index)].flatMap((i) => i.ids))];
  // 林老师: a surname and 老师 name whoever of that surname is the only one.
  if (ids.length === 0 && (m[3] === '老师' || head.endsWith('老师'))) ids.push(...(index.peopleBySurname.get(surnameOf(head)) ?? []).map((p) => p.id));
  if (ids.length !== 1 || ids[0] === senderId) return undefined;
  const body = rest.replace(DAY_FIRST, '');
  const first = [...surfaceItems(body.slice(0, 12), index), ...surnameTitleItems(body.slice(0, 12), index)].find((i) => i.start === 0);
  // 李明，孙丽，王强：… is a list of names written with commas, no one spoken to.
  if (first && /^[,、]/.test(body.slice(first.end))) return undefined;
  const others = first !== undefined;
  const ownSubject = OWN_SUBJECT.test(body) || others || /^[老小][\u4e00-\u9fa5]/.test(body);
  // 李明同志：11月5日与王强谈话 may head whose deed it is: only @ and 老师 are never a subject.
  const plainAddress = m[1] === '@' || m[3] === '老师' || head.endsWith('老师');
  const sure = plainAddress || ownSubject || REQUEST.test(body) || ASKS.test(rest);
  // 吴静，廉政谈话，昨天 (a terse line: the person talked to, the type, the day) is no sentence spoken to anyone.
  if (!sure && !SUBJECTLESS_DEED.test(body)) return undefined;
  return { rest: rest.trimStart(), personId: ids[0]!, sure };
}

/**
 * `reports` read from an address's rest, with the doer asked (the one addressed or the sender) on each record the
 * sender would otherwise hold, when the address was a bare name before a sentence of no subject: never guessed.
 */
export function withAddressedDoerAsked(reports: ParsedReport[] | null, addressed: Addressed, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || addressed.sure) return reports;
  const actorAsked = (r: ParsedReport) => r.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor');
  return reports.map((r) =>
    r.draft.actorId !== undefined || actorAsked(r)
      ? r
      : { ...r, problems: [{ code: 'missing_actor' as const, candidateIds: [addressed.personId, ctx.senderId] }, ...r.problems] },
  );
}
