// 「本季度共开展廉政谈话3次：10月15日与陈静，11月12日与陈静，11月26日陈志强副理事长与我。」 (round 37, t37b F2: the third
// talk lost, its 陈志强 made the doer of the next sentence's 警示教育): an item of a talk list naming someone else with
// 与我 and no verb is that person's talk with the sender, the lead's kind said after it.

/** A lead naming a talk's kind before its colon: 共开展廉政谈话3次： · 谈心谈话情况：. Group 1: the kind. */
const TALK_LEAD = /(廉政谈话|谈心谈话|提醒谈话|任前谈话|集体谈话|约谈)[^:：。.;；\n]{0,8}[:：]/;
/** An item: its day, a name and maybe a title, 与/和/跟我, and nothing more before the next break. */
const ITEM = /([:：,，;；]\s*)((?:\d{1,2}月)?\d{1,2}[日号]\s*)([\u4e00-\u9fa5]{2,3}?(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长))?(?:同志)?)(与|和|跟)(我)(?=\s*(?:[,，;；。.]|$))/g;

/**
 * `text` with each such item under a talk lead of the same sentence written with the lead's kind (…，11月26日陈志强副理事长
 * 与我廉政谈话。), so it is read as that person's talk with the sender; `text` itself when none is.
 */
export function withSuperiorToMeItems(text: string): string {
  return text.replace(ITEM, (whole, sep: string, day: string, who: string, wi: string, me: string, at: number) => {
    const sentence = text.slice(0, at).split(/[。\n]/).at(-1) ?? '';
    const lead = TALK_LEAD.exec(sentence);
    return lead ? `${sep}${day}${who}${wi}${me}${lead[1]}` : whole;
  });
}
