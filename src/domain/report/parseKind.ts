// Which activity type a clause names, preferring the more specific type and saying so when there was a choice.
import { quotedThemeOverruled } from './quotedThemeOverruled.js';
import { withoutPlanSentenceKinds } from './planSentenceKinds.js';
import { isCheckType, activityTypeName, type ActivityTypeCode } from '../activityTypes.js';
import { isMoreGeneral, KIND_PATTERNS, kindNeeds, MEETING_TYPES } from './parseKindPatterns.js';
import { offTopicMeeting } from './offTopicMeeting.js';
import { paperHeard } from './paperHeard.js';
import { checkReported } from './checkReported.js';
import { genericTalkOverruled } from './disciplinaryTalk.js';
import { analysisTopicOfDeptMeeting } from './analysisAtDeptMeeting.js';
import { MASK } from './parseNormalize.js';
import { findSoundAlikes } from './soundAlikeKinds.js';
import { purposeEnd } from './purposeClause.js';
import { rememberedKinds } from './kindMemo.js';
import { holdsOneOf } from './requiredChars.js';
import { isWrittenCatalogueWord, writtenOverGuess } from './writtenOverGuess.js';
import { writtenOverPlace } from './writtenOverPlace.js';
import { checkedSelfInspection } from './checkedSelfInspection.js';
import { selfCheckMatchOfCheck } from './selfCheckOfCheck.js';
import { occasionOfDeed } from './occasionOfDeed.js';
import { conferenceAtGathering } from './conferenceAtGathering.js';
import { sentAsInformation } from './sentAsInformation.js';
import { checkOfSelfReview } from './selfReview.js';

export interface KindMatch {
  code: ActivityTypeCode;
  start: number;
  end: number;
  text: string;
  inferred: boolean;
}

export interface KindChoice {
  code: ActivityTypeCode;
  /** The words that named it. */
  text: string;
  remarks: string[];
  /** Read from a slip or a guess (廉政淡话), not a word of the catalogue. */
  inferred?: boolean;
}

const overlaps = (a: KindMatch, b: KindMatch) => a.start < b.end && b.start < a.end;

/**
 * Every type named in the text, overlaps resolved: the specific type, else the longer words, win. Found once per text
 * while a message is read (kindMemo.ts).
 */
export function findKindMatches(text: string): KindMatch[] {
  return rememberedKinds(text, matchKinds);
}

function matchKinds(text: string): KindMatch[] {
  const all: KindMatch[] = [];
  for (const p of KIND_PATTERNS) {
    if (p.word !== undefined) {
      for (let at = text.indexOf(p.word); at >= 0; at = text.indexOf(p.word, at + p.word.length)) {
        all.push({ code: p.code, start: at, end: at + p.word.length, text: p.word, inferred: p.inferred });
      }
    } else if (p.re && holdsOneOf(text, kindNeeds(p))) {
      // The matches matchAll gives, without its copy of the pattern and its iterator per pattern and call (r49 fvg): no
      // variant matches the empty string; lastIndex is left at 0, as matchAll leaves the pattern.
      const re = p.re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        all.push({ code: p.code, start: m.index, end: m.index + m[0].length, text: m[0], inferred: p.inferred });
        if (m[0] === '') re.lastIndex += 1;
      }
      re.lastIndex = 0;
    }
  }
  // 廉政坦话 · 连政谈话 · 廉政当课 (round 12: 没看懂): a type word of the same sound, read as a guess (so confirmed).
  for (const s of findSoundAlikes(text)) all.push({ code: s.code, start: s.start, end: s.end, text: s.text, inferred: true });
  // A conference's name passed on at a gathering (round 48 ftf) is left out first, so that the gathering's own 廉政教育 is not
  // taken for the more general form of the 警示教育 written in that name.
  const named = all.filter((a) => !conferenceAtGathering(text, a));
  // 廉政教育专题培训班…围绕“以案为鉴、警钟长鸣”作专题辅导 (t51b F4): a quoted theme never outranks the type written outright.
  const candidates = named.filter((a) => !named.some((b) => overlaps(a, b) && isMoreGeneral(a.code, b.code)) && !offTopicMeeting(text, a) && !paperHeard(text, a) && !checkReported(text, a) && !genericTalkOverruled(text, a) && !checkedSelfInspection(text, a) && !checkOfSelfReview(text, a) && !sentAsInformation(text, a, named) && !quotedThemeOverruled(text, a, named));
  // Longest first; among equals a catalogue word beats a guess.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.inferred) - Number(b.inferred) || a.start - b.start);
  const kept: KindMatch[] = [];
  for (const c of candidates) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** The checks, which a 暨 joins to what they were held with (节前廉政提醒暨作风纪律检查). */

