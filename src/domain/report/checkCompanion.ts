// 会同办公室对各部室…检查: the office that went along is no department checked.
import type { Directory } from '../organization.js';
import { blank } from './parseCounterpartItems.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** Going along with someone: 会同/协同/联合 X, or 和/与/同/跟 X 一起, before where or what was checked. */
const ALONG = /(?:会同|协同|联合|伙同)[\s\u0000]*$/;
const WITH = /(?:和|与|同|跟)[\s\u0000]*$/;
const TOGETHER = /^[\s\u0000]*(?:一起|一道|共同)/;
// …检查了各部室 · …，会同办公室一起 (the companion said last) as well.
const THEN = /^[\s\u0000]*(?:一起|一道|共同)?[\s\u0000]*(?:对|到|赴|去|深入|前往|来到|开展|进行|组织|检查|督查|抽查|巡查|查|[,;。!?]|$)/;

/**
 * `text` with every department named as a companion of the check (会同办公室对各部室到岗情况进行检查, round 21 K5: the
 * check stored at 办公室) masked, so the places read after are only those checked (各部室 → every department, as the
 * check rules have it). Departments named otherwise stay.
 */
export function withoutCheckCompanion(text: string, directory: Directory): string {
  const index = directoryIndex(directory);
  let out = text;
  for (const m of text.matchAll(index.surfaces)) {
    if (!index.departmentBySurface.has(m[0])) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if ((ALONG.test(before) || (WITH.test(before) && TOGETHER.test(after))) && THEN.test(after)) out = blank(out, m.index, m.index + m[0].length);
  }
  return out;
}
