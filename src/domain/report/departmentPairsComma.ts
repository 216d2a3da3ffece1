// 与办公室里明，财务科孙丽分别进行了廉政谈话 (round 62, gbe; gac's left-alone: the comma between the pairs ended the clause, so
// 孙丽 was read as the doer and the talk with 李明 given to her): after 与/和/跟, department–name pairs parted by a comma are one
// list of the people talked with, as 、 would part them; the comma is written 、 so every reader sees the list.
import type { Directory } from '../organization.js';
import { alternation, directoryIndex } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';

/** A department (name or alias) and a 2–3 character name with maybe a title after it. */
const pair = (departments: string) => `(?:${departments})[\\u4e00-\\u9fa5]{2,3}?(?:副?(?:主任|科长|部长))?`;

/**
 * 与/和/跟 then two or more department–name pairs parted by ，/, (the last before 分别 · 逐一 · 进行 · 开展 · 谈 …): the list in
 * group 0, the comma found by COMMA within it.
 */
const pairsList = oncePer((directory: Directory): RegExp => {
  const departments = alternation(directoryIndex(directory).departmentBySurface.keys()) || '(?!)';
  return new RegExp(`(?<=与|和|跟)${pair(departments)}(?:[，,]\\s*${pair(departments)})+(?=[，,]?\\s*(?:分别|逐一|一一|都|进行|开展|签订|谈))`, 'g');
});

/** `text` with the commas inside such a list written 、 ; `text` itself when it holds none. `directory` gives the departments. */
export function withDepartmentPairsJoined(text: string, directory: Directory): string {
  if (!text.includes('，') && !text.includes(',')) return text;
  if (!/[与和跟]/.test(text)) return text;
  return text.replace(pairsList(directory), (list) => list.replace(/[，,]\s*/g, '、'));
}
