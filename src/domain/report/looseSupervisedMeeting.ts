// A leader's meeting with a department she supervises, said loosely (round 49, fwc task 3; fva's and fve's left-alone):
// 刘芳「上周五和组联部 周涛部长开了个会」 was no report, dropped with nothing said. 开了个会 · 碰了个头 · 开了个短会 with
// departments the sender supervises (or their heads) is the 分管科室会议 of the duty catalogue, read as written out
// (和组联部开了分管科室会议) and shown on a card that says the type was inferred. Anyone else's 开了个会 is left as it was.
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/** The loose words for a sitting: 开了个会 · 开了个短会 · 开了个小会 · 开了个碰头会 · 碰了个头 · 碰了一下头 · 开了会. */
const LOOSE_SITTING = '(?:一起|单独)?(?:开了(?:个|一个|一次)?(?:短|小|碰头|简短的)?会|碰了(?:个|一下|下)?头|碰了碰头)';
/** A head's title after the name: 周涛部长 · 郑华主任 · 冯雪同志. */
const HEAD_TITLE = '(?:部长|科长|主任|副部长|副主任|同志|负责人)?';
/**
 * The sender's supervised departments said as a group, not by name: 分管的几个科室负责人 · 分管科室的负责同志 · 分管的各部门.
 * No count is checked against the directory: the card lists the departments read.
 */
const SUPERVISED_GROUP = '(?:我)?分管(?:的)?(?:这|那)?(?:几个|各个|各|两个|三个|几)?(?:科室|部门|部室|处室)(?:的)?(?:负责人|负责同志|主任|部长|科长|同志们|同志)?(?:们)?';
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface LooseMeeting {
  /** The text with the loose sitting written as the 分管科室会议 it is. */
  text: string;
  /** The loose words as written, for the card's remark. */
  said: string;
  /** 碰了个头 with one person: read as a talk with her, not a sitting. */
  asTalk?: boolean;
}

/**
 * The loose sitting of `text` (和组联部 周涛部长开了个会) as the 分管科室会议 with the departments named or headed by those named
 * (和组联部开了分管科室会议), when `senderId` supervises every one of them; undefined when the text says no such sitting, names
 * someone or somewhere else, or the sender supervises nothing.
 */
export function looseSupervisedMeeting(text: string, senderId: string, directory: Directory): LooseMeeting | undefined {
  const supervised = directory.supervisedBy(senderId);
  if (supervised.length === 0 || !new RegExp(LOOSE_SITTING).test(text)) return undefined;
  const byWord = new Map<string, string>();
  for (const d of supervised) {
    for (const w of [d.name, ...d.aliases]) if (w.length > 1) byWord.set(w, d.name);
    const head = directory.person(d.headId)?.name;
    if (head) byWord.set(head, d.name);
  }
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const party = `(?:${words})${HEAD_TITLE}`;
  const m = new RegExp(`(和|跟|与|同)(${party}(?:[、和及 \\u3000]*${party})*|${SUPERVISED_GROUP})(?:[两二三四几]位|[两二三四几]个)?(?:部长|科长|主任|负责人|同志)?(?:的同志|的负责同志|几个人|两个人)?(${LOOSE_SITTING})`).exec(text);
  if (!m) return undefined;
  const named = m[2]!.match(new RegExp(words, 'g')) ?? [];
  // 和孙丽碰了个头 (round 51 fzf, issue 10: a 分管科室会议 card): one person met is a word with her, no sitting of her
  // department (开了个会 with her still is one). Read as the talk it is (和孙丽谈了谈), its kind asked, or guessed on a card
  // from what was said (说了说廉政的事).
  if (named.length === 1 && /^碰/.test(m[3]!.replace(/^(?:一起|单独)/, '')) && directory.hasName(named[0]!)) {
    return { text: `${text.slice(0, m.index! + m[0].length - m[3]!.length)}谈了谈${text.slice(m.index! + m[0].length)}`, said: m[3]!, asTalk: true };
  }
  // 和分管的几个科室负责人碰了个头 (round 51 fzf, issue 10: no report): the group is every department the sender supervises.
  const departments = new RegExp(`^${SUPERVISED_GROUP}$`).test(m[2]!) ? supervised.map((d) => d.name) : [...new Set(named.map((w) => byWord.get(w)!))];
  return { text: `${text.slice(0, m.index)}${m[1]}${departments.join('、')}开了分管科室会议${text.slice(m.index + m[0].length)}`, said: m[3]! };
}

/** `reports` read from a loose sitting's rewrite, its 分管科室会议 on a card that says the type was read from 「开了个会」. */
export function withLooseMeetingNoted(reports: ParsedReport[] | null, loose: LooseMeeting): ParsedReport[] | null {
  if (reports === null) return reports;
  if (loose.asTalk) {
    return reports.map((r) =>
      r.draft.type === undefined || r.problems.some((p) => p.code === 'missing_type')
        ? r
        : { ...r, remarks: [...r.remarks, `「${loose.said}」按谈话记录，如不是请点「修改」或「取消」`], reasons: [...new Set([...(r.reasons ?? []), 'inferred_type' as const])] },
    );
  }
  return reports.map((r) =>
    r.draft.type !== 'meeting_dept'
      ? r
      : { ...r, remarks: [...r.remarks, `「${loose.said}」按分管科室会议记录（您分管的部门），如不是请点「修改」或「取消」`], reasons: [...new Set([...(r.reasons ?? []), 'inferred_type' as const])] },
  );
}
