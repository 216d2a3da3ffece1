// 刘芳副理事长来康复部检查责任书落实情况，吴静部长陪同，并汇报了部门廉政风险点排查情况 (round 36, t36a F5: a 自查总结 of
// 刘芳's added): what the people of the place checked told the one who came to check is what the check heard, no deed.
import { namedPeople } from './namedPeople.js';
import type { ParseContext } from './draft.js';
import type { Apart } from './companionsApart.js';

/** A clause of someone coming to check a place (the check a record of its own): 来康复部检查 · 到办公室开展作风纪律检查. A visit to 调研/督导 with no check is left as it was. */
const VISIT_CHECK = /(?:来|到|赴|深入|莅临|前往|走进|来到)[^,，;；。]{0,16}?(?:检查|督查|巡查|抽查|暗访)/
/** X陪同(检查)，并汇报了… · X陪同并就…作了汇报 (the report in the companion's own clause). */
const COMPANION_REPORT = /^(?:由)?([^,，;；。]{1,16}?)(?:同志)?(?:全程)?陪同(?:检查|调研|督查|督导)?([,，]?(?:并|还|同时|随后)?[^,，;；。]*?(?:汇报|介绍了|报告了)[^;；。]*)$/;
/** 并汇报了… · 并就…作了汇报 right after the companion's clause: no subject of its own. */
const BARE_REPORT = /^(?:并|还|同时|随后)(?:向[^,，;；。]{1,12})?(?:就[^,，;；。]{1,30})?(?:作了|做了|进行了)?(?:汇报|介绍|报告)/;
/** 吴部长汇报了… · 李明主任就…作了汇报: a subject of the place checked who reported. */
const SUBJECT_REPORT = /^(?:随后|会上|期间)?[,，]?([^,，;；。]{1,16}?)(?:同志)?(?:向[^,，;；。]{1,12})?(?:就[^,，;；。]{1,30})?(?:作了|做了|进行了)?(?:汇报|介绍)/;
/** 听取了吴静部长关于…的汇报: the checker heard it. */
const HEARD = /^(?:并|还|同时|随后)?(?:听取|听了|听)了?[^,，;；。]{0,40}?(?:汇报|介绍)/;
/** A talk or a signing in the sentence is a deed of its own, and may point back at those heard (与两位负责同志…). */
const DEED = /谈|签/;

const nameOf = (id: string, ctx: ParseContext) => ctx.directory.person(id)?.name ?? id;

/**
 * `text` without what the people of a place reported to one who came to check it (「吴静部长陪同，并汇报了…」
 * 「吴部长汇报了…」「听取了吴静部长关于…的汇报」 after 来康复部检查…), said on the card; undefined when there is none. Only
 * within the sentence of the visit; a report the sender made on their own (向刘芳副理事长汇报了排查情况 after their own
 * 排查) is no visit's and stays.
 */
export function withoutReportHeardAtCheck(text: string, ctx: ParseContext): Apart | undefined {
  if (!/汇报|介绍/.test(text) || !VISIT_CHECK.test(text)) return undefined;
  const said: string[] = [];
  const reporters: string[] = [];
  const out = text
    .split(/(?<=[。;；\n])/)
    .map((sentence) => {
      // …听取了李明、孙丽的工作汇报，并与两位负责同志进行了廉政谈话: those heard are who the talk points back at; left whole.
      if (DEED.test(sentence)) return sentence;
      const clauses = sentence.split(/(?<=[,，])/);
      const kept: string[] = [];
      let visited = false;
      let companionBefore: string[] | undefined;
      for (const clause of clauses) {
        const body = clause.replace(/[,，;；。\n\s]+$/, '');
        if (visited) {
          const companion = COMPANION_REPORT.exec(body);
          const companionIds = companion ? who(companion[1]!, ctx) : undefined;
          if (companion && companionIds) {
            said.push(companion[2]!.replace(/^[,，]/, ''));
            reporters.push(...companionIds);
            kept.push(clause.replace(companion[2]!, ''));
            continue;
          }
          if (companionBefore && BARE_REPORT.test(body)) {
            said.push(body);
            reporters.push(...companionBefore);
            continue;
          }
          const subject = SUBJECT_REPORT.exec(body);
          const subjectIds = subject ? who(subject[1]!, ctx) : undefined;
          if (subjectIds || HEARD.test(body)) {
            said.push(body);
            if (subjectIds) reporters.push(...subjectIds);
            continue;
          }
        }
        const companionOnly = /陪同(?:检查|调研|督查|督导)?$/.exec(body);
        companionBefore = visited && companionOnly ? who(body.slice(0, companionOnly.index).replace(/^由|同志$|全程$/g, ''), ctx) : undefined;
        visited ||= VISIT_CHECK.test(body);
        kept.push(clause);
      }
      const joined = kept.join('');
      // The sentence's own stop stays after whatever clause is last now.
      const stop = /[。;；\n]$/.exec(sentence)?.[0] ?? '';
      return joined.length < sentence.length ? `${joined.replace(/[,，;；。\n\s]+$/, '')}${stop}` : sentence;
    })
    .join('');
  if (said.length === 0) return undefined;
  const names = [...new Set(reporters)].map((id) => nameOf(id, ctx)).join('、');
  const whose = names ? `是${names}向检查的领导所作的汇报` : '是检查时听取的汇报';
  return { text: out, remarks: [`「${said.join('」「')}」${whose}，未单独记录；如需另记，请另发一条上报`], companions: [], mayLead: [], denied: [] };
}

/** The people `words` name (我/本人: the sender), or undefined. */
function who(words: string, ctx: ParseContext): string[] | undefined {
  if (/^(?:我|本人)$/.test(words)) return [ctx.senderId];
  return namedPeople(words, ctx);
}
