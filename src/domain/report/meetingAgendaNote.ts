// 王建国「10月22日主持召开办公室、财务科分管科室会议，专题研究公务接待和公车使用管理」 (t47b F4: refused, then recorded with
// no note) · 郑华「部门召开党风廉政建设专题会议，对照问题清单开展廉政风险点排查」 (t47b F2: the 排查 split off as a 自查总结):
// what a meeting studied or went through, told in the clauses right after it, is the member's own words about that meeting.
// The one-short-clause note (clauseNote) never keeps it, its verb (专题研究 · 排查) being read as a type word; so it is kept
// here, whole, as the meeting's note.

/** A clause telling what the meeting went through: 专题研究 · 研究部署 · 传达学习 · 听取…汇报 · 对照… · 围绕… · 部署… */
const AGENDA = /^(?:会上|会议|会议上|并)?(?:专题|集中|认真|深入|重点|逐一|逐项|全面)?(?:研究部署|研究|部署|传达学习|传达|学习|听取|通报|审议|讨论|安排|梳理|排查|查找|查摆|对照|围绕|针对|就|对(?![我他她]))/;
/** 研究党风廉政建设(工作): what every such meeting is about, in the meeting's own clause. */
const GENERIC_OWN = /^(?:专题)?(?:研究部署|研究|部署)(?:党风廉政建设|廉政建设|全面从严治党)(?:工作)?$/;
/** An agenda's verb with nothing after it. */
const BARE_VERB = /^(?:会上|会议|并)?(?:专题|集中|认真|深入|重点)?(?:研究部署|研究|部署|传达学习|传达|学习|听取|通报|审议|讨论|安排|梳理|排查|查找|查摆)了?$/;
/** A clause that begins another deed or a new day: the agenda stops before it. */
// 对下一步工作提出要求 · 强调要抓好… (t50c F5): what the meeting's chair said, a news item's words, is no agenda.
const STOP = /\d{1,2}\s*[月日号]|会后|会议结束|随后|之后|然后|接着|另外|此外|同时|[我他她]们?[和与跟同]|本人|提出要求|提出了要求|强调|指出/;

/**
 * What stands before a generic agenda in a clause of its own: a meeting's name, the break (a comma, or a space in voice
 * input), then 专题 — a bare 研究… there stays the name's own words, as on the 党组 path (round 68, ghl).
 */
const OWN_CLAUSE_AFTER_MEETING = /(?:会议|会)[\s\u0000]*[,，]?[\s\u0000]*专题[\s\u0000]*$/;

/** 议题是 · 会议的议题为 · 主要内容是: the agenda's field named before its words (round 67, ggj). */
const AGENDA_LABEL = /^(?:会议的?|本次会议的?)?(?:议题|主题|主要内容|会议内容)(?:是|为)/;

/**
 * `clause` without its 议题是 · 主题为 label when what follows reads as an agenda (传达… · 研究…), else unchanged (议题是廉政风险
 * 防控 names no deed of the meeting's). Round 67 (ggj; t70a: 郑华 「上周三组织召开专题会议，议题是传达市纪委全会」 kept no 议题):
 * the labelled clause was no agenda clause, its words dropped or kept as a note 「议题是…」.
 */
export function withoutAgendaLabel(clause: string): string {
  const rest = clause.replace(AGENDA_LABEL, '');
  return rest !== clause && AGENDA.test(rest) && !STOP.test(rest) ? rest : clause;
}

/** An agenda is kept to this length: a note, not the minutes (t47b F4: short, clean). */
export const AGENDA_MAX = 30;

/** Who else was there, said after a name in voice input: 王强 也在 · 孙丽 一起 · 李明 在场. */
// 吴静 主持 (round 68, ghl): the one who chaired is a person too.
const PRESENCE_AFTER = /^(?:也|都|一起|一同|在场|陪同|列席|旁听|同志|主持)/;

/**
 * Whether the piece after a spoken one says that one was a person: 王强 也在 · 李明 孙丽参加 (names listed before who came; a
 * count, 12人参加, says nothing of the piece before it).
 */
