// 今天和班子成员集体廉政谈话，老赵出差了回来再谈 · 各部室负责人除何平外均已签订责任书 · 其余同志下周谈 (t24 C): people
// named as NOT talked to (away and put off, 除…外, the rest later) are taken out before reading, left out of every record,
// and said on a card. Before, the group was expanded with them in it, or the one named away became the only one talked to.
import type { ParseContext, ParsedReport } from './draft.js';
import { namedPeople } from './namedPeople.js';
import { parseCounterparts } from './parseCounterparts.js';
import { normalizeText } from './parseNormalize.js';
import { soundAlikePerson } from './soundAlikePerson.js';

/** 班子成员 · 各部室负责人 · 分管的两位部长 · 全体: words of a group, whose members a message may then except. */
const GROUP = /班子|党组成员|负责人|全体|各(?:部室|科室|部门|中心)|分管的?(?:部门|科室|[两二三四几]位|[两二三四几]个)|[两二三四几][位个](?:部长|主任|科长|领导|同志)/;

/** What was taken out of a message, and whom it leaves out. */
export interface Absent {
  /** The message without the words of those not talked to. */
  text: string;
  /** Directory ids of the people left out. */
  ids: string[];
  /** 老赵 / 小周: a surname only, resolved against the records' people (one fits) or asked on the card (several). */
  nicknames: { words: string; surname: string }[];
/** 其余同志下周谈: only the people named by name were talked to, whatever group the message expanded. */
  onlyNamed: boolean;
  /** The words taken out, for the card. */
  said: string[];
}

/** Why someone was not there: away on business, on leave, studying elsewhere, ill. */
const AWAY = /^(?:因|由于)?(?:出差|休假|请假|外出|在外(?:地|面)?|在外[\u4e00-\u9fa5]{0,2}|外派|学习|培训|生病|病了|住院|不在|开会|下乡|借调|产假|休产假|年假|休年假|公休|值班)/;
/** 出差除外 · 请假了除外 · 在外学习除外 (round 62, gbi, t65a F5): a reason of being away, then 除外. */
const AWAY_EXCEPTED = /^(?:同志)?(?:那天|当天)?(?:出差|休假|请假|外出|在外(?:地|面)?(?:学习|培训)?|学习|培训|生病|住院|不在|开会|下乡|借调|休产假|产假|年假|休年假)(?:了|的)?(?:均|都)?除外$/;
/** A deed put off for them: 回来再谈 · 下周再谈 · 另行约谈 · 还没谈 · 改天补签 · 另行安排 (round 29 t29f A21: not read, the absent one talked to). */
const PUT_OFF = /(?:回来|返岗|回单位|以后|之后|后|下周|下星期|下个?月|改天|过几天|回头|另行|单独|择期|月底前?|年底前?)[^,，;；。]{0,4}?(?:再|补|另)?(?:谈|签|约|聊|补)|(?:再|另)(?:谈|约|签|补|找)|(?:还没有?|尚未|暂未|还未)[^,，;；。]{0,3}?(?:谈|签|约)|(?:待|等)[^,，;；。]{0,6}?(?:回来|返岗)|(?:另行|另外|择期|单独|再)(?:安排|约时间)/;
/**
 * 陈志强不在 · 陈志强缺席 · 陈志强出差了没谈 · 陈志强下乡了 · 李明请假了，没参加 · 陈志强没谈 (round 63, gcc; t65a, gbi's left-alone):
 * a clause of its own after the deed that says only that the one named was away or not talked to — whatever the reason
 * (出差 · 请假 · 外出 · 下乡 · 开会…) — with or without a group before it. Before, 陈志强 stayed one of a list talked to, 下乡了
 * made him the only one, and 「今天和王磊谈了 李明不在」 made 李明 a second person talked to. 未签 · 未参加 (written formally)
 * stay notDoneFor's.
 */