/**
 * 警示教育部署会: the words right before a meeting are its topic, not a second activity. So are those joined to its name
 * by 暨 (节前廉政提醒暨作风建设部署会 is one 部署会; round 11: read as a 廉政教育, the meeting lost).
 */
function isTopicOfMeeting(m: KindMatch, next: KindMatch | undefined, text: string): boolean {
  // 对教育就业部开展节前廉政提醒暨作风纪律检查 (round 40, t39a F21: a 廉政教育 asked whose): a check joined by 暨 is the deed,
  // the reminder before it its occasion, as the topic before a 部署会 is.
  if (next && isCheckType(next.code) && !isCheckType(m.code) && /^暨[^,;。!?\n]{0,10}$/.test(text.slice(m.end, next.start))) return true;
  if (!next || !MEETING_TYPES.has(next.code) || MEETING_TYPES.has(m.code)) return false;
  return /^(?:[工作专题的\s]{0,3}|暨[^,;。!?\n]{0,10})$/.test(text.slice(m.end, next.start));
}

/**
 * One type for a clause: a specific type beats its general form, otherwise the
 * first named wins (召开专题会议研究部署警示教育 is a meeting).
 */
export function chooseKind(all: KindMatch[], text: string): KindChoice | undefined {
  // 召开分管科室会议，分析研判…: the analysis is the meeting's topic (analysisAtDeptMeeting.ts), no type passed over.
  const matches = withoutPlanSentenceKinds(all, text).filter((m, _, ms) => !analysisTopicOfDeptMeeting(text, m, ms));
  // 按照党组关于警示教育的部署，开展了自查: a type said only in the purpose is not the deed's when the deed names another;
  // 为开展以案促改，召开…会议，学习…典型案例 keeps it, the deed naming it too (round 11).
  const end = purposeEnd(text);
  const deed = matches.filter((m) => m.start >= end);
  const purposeOnly = end > 0 && deed.length > 0 && !matches.some((m) => m.start < end && deed.some((d) => d.code === m.code));
  // 以案说纪，为全体党员讲授廉政党课《…》 (round 36, ffc: read as a 警示教育, the 党课 lost): teaching by cases is how the lecture
  // was given, no deed of its own beside it.
  const lectured = matches.some((m) => m.code === 'edu_lecture');
  const heads = (purposeOnly ? deed : matches).filter((m, i, all) => !isTopicOfMeeting(m, all[i + 1], text) && !(lectured && m.code === 'edu_warning' && /^以案/.test(m.text)) && !occasionOfDeed(m, all, text));
  const specific = heads.filter((m) => !heads.some((o) => isMoreGeneral(m.code, o.code)));
  const first = specific[0] ?? heads[0];
  if (!first) return undefined;
  // 为深化以案促改，…赴市廉政教育基地参观学习 (t49b F2: read as a 廉政教育 from the place): a purpose that writes the place's
  // type or a more specific one of its family names the visit's type, as a type written in the deed's own clause does.
  const purposeTypes = purposeOnly ? matches.filter((m) => m.start < end && !isMoreGeneral(m.code, first.code)) : [];
  const chosen = writtenOverPlace(writtenOverGuess(first, heads), [...heads, ...purposeTypes]);
  // The guess passed over still asks for a look: the card says the written type was kept (未按警示教育). Not when the type
  // kept is the catalogue's own word, written for the deed (t50c F4: 「组联部开展了廉政教育 学习了违纪典型案例」 was put on a
  // card as 「类型是从写法推断的」): nothing of the type was inferred; the remark still says which reading was passed over.
  // A type said only in the purpose (为深化以案促改，…赴…基地参观) is the deed's by inference still (t49b F2's card kept).
  const guessed = chosen.inferred || (chosen !== first && !(isWrittenCatalogueWord(chosen) && chosen.start >= end));
  const name = activityTypeName(chosen.code);
  // 主持召开分管科室会议，…，部署年底廉政风险排查 (t47b F10: 「…按分管科室党风廉政建设工作会议记录（未按自查总结）」 though
  // nobody wrote 自查): what a meeting's later clause says it studied or arranged is its agenda, no reading passed over.
  // 开展了专项资金检查，对…进行了自查 (t51a F4): the 自查 is how the check was done, no reading passed over.
  const others = [...new Set((purposeOnly ? deed : matches).filter((m) => m.code !== chosen.code && !agendaOfMeeting(chosen, m, text) && !occasionOfDeed(m, matches, text) && !(isCheckType(chosen.code) && selfCheckMatchOfCheck(text, m, matches))).map((m) => activityTypeName(m.code)))];
  const remarks: string[] = [];
  if (others.length > 0) remarks.push(`「${chosen.text}」按${name}记录（未按${others.join('、')}）`);
  else if (chosen.inferred) remarks.push(`「${chosen.text}」按${name}记录`);
  return { code: chosen.code, text: chosen.text, remarks, ...(guessed ? { inferred: true } : {}) };
}

