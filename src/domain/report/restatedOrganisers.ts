// 11月18日宣文部和康复中心分别开展了警示教育，王磊、何平各自组织 (round 28b, K3): the closing clause only says who led each
// department's deed — its heads, whose deeds these already are — but it was read as a second pair of deeds, and the card
// showed four records for two. Left out here when the people it names are exactly the heads of the departments named
// before it in the same sentence. Other organisers (宣文部、康复中心分别开展了廉政教育，杨帆、孙杰各自组织, b28: four records,
// each organiser with each department) are each one department's doer: the sentence is spelled as one per department,
// 「11月18日宣文部开展了廉政教育，杨帆组织。11月18日康复中心开展了廉政教育，孙杰组织」, the organiser of a unit's deed
// being who did it (as 「宣文部开展了廉政教育，杨帆组织」 alone reads), paired by membership where it tells, else in order.
import type { Directory } from '../organization.js';
import { guardedAlternation } from './guardedAlternation.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { directoryNames } from './directoryNames.js';

const cache = new Map<Directory, RegExp>();

/** ，X、Y各自组织 · ，分别由X、Y组织 · ，X和Y分别牵头: names, then 各自/分别 and a leading verb, ending the sentence (or before its head count). */
function restated(directory: Directory): RegExp {
  const hit = cache.get(directory);
  if (hit) return hit;
  const names = directoryNames(directory);
  const name = `(?:${guardedAlternation(names) || '(?!)'})(?:同志|部长|主任|科长)?`;
  const list = `${name}(?:[、和及与]${name})+`;
  const re = new RegExp(
    `[，,]\\s*(?:(${list})(?:各自|分别)(?:负责)?|(?:分别|各自)由(${list})(?:分别|各自)?)(?:负责)?(?:组织|主持|牵头|负责)(?:实施|开展|落实)?(?=\\s*(?:[。；;！!\\n]|$|[，,]\\s*(?:参加|参会|共|合计|图片)))`,
    'g',
  );
  cache.set(directory, re);
  return re;
}

/**
 * `text` without each closing clause naming who led each department's deed when they are exactly the heads of the
 * departments named earlier in its sentence; `text` itself otherwise.
 */
export function withoutRestatedOrganisers(text: string, directory: Directory): string {
  if (!/各自|分别/.test(text)) return text;
  const index = directoryIndex(directory);
  let out = '';
  let from = 0;
  for (const m of text.matchAll(restated(directory))) {
    const [whole, a, b] = m;
    const offset = m.index;
    const named = [...new Set([...(a ?? b ?? '').matchAll(index.surfaces)].flatMap((x) => index.peopleByName.get(x[0])?.map((p) => p.id) ?? []))];
    const sentenceStart = Math.max(from, ...['。', '；', ';', '！', '!', '\n'].map((c) => text.lastIndexOf(c, offset - 1) + 1));
    const before = text.slice(sentenceStart, offset);
    const heads = new Set([...before.matchAll(index.surfaces)].map((x) => index.departmentBySurface.get(x[0])?.headId).filter((id) => id !== undefined));
    const same = named.length > 0 && named.length === heads.size && named.every((id) => heads.has(id));
    const goesOn = /^\s*[，,]/.test(text.slice(offset + whole.length));
    const spelled = same || goesOn ? undefined : spelledPerDepartment(before, named, directory);
    if (same) out += text.slice(from, offset);
    else if (spelled !== undefined) out += text.slice(from, sentenceStart) + spelled;
    else out += text.slice(from, offset + whole.length);
    from = offset + whole.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

const JOINED = /^(?:[、和及与]|以及)$/;

/**
 * The sentence `before` (its departments a list, then 分别/各自 and the deed) with its closing clause naming one organiser
 * per department, spelled as one sentence per department with its own organiser; undefined when the list and the names
 * do not pair one to one. The caller does not spell a clause that goes on (，参加30人): a head count after it is of
 * both deeds or of one, which the reader cannot tell, so it is left as written (and shown on the card).
 */
function spelledPerDepartment(before: string, organisers: string[], directory: Directory): string | undefined {
  const index = directoryIndex(directory);
  const found = [...before.matchAll(index.surfaces)].filter((m) => index.departmentBySurface.has(m[0]));
  if (found.length < 2 || found.length !== organisers.length) return undefined;
  // One list: each department right after the one before, joined by 、/和/及.
  for (let i = 1; i < found.length; i++) {
    const gap = before.slice(found[i - 1]!.index + found[i - 1]![0].length, found[i]!.index);
    if (!JOINED.test(gap)) return undefined;
  }
  const last = found.at(-1)!;
  const deed = before.slice(last.index + last[0].length).replace(/^(?:都|均)?(?:分别|各自)/, '');
  if (!/\S/.test(deed) || /分别|各自/.test(deed)) return undefined;
  const lead = before.slice(0, found[0]!.index);
  const depts = found.map((m) => index.departmentBySurface.get(m[0])!);
  // By membership when every organiser belongs to (or heads) a different one of the departments; else in the order written.
  const home = organisers.map((id) => depts.findIndex((d) => d.headId === id || directory.person(id)?.departmentId === d.id));
  const byMembership = home.every((i) => i >= 0) && new Set(home).size === home.length;
  const ordered = depts.map((_, i) => organisers[byMembership ? home.indexOf(i) : i]!);
  const name = (id: string) => directory.person(id)?.name ?? id;
  return `${found.map((m, i) => `${lead}${m[0]}${deed}，${name(ordered[i]!)}组织`).join('；')}`;
}
