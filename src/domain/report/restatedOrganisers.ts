// 11月18日宣文部和康复中心分别开展了警示教育，王磊、何平各自组织 (round 28b, K3): the closing clause only says who led each
// department's deed — its heads, whose deeds these already are — but it was read as a second pair of deeds, and the card
// showed four records for two. Left out here when the people it names are exactly the heads of the departments named
// before it in the same sentence; any other organisers (杨帆、孙杰各自组织) stay for the reader as written.
import type { Directory } from '../organization.js';
import { guardedAlternation } from './guardedAlternation.js';
import { directoryIndex } from './parseDirectoryIndex.js';

const cache = new Map<Directory, RegExp>();

/** ，X、Y各自组织 · ，分别由X、Y组织 · ，X和Y分别牵头: names, then 各自/分别 and a leading verb, ending the sentence (or before its head count). */
function restated(directory: Directory): RegExp {
  const hit = cache.get(directory);
  if (hit) return hit;
  const names = directory.org.people.map((p) => p.name);
  const name = `(?:${guardedAlternation(names) || '(?!)'})(?:同志|部长|主任|科长)?`;
  const list = `${name}(?:[、和及与]${name})+`;
  const re = new RegExp(
    `[，,]\\s*(?:(${list})(?:各自|分别)(?:负责)?|(?:分别|各自)由(${list})(?:分别|各自)?)(?:组织|主持|牵头|负责)(?:实施|开展|落实)?(?=\\s*(?:[。；;！!\\n]|$|[，,]\\s*(?:参加|参会|共|合计|图片)))`,
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
  return text.replace(restated(directory), (whole, a: string | undefined, b: string | undefined, offset: number) => {
    const named = new Set([...(a ?? b ?? '').matchAll(index.surfaces)].flatMap((m) => index.peopleByName.get(m[0])?.map((p) => p.id) ?? []));
    const before = text.slice(0, offset).split(/[。；;！!\n]/).at(-1) ?? '';
    const heads = new Set([...before.matchAll(index.surfaces)].map((m) => index.departmentBySurface.get(m[0])?.headId).filter((id) => id !== undefined));
    const same = named.size > 0 && named.size === heads.size && [...named].every((id) => heads.has(id));
    return same ? '' : whole;
  });
}
