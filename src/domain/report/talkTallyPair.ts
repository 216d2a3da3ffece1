// 「…专项资金检查1次（11月20日，对康复中心），谈话提醒2人次（均为黄志刚书记与何平主任）。」 (round 50 fxf #7, fyc: the talks
// stored as talks WITH 黄志刚 and 何平 on the check's 11-20 after one tap): a counted talk in a 台账 summary whose brackets
// name 「X与Y」 is X's talk with Y — X the talker, Y the one talked to, never two people talked to by the sender. With no day
// in its own brackets its day is not written (the day in the item before is that item's), so it is asked, never borrowed.

/** A full name in the directory, maybe with a title after it (书记 · 副理事长 · 主任 · 部长 · 科长 · 同志). */
const TITLE = '(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长|主席))?(?:同志)?';

/** A talk kind counted, then its brackets: 谈话提醒2人次（…） · 廉政谈话1次（…） · 谈心谈话两人次（…）. */
// 开展提醒谈话1次（12月3日，黄志刚与赵磊） (round 60, fbf; t62a F2: a talk of the sender's with 黄志刚): the verb before the
// kind goes after the pair, so the pair opens its sentence and X is read as its subject, not as one talked to.
const TALLY = /((?:开展|进行|组织)了?\s*)?((?:廉政|谈心|提醒|任前|廉政提醒)?谈话(?:提醒)?|谈心|约谈)\s*((?:\d+|[一二两三四五六七八九十]+)(?:人次|次|人))\s*\(([^()]{2,60})\)/g;

/** A day written in the brackets, then a comma: 11月20日, · 11.20, */
const DAY_FIRST = /^((?:\d{1,2}月)?\d{1,2}[日号]|\d{1,2}\.\d{1,2})\s*[,，、]?\s*/;

/** What may open the pair: 均为 · 都是 · 均系 · 为 · 系 · 分别为 · 谈话人 words left out. */
const OPENER = /^(?:均为|均是|均系|都是|都为|分别为|分别是|为|是|系)?\s*/;

/**
 * `text` with each counted talk whose brackets are 「(day,) X与Y(、Z)」 written as X's sentence of that talk (黄志刚书记与何平主任
 * 谈话提醒2人次), on the day in the brackets or, with none, marked 时间待补 so its day is asked; `text` itself when none is.
 * `names` are the directory's people: X and every Y must be one of them, so a bracket of places or pieces is left alone.
 */
export function withTalkTallyPairs(text: string, names: readonly string[]): string {
  if (!/谈|约谈/.test(text) || names.length === 0) return text;
  const name = `(?:${[...names].sort((a, b) => b.length - a.length).join('|')})`;
  const pair = new RegExp(`^(${name}${TITLE})\\s*(?:与|和|同|对)\\s*(${name}${TITLE}(?:\\s*[、和,，]\\s*${name}${TITLE})*)\\s*$`);
  return text.replace(TALLY, (whole, verb: string | undefined, kind: string, count: string, inside: string) => {
    const day = DAY_FIRST.exec(inside);
    const rest = (day ? inside.slice(day[0].length) : inside).replace(OPENER, '');
    const found = pair.exec(rest);
    if (!found) return whole;
    const talk = `${verb ?? ''}${/谈/.test(kind) ? kind : `${kind}谈话`}`;
    return day ? `${day[1]}${found[1]}与${found[2]}${talk}${count}` : `${found[1]}与${found[2]}${talk}${count}(时间待补)`;
  });
}
