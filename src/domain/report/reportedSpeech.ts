// 孙科说她昨天和王强谈过心了 · 周部长说昨天跟我谈的算谈心谈话 · 听吴部长说她昨天和刘理事长签了责任书 (round 24b, B: stored at
// once with the sender as the doer, reversed when 跟我 was in it): what someone told the sender they did is that person's
// deed. Written here without the 说, the message reads as the third-person report it is (周部长昨天跟我谈的…), which
// goes on a card as 周部长's, the sender among those talked to when 我 is in it.

/** A leader or head named by title (张书记, 王副理事长, 孙科长, 李主任), before 说. */
const TITLED = '(?:(?![我你他她跟和与同对向给让叫听据说])[\\u4e00-\\u9fa5]){1,4}?(?:书记|副?理事长|副?主任|副?部长|副?科长|副?处长|副?局长|副?主席|组长)';
/** 说 and its spoken variants; 跟我说/对我说/告诉我 name the sender as the one told. */
const SAID = '(?:跟我说|和我说|对我说|同我讲|跟我讲|告诉我|说|讲)';
/**
 * 11月20日何平主任说他跟徐辉谈了心 (round 43, t42c F16: read as the sender's two talks, with 何平 and with 徐辉): the day the
 * deed was done, said before the one who told it, opens the clause as a punctuation mark would; it stays where it is.
 */
const DAY_BEFORE = '(?:(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|今天|昨天|前天|上个?(?:周|星期|礼拜)[一二三四五六日天]|(?:周|星期|礼拜)[一二三四五六日天])(?:上午|中午|下午|晚上)?[,，\\s]*)?';
/** A deed in what was said: a talk or a signing, which has a doer. */
const DEED = /谈|签/;
/** What was said is a request to report for them (赵敏书记说帮她报一下，…): the relay read later, kept whole (round 28b, K1). */
const RELAY = /^(?:帮|替|代(?!表))(?:他|她)?[^,，:：。；;]{0,8}?(?:报|补|登记|记录|记一下)/;
/** What was said is an intention, not a deed told: 李娟说愿意签…, 刘芳说下周谈. */
const INTENT = /^[^谈签]*(?:要|将|准备|打算|愿意|会|计划|下周|明天|争取)/;

/**
 * `text` with 「X说(他/她)…」 at the start of a clause written as 「X…」 (a day before X kept) when X is a person named by title or by a
 * directory name (`names`: full names) and what follows has a talk or a signing; `text` itself otherwise. 我 in what
 * follows stays the sender. Never for 我说 / 他说 / 大家说 (no one named).
 */
export function withReportedSpeech(text: string, names: readonly string[]): string {
  if (!/说|讲|告诉我|据了解/.test(text)) return text;
  const who = `(${TITLED}|${names.filter((n) => n.length >= 2).join('|') || '(?!)'})`;
  const said = new RegExp(`(^|[，,。；;！!？?\\s])(${DAY_BEFORE})(?:听|据)?${who}(?:同志)?${SAID}(?:了)?[,，:：\\s]*(?:他|她)?(?:自己)?(?=([^。；;！!？?\\n]*))`, 'g');
  const subject = new RegExp(`^${who}`);
  // 听说孙科长昨天和李娟谈过心了: hearsay with the doer named right after it.
  const hearsay = new RegExp(`(^|[，,。；;！!？?\\s])(?:听说|据说|据了解|听讲)[,，\\s]*(?=${who}[^。；;！!？?\\n]*[谈签])`, 'g');
  // 孙科长告诉我王强昨天和李娟谈过了: the one who did it is named after 说; the speaker only passed it on.
  return text.replace(hearsay, '$1').replace(said, (whole, lead: string, day: string, person: string, rest: string) =>
    !DEED.test(rest) || INTENT.test(rest) || RELAY.test(rest) ? whole : subject.test(rest) ? `${lead}${day}` : `${lead}${day}${person}`,
  );
}
