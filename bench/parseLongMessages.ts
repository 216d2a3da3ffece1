// Long pasted messages for bench/parseLongBench.ts (issue 14, r53 fkhh): what people really paste into the chat — 2,000–
// 5,000-char 工作动态 runs, space-aligned tables of 30–400 rows, 20-item numbered 小结s, voice input full of spaces, and one
// 200-char sentence with no punctuation — written here from a seed, over the bench directory's names and departments.
import type { Organization } from '../src/domain/organization.js';

export interface LongMessage {
  shape: string;
  senderName: string;
  text: string;
}

/** The bench directory's 20 departments given the names a real unit has (科室0 … reads like no paste). */
export const DEPARTMENT_NAMES: [string, string[]][] = [
  ['办公室', ['办']], ['财务科', ['财务']], ['组联部', []], ['康复部', ['康复中心']], ['教育就业部', ['教就部']],
  ['维权部', []], ['宣文部', ['宣传部']], ['人事科', []], ['信息中心', []], ['后勤服务中心', ['后勤']],
  ['法规科', []], ['审计科', []], ['档案室', []], ['培训中心', []], ['社会保障部', ['社保部']],
  ['机关党委', []], ['工会', []], ['团委', []], ['妇委会', []], ['辅具中心', []],
];

export function withDepartmentNames(org: Organization): Organization {
  return { ...org, departments: org.departments.map((d, i) => ({ ...d, name: DEPARTMENT_NAMES[i % 20]![0], aliases: DEPARTMENT_NAMES[i % 20]![1] })) };
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const DEEDS = [
  (a: string, b: string, d: string, day: string) => `${day}上午，${a}书记与${d}负责人${b}同志开展廉政谈话，提醒其严守纪律规矩。`,
  (a: string, _b: string, d: string, day: string) => `${day}，${a}带队到${d}开展党风廉政建设监督检查，查阅了相关台账资料，对发现的问题现场反馈并要求限期整改。`,
  (a: string, _b: string, d: string, day: string) => `${day}下午，${d}召开党支部会议，${a}主持，集中学习了《中国共产党纪律处分条例》相关内容，并结合工作实际进行了交流讨论。`,
  (a: string, b: string, _d: string, day: string) => `${day}，${a}与新任职干部${b}进行任前廉政谈话。`,
  (a: string, _b: string, d: string, day: string) => `${day}，${a}到${d}调研指导工作，听取了部门工作汇报，对下一步工作提出了具体要求。`,
  (_a: string, _b: string, d: string, day: string) => `${day}，${d}组织全体党员观看警示教育片《零容忍》，大家纷纷表示要引以为戒、警钟长鸣。`,
  (a: string, b: string, d: string, day: string) => `${day}，${a}与${d}${b}签订党风廉政建设责任书，明确了年度工作任务和责任分工。`,
];

function day(r: () => number): string {
  return `${1 + Math.floor(r() * 11)}月${1 + Math.floor(r() * 28)}日`;
}

/** `count` messages of each shape, the same for every seed. */
export function longMessages(org: Organization, count: number): LongMessage[] {
  const names = org.people.map((p) => p.name);
  const depts = org.departments.map((d) => d.name);
  const out: LongMessage[] = [];
  for (let k = 0; k < count; k++) {
    const r = rng(1000 + k);
    const nm = () => names[Math.floor(r() * names.length)]!;
    const dp = () => depts[Math.floor(r() * depts.length)]!;
    const sender = names[(k * 37) % names.length]!;

    // 工作动态, 2,000–5,000 chars: a heading, then numbered items of a week's work, each a deed or two.
    const target = 2000 + Math.floor((3000 * k) / Math.max(1, count - 1));
    let paste = `【工作动态】${dp()}近期党风廉政建设工作情况\n`;
    for (let i = 1; paste.length < target; i++) {
      const deed = DEEDS[Math.floor(r() * DEEDS.length)]!;
      paste += `${i}.${deed(nm(), nm(), dp(), day(r))}${r() < 0.5 ? DEEDS[Math.floor(r() * DEEDS.length)]!(nm(), nm(), dp(), '同日') : ''}\n`;
    }
    out.push({ shape: 'workPaste2k-5k', senderName: sender, text: paste.trimEnd() });

    // Space-aligned tables: 30, 100, 400 rows (columns padded with spaces, as pasted from a spreadsheet).
    for (const rows of [30, 100, 400]) {
      const pad = (s: string, w: number) => s + ' '.repeat(Math.max(1, w - s.length * 2));
      let table = `${pad('序号', 6)}${pad('日期', 12)}${pad('部门', 16)}${pad('谈话人', 10)}${pad('谈话对象', 10)}形式\n`;
      for (let i = 1; i <= rows; i++) {
        table += `${pad(String(i), 6)}${pad(day(r), 12)}${pad(dp(), 16)}${pad(nm(), 10)}${pad(nm(), 10)}${r() < 0.5 ? '廉政谈话' : '提醒谈话'}\n`;
      }
      out.push({ shape: `table${rows}`, senderName: sender, text: table.trimEnd() });
    }

    // A 20-item numbered 小结.
    let summary = `${dp()}${1 + (k % 11)}月工作小结：\n`;
    for (let i = 1; i <= 20; i++) summary += `${i}、${DEEDS[Math.floor(r() * DEEDS.length)]!(nm(), nm(), dp(), day(r))}\n`;
    out.push({ shape: 'summary20', senderName: sender, text: summary.trimEnd() });

    // Voice input: no punctuation, words split by spaces, 400–1,200 chars.
    const voiceTarget = 400 + Math.floor((800 * k) / Math.max(1, count - 1));
    let voice = '';
    while (voice.length < voiceTarget) {
      const deed = DEEDS[Math.floor(r() * DEEDS.length)]!(nm(), nm(), dp(), day(r));
      voice += deed.replace(/[，。、《》]/g, ' ').replace(/(.{2,5})/g, (w) => (r() < 0.4 ? `${w} ` : w)) + ' 然后 ';
    }
    out.push({ shape: 'voiceSpaces', senderName: sender, text: voice.trim() });

    // One 200-char sentence, no punctuation at all.
    let run = '';
    while (run.length < 200) run += DEEDS[Math.floor(r() * DEEDS.length)]!(nm(), nm(), dp(), day(r)).replace(/[，。、《》]/g, '');
    out.push({ shape: 'runOn200', senderName: sender, text: run.slice(0, 200) });
  }
  return out;
}
