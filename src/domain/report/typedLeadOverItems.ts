// 「上个月先后到教育就业部、维权部开展廉政谈话，11月12日与郑华部长谈，11月19日与冯雪部长谈，…」 (round 40, t39b F1) and
// 「近日，班子成员分别深入分管科室，与科室负责人开展了年底廉政谈话。其中，王建国副理事长于12月1日与李明、孙丽谈话，刘芳副理事长
// 于12月2日与周涛、吴静谈话。」 (t39a F18): a lead with no day of its own that names the kind of talk, then dated items that only
// say 谈/谈话. Read as it stood, the lead was one more talk (asked its day, or one per leader of 班子成员) and each item was
// asked its kind, though the lead said it. The items are the talks; the lead names their kind and is no talk of its own.

/** The kind of talk the lead names. */
const TALK_KIND = '(廉政提醒谈话|集体廉政谈话|廉政谈话|谈心谈话|提醒谈话|廉政约谈)';
/** A day of its own in the lead: then it is a deed of that day, not a lead over the items. */
const OWN_DAY = /\d{1,2}[日号]|[今昨前]天|周[一二三四五六日天]|星期|上午|下午/;
/** A day opening an item: 11月12日 · 12日 · 上周三 · 昨天. */
const ITEM_DAY = '(?:(?:\\d{1,2}月)?\\d{1,2}[日号]|(?:上|本|这)?(?:周|星期)[一二三四五六日天]|[今昨前]天)';
/**
 * One item: maybe its doer (王建国副理事长 · 刘芳同志, no more than a name and a title), maybe 于, its day, then with whom and a
 * bare 谈/谈话/谈了话 (no kind). Group 1 the doer, 2 于, 3 the day, 4 the connective, 5 whom.
 */
const ITEM = new RegExp(
  `^\\s*([\\u4e00-\\u9fa5]{2,3}(?:副理事长|理事长|副书记|书记|副部长|部长|副主任|主任|副科长|科长)?(?:同志)?)?\\s*(于)?\\s*(${ITEM_DAY})(?:上午|下午|晚上)?\\s*[,，]?\\s*(?:分别|先后|又|还)?\\s*(与|和|同|跟|找)\\s*([^,，;；。!?！？]{1,24}?)\\s*(?:分别|逐一|单独)?\\s*(?:进行了?|开展了?)?(?:谈话|谈了?话|谈了?一次话?|谈了?心|谈)(?:了)?\\s*$`,
);
/** A lead: no day, the kind named, and said one by one or of a group (先后 · 分别 · 逐一 · 陆续 · 与…负责人). */
const LEAD = new RegExp(`^[^,，;；。!?！？]*?(?:先后|分别|逐一|陆续|一一)?[^;；。!?！？]*?(?:开展|进行|组织)了?[^,，;；。!?！？]{0,6}?${TALK_KIND}(?:[^,，;；。!?！？]{0,4})$`);
/** 其中 · 具体为 · 具体是, opening the items after a lead ended with 。. */
const BREAKDOWN = /^\s*(?:其中|具体为|具体是|具体来说|分别是|分别为)\s*[,，:：]?\s*/;

/** The items of `tail` (clauses parted by ，；) while they are items, and what follows them, or undefined when none is. */
function itemsOf(tail: string): { items: RegExpExecArray[]; rest: string } | undefined {
  const clauses = tail.split(/(?<=[,，;；])/);
  const items: RegExpExecArray[] = [];
  let used = 0;
  for (const clause of clauses) {
    const m = ITEM.exec(clause.replace(/[,，;；]$/, ''));
    // 与李明进行了谈心谈话: a kind of its own (the people stop before any deed word), left to the readers after.
    if (!m || /进行|开展|谈|廉政|签|检查|教育|学习/.test(m[5]!)) break;
    items.push(m);
    used += clause.length;
  }
  return items.length > 0 ? { items, rest: tail.slice(used) } : undefined;
}

/** One item written out with the lead's kind: 11月12日与郑华部长进行了廉政谈话. */
const spelled = (m: RegExpExecArray, kind: string): string => `${m[1] ?? ''}${m[2] ?? ''}${m[3]}${m[4]}${m[5]!.trim()}进行了${kind}`;

/**
 * `text` with each lead over dated bare talk items written as the items alone, each with the lead's kind (…，11月12日与郑华部长
 * 进行了廉政谈话，11月19日与冯雪部长进行了廉政谈话，…); what follows the items (两次都将…汇报) is kept. Unchanged when the lead
 * has a day of its own, when no item follows it, or when the items name a kind of their own (other readers take those).
 */
export function withTypedLeadOverItems(text: string): string {
  if (!/谈/.test(text)) return text;
  // Sentences kept with their stops; a lead ends either at its comma (the items in the same sentence) or at its 。 (the
  // items in the next sentence, after 其中).
  const sentences = text.split(/(?<=[。!?！？\n])/);
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const comma = /[,，]/.exec(sentence);
    // The items in the same sentence, after the lead's comma.
    if (comma) {
      const lead = sentence.slice(0, comma.index);
      const kind = LEAD.exec(lead.replace(/^\s+/, ''));
      if (kind && !OWN_DAY.test(lead)) {
        const tail = sentence.slice(comma.index + 1);
        const end = /[。!?！？\n]*$/.exec(tail)!;
        const found = itemsOf(tail.slice(0, end.index));
        if (found && found.items.length >= 2) {
          out.push(`${found.items.map((m) => spelled(m, kind[1]!)).join('，')}${found.rest === '' ? '' : `，${found.rest.replace(/^\s+/, '')}`}${end[0]}`);
          continue;
        }
      }
    }
    // The items in the next sentence, after 其中.
    const next = sentences[i + 1];
    const stop = /[。]\s*$/.exec(sentence);
    if (stop && next !== undefined && BREAKDOWN.test(next)) {
      const lead = sentence.slice(0, stop.index).replace(/^[^,，]{0,8}[,，]\s*(?=[^,，]*(?:先后|分别|逐一|陆续|深入|与))/, (w) => (OWN_DAY.test(w) ? w : ''));
      const kind = LEAD.exec(lead.replace(/^\s+/, ''));
      const body = next.replace(BREAKDOWN, '');
      const end = /[。!?！？\n]*$/.exec(body)!;
      const found = kind && !OWN_DAY.test(lead) ? itemsOf(body.slice(0, end.index)) : undefined;
      if (kind && found && found.items.every((m) => m[1] !== undefined)) {
        out.push(`${found.items.map((m) => spelled(m, kind[1]!)).join('，')}${found.rest === '' ? '' : `，${found.rest}`}${end[0] || '。'}`);
        i += 1;
        continue;
      }
    }
    out.push(sentence);
  }
  return out.join('');
}
