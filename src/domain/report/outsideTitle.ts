// A bare title (理事长, 书记) that belongs to someone outside the directory, not to its holder here.
import type { DirectoryIndex } from './parseDirectoryIndex.js';
import { nameShaped } from './parseCounterpartGroups.js';

/** Another body named earlier in the clause: 幸福街道残联理事长, 区残联理事长, 市纪委…, 兄弟单位…. Our own 市残联 is not one. */
const OUTSIDE_BODY = /(?:街道|社区|乡镇|[乡镇]政府|[区县省]|市纪委|市委|兄弟单位|外单位|友邻单位)[^，,。；;！!？?\s]{0,10}$/;
const NAME_AFTER = /^[的\s\u0000]*([\u4e00-\u9fa5]{2,3}?)(?=同志|进行|开展|谈|聊|交流|沟通|一起|等|和|与|及|、|$|[\s\u0000,，;；。!！?？])/;

/**
 * Whether the title at [start, end) is an outsider's: a name the directory does not know follows it (理事长刘建华), or an
 * outside body precedes it in the clause (街道残联理事长). Round 15 stored 「与幸福街道残联理事长刘建华谈心」 as a talk with
 * 张伟, the directory's 理事长. Returns the unknown name's span when there is one, so it can be asked about.
 */
export function outsideTitle(text: string, start: number, end: number, index: DirectoryIndex): { outside: boolean; name?: { start: number; text: string } } {
  const m = NAME_AFTER.exec(text.slice(end));
  // 党组书记张伟以…: a directory name at the start (张伟 + 以) is the holder named, not an outsider.
  const name = m && nameShaped(m[1]!) && !index.directory.org.people.some((p) => m[1]!.startsWith(p.name)) ? m[1]! : undefined;
  const named = name ? { start: end + m![0].length - name.length, text: name } : undefined;
  if (named) return { outside: true, name: named };
  return { outside: OUTSIDE_BODY.test(text.slice(Math.max(0, start - 16), start)) };
}
