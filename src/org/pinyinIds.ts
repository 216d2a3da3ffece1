// Config ids for people and departments that arrive without one: the name in pinyin (张伟 → zhangwei), made unique with a number.
import { createRequire } from 'node:module';

// Loaded on the first name spelled, not at start: pinyin-pro's tables are ~13 MiB of RSS, and the bot reaches this
// module (通讯录差异) far more often in its import graph than in use. require() keeps make() synchronous.
let pinyinPro: typeof import('pinyin-pro') | undefined;

const ID = /^[A-Za-z0-9_-]+$/;

/** Keeps ids unique within one file; `reserve` ids already taken first. */
export function createIdMaker(reserved: Iterable<string> = []) {
  const taken = new Set(reserved);
  return {
    reserve(id: string) {
      taken.add(id);
    },
    /** `preferred` when it is a valid id not yet taken; else the pinyin of `name`; else `fallback`; then -2, -3… */
    make(name: string, fallback: string, preferred?: string): string {
      if (preferred && ID.test(preferred) && !taken.has(preferred)) {
        taken.add(preferred);
        return preferred;
      }
      const spelled = (pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro')).pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
        .join('')
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^a-z0-9_-]/g, '');
      const base = spelled || fallback;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
      taken.add(id);
      return id;
    },
  };
}