const nameBefore = (next: string | undefined): boolean =>
  next !== undefined && (PRESENCE_AFTER.test(next) || POST_PIECE.test(next) || (ATTENDED.test(next) && !/^\d/.test(next)));

/**
 * A spoken piece that is a post or ends with one: 副理事长 · 刘芳副理事长 · 张书记 · 郑华部长 (round 68, ghl; t71b F3: 「研究 党风廉政
 * 建设 工作 刘芳 副理事长 参加 了」 kept 「…工作刘芳副理事长参加了」) — a person who came, never a word of the agenda.
 */
const POST_PIECE = /(?:副?理事长|书记|副?部长|副?科长|副?主任|纪检干事|干事|同志|领导|班子成员)(?:等)?$/;
/** A spoken piece that is a count: 共 12 人 · 12人 · 8 名 — who came, never a word of the agenda (round 68, ghl). */
const COUNT_PIECE = /^(?:共|一共|总共|合计)?(?:\d+|[一二两三四五六七八九十]+)(?:人|名|位)?(?:参加|出席|参会)?了?$|^(?:共|一共|总共)/;

/**
 * An agenda clause with who came run onto it after its topic noun: 研究党风廉政建设工作刘芳副理事长参加了 → group 1 研究党风廉政建设
 * 工作 (round 68, ghl; t71b F3, typed without spaces). Only after a noun that closes a topic (工作 · 精神 · 要求 …), so the
 * name's length need not be guessed.
 */
const ATTENDED_TAIL = /^(.+?(?:工作|精神|要求|问题|文件|事项|方案|条例|准则|规定))[\u4e00-\u9fa5、]{2,16}(?:参加|出席|列席|参会|到会)了?$/;

/** The end of a body that issues notices: 市纪委 · 省纪委监委 · 中央纪委 · 市委 · 党组 (round 68, ghd). */
const ISSUER_END = /(?:纪委|监委|纪检组|市委|省委|区委|县委|中央|党组|党委|委员会|政府|上级)$/;
/** 通报 · 通知 opening a spoken piece after its issuer: the notice itself, a noun (市纪委 通报 精神). */
const NOTICE_NOUN = /^(?:通报|通知)/;
/** 精神 · 文件 · 要求: what a meeting passes on, never a person's name before who came (round 68, ghd). */
// 规定 · 工作 · 问题 (round 68, ghl: 「学习 财经 纪律 规定 参加 4 人」 kept 「学习财经纪律」) close a topic as well.
const TOPIC_NOUN = /^(?:精神|文件|要求|部署|讲话|通报|通知|会议精神|全会精神|讲话精神|规定|条例|准则|制度|问题|工作)$/;

/** A clause of who came: …参加 · …出席 · …列席. */
const ATTENDED = /(?:参加|出席|列席|参会|到会)$/;

/**
 * What the meeting settled, told after its agenda: 明确整改措施 · 制定整改方案 (round 49, fvd; t51b F9: 「查找风险点5个，明确整改
 * 措施」 kept only 明确整改措施, a fragment): part of the agenda, never one to open it.
 */
const OUTCOME = /^(?:明确|制定|完善|建立|形成|确定|提出(?!了?要求))/;

/**
 * The agenda of the meeting named by `kindText` in `text` (one segment): the clauses right after the one that names it,
 * within its sentence, each opening with what a meeting goes through (AGENDA) and none starting another deed or day;
 * joined with 「，」 and cut to the note's length. Undefined when no such clause follows.
 */
export function meetingAgendaNote(text: string, kindText: string): string | undefined {
  const run = meetingAgendaRun(text, kindText);
  return run === undefined ? undefined : cutAgenda(run);
}

