// 「检查部门改成康复中心」 on a card of a check of 各科室 (round 65, geh; t68a B3): the card still said 「「各科室」按办公室、财务科…共8个
// 部门记录」 and 「按通讯录展开了多人」, and the receipt too; after 「第2条不要」 took one of those a group was read as,
// 「「残疾人康复中心 全体人员」按徐辉、孙杰共2人记录」 stayed. A note on how a group of people or of units was read is a reading
// of the first parse: it is kept only while the card's records still hold whom or where it names, narrowed to those left.
import type { ReportDraft } from './draft.js';

/** parseSegment's group note: 「中心全体人员」按徐辉、孙杰共2人记录; group 1 the words, group 2 the names. */
const PEOPLE_GROUP = /^(「[^」]+」)按([\u4e00-\u9fa5、]+?)共\d+人记录(?:（([\u4e00-\u9fa5、]+)已去掉）)?$/;
/** departmentsOfKind's note: 「各科室」按办公室、财务科…共8个部门记录; group 1 the words, group 2 the names. */
const UNIT_GROUP = /^(「[^」]+」)按([\u4e00-\u9fa5、]+?)共\d+个部门记录(?:（([\u4e00-\u9fa5、]+)已去掉）)?$/;
/** departmentsOfKind's own sections (round 65, geh; F2): 「中心各科室」是残疾人康复中心自己的科室，…按残疾人康复中心记录. */
const OWN_SECTIONS = /^「[^」]+」是([\u4e00-\u9fa5]+?)自己的科室，通讯录里没有\1下属的科室，按\1记录$/;

/** Whether `m` is one of the group notes this reads (for the 'group' reason: 按通讯录展开了多人). */
export function isGroupNote(m: string): boolean {
  return PEOPLE_GROUP.test(m) || UNIT_GROUP.test(m);
}

/**
 * `remarks` with each group note narrowed to what `drafts` (the card's records now) still hold: the people a 「…」按A、B共N人
 * 记录 note names that are still the people of one set of records of a kind, day and doer, the units a 「…」按D1、D2共N个部门记录 note names that are
 * still a record's departments; a note none of whose names is left goes, one with some left says them and who went
 * (「中心全体人员」按孙杰共1人记录（徐辉已去掉）); a units note goes once any of its units is no record's (the member set where). A note of a unit's own sections goes once no record is at that unit. Every other
 * remark kept, in order. `nameOf` gives a person's name, `departmentName` a department's, by id (without it, unit notes stay).
 */
export function groupNotesKept(remarks: readonly string[], drafts: readonly ReportDraft[], senderId: string, nameOf: (id: string) => string | undefined, departmentName?: (id: string) => string | undefined): string[] {
  // The records a group was read into share a kind, a day and a doer: the names are looked for among the records of one
  // such set, the one holding most of them (the first on ties), so 徐辉 talked to on another day keeps no 全体 signing of his.
  const sets = new Map<string, Set<string>>();
  for (const d of drafts) {
    const key = `${d.type ?? ''}|${d.date ?? ''}|${d.actorId ?? senderId}`;
    const names = sets.get(key) ?? new Set<string>();
    for (const id of [...d.counterpartIds, ...(d.companionIds ?? [])]) {
      const n = nameOf(id);
      if (n !== undefined) names.add(n);
    }
    sets.set(key, names);
  }
  // A group read as doers (各科室负责人与…签订) is each record's doer: a doer name is always held.
  const doers = drafts.map((d) => nameOf(d.actorId ?? senderId)).filter((n): n is string => n !== undefined);
  const heldBy = (names: readonly string[]): ReadonlySet<string> => {
    let best: ReadonlySet<string> = new Set();
    for (const held of sets.values()) if (names.filter((n) => held.has(n)).length > names.filter((n) => best.has(n)).length) best = held;
    return new Set([...best, ...doers]);
  };
  const units = new Set(drafts.flatMap((d) => d.departmentIds ?? (d.departmentId !== undefined ? [d.departmentId] : [])).map((id) => departmentName?.(id)).filter((n): n is string => n !== undefined));
  const narrowed = (m: string, g: RegExpExecArray, held: ReadonlySet<string>): string[] => {
    const all = g[2]!.split('、');
    const left = all.filter((n) => held.has(n));
    if (left.length === all.length) return [m];
    if (left.length === 0) return [];
    const gone = [...(g[3]?.split('、') ?? []), ...all.filter((n) => !held.has(n))];
    return [`${g[1]}按${left.join('、')}共${left.length}人记录（${gone.join('、')}已去掉）`];
  };
  return remarks.flatMap((m) => {
    // Without the departments' names (a caller that does not give them), unit notes are kept as they are.
    if (departmentName === undefined && !PEOPLE_GROUP.test(m)) return [m];
    if (!isGroupNote(m)) {
      const own = OWN_SECTIONS.exec(m);
      return own && !units.has(own[1]!) ? [] : [m];
    }
    const group = PEOPLE_GROUP.exec(m);
    if (group) return narrowed(m, group, heldBy(group[2]!.split('、')));
    // Units set anew on the card (检查部门改成康复中心): the card says where; the old reading goes whole.
    const unit = UNIT_GROUP.exec(m)!;
    return unit[2]!.split('、').every((n) => units.has(n)) ? [m] : [];
  });
}
