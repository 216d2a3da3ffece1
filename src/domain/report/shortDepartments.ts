// 与办公室、财务的负责人签订责任书 · 和组联、康复部负责同志 (round 25b §10): a department written short in a list of
// departments was not read, so its head was dropped without a word. The short forms the directory allows are spelled out;
// one that fits two departments (康复: 康复部 or 康复中心) is asked about, never dropped.
import { directoryNames } from './directoryNames.js';
import type { Department, Directory } from '../organization.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { alternation } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';

/** The ending of a department's name that staff leave off (财务科 → 财务, 组联部 → 组联, 康复中心 → 康复). */
const UNIT_ENDING = /(?:部|科|室|中心)$/;
/** What follows a list of departments when their heads are meant. */
const POST = '(?:的)?(?:主要)?(?:负责人|负责同志|部长|主任|科长|一把手)';
/** Between the departments of a list. */
const JOIN = '(?:[、,，]|和|及|与|以及)';
/** Words of a list that stand for departments in general (各部室, 分管科室, 两个部门), read elsewhere. */
const GENERIC = /各|分管|相关|其他|其余|其它|有关|两|几|[二三四五六]个|部门|科室|部室|单位|班子|全体|主要/;
/** The deeds done with a department's head. */
const WITH_SOMEONE = new Set<string>(['talk_integrity', 'talk_heart', 'pledge_sign']);

interface ShortForms {
  /** Every full name and alias. */
  full: Map<string, Department>;
  /** Each short form and the departments it may mean. */
  short: Map<string, Department[]>;
  list: RegExp;
  /** One short department right after 与/和/跟/同/对 and before its post (与财务负责人). */
  single: RegExp;
  /** A word in a list of departments that is none (办公室、信访的负责人): the word. */
  unknown: RegExp;
  /** One short department opening a clause (its day perhaps before it) before its meeting (中心12月3日召开 · 12月3日中心的…会议). */
  holder: RegExp;
}

/** A day said right after a department that held a meeting: 12月3日 · 3号 · 上周三 · 昨天 (于 before it). */
const HELD_DAY = '(?:于)?(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]?|\\d{1,2}\\s*[日号]|(?:上|本|这)?(?:周|星期)[一二三四五六日天]|[昨前今]天)';

const shortForms = oncePer((directory: Directory): ShortForms => {
  const full = new Map<string, Department>();
  const short = new Map<string, Department[]>();
  const add = (word: string, d: Department) => {
    const list = short.get(word) ?? [];
    if (!list.includes(d)) list.push(d);
    short.set(word, list);
  };
  for (const d of directory.org.departments) {
    for (const s of [d.name, ...d.aliases]) {
      full.set(s, d);
      const stem = s.replace(UNIT_ENDING, '');
      if (stem.length >= 2 && stem !== s) add(stem, d);
      // 中心 alone: the one department whose name ends so.
      const ending = UNIT_ENDING.exec(s)?.[0];
      if (ending === '中心') add(ending, d);
    }
  }
  for (const word of [...short.keys()]) if (full.has(word)) short.delete(word);
  const item = `(?:${alternation([...full.keys(), ...short.keys()])})`;
  const list = new RegExp(`${item}(?:${JOIN}${item})+(?=${POST})`, 'g');
  const shortOnly = alternation([...short.keys()]);
  const single = new RegExp(`(?<=与|和|跟|同|对)(?:${shortOnly || '(?!)'})(?=${POST})`, 'g');
  // 张伟同志与办公室、财务科负责人分别… (round 50, t53b F4: 「志与办公室负责人」 asked as a person): the 同 of 同志 is no
  // 同 of "with"; the title never opens a department's word.
  const unknown = new RegExp(`(?<=${item}(?:、|和|及|与|以及))([\\u4e00-\\u9fa5]{2,5}?)(?=${POST})|(?<=(?:与|和|跟|同|对))(?!志)([\\u4e00-\\u9fa5]{2,5}?)(?=${JOIN}${item}(?:${JOIN}${item})*${POST})`, 'g');
  // 中心12月3日的党风廉政建设工作会议由我主持 (round 42, t42a F9: the meeting bound to no department, so 专题会议): the short
  // word before the day is the department, as 康复中心12月3日… and 12月3日中心召开… already read (the latter is left as it
  // is: 中心 there is also the sender's own unit, which later readers know by that word).
  const holder = new RegExp(`(?<=(?:^|[,，。；;:：\\n])\\s*(?:${HELD_DAY}\\s*[,，]?\\s*)?)(?:${shortOnly || '(?!)'})(?=\\s*${HELD_DAY}\\s*(?:召开|举办|的[^,，。；;\\n]{0,24}?会)|的[^,，。；;\\n]{0,24}?会)`, 'g');
  return { full, short, list, single, unknown, holder };
});

