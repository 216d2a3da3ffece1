// 「刘芳副理事长到康复部开展调研，…，随后与吴静进行了廉政谈话，会后又与部门同志逐一谈心谈话。」 (round 40, t40a F9: 「刘芳是和谁谈
// 的？」 with no buttons): the department a visit in the same sentence went to is whose 部门同志 these are, however many deeds
// stand between (round 39 read it only in the visit's own clause or on the line after).
import type { PassEnv } from './textPass.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** Going to a department to look at it: 到/来到/深入/赴/前往 right before its name… */
const VISIT_BEFORE = /(?:到|来到|深入|赴|前往)[\s]*$/;
/** …and (开展/进行)? 调研/检查/督导/指导/走访/视察 right after it. */
const VISIT_DEED = /^(?:开展|进行)?(?:了)?(?:调研|检查|督导|指导|走访|视察|督查)/;
/** 部门同志 · 部门全体同志 · 科室同志 · 部门全体干部 after 与/和/同/跟 (a talk or signing turned to them). */
// A talk or signing with them in their clause (谈/签 ahead), never a 座谈 (与部门干部座谈交流 is a meeting, round 29's rows).
const GROUP = /([与和同跟][\s]*)(?:部门|科室|部室)(全体)?(同志|干部|人员|职工|干部职工)(?=[^,，;；。]{0,12}?(?:谈|签))(?![^,，;；。]{0,6}?座谈)/g;

/**
 * `text` with each such 部门同志, in a sentence (up to 。) after a visit to one named department, written as that
 * department's (与康复部全体同志), which the group readers expand. Unchanged when the sentence names no visit, or several.
 */
export function withVisitedGroupNamed(text: string, env: PassEnv): string {
  if (!/(?:部门|科室|部室)(?:全体)?(?:同志|干部|人员|职工)/.test(text)) return text;
  const index = directoryIndex(env.directory);
  return text
    .split(/(?<=[。!?！？\n])/)
    .map((sentence) => {
      GROUP.lastIndex = 0;
      const group = GROUP.exec(sentence);
      if (!group) return sentence;
      const before = sentence.slice(0, group.index);
      const visited = new Set<string>();
      for (const m of before.matchAll(index.surfaces)) {
        const dept = index.departmentBySurface.get(m[0]);
        if (dept && VISIT_BEFORE.test(before.slice(0, m.index)) && VISIT_DEED.test(before.slice(m.index + m[0].length))) visited.add(dept.name);
      }
      if (visited.size !== 1) return sentence;
      const name = [...visited][0]!;
      // 部门同志 with no 全体/逐一/分别/集体 stays a word of some of them, asked who (round 39's rule), at the named department.
      return sentence.replace(GROUP, (w, join: string, all: string | undefined, who: string, at: number) =>
        all !== undefined || /^[\s]*(?:逐一|分别|集体|一一|逐个)/.test(sentence.slice(at + w.length)) ? `${join}${name}全体${who}` : `${join}${name}${who}`,
      );
    })
    .join('');
}
