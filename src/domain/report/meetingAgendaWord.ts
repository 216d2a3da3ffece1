// Round 12: 专题会议…对下阶段廉政教育进行了部署 · 就开展警示教育作出安排 — what a meeting arranged names no activity of its own.
// t49a O4 (round 47): so does what it studied the work of (围绕警示教育工作进行研究); one owner for the words, read by the
// leftover check (unaccounted) and by departmentMeeting (whoDidIt), which took such a topic for a teaching the meeting gave.
import type { KindMatch } from './parseKind.js';

/** 研究部署… / 围绕… before a type word, in its clause: the type is what a meeting arranged. */
const AGENDA_BEFORE = /(?:研究|部署|安排|谋划|动员|围绕)[^,;。!?\s]{0,10}$/;
/** 就开展… / 对…: the same at a meeting only (对全体干部进行警示教育 tells the teaching itself). */
const ADDRESSED_BEFORE = /(?:对|就)[^,;。!?\s]{0,10}$/;
/** …工作进行部署 · …作出安排 after a type word. */
const AGENDA_AFTER = /^[^,;。!?\s]{0,8}?(?:进行|作出|做出|作了|做了|予以)?了?(?:专题)?(?:研究|部署|安排|谋划|动员)/;

/** Where the clause of `text` holding position `at` begins (after , ; 。 ! ? or a line break). */
function clauseStart(text: string, at: number): number {
  return Math.max(...[',', ';', '。', '!', '?', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
}

/**
 * Whether type word `k` of `text` (normalised: ASCII , ; ! ?) is written as what a meeting arranged or studied the work
 * of (研究部署警示教育 · 围绕警示教育工作进行研究 · 警示教育工作进行部署), not as a deed; with `addressed`, also 就/对…
 * before it (就开展警示教育作出安排), which only beside a recorded meeting names its agenda.
 */
export function meetingAgendaWord(text: string, k: Pick<KindMatch, 'start' | 'text'>, addressed = false): boolean {
  const before = text.slice(clauseStart(text, k.start), k.start);
  return AGENDA_BEFORE.test(before) || (addressed && ADDRESSED_BEFORE.test(before)) || AGENDA_AFTER.test(text.slice(k.start + k.text.length));
}