const AWAY_SAID =
  /^(?:当时|那天|当天|今天)?(?:因(?:病|事|公))?(?:(?:(?:出差|请假|休假|外出|下乡|开会|生病|住院|在外(?:学习|培训)|在外地?|不在|没在|缺席|没来|没到)(?:去了|了)?){1,3}(?:[,，\s]?(?:所以|因此)?(?:没有?|没能)(?:谈|签|来|到|在)(?:成)?)?|(?:没有?)(?:谈|签)(?:话)?)(?:了|呢)?$/;
/** 没谈 · 没有谈 · 没签 · 没参加 · 所以没谈成: a clause of its own after someone said away, that the deed was not done with them. */
const NOT_DONE_APART = /^(?:所以|因此|就|也)?(?:没有?|没能)(?:谈|签|参加)(?:成|话)?(?:了|呢)?$/;
  /** 徐慧不在 · 徐慧出差了: a 2–3 character name (group 1) the directory may not know, then what was said of them (group 2). */
const HEARD_AWAY = /^(?:当时|那天|当天|但|但是)?([\u4e00-\u9fa5]{2,3}?)(?:同志)?((?:当时|那天|当天)?(?:不在|没在|缺席|没来|出差|请假|休假|外出|下乡)[\u4e00-\u9fa5]{0,8})$/;
/** 其余同志下周谈 · 其他几位回来再谈 · 剩下的还没谈: the rest of a group, put off. */
const THE_REST = /^(?:其余|其他|其它|剩下的?|剩余)(?:的)?(?:同志|人员?|几位|几个人?|领导|成员|负责人)?/;
/** 周涛吴静都要谈的: who is to be talked to, no deed of its own. */
const TO_BE_TALKED = /^(?:[两二三四几]位(?:部长|主任|科长|同志|领导)?)?(?:都|均)?(?:要|得|需要|需|应)(?:谈|签|约谈)(?:话|的)*$/;
/** 周涛今天谈了 after 周涛吴静都要谈的: that person was talked to (a day may stand between). */
const WAS_TALKED = /^((?:\d{1,2}月)?\d{1,2}[日号]|今天|昨天|前天|上周[一二三四五六日天]|本周[一二三四五六日天]|周[一二三四五六日天])?(?:也|都|均)?(?:(?:已经?)(谈|签)(?:了|过|完)?|(谈|签)(?:了|过|完))(?:话)?(?:了)?$/;

/**
 * The people the words at `at` name (longest reading first), and where they end; 老赵 / 小周 as a nickname.
 * Undefined when no one is named there.
 */
function peopleAt(text: string, at: number, ctx: ParseContext): { ids: string[]; end: number; nickname?: string } | undefined {
  const nick = /^[老小]([\u4e00-\u9fa5])(?![\u4e00-\u9fa5]{0,1}(?:书记|理事长|主任|部长|科长))/.exec(text.slice(at));
  for (let end = Math.min(text.length, at + 16); end > at + 1; end--) {
    const words = text.slice(at, end);
    if (/[,，;；。()（）\s]/.test(words) || /^[和与跟同及]/.test(words)) continue;
    const ids = namedPeople(words, ctx);
    if (ids && !ids.includes(ctx.senderId)) return { ids, end };
  }
  if (nick) return { ids: [], end: at + 2, nickname: nick[1]! };
  return undefined;
}

/** A clause body starts with people, then the rest of it. */
function openingPeople(body: string, ctx: ParseContext): { ids: string[]; rest: string; nickname?: string; words: string } | undefined {
  const lead = /^(?:但|但是|只有|就|还有|唯独|其中)?/.exec(body)![0].length;
  const got = peopleAt(body, lead, ctx);
  if (!got) return undefined;
  const rest = body.slice(got.end).replace(/^(?:同志|书记|理事长|副理事长|主任|副主任|部长|副部长|科长|副科长)+/, '');
  return { ids: got.ids, rest, words: body.slice(lead, got.end), ...(got.nickname ? { nickname: got.nickname } : {}) };
}

/**
 * Before any deed, who opens a clause matters only to X除外 (除外 · AWAY_EXCEPTED end with it) and to 周涛吴静都要谈的
 * (TO_BE_TALKED needs 要 · 得 · 需 · 应): a clause with neither is read the same without looking its people up (issue 14:
 * that lookup, a directory reading of every opening from 16 characters down, was 3 % of the parser's time).
 */
