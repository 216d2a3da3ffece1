// 本月我与分管的组联部、康复部负责人分别开展了廉政谈话：11月10日与周涛，11月17日与吴静 (round 32b F4): the group the heading
// names is the list after it, day by day. Read as it stood, the group was expanded on the first day and the list read again, so
// a talk with 吴静 on 11-10 was invented beside her own on 11-17.

/** The talk or signing a heading names once for its list: 廉政谈话, 谈心谈话, 签订了廉政责任书… */
const DEED = '(?:集体|任前|提醒)?(?:廉政谈话|谈心谈话|提醒谈话|谈话|谈心|签订了?[^:,;。!?]{0,12}?(?:责任书|承诺书))';

/**
 * The heading: who (maybe a span word first: 本月, 近期), 与/和/跟/同 the group, maybe 分别/先后/逐一, 开展了/进行了 and the
 * deed, then its separator (a colon or dash after normalizeText; a comma only after 分别/先后/逐一, which promise the items).
 */
const HEADING = new RegExp(
  `^([^:,;。!?]{0,12}?)(?:与|和|跟|同)([^:,;。!?]{2,30}?)(分别|先后|逐一|一一)?(?:开展|进行|举行)?了?(${DEED})(?:工作)?\\s*(:|-{1,2}|—{1,2}|,)`,
);

/** One item of the list: a day of its own, then 与/和/跟/同/找 and whom (and maybe the deed said again). */
const ITEM = /^\s*((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|(?:本周|上周)?周[一二三四五六日天](?:上午|下午)?)\s*(?:[,，]\s*)?(?:分别)?(?:与|和|跟|同|找)([^:,;。!?]{1,20})$/;

/** 和王强一起与… · 陪同: a companion in the heading, whom the list would not name. */
const TOGETHER = /一起|一同|一道|一块|陪/;

/** A day word in the heading's lead: then the heading is a deed of its own day, not a heading over a list. */
const OWN_DAY = /\d{1,2}[日号]|[今昨前]天|周[一二三四五六日天]|上午|下午/;

/**
 * `text` with each heading over a day–person list (X与<group>分别开展了廉政谈话：D1与A，D2与B) written as the list's own
 * items (XD1与A进行了廉政谈话，D2与B进行了廉政谈话): the group is who the list names, never expanded beside it. A heading
 * with a day of its own, a list of fewer than two items, an item without its own day and partner, a companion (一起, 陪同)
 * or a person of `names` (the directory's) the heading names and the list does not is left as it is. Reads the text
 * after normalizeText (ASCII colon and comma).
 */
export function withGroupOverDayList(text: string, names: readonly string[]): string {
  return text
    .split(/(?<=[。!?\n])/)
    .map((sentence) => {
      const head = HEADING.exec(sentence);
      if (!head) return sentence;
      const [whole, lead, group, respectively, deed, separator] = head;
      if (separator === ',' && respectively === undefined) return sentence;
      if (OWN_DAY.test(lead!) || TOGETHER.test(group!)) return sentence;
      const end = /[。!?\n]*$/.exec(sentence)!;
      const body = sentence.slice(whole.length, end.index);
      // 我和陈志强分别与…：… · 与周涛、吴静、郑华…：11月10日与周涛，… : a person the heading names whom the list does not is
      // no one to drop; the sentence is left to the readers after.
      if (names.some((n) => group!.includes(n) && !body.includes(n))) return sentence;
      const parts = body.split(/[,;]/);
      if (parts.length < 2) return sentence;
      const items = parts.map((p) => ITEM.exec(p));
      if (items.some((m) => m === null)) return sentence;
      // The span word (本月, 近期) goes: each item has its own day. Who did it stays.
      const who = lead!.replace(/^(?:本月|本周|上周|上月|近期|近日|这个月|这周|今年|本季度|\d{1,2}月(?:份)?)(?:以来|中旬|上旬|下旬)?\s*/, '');
      const deedWord = deed!.replace(/^签订了?/, '签订了');
      const spelled = items.map((m) => {
        const whom = m![2]!.replace(new RegExp(`(?:进行了?|开展了?)?${deed}$`), '').trim();
        return `${m![1]}与${whom}${deedWord.startsWith('签订') ? '' : '进行了'}${deedWord}`;
      });
      return `${who}${spelled.join(',')}${end[0]}`;
    })
    .join('');
}
