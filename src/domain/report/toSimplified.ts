// Traditional Chinese (與王建國進行了廉政談話) read as simplified, through OpenCC's kept dictionaries rather than a hand table.
import { createRequire } from 'node:module';

let convert: ((text: string) => string) | undefined;

/**
 * `text` with traditional characters (Taiwan and Hong Kong forms) turned into
 * mainland simplified ones; simplified text comes back unchanged. The
 * converter (opencc-js `Converter({ from: 't', to: 'cn' })`) is loaded and built on the first text with a
 * CJK character, not at start: its dictionaries are ~5 MiB of RSS an idle bot does not need.
 */
export function toSimplified(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  // require(), synchronous, so the parser stays a plain function; opencc-js ships a CommonJS build for it.
  const run = (convert ??= (createRequire(import.meta.url)('opencc-js') as typeof import('opencc-js')).Converter({ from: 't', to: 'cn' }));
  return run(text);
}
