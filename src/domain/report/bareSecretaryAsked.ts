// 林晓「书记11月9日与何平进行了廉政谈话」 (round 60, fbf; fce's left-alone: 张伟's talk on a card): 书记 alone means the 党组书记 to
// the 办公室 that serves the 党组, but this body has three 书记 (党组书记张伟, 机关党委书记赵敏, 机关纪委书记黄志刚). When the
// sender works under another of them (纪检: 黄志刚's) or the deed's people belong to a unit another 书记 leads (何平 in 赵敏's
// 康复中心), the bare title is asked among them, never given to the secretary; 张书记 · 党组书记 · a named 书记 keep their reading.
import type { Directory, Person } from '../organization.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { oncePer } from './oncePer.js';

/** Everyone holding a 书记 office of this body (党组书记 · 机关党委书记 · 机关纪委书记), the secretary first; built once per directory. */
const holders = oncePer((directory: Directory): Person[] => {
  const secretary = directory.secretary();
  const others = directory.org.people.filter((p) => p !== secretary && p.title.split(/[、，,\s]/).some((t) => /^(?:机关党委|机关纪委|党委|纪委)书记$/.test(t)));
  return [...(secretary ? [secretary] : []), ...others];
});

/** 书记 with no body before it (党组书记 · 党委书记 · 支部书记 are not bare; a holder's surname or name is bareOnly's to rule out). */
const BARE = /(?<![组委部副])书记/;

/**
 * Whether `text` calls someone 书记 alone and names no 书记 of `others` (the holders) otherwise: neither by name (张伟) nor by
 * surname and title (张书记 · 赵书记), nor 党组书记, any of which says whom it means.
 */
function bareOnly(written: string, all: Person[]): boolean {
  if (!written.includes('书记')) return false;
  // 张 书记 · 张　伟书记 (voice input, a pasted list): the spaces are no part of the name.
  const text = written.replace(/[\s\u3000]+/g, '');
  if (!BARE.test(text) || /党组书记|党委书记|纪委书记/.test(text)) return false;
  return !all.some((p) => text.includes(p.name) || text.includes(`${p.name[0]}书记`));
}

/** Whether `personId` works under a 书记 other than the secretary: 纪检 (inspector), or a unit that holder supervises. */
function underOtherSecretary(personId: string, others: Person[], directory: Directory): boolean {
  const p = directory.person(personId);
  if (p === undefined) return false;
  if (p.roles.includes('inspector')) return true;
  return others.some((o) => o.id === personId || directory.supervisedBy(o.id).some((d) => d.id === p.departmentId || d.headId === personId));
}

/**
 * `reports` with each record whose doer was read as the secretary from a bare 书记 (see bareOnly) asked who held it among the
 * 书记 of the directory (ambiguous_actor, text 书记, the record's own counterparts left out), when the sender or one of the
 * record's counterparts works under another 书记; the secretary's 代为上报 remark goes with the doer. Unchanged otherwise.
 */
export function withBareSecretaryAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const secretary = ctx.directory.secretary();
  if (secretary === undefined || !reports.some((r) => r.draft.actorId === secretary.id)) return reports;
  const all = holders(ctx.directory);
  if (all.length < 2 || !bareOnly(text, all)) return reports;
  const others = all.filter((p) => p.id !== secretary.id);
  return reports.map((r) => {
    if (r.draft.actorId !== secretary.id) return r;
    if (!underOtherSecretary(ctx.senderId, others, ctx.directory) && !r.draft.counterpartIds.some((id) => underOtherSecretary(id, others, ctx.directory))) return r;
    const { actorId: _secretary, ...draft } = r.draft;
    const candidateIds = all.map((p) => p.id).filter((id) => !r.draft.counterpartIds.includes(id));
    return {
      ...r,
      draft,
      problems: [{ code: 'ambiguous_actor' as const, text: '书记', candidateIds }, ...r.problems],
      remarks: r.remarks.filter((m) => !m.includes(secretary.name)),
    };
  });
}
