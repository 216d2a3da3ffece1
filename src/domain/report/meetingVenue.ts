// 王建国副理事长到办公室主持召开分管科室…会议，办公室、财务科负责人参加: where a meeting was held is not which departments it was of.
import type { Directory } from '../organization.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { MASK } from './parseNormalize.js';

/** Going to or being at a place, right before the department named. */
const TO_PLACE = /(?:到|在|赴|去|来|来到|莅临|深入)$/;

/**
 * `text` with every department named as a place (到办公室, 在财务科) masked, so that
 * what is left lists the departments that took part (round 18u #6: 「到办公室…，
 * 办公室、财务科负责人参加」 kept only the place and flagged 财务科 as unread).
 */
export function withoutVenue(text: string, directory: Directory): string {
  const index = directoryIndex(directory);
  let out = text;
  for (const m of text.matchAll(index.surfaces)) {
    if (!index.departmentBySurface.has(m[0]) || !TO_PLACE.test(text.slice(0, m.index))) continue;
    out = out.slice(0, m.index) + MASK.repeat(m[0].length) + out.slice(m.index + m[0].length);
  }
  return out;
}
