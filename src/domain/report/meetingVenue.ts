// 王建国副理事长到办公室主持召开分管科室…会议，办公室、财务科负责人参加: where a meeting was held is not which departments it was of.
import type { Directory } from '../organization.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { MASK } from './parseNormalize.js';

/** Going to or being at a place, right before the department named. */
const TO_PLACE = /(?:到|在|赴|去|来|来到|莅临|深入)$/;

/** A joining word between two places of one 到…: 到教育就业部、维权部 · 到组联部和康复部. */
const JOIN = /^(?:[、和及与]|以及)$/;

/**
 * `text` with every department named as a place (到办公室, 在财务科) masked, so that
 * what is left lists the departments that took part (round 18u #6: 「到办公室…，
 * 办公室、财务科负责人参加」 kept only the place and flagged 财务科 as unread).
 * Departments listed after one 到 (到教育就业部、维权部召开…) are all places (t28 A4: only the
 * last was left, and the meeting was stored with 维权部 alone).
 */
export function withoutVenue(text: string, directory: Directory): string {
  const index = directoryIndex(directory);
  let out = text;
  let venueEnd = -1;
  for (const m of text.matchAll(index.surfaces)) {
    if (!index.departmentBySurface.has(m[0])) continue;
    const listedWithVenue = venueEnd >= 0 && JOIN.test(text.slice(venueEnd, m.index));
    if (!TO_PLACE.test(text.slice(0, m.index)) && !listedWithVenue) continue;
    out = out.slice(0, m.index) + MASK.repeat(m[0].length) + out.slice(m.index + m[0].length);
    venueEnd = m.index + m[0].length;
  }
  return out;
}
