// 昨天不是和王强，是和李娟进行的廉政谈话 · …，不是胡军 · 前天没和孙丽谈，是和李明谈的: a person (or type) named only to deny it.
import type { ParseContext } from './draft.js';
import type { Apart } from './companionsApart.js';
import { namedPeople } from './namedPeople.js';
import { findKinds } from './parseKind.js';

/** What may stand before the denial in its clause: a day, 我, 其实 — never a deed. */
// Up to 10 (round 58, fdd: 「11月20日那天我并没有和吴静谈话，是和周涛…」 dropped the talk with 周涛 at 9).
const LEAD = '([^,，;；。!?谈签和跟与同找对]{0,10}?)';
/** 不是和王强 · 并不是跟王强 · 而不是王强 · 并非周涛 · 不是和王强谈的. */
const NOT_WITH = new RegExp(`^${LEAD}(?:但|可)?(?:并|而|也)?(?:不是|并非|而非)(?:和|跟|与|同|找|对)?(.{1,12}?)(?:谈的|签的|谈|签|进行的|那次)?(?:的)?[。!.]*$`);
/**
 * 没和孙丽谈 · 没有跟王强签 · 未与周涛谈过: the deed said not done with them (孙丽没谈成 is notDoneFor's). 上周三没和吴静签责任书
 * (round 56, fgb; t58a F4: stored at once as a signing with 吴静 beside the one with 周涛): the paper or talk named after the
 * verb is still the deed denied.
 */
const NOT_DONE_WITH = new RegExp(
  `^${LEAD}(?:并|也|还)?(?:没有?|未)(?:和|跟|与|同|找|对)(.{1,12}?)(?:谈话|谈|签订|签署|签|聊)(?:成|过)?(?:话)?(?:了|的)?(?:[\u4e00-\u9fa5]{0,8}?(?:责任书|承诺书|责任状|谈话|心))?[。!.]*$`,
);
/** 是和李娟而不是王强谈的: the denied one inside the clause that names the right one. */
const INNER = /(?:而不是|而非|并非)(?:和|跟|与|同)?([^,，;；。!?\s\u0000]{1,10}?)(?=谈|签|的|进行|开展|$)/g;

/** A space of voice input where a clause after a denial opens (只和 · 就跟 · 是跟 · 而是和). */
export const SPOKEN_CLAUSE = /\s+(?=(?:只|就|仅|只是|而是|是)\s*(?:和|跟|与|同|签了|谈了))/g;

/** 没和吴静签责任书: the paper named in the denied clause (责任书 · 廉政承诺书 · 责任状). */
const PAPER_NAMED = /签(?:订|署)?了?([\u4e00-\u9fa5]{0,8}?(?:责任书|承诺书|责任状))/;
/** 只和周涛签了 · 就跟周涛签了 · 和周涛签了: a signing said with no paper of its own, ending its clause. */
const PAPER_LEFT_OUT = /((?:只|就|仅|单)?(?:和|跟|与|同)[^,，;；。!?]{1,12}?签(?:订|署)?(?:了|过)?)([,，;；。!.\s]*)$/;

/**
 * 上周三没和吴静签责任书，只和周涛签了 (round 56, the merge; fgb's left-alone: with nothing stored, 没看懂 — the signing with 周涛
 * dropped once the denied clause took its paper away): a signing after a denied one, naming no paper, signed the paper the
 * denial named.
 */
function withPaperOfDenied(clause: string, paper: string): string {
  if (/责任书|承诺书|责任状/.test(clause)) return clause;
  return clause.replace(PAPER_LEFT_OUT, (_w, signed: string, end: string) => `${signed}${paper}${end}`);
}

/**
 * `text` without the people and types it names only to deny them (round 24b, C: 「昨天不是和王强，是和李娟进行的廉政谈话」
 * stored at once as two talks; 「…，不是廉政谈话，是谈心」 made a 廉政谈话 too): 不是(和)X / 并非X / 而不是X / 没和X谈,
 * in a clause of its own or inside the one naming the right one. The day before a denial stays with the clause after it.
 * A correction (不对，对象是李娟，不是王强。另外是周三) is read so too (t47b F1: both made counterparts when it reached the
 * parser, one tap from a second, wrong talk): the dialog corrects the record, and with none to correct the name denied
 * is still no one talked to. 。 ends a clause as , does (「不是王强。另外是周三」). Undefined when nothing was taken out.
 */
export function withoutDenied(text: string, ctx: ParseContext): Apart | undefined {
  if (!/谈|签|聊/.test(text)) return undefined;
  const denied: string[] = [];
  const said: string[] = [];
  let typeDenied = false;
  const deny = (words: string): boolean => {
    const ids = namedPeople(words, ctx);
    if (ids && !ids.includes(ctx.senderId)) {
      denied.push(...ids.filter((id) => !denied.includes(id)));
      return true;
    }
    // 不是廉政谈话: a type word alone, and another type said in the message.
    const kinds = findKinds(words);
    if (kinds.length === 1 && kinds[0]!.start === 0 && kinds[0]!.end === words.length && findKinds(text.replace(words, '')).length > 0) return (typeDenied = true);
    return false;
  };
  // 上周三 没和吴静 签责任书 只和周涛签了 (round 57, fed; fgb's left-alone: both signings stored at once): by voice input a
  // space, not a comma, opens the 只和Y clause after a denial; inside a clause the spaces only join words.
  // 11月20号没跟吴静谈 是跟周涛谈的廉政谈话 (round 59, fcc): so does one before 是跟/而是和, the clause naming the right one.
  const spoken = /(?:没有?|未)\s*(?:和|跟|与|同)/.test(text) ? text.replace(SPOKEN_CLAUSE, '，') : text;
  const clauses = spoken.split(/(?<=[,，;；。])/);
  let carry = '';
  let deniedPaper: string | undefined;
  const kept: string[] = [];
  for (const clause of clauses) {
    const body = clause.replace(/[,，;；。\s]+$/, '').replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g, '');
    const m = NOT_WITH.exec(body) ?? NOT_DONE_WITH.exec(body);
    if (m && deny(m[2]!)) {
      said.push(body.slice(m[1]!.length));
      deniedPaper = PAPER_NAMED.exec(body)?.[1] ?? deniedPaper;
      carry += m[1]!;
      continue;
    }
    kept.push(carry + (deniedPaper === undefined ? clause : withPaperOfDenied(clause, deniedPaper)));
    carry = '';
  }
  let out = kept.join('');
  if (carry !== '') out = `${out.replace(/[,，;；\s]+$/, '')}${carry}`;
  else if (kept.length < clauses.length) out = out.replace(/[,，;；\s]+$/, '');
  out = out.replace(INNER, (m, who: string) => (deny(who) ? (said.push(m.replace(/^，/, '')), '') : m));
  if (denied.length === 0 && !typeDenied) return undefined;
  return { text: out, remarks: [`「${said.join('」「')}」已按您说的排除，未记为对象或类型`], companions: [], mayLead: [], denied };
}
