// 「…，部门签订了廉政承诺书」 · 「宣文部签订廉洁承诺书」 from the department's head (t47b F3: stored with no department): the
// sender's own unit as the subject of a signing is a signing the unit held, organised as 组织…签订 is, at that unit.
import type { ParseContext } from './draft.js';

/** A time word that may come first: 当天 · 同日 · 随后 · 会后 · 之后 · 同时. */
const TIME_FIRST = '(?:(?:当天|同日|当日|随后|会后|之后|同时)[\\s\\u0000,，]*)?';
/** 部门 · 本科室 · 我部 · 部里 (集体/统一) right before the signing (maybe masked). */
const OWN_UNIT_SIGNED = new RegExp(`^[\\s\\u0000,;:]*${TIME_FIRST}(?:本|我们)?(?:部门|科室|部里|科里|我部|我科|我室)(?:集体|统一)?[\\s\\u0000]*(?:签|\\u0000)`);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `rest` (a signing segment's words after its doer was taken) opens with the sender's own unit — a unit word
 * (部门 · 科室 · 我部) or the name of the department the sender belongs to — right before the signing.
 */
export function ownUnitSigning(rest: string, ctx: ParseContext): boolean {
  if (OWN_UNIT_SIGNED.test(rest)) return true;
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  if (own === undefined) return false;
  const names = [own.name, ...own.aliases].map(escape).join('|');
  return new RegExp(`^[\\s\\u0000,;:]*${TIME_FIRST}(?:${names})(?:集体|统一)?[\\s\\u0000]*(?:签|\\u0000)`).test(rest);
}
