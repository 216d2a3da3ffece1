// 徐辉「一是11月9日何平主任主持召开中心党风廉政建设工作会议，赵敏书记出席并讲话」 (round 54, fjd; t56b F9): the meeting is the
// 分管领导赵敏's 分管科室会议 (the README rule), but the card said nothing of 何平 having chaired it, and a 纪检 officer signing
// the 台账 wants that said. The one named chairing the meeting, who is not its doer, is named on the card line and in the note.
import type { ParseContext } from './draft.js';

/** After the name: a title, then 主持 (主持召开 · 主持了 · 主持的). */
const CHAIRED_AFTER = '(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长|局长))?(?:同志)?[\\s\\u0000]*(?:亲自)?主持';

/**
 * The person (directory id, and the words that name them: 何平主任主持 · 何主任主持) `text` names chairing a meeting, when they
 * are neither `doerId` nor the sender; undefined when none is, or the surname and title fit more than one.
 */
export function meetingChairNamed(text: string, doerId: string, ctx: ParseContext): { id: string; name: string; said: string } | undefined {
  const found: Array<{ id: string; name: string; said: string }> = [];
  for (const p of ctx.directory.org.people) {
    if (p.id === doerId || p.id === ctx.senderId || !text.includes(p.name[0]!)) continue;
    const m = new RegExp(`(?:${p.name}|${p.name[0]}(?=(?:副?(?:书记|理事长|主任|部长|科长|局长))))${CHAIRED_AFTER}`).exec(text);
    if (!m) continue;
    const full = m[0].startsWith(p.name);
    // 何主任: only when the surname and that title fit no one else in the directory.
    if (!full && ctx.directory.org.people.some((o) => o.id !== p.id && o.name[0] === p.name[0] && (o.title ?? '').includes(m[0].slice(1).replace(/(?:同志|亲自|主持|[\s\u0000])/g, '').replace(/^副/, '')))) continue;
    found.push({ id: p.id, name: p.name, said: m[0].replace(/[\s\u0000]/g, '') });
  }
  return found.length === 1 ? found[0] : undefined;
}
