// People a message names only as companions or to deny them (round 24b, A and C): taken out before reading, said on the card.
import type { ParseContext, ParsedReport } from './draft.js';
import { withoutCompanions, type Apart } from './companionsApart.js';
import { withoutDenied } from './deniedApart.js';
import { withPersonRetyped } from './retypedPerson.js';
import { withoutAgency } from './agencyApart.js';
import { withoutTalkChair } from './talkChairApart.js';
import { withoutMeetingRecorder } from './meetingRecorderApart.js';
import { withoutReportHeardAtCheck } from './checkHeardApart.js';

/**
 * `text` without what a place reported to one who came to check it, who only chaired or recorded a talk (，孙丽科长主持), who only asked for the deed (受X委托…), its companions and denied people or types, with what the card
 * must say; undefined when none.
 */
export function withoutBystanders(text: string, ctx: ParseContext): Apart | undefined {
  const heard = withoutReportHeardAtCheck(text, ctx);
  // A meeting's recorder (，张颖做记录: round 68, ghd) is taken out as a talk's is.
  const chair = withoutTalkChair(heard?.text ?? text, ctx) ?? withoutMeetingRecorder(heard?.text ?? text, ctx);
  const agency = withoutAgency(chair?.text ?? heard?.text ?? text, ctx);
  const companions = withoutCompanions(agency?.text ?? chair?.text ?? heard?.text ?? text, ctx);
  const denied = withoutDenied(companions?.text ?? agency?.text ?? chair?.text ?? heard?.text ?? text, ctx);
  // 王芳那个其实是廉政谈话 after a list: that person's own type, read after the denials (不是廉政谈话 would look alike).
  const retyped = withPersonRetyped(denied?.text ?? companions?.text ?? agency?.text ?? chair?.text ?? heard?.text ?? text, ctx);
  const parts = [heard, chair, agency, companions, denied, retyped].filter((p): p is Apart => p !== undefined);
  if (parts.length === 0) return undefined;
  return {
    text: parts[parts.length - 1]!.text,
    remarks: parts.flatMap((p) => p.remarks),
    companions: parts.flatMap((p) => p.companions),
    mayLead: parts.flatMap((p) => p.mayLead),
    denied: parts.flatMap((p) => p.denied),
    ...(retyped?.corrected ? { corrected: true as const } : {}),
    ...(companions?.unsure ? { unsure: true as const } : {}),
  };
}

/**
 * `reports` read from `apart.text`, with no companion or denied person left as a counterpart (a record of only such
 * people goes), what was taken out said on the first, and a companion who may have held it put on a card.
 */
export function withBystandersNoted(reports: ParsedReport[] | null, apart: Apart, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null) return null;
  // 先后与郑华、冯雪开展廉政谈话…，11月25日与冯雪部长一起和赵磊谈心谈话 (round 40, t40a F12: 冯雪's own talk dropped without a
  // word): one who came along in one clause and is still named in what is left of the message is talked to there, kept.
  const namedStill = (id: string) => {
    const name = ctx.directory.person(id)?.name;
    return name !== undefined && apart.text.includes(name);
  };
  const out = new Set([...apart.companions.filter((id) => !namedStill(id)), ...apart.denied]);
  const kept = reports.filter((r) => r.draft.counterpartIds.length === 0 || r.draft.counterpartIds.some((id) => !out.has(id)));
  const noted = kept.map((r) => ({ ...r, draft: { ...r.draft, counterpartIds: r.draft.counterpartIds.filter((id) => !out.has(id)) }, remarks: [...r.remarks] }));
  if (noted.length === 0) return reports;
  // The sender's talk with a leader who came along: that leader may have held it, so it is shown for a tap.
  const ownTalk = noted.some((r) => r.draft.actorId === undefined || r.draft.actorId === ctx.senderId);
  // 刘芳副理事长…谈话，王建国副理事长陪同 (round 41, t40a F10): 「按您主谈记录」 is said only of the sender's own talk.
  noted[0]!.remarks.push(...(ownTalk ? apart.remarks : apart.remarks.filter((m) => !m.startsWith('按您主谈记录'))));
  if (apart.mayLead.length > 0 && ownTalk) for (const r of noted) r.reasons = [...(r.reasons ?? []), 'companion'];
  // 孙丽也一起 · 周滔也在 (round 63, gcc): one who may have been talked to too, or whose name was read by its sound.
  if (apart.unsure && apart.mayLead.length === 0) for (const r of noted) r.reasons = [...new Set([...(r.reasons ?? []), 'present_named' as const])];
  if (apart.corrected) for (const r of noted) r.reasons = [...(r.reasons ?? []), 'corrected_day'];
  return noted;
}