/** The departments of a list, in order, each with the words it was written in. */
function listedIn(list: string, forms: ShortForms): string[] {
  const item = new RegExp(alternation([...forms.full.keys(), ...forms.short.keys()]), 'g');
  return [...list.matchAll(item)].map((m) => m[0]);
}

/**
 * `text` with every short department in a list of departments before their post (办公室、财务的负责人 · 宣文部及中心负责人)
 * written in full when the directory allows one reading (财务 → 财务科, 中心 → 残疾人康复中心 when only it ends so), and so is
 * one alone right after 与/和/跟/同/对 (与财务负责人) or opening a clause before the day of a meeting it held (中心12月3日召开 ·
 * 中心12月3日的…会议); a short form that fits two (康复) is left as written, for
 * `withShortDepartmentAsked`.
 */
export function withShortDepartmentsSpelled(text: string, directory: Directory): string {
  const forms = shortForms(directory);
  if (forms.short.size === 0) return text;
  const spelled = text
    .replace(forms.single, (w) => (forms.short.get(w)?.length === 1 ? forms.short.get(w)![0]!.name : w))
    .replace(forms.holder, (w) => (forms.short.get(w)?.length === 1 ? forms.short.get(w)![0]!.name : w));
  return spelled.replace(forms.list, (list) => {
    const words = listedIn(list, forms);
    if (words.every((w) => forms.full.has(w))) return list;
    let out = list;
    let at = 0;
    for (const w of words) {
      const where = out.indexOf(w, at);
      const one = forms.short.get(w);
      const spelled = !forms.full.has(w) && one?.length === 1 ? one[0]!.name : w;
      out = out.slice(0, where) + spelled + out.slice(where + w.length);
      at = where + spelled.length;
    }
    return out;
  });
}

/**
 * A short department in such a list that fits more than one department (康复: 康复部 or 残疾人康复中心) added as a
 * talk or signing of the message's kind whose counterpart is asked (「康复负责人」是哪一位？ with the heads it may mean),
 * and a word in the list that is no department at all (信访) as one whose counterpart is not in the directory
 * (unknown_counterpart), so no head is dropped silently. Unchanged when no list has such a word, or when no talk or
 * signing was read.
 */
export function withShortDepartmentAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const forms = shortForms(ctx.directory);
  const unsure = [...text.matchAll(forms.list)].flatMap((m) => listedIn(m[0], forms)).filter((w) => !forms.full.has(w) && (forms.short.get(w)?.length ?? 0) > 1);
  const people = directoryNames(ctx.directory);
  const none = [...text.matchAll(forms.unknown)]
    .map((m) => m[1] ?? m[2]!)
    // A word holding a department of the directory (王强同与办公室 …) is a phrase around it, never an unknown department (t53b F4).
    .filter((w) => !forms.full.has(w) && !forms.short.has(w) && !people.some((n) => w.includes(n)) && !/^[与和跟同对及该本]/.test(w) && !GENERIC.test(w))
    .filter((w) => ![...forms.full.keys()].some((f) => w.includes(f)));
  const like = reports.find((r) => r.draft.type !== undefined && WITH_SOMEONE.has(r.draft.type));
  if (unsure.length + none.length === 0 || !like || reports.some((r) => r.problems.some((p) => p.code === 'missing_counterpart'))) return reports;
  const asked = [...new Set(unsure)].map(
    (w): ParsedReport => ({
      ...like,
      draft: { ...like.draft, counterpartIds: [] },
      problems: [{ code: 'ambiguous_counterpart', text: `${w}负责人`, candidateIds: forms.short.get(w)!.map((d) => d.headId) }],
      remarks: [],
      reasons: [...(like.reasons ?? []), 'items'],
    }),
  );
  // 办公室、信访的负责人: 信访 is no department of the directory; said so (通讯录里找不到「信访负责人」), never dropped.
  const unknown = [...new Set(none)].map(
    (w): ParsedReport => ({
      ...like,
      draft: { ...like.draft, counterpartIds: [] },
      problems: [{ code: 'unknown_counterpart', text: `${w}负责人` }],
      remarks: [],
      reasons: [...(like.reasons ?? []), 'items'],
    }),
  );
  return [...reports, ...asked, ...unknown];
}
