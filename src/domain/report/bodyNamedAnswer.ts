// 「党组」 · 「机关党委组织的」 · 「是党组的」 to 「这次警示教育（32人参加）是谁组织的？」 (round 69, gia): the body named as the
// organiser is whoever answers for it (bodyAsDoer's: the 党组书记 for the 党组, the 机关党委书记 for the 机关党委, the 机关纪委书记
// for the 机关纪委), as 党组组织… in a report is read. A unit named (办公室组织的) is its head, read by the name readers as before.
import { bodyAsDoer } from './bodyAsDoer.js';
import type { ParseContext } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/** The answer: perhaps 是/应该是/就是/大概是 first, the body, perhaps 组织的/的/吧 after; nothing else. */
const BODY_ANSWER = /^(?:嗯+[,，\s]*)?(?:应该是|大概是|就是|是)?[\s]*(党组|机关党委|机关纪委)[\s]*(?:组织的|搞的|办的|举办的|开展的|的)?[\s]*(?:吧|呗)?[。.!！]*$/;

/**
 * The directory id of who answers for the body a short answer names (党组 · 机关党委 · 机关纪委, as above), when one person
 * does (bodyAsDoer's first candidate when there are several: the body's own 书记 by title); undefined for any other answer.
 */
export function bodyNamedAnswer(answer: string, ctx: Pick<ParseContext, 'directory' | 'senderId'>): string | undefined {
  const body = BODY_ANSWER.exec(normalizeText(answer).trim())?.[1];
  if (body === undefined) return undefined;
  const found = bodyAsDoer(`${body}组织`, ctx);
  const first = found?.candidateIds[0];
  if (first === undefined) return undefined;
  const own = ctx.directory.person(first)?.title.includes(`${body}书记`) ?? false;
  return found!.candidateIds.length === 1 || own ? first : undefined;
}
