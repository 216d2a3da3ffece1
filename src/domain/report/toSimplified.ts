// Traditional Chinese (與王建國進行了廉政談話) read as simplified, through OpenCC's kept dictionaries rather than a hand table.
import { createRequire } from 'node:module';

let convert: ((text: string) => string) | undefined;

/**
 * `text` with traditional characters (Taiwan and Hong Kong forms) turned into
 * mainland simplified ones; simplified text comes back unchanged. The
 * converter (opencc-js `Converter({ from: 't', to: 'cn' })`) is loaded and built on the first text with a
 * CJK character, not at start (the warm-up after a start does it in an idle turn).
 */
export function toSimplified(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  // require(), synchronous, so the parser stays a plain function; opencc-js ships a CommonJS build for it. Its `t2cn`
  // entry holds only the traditional→mainland dictionaries (109 KB against the full build's 1.2 MB), which is all
  // this reads (opencc-js package.json exports).
  const run = (convert ??= (createRequire(import.meta.url)('opencc-js/t2cn') as typeof import('opencc-js')).Converter({ from: 't', to: 'cn' }));
  return run(text);
}