/** Whether `m` stands in a clause after meeting match `meeting` (a break between them): the meeting's agenda, not its name. */
function agendaOfMeeting(meeting: KindMatch, m: KindMatch, text: string): boolean {
  return MEETING_TYPES.has(meeting.code) && m.start >= meeting.end && /[,，;；]/.test(text.slice(meeting.end, m.start));
}

export interface KindParse {
  kind?: KindChoice;
  /** The input with every type word masked. */
  rest: string;
}

/**
 * 到财务科调研 · 来宣文部调研 · 到康复中心检查指导工作，调研…情况 is a visit, not a 调研报告 (round 15 stored the last as
 * one): a 调研 after going somewhere in the same sentence, or 调研 of how something 开展/落实情况.
 */
function isVisit(m: KindMatch, text: string): boolean {
  if (m.code !== 'report_research' || m.text !== '调研') return false;
  const sentence = text.slice(0, m.start).split(/[。;；!?！？\n]/).at(-1)!;
  // 王建国副理事长陪同调研。 (t39a F6: a 调研报告 of the clerk's after the visit's talk): going along on one is a visit too.
  if (/到|赴|深入|前往|来|莅临|走访|检查指导|指导工作|陪同|随同|一同|一起|参加|跟随/.test(sentence) || /^[^,;。!?，；]{0,16}情况/.test(text.slice(m.end))) return true;
  // 刘芳副理事长在组联部调研，与周涛… (issue 10: a 调研报告 of its own beside the talk): 调研 where the doer was, not a paper
  // written, handed in or counted (撰写/形成/完成…调研 · 调研一篇 · 调研材料), is a visit too.
  const clause = sentence.split(/[,，]/).at(-1)!;
  return /在[^,;。!?，；\u0000]{1,10}?(?:开展|进行)?$/.test(clause) && !PAPER_BEFORE.test(clause) && !PAPER_AFTER.test(text.slice(m.end));
}

/** 撰写 · 形成 · 完成 · 提交 · 报送…: a 调研 said so is the paper. */
const PAPER_BEFORE = /撰写|形成|完成|提交|报送|上报|交了|起草|写了|写成|递交/;
/** 调研报告 · 调研材料 · 调研文章 · 调研一篇 (报告 is a kind word of its own, so the paper is spelled after 调研). */
const PAPER_AFTER = /^(?:报告|材料|文章|成果|一篇|篇|一份|份)/;

/** 市纪委第三监督检查室 · 纪检监察组: an office's name holds a type word but names a body, not a deed (round 15). */
function isOfficeName(m: KindMatch, text: string): boolean {
  return /^[室组]/.test(text.slice(m.end));
}

/** Every type named in the text that is a type here (findKindMatches without visits and offices' names). */
export function findKinds(text: string): KindMatch[] {
  return findKindMatches(text).filter((m) => !isVisit(m, text) && !isOfficeName(m, text));
}

export function parseKind(text: string): KindParse {
  const matches = findKinds(text);
  let rest = text;
  for (const m of [...matches].reverse()) rest = rest.slice(0, m.start) + MASK + rest.slice(m.end);
  const kind = chooseKind(matches, text);
  return kind ? { kind, rest } : { rest };
}
