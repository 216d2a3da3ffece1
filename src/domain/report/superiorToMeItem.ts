// 「本季度共开展廉政谈话3次：10月15日与陈静，11月12日与陈静，11月26日陈志强副理事长与我。」 (round 37, t37b F2: the third
// talk lost, its 陈志强 made the doer of the next sentence's 警示教育): an item of a talk list naming someone else with
// 与我 and no verb is that person's talk with the sender, the lead's kind said after it.

/** A lead naming a talk's kind before its colon: 共开展廉政谈话3次： · 谈心谈话情况：. Group 1: the kind. */
const TALK_LEAD = /(廉政谈话|谈心谈话|提醒谈话|任前谈话|集体谈话|约谈)[^:：。.;；\n]{0,8}[:：]/;
/** The talk lead of the sentence `at` (an index of `text`) stands in, or null. */
const leadBefore = (text: string, at: number) => TALK_LEAD.exec(text.slice(0, at).split(/[。\n]/).at(-1) ?? '');

/** An item: its day, a name and maybe a title, 与/和/跟我, and nothing more before the next break. */
const ITEM = /([:：,，;；]\s*)((?:\d{1,2}月)?\d{1,2}[日号]\s*)([\u4e00-\u9fa5]{2,3}?(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长))?(?:同志)?)(与|和|跟)(我)(?=\s*(?:[,，;；。.]|$))/g;

/**
 * `text` with each such item under a talk lead of the same sentence written with the lead's kind (…，11月26日陈志强副理事长
 * 与我廉政谈话。), so it is read as that person's talk with the sender; `text` itself when none is.
 */
export function withSuperiorToMeItems(text: string): string {
  const out = text.replace(ITEM, (whole, sep: string, day: string, who: string, wi: string, me: string, at: number) => {
    const lead = leadBefore(text, at);
    return lead ? `${sep}${day}${who}${wi}${me}${lead[1]}` : whole;
  });
  if (out === text) return text;
  // 11月5日孙科长与李娟，11月18日孙科长与我，11月26日我与李娟。 (round 37 merge, t37c: the last item dropped once the middle one
  // was written whole): the other verbless items of that list get the lead's kind too, so each is read as its own talk.
  return out.replace(PAIR_ITEM, (whole, sep: string, day: string, pair: string, at: number) => {
    const lead = leadBefore(out, at);
    return lead ? `${sep}${day}${pair}${lead[1]}` : whole;
  });
}

/** A verbless day–pair item of a talk list: its day, then (someone or 我) 与/和/跟 someone, and nothing more before the break. */
const PAIR_ITEM = /([:：,，;；]\s*)((?:\d{1,2}月)?\d{1,2}[日号]\s*)((?:我|[\u4e00-\u9fa5]{2,3}?(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长))?)?(?:与|和|跟)[\u4e00-\u9fa5]{2,4}?)(?=\s*(?:[,，;；。.]|$))/g;
