// 「党组由赵敏同志牵头，对各部室责任书落实情况进行了检查」: the one who 牵头 led it, as with 带队.
import type { Directory } from '../organization.js';
import type { ParseContext } from './draft.js';
import { oncePer } from './oncePer.js';
import { directoryNames } from './directoryNames.js';

/**
 * The text with 牵头 right after a person (a name, 同志 or a title) read as 带队, the word the doer is found by.
 * Not read, the check's leader was asked although the message named them (round 22, K7: 「是谁带队检查的？」).
 */
export function withLedAsHead(text: string, ctx: ParseContext): string {
  if (!text.includes('牵头')) return text;
  return text.replace(ledPattern(ctx.directory), '$1带队');
}

/** The pattern per directory, built once (issue 14, p31: it was compiled for every message, 1,000 names each time). */
const ledPattern = oncePer((directory: Directory): RegExp => {
  const names = directoryNames(directory).join('|');
  return new RegExp(`((?:${names})(?:同志)?|同志|书记|理事长|主任|科长|部长)牵头(?!单位|部门|科室)`, 'g');
});
