// 受何平主任委托，我于11月27日与孙杰进行了廉政谈话 (round 32b F3): who asked for a deed is neither its doer nor one it was
// held with. Left in the text, the superior became the counterpart and the talk was turned into the superior's, beside the real one.
import type { ParseContext } from './draft.js';
import type { Apart } from './companionsApart.js';
import { namedPeople } from './namedPeople.js';

/**
 * 受X委托 · 受X指派 · 按照X(的)安排 · 根据X(的)要求 · 经X同意 · 遵照X(的)指示, with the comma after it: X only asked for
 * (or allowed) the deed. The words between the opening and the closing word are captured; they count only when they name
 * directory people and nothing else (see `namedPeople`), so 按照党组安排 or 根据工作要求 stay as they are.
 */
const AGENCY =
  /(?:受|经|经过|按照|根据|依照|遵照|奉)([^,，;；。!?、\s\u0000]{1,12}?)(?:的)?(?:委托|委派|指派|安排|要求|同意|批准|指示|授权)[,，]?/g;

const nameOf = (id: string, ctx: ParseContext) => ctx.directory.person(id)?.name ?? id;

/**
 * `text` without the phrases that name who asked for the deed (受X委托, 按照X安排, 根据X要求, 经X同意…, see AGENCY), with a
 * remark for the card naming them; undefined when there is none. The people taken out are never anyone's doer or
 * counterpart: the deed is read from the rest (我…与孙杰… stays the sender's talk with 孙杰). A phrase naming the sender
 * (按照我的安排) or anything but people (按照党组安排) is left in place.
 */
export function withoutAgency(text: string, ctx: ParseContext): Apart | undefined {
  const askers: string[] = [];
  const said: string[] = [];
  const out = text.replace(AGENCY, (m, words: string) => {
    const ids = namedPeople(words, ctx);
    if (!ids || ids.includes(ctx.senderId)) return m;
    for (const id of ids) if (!askers.includes(id)) askers.push(id);
    said.push(m.replace(/[,，]$/, ''));
    return '';
  });
  if (askers.length === 0) return undefined;
  const names = askers.map((id) => nameOf(id, ctx)).join('、');
  return { text: out, remarks: [`「${said.join('」「')}」：${names}是委托、安排或同意的人，未记为活动人或对象`], companions: [], mayLead: [], denied: [] };
}
