// 「昨天和李明谈了心 我 李娟」 · 「…签了责任书 我 孙丽」 · 「…谈了心 ——李娟」 (round 51, fze kind 4): voice input or a note signed
// at its end. The name after 我 (or after a dash) is who wrote: 李娟 was read as one more person talked to, stored at once
// with the sender; when a clerk types on the head's phone, or the head signs a note the clerk passed on, the deed is the
// signer's, not the sender's.
import type { ParsedReport } from './draft.js';

/** Titles that may follow the signer's name (李娟同志 · 孙丽科长). */
const TITLE = '(?:同志|书记|副?理事长|副?主任|副?部长|副?科长|干事|科员)?';

/** A 我 that is the writer alone: not 我们 · 我部 · 我科 · 我单位 · 我中心 · 我会 · 我局 · 我室 · 我院. */
const I_ALONE = /我(?![们部科室局院会]|单位|中心|处)/g;

/** What a signed report is read as: the body without its signature, and who signed it (a directory id). */
export interface SignedAtEnd {
  /** The message without the signature, 我 in it written as the signer's name when the signer is not the sender. */
  text: string;
  /** Directory id of the one who signed. */
  signerId: string;
  /** The signature as written (我 李娟 · ——李娟), for the card. */
  signature: string;
}

/**
 * The signature closing `text` (我 李娟 · 我是李娟 · ——李娟 · —李娟 · --李娟 · a name alone after the last 。, a title allowed after the name, 代报/代发 after
 * that), when the name is one of `names` (the directory's full names, with their ids) and the signature follows a space,
 * stop or dash after the report's last words; undefined otherwise. 我 李娟 needs white space or a stop before 我 (和王强 我
 * 李娟 is no signature when a list of names comes before: the text before must not end with a name or 、). When the signer is
 * not the sender, every 我 alone of the body is the signer, and a body naming no doer first (昨天和李明谈了心) is prefixed
 * with the signer's name, so the deed is read as theirs.
 */
export function signedAtEnd(text: string, names: ReadonlyArray<{ id: string; name: string }>, senderId: string): SignedAtEnd | undefined {
  const written = names.filter((n) => n.name.length >= 2 && text.includes(n.name)).sort((a, b) => b.name.length - a.name.length);
  if (written.length === 0) return undefined;
  const alt = written.map((n) => n.name).join('|');
  const tail = new RegExp(`(?:(?<=[\\u4e00-\\u9fa5》”)）])[\\s\\u3000,，。.;；!！]+我(?:是)?[\\s\\u3000]*|[\\s\\u3000]*(?:——|—|－－|--|－|-)[\\s\\u3000]*|(?<=[。！!])[\\s\\u3000]*)(${alt})${TITLE}(?:代报|代发|代填|代录|代写|报)?[\\s\\u3000。.!！]*$`);
  const m = tail.exec(text);
  if (!m) return undefined;
  const body = text.slice(0, m.index).replace(/[\s\u3000,，;；]+$/, '');
  // 参加的有王强、我 李娟 · 和孙丽 我 李娟: a list of people, no signature.
  if (body === '' || /[、和与及跟同]$/.test(body) || written.some((n) => body.endsWith(n.name))) return undefined;
  const signer = written.find((n) => n.name === m[1])!;
  const signature = m[0].trim().replace(/^[,，。.;；!！]+/, '');
  if (signer.id === senderId) return { text: body, signerId: signer.id, signature };
  const asSigner = body.replace(I_ALONE, signer.name);
  // 张伟今天和王建国进行了廉政谈话 ——胡军: a body naming its doer first keeps them; the signer only wrote it.
  const namesDoerFirst = written.some((n) => asSigner.replace(/^[\s\u3000]+/, '').startsWith(n.name));
  return { text: asSigner !== body || namesDoerFirst ? asSigner : `${signer.name}${body}`, signerId: signer.id, signature };
}

/**
 * `reports` read from a body signed by someone other than the sender, each shown on a card (third_person) with the
 * signature named: the member confirms whose deed it was. Unchanged when the sender signed.
 */
export function withSignerNoted(reports: ParsedReport[] | null, signed: SignedAtEnd, senderId: string, signerName: string): ParsedReport[] | null {
  if (reports === null || signed.signerId === senderId) return reports;
  return reports.map((r) => ({
    ...r,
    remarks: [...r.remarks, `消息末尾署名「${signed.signature}」，按${signerName}的活动记录；如是您本人做的，请点「修改」`],
    reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])],
  }));
}
