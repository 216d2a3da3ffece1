// The deed a clerk's list of pairs is about, named by its lead (「11月3日廉政谈话：」 · 「签订责任书：」): round 49 fvf kind 1,
// shared by pairItemsLeadDeed (the deed written after each bare pair) and pairItemsParted (round 49 fwb: a pending pair).

/** The talk a lead names: 廉政谈话 · 谈心谈话 · 提醒谈话 · 谈心 · 约谈 (集体/节前/任前 before it kept). */
const LEAD_TALK = /(?:集体|节前|任前)?(?:廉政谈话|谈心谈话|提醒谈话|廉政约谈|谈心|约谈)/;
/** The paper a lead says was signed: …责任书 · …承诺书. */
const LEAD_PAPER = /(?:责任书|承诺书)/;

/**
 * The deed to write after each pair under `lead` (the words before the list's colon) — 「签订责任书」 · 「进行廉政谈话」 — or
 * undefined when the lead names neither a talk nor a signed paper.
 */
export function pairListLeadDeed(lead: string): string | undefined {
  const paper = LEAD_PAPER.exec(lead);
  if (paper && /签/.test(lead)) return `签订${paper[0]}`;
  const talk = LEAD_TALK.exec(lead);
  return talk ? `进行${talk[0]}` : undefined;
}
