// 「函询那个不算廉政谈话，不用记，只记孙杰那条」 while a question waits on one of a report's items (round 58, fdb; t60a F12:
// the whole report dropped, the answer read as a new talk with 孙杰 and its day asked again): the one record kept is named,
// and every other clause says what is not to be recorded; the rest of the report leaves, the kept one goes on as it was.
import { recordsNamed } from './recordsNamed.js';
import { normalizeText } from './parseNormalize.js';
import type { ReportDraft } from './draft.js';

/** 只记孙杰那条 · 只要和孙杰的 · 就记孙杰那个就行 · 只留孙杰的谈话: keep only, then the record named (group 1). */
const KEEP = /^(?:那|那就|就)?(?:只|就|光)(?:记|要|留|保留|记录|登记|报)(?:下|上)?(?:和|与|跟|同|对)?(.{1,12}?)(?:的)?(?:那一?条|那一?项|那一?个|那一?次|这一?条)?(?:记录)?(?:就行|就好|就可以|就够|吧|了|啦|即可)*$/;
/** A clause saying something is not to be recorded: 函询那个不算廉政谈话 · 不用记 · 王强那条不要 · 那个不计入. */
const NOT_KEPT = /(?:不算|不用记|不用登记|不记|不要|别记|不计|不用|不需要|无需|不必|不属于)/;

/**
 * The index of the one item `text` keeps (the caller drops every other), or undefined when the text is no such words or
 * what it names fits no item or several (recordsNamed, as 去掉王强那条 is matched). Every clause besides the keep must say
 * what is not recorded, so an answer that also gives a day or a kind is no such words.
 */
export function keptItemOnly(text: string, items: readonly { draft: ReportDraft }[], nameOf: (id: string) => string | undefined, today: string): number | undefined {
  if (items.length < 2) return undefined;
  const clauses = normalizeText(text).trim().split(/[，,。.;；!！~～\s]+/).filter((c) => c !== '');
  const keeps = clauses.map((c) => KEEP.exec(c)).filter((m): m is RegExpExecArray => m !== null);
  if (keeps.length !== 1) return undefined;
  // 只记1到4条和警示教育 (round 69, gil; t72b F1: read as the 警示教育 alone, items 1–4 lost): card numbers are numberedKeepList's.
  if (/\d|第|前[一二两三四五六七八九十]/.test(keeps[0]![1]!)) return undefined;
  const rest = clauses.filter((c) => !KEEP.test(c));
  if (!rest.every((c) => NOT_KEPT.test(c))) return undefined;
  const fits = recordsNamed(keeps[0]![1]!.replace(/的$/, ''), items, nameOf, today);
  return fits.length === 1 ? fits[0] : undefined;
}
