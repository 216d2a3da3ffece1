// 会同办公室对各部室…检查: the office that went along is no department checked.
import type { Directory } from '../organization.js';
import { blank } from './parseCounterpartItems.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { checkLedAlong } from './checkLedAlong.js';

/** Going along with someone: 会同/协同/联合 X, or 和/与/同/跟 X 一起, before where or what was checked. */
const ALONG = /(?:会同|协同|联合|伙同)[\s\u0000]*$/;
const WITH = /(?:和|与|同|跟)[\s\u0000]*$/;
const TOGETHER = /^[\s\u0000]*(?:一起|一道|共同)/;
// …检查了各部室 · …，会同办公室一起 (the companion said last) as well.
const THEN = /^[\s\u0000]*(?:一起|一道|共同)?[\s\u0000]*(?:对|到|赴|去|深入|前往|来到|开展|进行|组织|检查|督查|抽查|巡查|查|[,;。!?]|$)/;
// 和办公室对财务科进行了检查 (issue 10, e24: stored at once at 办公室): with no 一起, 和 X is a companion only when a place
// checked follows at once (对/到 + another department or 各…), never in 对办公室和财务科进行检查.
const ON_TO = /^[\s\u0000]*(?:对|到|赴|深入|前往)[\s\u0000]*/;

/** 对财务科… · 到各部室…: what follows the companion is a place checked, a department of the directory or 各/全… . */
function placeFollows(after: string, index: ReturnType<typeof directoryIndex>): boolean {
  const to = ON_TO.exec(after);
  if (!to) return false;
  const rest = after.slice(to[0].length);
  if (/^(?:各|全|机关)/.test(rest)) return true;
  const first = rest.matchAll(index.surfaces).next().value;
  return first !== undefined && first.index === 0 && index.departmentBySurface.has(first[0]);
}

/** 主任 · 副部长 · 纪检干事 before or after a person's name led along. */
const LED_TITLE = /^(?:副)?(?:主任|部长|科长|科员|干事|纪检干事|同志)/;

/**
 * `after` (the text after a department) past the one person of it named there, with their title either side
 * (办公室李明对… · 办公室主任李明到… · 教就部郑华部长到… · 办公室副主任李明等人到…); `after` itself when no person of the directory is named first.
 */
function pastPersonNamed(after: string, index: ReturnType<typeof directoryIndex>): string {
  const rest = after.replace(/^[\s\u0000]*/, '').replace(LED_TITLE, '');
  const first = rest.matchAll(index.surfaces).next().value;
  if (first === undefined || first.index !== 0 || !index.peopleByName.has(first[0])) return after;
  return rest.slice(first[0].length).replace(LED_TITLE, '').replace(/^等(?:人|同志)?/, '');
}

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
    const companion = ALONG.test(before) || (WITH.test(before) && (TOGETHER.test(after) || placeFollows(after, index)));
    // 带领办公室、财务科负责人对各部室… (round 29a, A4): the units led along are no places checked either.
    // 带领办公室李明对财务科… (round 50, fxf: the check stored at 办公室, the place checked lost): the unit's person led along
    // is named after it, the place checked follows them.
    const led = checkLedAlong(before, after) || checkLedAlong(before, pastPersonNamed(after, index));
    if ((companion && THEN.test(after)) || led) out = blank(out, m.index, m.index + m[0].length);
  }
  return out;
}
