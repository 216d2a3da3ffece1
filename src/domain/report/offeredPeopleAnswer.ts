// 「「办公室科员」是哪一位？」 [王芳][胡军][不在名单里] answered 「王芳和胡军两个人都谈了」 (round 33c, A18b): the answer was
// read as a new report (王芳 the doer, 胡军 her counterpart) and the waiting report dropped. An answer that names several
// of the offered people, or says 都/两个都是 of them, is the answer to the question: each one named gets the record.
import type { Directory } from '../organization.js';
import { normalizeText } from './parseNormalize.js';

/** What an answer naming offered people resolved to. */
export type OfferedAnswer =
  /** Directory ids of the offered people the answer names (or all of them, for 都是 / 两个都是), in the order offered. */
  | { ids: string[] }
  /** The answer names people the question did not offer (their names): asked again, never a new report. */
  | { unoffered: string[] }
  /** 都是 / 都谈了 said of more people than a count fits (three offered, 两个都是): which ones is asked again. */
  | { unclear: true };

/** Words that join names or restate the deed around them: 和 · 两个人都 · 都谈了 · 是…两位 · 也签了. */
const FILLER =
  /(?:以及|还有|就是|其实是|应该是|他们|她们|他俩|她俩|同志|分别|一起|全部|全都|都|也|全|进行了?|谈话|谈心|谈了|谈过|谈|聊了|聊过|聊|签订了|签了|签过|签|两个人|两个|两位|两名|三个人|三个|三位|三名|二人|俩|个人|人|位|是|的|了|过|和|与|跟|及|同|啊|呢|吧|呀|嗯|对|[、，,\s])/g;

/** 都 · 全部 · 两个都 · 俩都: every one offered is meant. */
const ALL = /都|全部|全都|俩/;

/** The head count said with 都 (两个都是 → 2), or undefined. */
function countSaid(text: string): number | undefined {
  const m = /(两|二|三|四)(?:个人|个|位|名|人)/.exec(text);
  return m ? { 两: 2, 二: 2, 三: 3, 四: 4 }[m[1] as '两' | '二' | '三' | '四'] : undefined;
}

/**
 * Reads `answer` to a 「…」是哪一位？ question offering `candidateIds`: two or more people named (王芳和胡军 · 王芳、胡军都谈了 ·
 * 是王芳和胡军两位), or 都 said of those offered (两个都是 · 都谈了: all of them when their number fits — two offered with no
 * count said, or the count said); the rest of the answer only joining words and the deed said again. Undefined when the
 * answer is anything else (one name, a new report, a question) — the caller's other readings apply then.
 */
export function offeredPeopleAnswer(answer: string, candidateIds: readonly string[], directory: Directory): OfferedAnswer | undefined {
  if (candidateIds.length < 2) return undefined;
  const text = normalizeText(answer).trim().replace(/[。.!！~～]+$/g, '');
  // Longest names first: 王芳 inside a longer name is not 王芳.
  const people = [...directory.org.people].sort((a, b) => b.name.length - a.name.length);
  let rest = text;
  const named: string[] = [];
  for (const p of people) {
    if (p.name.length < 2 || !rest.includes(p.name)) continue;
    named.push(p.id);
    rest = rest.split(p.name).join('、');
  }
  if (rest.replace(FILLER, '') !== '') return undefined;
  const all = ALL.test(text);
  if (named.length === 0) {
    if (!all) return undefined;
    const count = countSaid(text);
    const fits = count === undefined ? candidateIds.length === 2 : count === candidateIds.length;
    return fits ? { ids: [...candidateIds] } : { unclear: true };
  }
  // One name alone is the ordinary answer (nameAnswer's), read where it always was.
  if (named.length < 2) return undefined;
  const unoffered = named.filter((id) => !candidateIds.includes(id));
  if (unoffered.length > 0) return { unoffered: unoffered.map((id) => directory.person(id)!.name) };
  return { ids: candidateIds.filter((id) => named.includes(id)) };
}
