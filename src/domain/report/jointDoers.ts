// 张书记和王副理事长一起找李明谈了 · 我陪赵书记找王磊谈了话 (t24 C): two who held a talk together, or the sender who came
// along, are no people talked to. The talk is the senior one's (or the one accompanied), the other named on the card.
import { seniority } from './seniority.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { namedPeople } from './namedPeople.js';

/** Who held it, who only came along, and the words the card quotes. */
export interface JointDoers {
  /** The message with the companion's words taken out (我陪赵书记找… → 赵书记找…). */
  text: string;
  doerId: string;
  /** Directory ids of those who came along (the sender when 我陪…). */
  companionIds: string[];
  said: string;
}

/** Right after the pair or the one accompanied: (去/到…) 找/和/与/跟/同/对 someone, then a talk or a signing. */
const THEN_TALK = '(?=(?:今天|昨天|前天|上午|下午|当天|(?:上|本)?周[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])*(?:去|到[^,，;；。]{1,8})?(?:找了?|约了?|和|与|跟|同|对)[^,，;；。]{1,14}?(?:谈|签|聊))';
/** 我陪赵书记 · 我陪同刘副理事长 · 我跟着张书记: the sender came along with the one named. */
const SENDER_ALONG = new RegExp(`我(?:陪同|陪着|陪|跟着|跟随|随同)([^,，;；。!?、\\s\\u0000]{1,10}?)(?:一起|一同|一道)?${THEN_TALK}`);
/** 张书记和王副理事长一起 · 刘芳与赵敏两位领导共同: two named, together, before the one talked to. */
const TWO_TOGETHER = new RegExp(`([^,，;；。!?、\\s\\u0000和与同跟]{1,10}?)(?:和|与|同|跟)([^,，;；。!?、\\s\\u0000]{1,10}?)(?:两位(?:领导|同志)?)?(?:一起|一同|一道|共同|联合)${THEN_TALK}`);


/** The one person `words` name, or undefined (a shortest tail is tried, so a day before the name stays out). */
function onePerson(words: string, ctx: ParseContext): { id: string; at: number } | undefined {
  for (let at = 0; at < words.length - 1; at++) {
    const ids = namedPeople(words.slice(at), ctx);
    if (ids?.length === 1) return { id: ids[0]!, at };
  }
  return undefined;
}

/**
 * `text` with a talk held by two together (X和Y一起找Z谈) given to the senior of them (the first when equal), and a
 * talk the sender only came along to (我陪X找Z谈) given to X; undefined when the message has neither. A companion list
 * of the sender's own (跟刘理事长一起和刘洋谈) is companionsApart's, not this.
 */
export function withJointDoers(text: string, ctx: ParseContext): JointDoers | undefined {
  if (!/谈|签|聊/.test(text)) return undefined;
  const along = SENDER_ALONG.exec(text);
  if (along) {
    const led = namedPeople(along[1]!, ctx);
    if (led?.length === 1 && led[0] !== ctx.senderId) {
      return { text: text.replace(along[0], along[1]!), doerId: led[0]!, companionIds: [ctx.senderId], said: along[0] };
    }
  }
  const two = TWO_TOGETHER.exec(text);
  if (!two) return undefined;
  const first = onePerson(two[1]!, ctx);
  const second = namedPeople(two[2]!, ctx);
  if (!first || second?.length !== 1 || first.id === second[0] || first.id === ctx.senderId || second[0] === ctx.senderId) return undefined;
  const [doer, other] = seniority(second[0]!, ctx) > seniority(first.id, ctx) ? [second[0]!, first.id] : [first.id, second[0]!];
  const doerWords = doer === first.id ? two[1]!.slice(first.at) : two[2]!;
  const at = two.index + first.at;
  return {
    text: `${text.slice(0, at)}${doerWords}${text.slice(two.index + two[0].length)}`,
    doerId: doer,
    companionIds: [other],
    said: two[0].slice(first.at),
  };
}

const nameOf = (id: string, ctx: ParseContext) => ctx.directory.person(id)?.name ?? id;

/**
 * `reports` read from `joint.text`: no companion is anyone's counterpart (a record of only them goes), the card says who
 * held it and who came along, and every record is shown for a tap (another's deed, or two who might each count it).
 */
export function withJointDoersNoted(reports: ParsedReport[] | null, joint: JointDoers, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null) return null;
  const out = new Set(joint.companionIds);
  const kept = reports.filter((r) => r.draft.counterpartIds.length === 0 || r.draft.counterpartIds.some((id) => !out.has(id)));
  if (kept.length === 0) return reports;
  const noted = kept.map((r) => ({ ...r, draft: { ...r.draft, counterpartIds: r.draft.counterpartIds.filter((id) => !out.has(id)) }, remarks: [...r.remarks] }));
  const doer = nameOf(joint.doerId, ctx);
  const along = joint.companionIds.includes(ctx.senderId) ? '您' : joint.companionIds.map((id) => nameOf(id, ctx)).join('、');
  const twoOfThem = joint.companionIds.includes(ctx.senderId) ? '' : `；如是两位各自谈的，请点「修改」为${along}另记`;
  noted[0]!.remarks.push(`「${joint.said}」：按${doer}主谈记录，${along}是一同参加的，未记为对象${twoOfThem}`);
  for (const r of noted) r.reasons = [...(r.reasons ?? []), 'third_person'];
  return noted;
}
