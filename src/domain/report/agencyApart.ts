// 受何平主任委托，我于11月27日与孙杰进行了廉政谈话 (round 32b F3): who asked for a deed is neither its doer nor one it was
// held with. Left in the text, the superior became the counterpart and the talk was turned into the superior's, beside the real one.
import { directoryNames, perNames } from './directoryNames.js';
import type { ParseContext } from './draft.js';
import type { Apart } from './companionsApart.js';
import { namedPeople } from './namedPeople.js';

/**
 * 受X委托 · 受X指派 · 按照X(的)安排 · 根据X(的)要求 · 经X同意 · 遵照X(的)指示, with the comma after it: X only asked for
 * (or allowed) the deed. The words between the opening and the closing word are captured; they count only when they name
 * directory people and nothing else (see `namedPeople`), so 按照党组安排 or 根据工作要求 stay as they are.
 */
const AGENCY =
  /(?:受|经|经过|按照|按|根据|依照|遵照|奉)([^,，;；。!?、\s\u0000]{1,12}?)(?:的)?(?:委托|委派|指派|安排|要求|同意|批准|指示|授权|之托|所托|嘱托|布置|部署|交代|交办)[,，]?/g;

// 刘芳副理事长安排我11月20日找徐辉谈心 · 刘芳副理事长让我找徐辉谈了心 · 按刘芳副理事长要求… (round 44, fqd kind 3: a talk of
// 刘芳's with the sender was stored beside the sender's with 徐辉): who set the sender a talk or signing only asked for it.
// 王建国副理事长安排李明11月20日和胡军谈了心 (from 张伟: talks with 王建国 and 李明 stored as 张伟's) names the one set the
// talk, whose talk it is; 王建国副理事长让我转告王强…，…找王强谈了话: the words passed on are no talk with 王建国.
/** X安排我 · X让我 · X交代我 · X委托我 · X安排李明 before a talk or signing (group 2 the words up to X's verb, 3 the one set it). */
/** Built once per names array (r49 fvg: it was built with the 1,000 names for every message read). Global, used only by `replace`. */
const askedOf = perNames((names) =>
  new RegExp(`(^|[,，;；。\\n])([^,，;；。!?、\\s\\u0000]{1,12}?)(?:专门|特意|特别)?(?:安排|让|叫|要求|交代|交待|指派|委派|委托|授权|派|嘱咐|布置)(?=((?:我|本人)(?![们])|(?:${names.join('|') || '(?!)'}))(?!(?:帮忙|帮着|帮|替|代)?(?:她|他)?(?:报|补|登记|记一下|记录|录入|上报))(?:[^,，;；。!?:：\\n]{0,16}?(?:谈|签)|(?:转告|转达|告诉)))`, 'g'),
);
/** …，刘芳副理事长专门交代过 after the sender's talk: X asked for it (group 1 X). */
const ASKED_AFTER = /[,，]\s*([^,，;；。!?、\s\u0000]{1,12}?)(?:专门|特意|特别|事先|提前|事前)?(?:交代|交待|安排|要求|布置|嘱咐|叮嘱|部署)(?:过|的)(?:的)?(?=[。！!]?$|[。！!\n])/g;
// 11月20日代表刘芳副理事长与徐辉进行了廉政谈话 · 替何平主任和孙杰谈了心 · 代王建国副理事长与王强… (round 44, fqd kind 3: a talk
// of X's with the sender, and the sender's with Y): the one stood in for is no side of the talk. The sender held it, on a
// card that says so (X may be whose it should count as: duties.md, the leader holds talks with the heads they supervise).
/** 代表X · 代替X · 替X · 代X right before the talk's 与/和/跟/找 (group 1 X); never 代X同志报：… (a relay: round 28b). */
const STAND_IN = /(?:代表|代替|替|代)([^,，;；。!?、\s\u0000与和跟同找对:：]{1,12}?)(?:同志)?(?=(?:与|和|跟|同(?!志)|找|对)[^,，;；。!?\n:：]{1,16}?(?:谈|签))/g;
// 向徐辉转达了刘芳副理事长的要求 · 转达了刘芳副理事长的嘱托 (round 44, fqd kind 3: a talk of 刘芳's with the sender): X's words
// passed on make X no side of the talk; the words stay (转达了要求), X goes to the remark.
/** 转达(了)X(的)要求/嘱托/…: group 1 X. */
const PASSED_ON = /(?<=转达(?:了)?)(?!了)([^,，;；。!?、\s\u0000]{1,12}?)(?:的)?(?=要求|嘱托|指示|意见|关心|问候|批示|精神|叮嘱|关怀)/g;

