// 张伟｜11月27日分别与周涛、吴静三位同志进行了廉政谈话 (round 45, fre kind 5, r44's left-alone list): two talks stored at once
// while 三位 says three — a third person dropped without a word. A count beside a list of names that does not match it
// (三位 after two names, 两位 after three) is read as the names say, and the card says the count did not match.
import type { Directory } from '../organization.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { countedNameLists } from './listCountDropped.js';

/** The count's words taken out of a message, and what the card says of them. */
export interface CountUnlike {
  text: string;
  /** Names of the list, each a directory name. */
  names: string[];
  remark: string;
}

/**
 * `text` without the first 「N位同志」 that follows a list of names (countedNameLists) whose number it does not match,
 * and the remark the card shows of it; undefined when every such count matches its list (withoutListCount drops those).
 */
export function countUnlikeNames(text: string, directory: Directory): CountUnlike | undefined {
  const unlike = countedNameLists(text, directory).find((c) => c.count !== undefined && c.count !== c.names.length);
  if (unlike === undefined) return undefined;
  const listed = unlike.names.join('、');
  const remark =
    unlike.count! > unlike.names.length
      ? `消息里说「${unlike.words}」，但只写了${listed}共${unlike.names.length}人，已按这${unlike.names.length}人记录；如还有其他人，请点「修改」补上`
      : `消息里说「${unlike.words}」，但写了${listed}共${unlike.names.length}人，已按这${unlike.names.length}人记录，请核对`;
  return { text: text.slice(0, unlike.from) + text.slice(unlike.to), names: unlike.names, remark };
}

/**
 * `reports` (read from the text without the count) each shown for a tap, the remark on the first record with one of the
 * listed people (the first record when none has); null stays null.
 */
export function withCountUnlikeNoted(reports: ParsedReport[] | null, unlike: CountUnlike, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const ids = new Set(unlike.names.flatMap((n) => ctx.directory.org.people.filter((p) => p.name === n).map((p) => p.id)));
  const first = Math.max(0, reports.findIndex((r) => (r.draft.counterpartIds ?? []).some((id) => ids.has(id))));
  return reports.map((r, i) => ({
    ...r,
    remarks: i === first ? [...r.remarks, unlike.remark] : r.remarks,
    reasons: [...new Set([...(r.reasons ?? []), 'count_unlike' as const])],
  }));
}