/** `run` (an agenda's clauses joined with 「，」) cut to the note's length, with its 「…」. */
export function cutAgenda(run: string): string {
  if (run.length <= AGENDA_MAX) return run;
  // Cut between clauses where one fits (round 49, fvd: 「…查找风险点5…」 cut a count in two), else within the first.
  const clauses = run.split('，');
  let fit = clauses[0]!;
  for (const c of clauses.slice(1)) if (`${fit}，${c}`.length <= AGENDA_MAX - 1) fit = `${fit}，${c}`; else break;
  return fit.length <= AGENDA_MAX - 1 ? `${fit}…` : `${run.slice(0, AGENDA_MAX - 1)}…`;
}

/** meetingAgendaNote's agenda, whole (not cut to the note's length): what a note read from one of its clauses is part of. */
export function meetingAgendaRun(text: string, kindText: string): string | undefined {
  // 召开党组会议，传达学习中央纪委全会精神 (round 52, fwa; t54a F5: no 议题 kept): the kind read across the comma (党组会议,专题研究…
  // · 党组会议,传达学习…) — the agenda is read from the meeting's name on, as when the kind is the name alone.
  // Its generic subject (专题研究党风廉政建设工作, the type itself) stays no note, as when run into the name (GENERIC_OWN).
  const named = /^[^,，]+(?:会议|会)(?=[,，])/.exec(kindText)?.[0];
  if (named !== undefined && named !== kindText) {
    const run = meetingAgendaRun(text, named);
    const [first, ...more] = run?.split('，') ?? [];
    // 召开党组会议，专题研究党风廉政建设工作，王建国、刘芳…参加 (round 68, ghl; t71b F5: stored with no 议题): 专题研究 in a clause
    // of its own says what the meeting was held for — kept, its 专题 (the meeting's kind) dropped. A bare 研究… there, or run
    // into the name (党组会议专题研究党风廉政建设), stays the name's own words, no note (attendeeListNote, parseReport.test).
    if (first === undefined || !GENERIC_OWN.test(first)) return run;
    return first.startsWith('专题') ? [first.slice(2), ...more].join('，') : more.length > 0 ? more.join('，') : undefined;
  }
  const at = text.indexOf(kindText);
  if (at < 0) return undefined;
  const sentence = text.slice(at + kindText.length).split(/[。！？!?\n；;]/)[0]!;
  // 专题会议 研究部署年终廉政工作 张伟书记出席 (t50c F5: chat style, spaces for commas, nothing kept): a run of spaces parts
  // clauses as a comma does. 召开专题会议研究部署年终廉政工作，参加12人: the agenda may go on in the meeting's own clause.
  // The separators are kept (odd places): a piece after a space, not a comma, may go on the clause before it (below).
  // 年终 廉政 工作 12人参加: a count after a space opens a piece too (who came, passed over below).
  const parts = sentence.split(/([,，]|(?<=[\u4e00-\u9fa5》”])[ \t\u3000]+(?=[\u4e00-\u9fa5《“\d])|^[ \t\u3000]+)/);
  const pieces = parts.filter((_, i) => i % 2 === 0).map((c) => withoutAgendaLabel(c.replace(/[\s"“”'‘’]/g, '')));
  const spacedBefore = new Set(parts.flatMap((sep, i) => (i % 2 === 1 && !/[,，]/.test(sep) ? [(i + 1) / 2] : [])));
  const [own, ...after] = pieces;
  // 召开专题会议研究党风廉政建设: the meeting's own generic subject, run into its name, tells nothing (parseReport.test).
  // 党组会议，专题研究年终廉政工作 (round 49, fvd; t51a F8: no topic kept): the meeting named by its agenda verb (专题研究, an
  // alias of 专题会议) has its topic run into that verb; both are the agenda.
  // 专题 研究 党风廉政建设 工作 (voice input): the kind's words keep no space inside the agenda (round 69, gie).
  const lead = own !== undefined && AGENDA.test(kindText) ? `${kindText.replace(/\s/g, '')}${own}` : own;
  // 主持召开机关党委会议，专题研究党风廉政建设工作 (round 69, gie; issue 10: no 议题 on the 机关党委 path, the 党组's kept it): the
  // generic subject in a clause of its own after a meeting's name is what the meeting was held for, as on the 党组 path.
  const ownClause = AGENDA.test(kindText) && OWN_CLAUSE_AFTER_MEETING.test(text.slice(0, at));
  const clauses = lead !== undefined && AGENDA.test(lead) && !STOP.test(lead) && (ownClause || !GENERIC_OWN.test(lead)) ? [lead, ...after] : after;
  const kept: string[] = [];
  // Where `after` starts among the pieces (1: `own` is piece 0), to know which clause followed a space.
  const firstAfter = clauses.length === after.length ? 1 : 0;
  let joinable = false;
  for (const [k, clause] of clauses.entries()) {
    // Two spaces, or a space after a comma, leave an empty piece: no clause.
    if (clause === '') continue;
    // 专题会议 传达了 市纪委 全会 精神 (round 66, t69b F1: 议题 stored as 「传达了市纪委」): in voice input a space parts words,
    // not clauses — a piece after a space that opens nothing of its own (no agenda verb, no new deed or day, no one
    // coming, no title) goes on the agenda clause before it, unless presence follows it (王强 也在: a person, not a topic).
    const next = clauses[k + 1];
    // 学习 市纪委 通报 精神 · 传达 学习 省纪委 全会 精神 (round 68, ghd; t70b: 议题 「学习市纪委，通报精神」): a verb piece after a
    // bare verb (传达 学习) or 通报 after the body that issued it (市纪委 通报) is a word of the same clause, not a new agenda
    // item; 精神 · 文件 · 要求 after a space names no one, whoever comes after it.
    const spoken =
      joinable && spacedBefore.has(k + firstAfter) && !STOP.test(clause) && !POST_PIECE.test(clause) && !COUNT_PIECE.test(clause) && !/^会上/.test(clause) &&
      kept[kept.length - 1]!.length + clause.length <= AGENDA_MAX * 2;
    if (spoken && AGENDA.test(clause) && (BARE_VERB.test(kept[kept.length - 1]!) || (ISSUER_END.test(kept[kept.length - 1]!) && NOTICE_NOUN.test(clause)))) {
      kept[kept.length - 1] += clause;
      continue;
    }
    if (
      spoken && !AGENDA.test(clause) && !ATTENDED.test(clause) &&
      !clause.includes('《') && !PRESENCE_AFTER.test(clause) && (!nameBefore(next) || TOPIC_NOUN.test(clause))
    ) {
      kept[kept.length - 1] += clause;
      continue;
    }
    joinable = false;
    // 组联部、康复部参加 · 班子成员出席: who came, between the meeting and its agenda, is passed over.
    if (!AGENDA.test(clause) && !STOP.test(clause) && ATTENDED.test(clause)) continue;
    // 专题会议 学习了《廉洁自律准则》 12人参加: a work named in 《》 is the title readers' (a 廉政教育 of its own, or the
    // meeting's title); taken as the agenda, its words were no longer left to them and the study was lost.
    if (kept.length > 0 && OUTCOME.test(clause) && !STOP.test(clause)) {
      kept.push(clause);
      continue;
    }
    if (STOP.test(clause) || !AGENDA.test(clause) || clause.includes('《')) break;
    const tail = ATTENDED_TAIL.exec(clause);
    kept.push(tail ? tail[1]! : clause);
    joinable = tail === null;
    if (tail) break;
  }
  const note = kept.join('，');
  // 研究部署 alone (a spaced 研究部署 年终工作 cut at its space): the verb says nothing of what was gone through.
  if (kept.length === 0 || BARE_VERB.test(note)) return undefined;
  return note;
}

/**
 * Whether `note` is a meeting's agenda (meetingAgendaNote's: it opens with what a meeting goes through), kept whole on a
 * meeting's record — or on one whose type is still asked — where a note of a verb or of several clauses is otherwise none.
 */
export function isMeetingAgendaNote(note: string): boolean {
  return AGENDA.test(note) && !STOP.test(note);
}
