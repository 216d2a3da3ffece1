// Traditional Chinese (與王建國進行了廉政談話) read as simplified, through OpenCC's kept dictionaries rather than a hand table.
import { createRequire } from 'node:module';
import { CHANGED_BY_T2S } from './changedByT2s.js';

let convert: ((text: string) => string) | undefined;
let changeable: RegExp | undefined;

/**
 * `text` with traditional characters (Taiwan and Hong Kong forms) turned into
 * mainland simplified ones; simplified text comes back unchanged. The
 * converter (opencc-js `Converter({ from: 't', to: 'cn' })`) is loaded and built on the first text it could change,
 * not at start: a text none of whose characters is in CHANGED_BY_T2S comes back as it is without it. That is exact:
 * the converter replaces each dictionary key it matches by the key's value and keeps every other character, stage by
 * stage; a key whose value differs has, at some position, a character of CHANGED_BY_T2S, so only a text holding one
 * can change. Mainland text rarely holds one, so most bots never load the converter (~2.7 MiB of the bot thread's
 * heap and ~0.2 s).
 */
export function toSimplified(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  if (!(changeable ??= new RegExp(`[${CHANGED_BY_T2S}]`, 'u')).test(text)) return text;
  // require(), synchronous, so the parser stays a plain function; opencc-js ships a CommonJS build for it. Its `t2cn`
  // entry holds only the traditional→mainland dictionaries (109 KB against the full build's 1.2 MB), which is all
  // this reads (opencc-js package.json exports).
  const run = (convert ??= (createRequire(import.meta.url)('opencc-js/t2cn') as typeof import('opencc-js')).Converter({ from: 't', to: 'cn' }));
  return run(text);
}