const nameOf = (id: string, ctx: ParseContext) => ctx.directory.person(id)?.name ?? id;

/**
 * `text` without the phrases that name who asked for the deed (受X委托, 按照X安排, 根据X要求, 经X同意…, see AGENCY), with a
 * remark for the card naming them; undefined when there is none. The people taken out are never anyone's doer or
 * counterpart: the deed is read from the rest (我…与孙杰… stays the sender's talk with 孙杰). A phrase naming the sender
 * (按照我的安排) or anything but people (按照党组安排) is left in place. Also (round 44, fqd kind 3): X安排我/让我/交代我…谈
 * (X asked for it, as 受X委托), 代表X/替X/代X before the talk (the one stood in for: the sender held it, on a card that
 * says whose it may be), and 转达了X的要求 (X's words passed on; the words stay without X).
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
  // The shortest tail of the words before 安排/让 that names people only: 昨天刘芳副理事长安排我… keeps 昨天.
  const asked = out.replace(askedOf(directoryNames(ctx.directory)), (m, lead: string, words: string, whom: string) => {
    for (let at = 0; at < words.length; at++) {
      const ids = namedPeople(words.slice(at), ctx);
      if (!ids || ids.includes(ctx.senderId)) continue;
      for (const id of ids) if (!askers.includes(id)) askers.push(id);
      said.push(`${m.slice(lead.length + at)}${whom}`);
      return `${lead}${words.slice(0, at)}`;
    }
    return m;
  }).replace(ASKED_AFTER, (m, words: string) => {
    const ids = namedPeople(words, ctx);
    if (!ids || ids.includes(ctx.senderId)) return m;
    for (const id of ids) if (!askers.includes(id)) askers.push(id);
    said.push(m.replace(/^[,，]\s*/, ''));
    return '';
  });
  const stoodFor: string[] = [];
  const stood: string[] = [];
  const held = asked.replace(STAND_IN, (m, words: string) => {
    const ids = namedPeople(words, ctx);
    if (!ids || ids.includes(ctx.senderId)) return m;
    for (const id of ids) if (!stoodFor.includes(id)) stoodFor.push(id);
    stood.push(m);
    return '';
  });
  const passers: string[] = [];
  const passed = held.replace(PASSED_ON, (m, words: string) => {
    const ids = namedPeople(words, ctx);
    if (!ids || ids.includes(ctx.senderId)) return m;
    for (const id of ids) if (!passers.includes(id)) passers.push(id);
    return '';
  });
  if (askers.length === 0 && stoodFor.length === 0 && passers.length === 0) return undefined;
  const names = (ids: string[]) => ids.map((id) => nameOf(id, ctx)).join('、');
  const remarks: string[] = [];
  if (askers.length > 0) remarks.push(`「${said.join('」「')}」：${names(askers)}是委托、安排或同意的人，未记为活动人或对象`);
  if (passers.length > 0) remarks.push(`转达的是${names(passers)}的要求，${names(passers)}未记为活动人或对象`);
  if (stoodFor.length > 0) remarks.push(`「${stood.join('」「')}」：${names(stoodFor)}未记为活动人或对象`, `按您主谈记录；如应记在${names(stoodFor)}名下，请点「修改」改活动人`);
  // The one stood in for may be whose the deed should count as: mayLead puts the records on a card (withBystandersNoted).
  return { text: passed, remarks, companions: [], mayLead: stoodFor, denied: [] };
}
