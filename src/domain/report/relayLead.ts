// 转书记的话：本月10日已和陈志强同志完成廉政谈话 · 书记交代：11月18日和王建国签了责任书 · 替何平主任：11月25日和徐辉廉政谈话
// (round 29b, K1): a clerk passing on a leader's deed under a short lead that names the leader but no reporting verb was
// stored AT ONCE as the clerk's own talk with the leader's counterpart; 赵敏副理事长的：… · 【代王建国报】… put the leader
// among the clerk's counterparts on the card. Written here as the third-person report it is (书记11月10日已和陈志强…),
// which is read as the leader's deed and goes on a card.
import { namesKey } from './directoryNames.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** A title people are called by, alone (书记) or after a surname or name (张书记, 何平主任). */
const TITLE = '(?:机关纪委书记|纪委书记|书记|领导|副?理事长|副?主任|副?部长|副?科长|副?处长|副?局长)';

/** What follows the lead must tell a deed: a kind named, or a talk or a signing. */
const DEED = /谈|签/;

/** The lead's deed clause opens with 我: in what someone said (书记说：我…) that 我 is the speaker. */
const SPEAKER_I = /^我(?![们的])/;

/**
 * A relay lead's pattern; words it cannot match without (`needs`, cheap), tested first so that the pattern of 1,000
 * names is compiled only for a text that may open with it (issue 14, p31: the warm-up's texts compiled all seven, ~0.8
 * MiB kept); and whether what follows it is what the person named said (so 我 is them).
 */
interface Lead {
  needs: RegExp;
  re: RegExp;
  spoken: boolean;
}

/** The last set of names' leads: one directory at a time, so a reloaded directory's patterns are not kept. */
let built: { key: string; leads: Lead[] } | undefined;

/**
 * The relay leads for the directory's `names`, built once per set of names (issue 14, p31: seven patterns of 1,000
 * names were compiled for every message, ~0.8 ms of it at 1,000 people).
 */
function leadsOf(names: readonly string[]): Lead[] {
  const key = namesKey(names);
  if (built?.key === key) return built.leads;
  const full = names.filter((n) => n.length >= 2).join('|') || '(?!)';
  const who = `((?:${full})(?:同志)?${TITLE}?(?:同志)?|(?:(?![我你他她转帮替代给让叫请])[\\u4e00-\\u9fa5]){0,3}?${TITLE}(?:同志)?)`;
  const leads: Lead[] = [
    { needs: /^\s*转/, re: new RegExp(`^\\s*转(?:达|告|述)?${who}的话\\s*[:：,，]\\s*`), spoken: true },
    // 张书记交代补一条： (t42c F6): a relay lead with what the clerk is to do (补一条, 补录一下) after it.
    { needs: /交代|交待|嘱咐|吩咐/, re: new RegExp(`^\\s*${who}(?:交代|交待|嘱咐|吩咐)(?:的|了)?(?:我)?(?:(?:补|报|登记|记|录|补录|补报|上报)(?:一条|一下|个|上)?)?\\s*[:：,，]\\s*`), spoken: true },
    { needs: /[说讲]\s*[:：]/, re: new RegExp(`^\\s*${who}(?:说|讲)\\s*[:：]\\s*`), spoken: true },
    { needs: /^\s*[帮替代]/, re: new RegExp(`^\\s*(?:帮|替|代)${who}\\s*[:：]\\s*`), spoken: false },
    { needs: /的\s*[:：]/, re: new RegExp(`^\\s*${who}的\\s*[:：]\\s*`), spoken: false },
    // 代报 王建国 11月19日 与孙丽 签订责任书: a clerk's telegraphic lead, the leader parted from the deed by a space.
    { needs: /^\s*代/, re: new RegExp(`^\\s*(?:代报|代录|代填|代补|代)\\s*[:：]?\\s*${who}(?=[ \\t\\u3000])\\s*`), spoken: false },
    { needs: /^\s*[【[(（]/, re: new RegExp(`^\\s*[【\\[(（]\\s*(?:代|替|帮)${who}(?:报|补录|补报|录|记)?\\s*[】\\])）]\\s*[:：,，]?\\s*`), spoken: false },
  ];
  built = { key, leads };
  return leads;
}

/**
 * `text` with a relay lead at its very start written as the person it names: 转(达)X的话： · X交代(的)： · X说： ·
 * 帮/替/代X： · X的： · 【代X报】; `text` itself when it opens with none, the lead names no person (领导, 大家), or what
 * follows tells no deed. X is a directory name (`names`, with or without a title or 同志) or a title with up to three
 * characters before it (书记, 张书记). A 我 opening what X said (书记说：我昨天…) is X; after the other leads 我 is the
 * sender, so the message is kept as it is.
 */
export function withRelayLead(text: string, names: readonly string[]): string {
  for (const { needs, re, spoken } of leadsOf(names)) {
    if (!needs.test(text)) continue;
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    const clause = /^[^。；;！!？?\n]*/.exec(rest)![0];
    if (!DEED.test(clause) && findKinds(extractTitles(clause).rest).length === 0) return text;
    const person = m[1]!;
    if (SPEAKER_I.test(rest)) return spoken ? `${person}${rest.slice(1)}` : text;
    // 书记交代：王建国昨天和李明谈了: the deed names its own doer; the lead only passed it on.
    if (names.some((n) => n.length >= 2 && rest.startsWith(n))) return rest;
    // 张书记交代补一条：年初1月6号党组书记与班子成员逐一签订了… (t42c F6: the clerk made the counterpart): a title as the
    // deed's subject after its day is the lead's person, the title then dropped so the group after 与 is theirs.
    const titled = new RegExp(`^((?:[^，,。；;]{0,12}?[\\d号日月初底]))(?:[^\\d号日月初底，,。；;\\s])?(?:党组书记|书记|副?理事长)(?:同志)?(?=[与和同跟])`).exec(rest);
    if (titled && /书记|理事长/.test(person)) return `${person}${titled[1]}${rest.slice(titled[0].length)}`;
    return `${person}${rest}`;
  }
  return text;
}
