// 王建国同志与二人逐一进行了廉政谈话: 二人 are the two people named just before, written out.
import { directoryIndex } from './parseDirectoryIndex.js';
import type { ParseContext } from './draft.js';

/** 与二人/两人/2人/二位/两位同志 turned to (与, 和, 同, 跟, 找), perhaps 逐一/分别 after. */
const PAIR = /([与和同跟找])(?:二|两|2)(?:人|位(?:同志)?|名同志)/g;

/**
 * `text` with 「与二人」 written as the two directory people named last before its clause (round 16 #35: 「办公室主任李明
 * 同志、财务科科长孙丽同志参加会议。会上，王建国同志与二人逐一进行了廉政谈话」 asked 和谁). People named in the clause
 * itself (its doer) are not among them; left as written when fewer than two are named before.
 */
export function pairNamed(text: string, ctx: ParseContext): string {
  if (!/[二两2](?:人|位|名同志)/.test(text)) return text;
  const index = directoryIndex(ctx.directory);
  return text.replace(PAIR, (word, turn: string, at: number) => {
    const clause = Math.max(...[...'，,；;。！!？?\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
    const inClause = new Set([...text.slice(clause, at).matchAll(index.surfaces)].map((m) => m[0]));
    const before = [...text.slice(0, clause).matchAll(index.surfaces)].map((m) => m[0]).filter((n) => index.peopleByName.get(n)?.length === 1 && !inClause.has(n));
    const last = [...new Set(before.reverse())].slice(0, 2).reverse();
    return last.length === 2 ? `${turn}${last.join('、')}` : word;
  });
}