const LEAD_NEEDED = /除外|[要得需应]/;

/**
 * `text` without the words that name people not talked to (or not signed with), and who they are; undefined when the
 * message names no one so. Shapes: 除了X（休假） · 除X外 · X除外 (anywhere) · X出差了回来再谈 · X在外学习，回来再谈 ·
 * X还没谈 · 其余同志下周谈 (a clause of its own after a deed). 除了廉政谈话 names no one and stays.
 */
export function withoutAbsent(text: string, ctx: ParseContext): Absent | undefined {
  if (!/谈|签|聊/.test(text)) return undefined;
  const ids: string[] = [];
  const nicknames: Absent['nicknames'] = [];
  const said: string[] = [];
  let onlyNamed = false;
  /** Said away or put off in a clause of its own: only taken out where a group or list might hold them. */
  const byClause: string[] = [];
  /** Said away in a clause of their own (AWAY_SAID): left out, and said back, whether or not a record held them. */
  const spoken: string[] = [];
  let except = false;
  const take = (got: { ids: string[]; nickname?: string }, words: string, whole: string, clause = false) => {
    if (clause) byClause.push(...got.ids);
    else except = true;
    if (got.nickname) except = true;
    for (const id of got.ids) if (!ids.includes(id)) ids.push(id);
    if (got.nickname) nicknames.push({ words, surname: got.nickname });
    // 陈志强请假了 reaches here as 陈志强请假未参加了 (absenceClause's plain wording): said back as written.
    said.push(whole.replace(/^[,，;；。\s]+|[,，;；。\s]+$/g, '').replace(/(请假|出差|休假|外出|病假|事假|因病|生病|住院|借调)未参加/, '$1'));
  };
  // 除了X（…）/ 除X外 / 除X以外 / 除X之外, wherever they stand.
  let out = '';
  let i = 0;
  while (i < text.length) {
    const m = /除(?:了|去)?/y;
    m.lastIndex = i;
    const hit = m.exec(text);
    const got = hit ? peopleAt(text, i + hit[0].length, ctx) : undefined;
    if (hit && got && !got.nickname) {
      // 除吴静部长休假外: a short reason may stand before the 外.
      const tail = /^(?:同志)?(?:[(（][^)）]{0,12}[)）]|(?:因|由于)?[\u4e00-\u9fa5]{1,4}?(?=外(?!出|地|面)))?(?:以外|之外|外(?!出|地|面))?/.exec(text.slice(got.end))![0];
      const after = text.slice(got.end + tail.length);
      // 除X外 needs its 外 or a clause end: 除了王强还和李娟谈了 names 王强 as talked to as well.
      // 除了王强以外，还和李娟谈了: besides, not except.
      const besides = /^[\s,，]*(?:还|也|又|另外|同时|并)/.test(after);
      if (!besides && (/外/.test(tail) || /^[\s,，;；。!！]*$|^[,，;；。]/.test(after) || /^[\s]*[(（]/.test(text.slice(got.end)))) {
        take(got, text.slice(i, got.end), text.slice(i, got.end + tail.length));
        i = got.end + tail.length;
        if (/^[,，]/.test(after) && (out === '' || /[,，;；。]$/.test(out))) i++;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  // Clause by clause: X除外 · X出差了回来再谈 · X在外学习，回来再谈 · X还没谈 · 其余同志下周谈 · 周涛吴静都要谈的.
  // （孙丽科长出差，回来后再谈） after a deed is a clause of its own too.
  // 谈心谈话了 徐慧不在 (round 63, gch; t66a F2): the last clause, parted by a space only, of a name read by its sound and
  // that they were away, is a clause of its own as after a comma (the directory's names are parted so before this).
  const spaced = /[ \t]+([\u4e00-\u9fa5]{2,3}?)(?:同志)?(?:当时|那天|当天)?(?:不在|没在|缺席|没来|出差|请假|休假|外出|下乡)[\u4e00-\u9fa5]{0,8}[。.!！]?$/.exec(out);
  if (spaced && namedPeople(spaced[1]!, ctx) === undefined && soundAlikePerson(spaced[1]!, text, ctx)) out = `${out.slice(0, spaced.index)}，${out.slice(spaced.index).trimStart()}`;
  const clauses = out.split(/(?<=[,，;；。\n（(])/);
  const kept: string[] = [];
  const toBeTalked: string[] = [];
  for (let k = 0; k < clauses.length; k++) {
    const body = clauses[k]!.replace(/[,，;；。\n\s（()）]+$/, '');
    const deedBefore = kept.some((c) => /谈|签|聊/.test(c));
    // Who opens the clause is looked up (up to 15 directory readings) only where a reading below can use it: after a
    // deed, or in a clause with the words the others need (LEAD_NEEDED).
    const lead = deedBefore || LEAD_NEEDED.test(body) ? openingPeople(body, ctx) : undefined;
    // 陈志强出差除外 (round 62, gbi, t65a F5: the one excepted became the only one talked to): a bare reason of being away
    // (出差 · 请假 · 休假 · 不在…) may stand before 除外 without 因.
    if (lead && (/^(?:因[^,，;；。]{0,6}?)?(?:均|都)?除外/.test(lead.rest) || AWAY_EXCEPTED.test(lead.rest))) {
      take(lead, lead.words, body);
      continue;
    }
    // 谈心谈话了 … 徐慧不在 (round 63, gch; t66a F2: 徐慧 (徐辉) dropped without a word): a name the directory does not know,
    // said away in a clause of its own right after the deed, is the one person it sounds like, said back by that name.
    const heard = !lead && deedBefore ? HEARD_AWAY.exec(body) : null;
    const alike = heard && AWAY_SAID.test(heard[2]!) && /谈|签|聊/.test(kept[kept.length - 1] ?? '') ? soundAlikePerson(heard[1]!, text, ctx) : undefined;
    if (heard && alike) {
      take({ ids: [alike] }, heard[1]!, `${body}（「${heard[1]}」按${ctx.directory.person(alike)?.name ?? alike}记）`, true);
      if (clauses.slice(k + 1).every((c) => /^[,，;；。\s]*$/.test(c))) spoken.push(alike);
      continue;
    }
    if (lead && deedBefore) {
      const rest = lead.rest.replace(/^(?:同志)?(?:那边|那里|这边)?(?:了|的)?/, '');
      const next = clauses[k + 1]?.replace(/[,，;；。\n\s（()）]+$/, '') ?? '';
      // 与班子成员进行了廉政谈话，陈志强不在 (round 62, gbi, t65a F5): a bare 不在 after a group's deed leaves them out
      // of the group (before, 陈志强 became the only one talked to); 没参加 · 请假了 are read elsewhere already.
      if (/^(?:当时|那天|当天)?(?:不在|没在)(?:单位|家)?(?:了|呢)?$/.test(rest) && kept.some((c) => GROUP.test(c))) {
        take(lead, lead.words, body, true);
        continue;
      }
      if (AWAY.test(rest) && PUT_OFF.test(rest)) {
        take(lead, lead.words, body, true);
        continue;
      }
      // 吴静在外学习，回来再谈: the reason, then the deed put off in a clause of its own (no one else named in it).
      if (AWAY.test(rest) && PUT_OFF.test(next) && !openingPeople(next, ctx) && !/[和与跟找]/.test(next)) {
        take(lead, lead.words, `${body}，${next}`, true);
        k++;
        continue;
      }
      if (/^(?:下周|下星期|回来|改天|过几天|回头|以后)[^,，;；。]{0,4}?再?(?:谈|签|约)/.test(rest) || /^(?:还没有?|尚未|暂未|还未)(?:谈|签|约)/.test(rest)) {
        take(lead, lead.words, body, true);
        continue;
      }
      // Only right after the talk or signing itself, and as the message's last clause when no record may hold them
      // (张颖出差了 after a study told after the talk was away from the study; 孙丽出差了，还没谈 is the plan reading's).
      if (AWAY_SAID.test(rest) && /谈|签|聊/.test(kept[kept.length - 1] ?? '')) {
        // 李娟请假了，没谈 (round 67, ggc): the 没谈 in a clause of its own says the same of them; taken with them, so they are
        // said back as when written 李娟请假了没谈 (before, the clause stayed and the talks were stored with no word of 李娟).
        const notDone = NOT_DONE_APART.test(next);
        take(lead, lead.words, notDone ? `${body}，${next}` : body, true);
        if (notDone) k++;
        if (clauses.slice(k + 1).every((c) => /^[,，;；。\s]*$/.test(c))) spoken.push(...lead.ids);
        continue;
      }
    }
    if (deedBefore && THE_REST.test(body) && PUT_OFF.test(body.replace(THE_REST, '')) || (deedBefore && THE_REST.test(body) && /下周|回来|改天|以后|再/.test(body) && /谈|签/.test(body))) {
      onlyNamed = true;
      except = true;
      said.push(body);
      continue;
    }
    if (lead && lead.ids.length > 1 && TO_BE_TALKED.test(lead.rest)) {
      toBeTalked.push(...lead.ids);
      said.push(body);
      continue;
    }
    kept.push(clauses[k]!);
  }
  if (said.length === 0) return undefined;
  // 周涛今天谈了 after 周涛吴静都要谈的 · 班子成员中王建国、刘芳已谈: those people were talked to.
  const rewritten = kept.map((clause) => {
    const body = clause.replace(/[,，;；。\n\s]+$/, '');
    const end = clause.slice(body.length);
    const framed = body.replace(/^[^,，;；。]{2,12}?中(?=[\u4e00-\u9fa5])/, (m) => (/成员|负责人|同志|领导|部长|科长|主任/.test(m) ? '' : m));
    const lead = openingPeople(framed, ctx);
    if (!lead || lead.nickname) return clause;
    const done = WAS_TALKED.exec(lead.rest.replace(/^(?:同志)?/, ''));
    if (!done || !(onlyNamed || lead.ids.every((id) => toBeTalked.includes(id)))) return clause;
    const verb = done[2] ?? done[3];
    return `${done[1] ?? ''}${verb === '签' ? '与' : '和'}${lead.words}${verb}了${end}`;
  });
  const rest = rewritten.join('').replace(/[（(][\s]*[)）]?[\s]*$/, '').replace(/^[,，;；。\s]+|[,，;；\s]+$/g, '');
  if (rest === '' || !/谈|签|聊/.test(rest)) return undefined;
  // 与李明谈了，孙丽出差了，还没谈: someone named apart from those talked to was never in a record; the plan-clause reading
  // (a remark, recorded at once) stands. Only a group (班子成员, 分管的两个部长) or a list naming them again is narrowed here.
  if (!except && toBeTalked.length === 0) {
    const read = parseCounterparts(normalizeText(rest), ctx);
    const named = byClause.some((id) => read.counterparts.some((c) => c.id === id));
    if (!read.grouped && !GROUP.test(rest) && !named && spoken.length === 0) return undefined;
  }
  return { text: rest, ids, nicknames, onlyNamed, said };
}

const nameOf = (id: string, ctx: ParseContext) => ctx.directory.person(id)?.name ?? id;

/**
 * 「班子成员」按王建国、刘芳、陈志强、赵敏共4人记录 without 赵敏: 按王建国、刘芳、陈志强共3人记录. Any other remark, or one
 * that would name no one, comes back as it was.
 */
export function withoutNames(remark: string, names: string[]): string {
  const m = /^(「[^」]+」按)([^共]+)共(\d+)人记录$/.exec(remark);
  if (!m) return remark;
  const kept = m[2]!.split('、').filter((n) => !names.includes(n));
  return kept.length === 0 ? remark : `${m[1]}${kept.join('、')}共${kept.length}人记录`;
}

/**
 * `reports` read from `absent.text`, with no one it left out as a counterpart (a record left with no one goes), the words
 * taken out said on the first record and every record shown for a tap. 老赵 is the one 赵 among the records' people; when
 * several fit, the card asks which (nothing is stored before the tap). Null stays null; a reading that would leave nothing
 * is returned as read, on a card.
 */
export function withAbsentNoted(reports: ParsedReport[] | null, absent: Absent, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null) return null;
  const out = new Set(absent.ids);
  const inRecords = [...new Set(reports.flatMap((r) => r.draft.counterpartIds))];
  const unsure: string[] = [];
  for (const nick of absent.nicknames) {
    const fits = (ids: string[]) => ids.filter((id) => nameOf(id, ctx).startsWith(nick.surname));
    const among = fits(inRecords);
    const anywhere = fits(ctx.directory.org.people.map((p) => p.id));
    const one = among.length === 1 ? among : among.length === 0 && anywhere.length === 1 ? anywhere : [];
    if (one.length === 1) out.add(one[0]!);
    // Several fit: none of them is recorded (a record is right or not made), and the card asks who was talked to.
    else if (among.length > 1) {
      for (const id of among) out.add(id);
      unsure.push(`「${nick.words}」是${among.map((id) => nameOf(id, ctx)).join('、')}中的哪一位说不准，这几位都暂未记录；其中谈过的，请再发一次（如「今天和${nameOf(among[0]!, ctx)}谈了心」）`);
    }
  }
  if (absent.onlyNamed) {
    const byName = new Set(ctx.directory.org.people.filter((p) => absent.text.includes(p.name)).map((p) => p.id));
    for (const id of inRecords) if (!byName.has(id)) out.add(id);
  }
  const left = reports.flatMap((r) => {
    if (r.draft.counterpartIds.length === 0) return [{ ...r, remarks: [...r.remarks] }];
    const kept = r.draft.counterpartIds.filter((id) => !out.has(id));
    return kept.length === 0 ? [] : [{ ...r, draft: { ...r.draft, counterpartIds: kept }, remarks: [...r.remarks] }];
  });
  const noted = left.length > 0 ? left : reports.map((r) => ({ ...r, remarks: [...r.remarks] }));
  const asked = new Set(absent.nicknames.flatMap((n) => inRecords.filter((id) => nameOf(id, ctx).startsWith(n.surname))).filter((id) => unsure.length > 0 && !absent.ids.includes(id)));
  const names = [...out].filter((id) => (inRecords.includes(id) || absent.ids.includes(id)) && !asked.has(id)).map((id) => nameOf(id, ctx));
  // 「班子成员」按王建国、…、赵敏共4人记录 beside 赵敏 left out: the group's remark names only those recorded.
  for (const r of noted) r.remarks = r.remarks.map((m) => withoutNames(m, names));
  const deed = noted.every((r) => r.draft.type === 'pledge_sign') ? '签' : '谈';
  // 今天和王磊谈了 李明不在 (round 63, gcc): one said away whom no record held was not there, nothing put off — a deed put
  // off for them (吴静在外学习，回来再谈) is still owed, said as not yet done (the merge: notTalkedTo's t24 row).
  const neverHeld = names.length > 0 && !absent.onlyNamed && !absent.said.some((w) => PUT_OFF.test(w)) && [...out].every((id) => !inRecords.includes(id) && !reports.some((r) => r.remarks.some((m) => m.includes(nameOf(id, ctx)))));
  const who = names.length > 0 ? names.join('、') : absent.onlyNamed ? '其余的人' : undefined;
  if (neverHeld) noted[0]!.remarks.push(`「${absent.said.join('」「')}」：${who}不在场，没有记入这次${deed === '签' ? '签订' : '谈话'}`);
  else if (who !== undefined) noted[0]!.remarks.push(`「${absent.said.join('」「')}」：${who}还没有${deed}，未记录；${deed}完后再发给我即可`);
  noted[0]!.remarks.push(...unsure);
  for (const r of noted) r.reasons = [...(r.reasons ?? []), 'not_held'];
  return noted;
}
