// 观看警示教育片并学习《纪律处分条例》 · 开展警示教育暨廉政学习 (round 25b §11: 9 of 10 stored at once as ONE 警示教育, the
// study lost and the rule's name made the film's title): a study of the rules and a warning film in one session are two
// duties of duties.md (廉政教育 and 警示教育), so two records, each with its own titles, on a card.
import type { ParsedReport } from './draft.js';
import { caseBriefingSource } from './caseBriefingWords.js';
import { extractBareTitle } from './parseTraining.js';
import { casesFollow } from './studiedCaseNotice.js';

/**
 * A study of the rules named beside the film: 学习(了)…条例/准则/规定/党章 · 学习《…条例》 · 学了一下/学了下/学了学《…》 (round
 * 43, t44a F5: 「学了一下《廉洁自律准则》，还看了警示片」 was one 警示教育 titled with the rule).
 */
const RULE_STUDY = /学(?:习|了)了?(?:一下|下|学)?\s*(?:《[^》]*(?:条例|准则|规定|办法|党章|党规|讲话|论述|意见|规则)[^》]*》|[\u4e00-\u9fa5]{0,14}?(?:条例|准则|规定|党章|党规))/;

/**
 * The study of the rules `plain` names (RULE_STUDY's match), unless the rule only qualifies cases studied: 学习市纪委通报的违反
 * 中央八项规定精神典型案例 (round 35a, F1: split into a 廉政教育 and a 警示教育 of one deed) studies the cases, not the 规定.
 */
function ruleStudied(plain: string): RegExpExecArray | null {
  const rule = RULE_STUDY.exec(plain);
  return rule && !casesFollow(plain.slice(rule.index + rule[0].length)) ? rule : null;
}

/** A study named only by its kind: 廉政学习 · 廉洁教育 · 党纪学习. */
const GENERIC_STUDY = /(?<!警示)(?:廉政|廉洁|党纪|纪律)(?:学习|教育)(?!月|活动月|基地|片|微电影)/;
/** Between a study said first and the film: words that make them two deeds. */
const JOINED = /同时|并|暨|和|及|与|还|又|然后|之后|随后|另外/;
/**
 * The film or the warning itself; cases briefed with words between (通报了…5起违反中央八项规定精神问题, round 33a: the
 * meeting's study then typed 警示教育 by them alone, the study lost) as well as 典型案例 said adjacent.
 */
const FILM = new RegExp(`警示教育片|警示片|警示教育(?!基地|月)|警示录|以案说法|典型案例|${caseBriefingSource('[^,;。!?，；\\n]')}`);
/** A title that is a rule studied, not a film. */
const RULE_TITLE = /条例|准则|规定|办法|党章|党规|讲话|论述|意见|规则/;

/**
 * Each lone 警示教育 record of `reports` whose `text` also names a study of the rules is written out as a 廉政教育 (the
 * rules' titles) and a 警示教育 (the film's titles), same day, doer, department and head count, both for a tap. Any
 * other shape (several records already, a study only of cases, a 教育基地 visit) is returned unchanged.
 */
export function withStudyBesideFilm(reports: ParsedReport[], text: string): ParsedReport[] {
  if (reports.length === 1) return reports[0]!.draft.type === 'edu_warning' ? splitOne(reports[0]!, text) : reports;
  // …学习了《廉洁自律准则》和典型案例通报，…，会后与张颖谈心谈话 (round 34a, F6: the split was made only when the message held
  // nothing else, so a trailing talk turned it into one 警示教育 titled 《廉洁自律准则》): beside other deeds, the one 警示教育
  // (no 廉政教育 read) is split on the sentence that names both the film or cases and the study.
  const at = reports.findIndex((r) => r.draft.type === 'edu_warning');
  if (at < 0 || reports.some((r, i) => i !== at && (r.draft.type === 'edu_warning' || r.draft.type === 'edu_integrity'))) return reports;
  const plain = (t: string) => t.replace(/《[^》]*》/g, (x) => (RULE_TITLE.test(x) ? x : '《》'));
  const sentence = text.split(/[。;；\n]/).find((t) => FILM.test(plain(t)) && ruleStudied(plain(t)) !== null && !URGED.test(t));
  if (sentence === undefined) return reports;
  const split = splitOne(reports[at]!, sentence);
  return split.length === 1 ? reports : [...reports.slice(0, at), ...split, ...reports.slice(at + 1)];
}

/** 提醒她学习《条例》 · 要求大家认真学习…: a study urged on someone is what a talk or a meeting said, no deed held. */
const URGED = /(?:提醒|要求|督促|叮嘱|嘱咐|鼓励)[^,;。!?，；]{0,12}?学(?:习|了)/;

/** The one 警示教育 `r`, read from `text`, as the two records of a study beside a film; `[r]` when `text` names no such study. */
function splitOne(r: ParsedReport, text: string): ParsedReport[] {
  const reports = [r];
  const plain = text.replace(/《[^》]*》/g, (t) => (RULE_TITLE.test(t) ? t : '《》'));
  const film = FILM.exec(plain);
  const rule = ruleStudied(plain);
  const study = GENERIC_STUDY.exec(plain);
  if (!film || (!rule && !study)) return reports;
  // 开展廉政教育，组织观看警示教育片… · 召开廉政学习会，…观看了警示片: the film is how that education was given, one record.
  // Said after the film, or joined to it (并/同时/暨/和/然后), the study is a second deed.
  if (!rule && study!.index < film.index && !JOINED.test(plain.slice(study!.index + study![0].length, film.index))) return reports;
  const titles = r.draft.title?.split('、') ?? [];
  const rules = titles.filter((t) => RULE_TITLE.test(t));
  const films = titles.filter((t) => !RULE_TITLE.test(t));
  // 学习廉洁自律准则并观看警示教育片《围猎》: the rule named without 《》 is the study's title.
  // 学习了《廉洁自律准则》和新修订的纪律处分条例，并观看了警示教育片 (round 60, fbb: 《〈廉洁自律准则〉和纪律处分条例、和新修订的
  // 纪律处分条例》): a quoted title is masked, not cut out, so the words run on after it are no title of their own, and a rule
  // already inside a run-on title is not named twice.
  for (const clause of text.replace(/《[^》]*》/g, '\u0000').split(/[，,。;；！!？?\s]|并|后|然后|之后|同时/)) {
    for (const t of extractBareTitle(clause).titles) if (!rules.some((x) => x.includes(t)) && RULE_TITLE.test(t) && t.length <= 20) rules.push(t);
  }
  const { title: _title, ...rest } = r.draft;
  const reasons = [...new Set([...(r.reasons ?? []), 'items' as const])];
  const kept = r.remarks.filter((m) => !/^「[^」]+」按(?:警示教育|廉政教育)记录/.test(m));
  return [
    { ...r, draft: { ...rest, type: 'edu_integrity', ...(rules.length > 0 ? { title: rules.join('、') } : {}) }, remarks: [...kept, '学习的条例规章按廉政教育、观看的警示片按警示教育，分两条记录'], reasons },
    { ...r, draft: { ...rest, type: 'edu_warning', ...(films.length > 0 ? { title: films.join('、') } : {}) }, remarks: [], reasons },
  ];
}
