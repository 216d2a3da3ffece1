// A deterministic 1,000-person organisation and its ledger for benchmarks and size tests; imports nothing of vitest.
import type { Activity } from '../src/domain/activity.js';
import type { ActivityTypeCode } from '../src/domain/activityTypes.js';
import { createDirectory, type Directory, type Person, type Role } from '../src/domain/organization.js';
import { addDays, daysBetween } from '../src/domain/shanghai.js';

function person(id: string, name: string, title: string, roles: Role[], departmentId?: string): Person {
  return { id, name, title, roles: ['member', ...roles], ...(departmentId ? { departmentId } : {}), openId: `ou_${id}` };
}

export interface LargeDataset {
  directory: Directory;
  activities: Activity[];
  /** First and last day the activities may fall on. */
  from: string;
  to: string;
}

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LARGE_TYPES: ActivityTypeCode[] = [
  'talk_integrity', 'talk_integrity', 'talk_integrity', 'talk_heart', 'talk_heart', 'edu_integrity', 'edu_integrity',
  'edu_warning', 'edu_lecture', 'meeting_special', 'meeting_dept', 'review_analysis', 'inspect_style', 'inspect_funds',
  'report_self', 'report_duty', 'report_to_party', 'report_info', 'report_info', 'report_research', 'pledge_sign', 'pledge_check',
];

/**
 * A deterministic organisation (1 secretary, a leader per 4 departments, 3 inspectors,
 * a head per department, the rest members) and activities spread over `years` years
 * from `startYear`, with talks between the right pairs, 5% 补录 and 2% deleted.
 */
export function makeLargeDataset(options: {
  people: number;
  departments: number;
  activities: number;
  years: number;
  seed: number;
  startYear?: number;
}): LargeDataset {
  const rand = prng(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const nLeaders = Math.max(1, Math.ceil(options.departments / 4));
  const leaders = Array.from({ length: nLeaders }, (_, i) => person(`L${i}`, `领导${i}`, '班子成员', ['leader']));
  const heads = Array.from({ length: options.departments }, (_, i) => person(`H${i}`, `负责人${i}`, '科长', ['dept_head'], `D${i}`));
  const inspectors = Array.from({ length: 3 }, (_, i) => person(`I${i}`, `纪检${i}`, '纪检干事', ['inspector'], `D${i % options.departments}`));
  const fixed = 1 + nLeaders + options.departments + inspectors.length;
  const members = Array.from({ length: Math.max(0, options.people - fixed) }, (_, i) =>
    person(`M${i}`, `党员${i}`, '科员', [], `D${i % options.departments}`),
  );
  const secretary = person('S0', '书记', '党组书记', ['secretary']);
  const departments = heads.map((h, i) => ({
    id: `D${i}`, name: `科室${i}`, aliases: [], headId: h.id, supervisorId: `L${i % nLeaders}`,
  }));
  const directory = createDirectory({
    name: '大型单位',
    people: [secretary, ...leaders, ...heads, ...inspectors, ...members],
    departments,
  });
  const from = `${options.startYear ?? 2022}-01-01`;
  const to = addDays(`${(options.startYear ?? 2022) + options.years}-01-01`, -1);
  const days = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
  const everyone = directory.org.people;
  const activities: Activity[] = [];
  for (let i = 0; i < options.activities; i++) {
    const type = pick(LARGE_TYPES);
    const date = pick(days);
    const d = pick(departments);
    let actorId = pick(everyone).id;
    let counterpartIds: string[] = [];
    if (type === 'talk_integrity' || type === 'pledge_sign') {
      const pair = rand() < 0.3 ? [secretary.id, pick(leaders).id] : [d.supervisorId, d.headId];
      const flip = rand() < 0.5;
      actorId = pair[flip ? 1 : 0] as string;
      counterpartIds = [pair[flip ? 0 : 1] as string];
    } else if (type === 'talk_heart' || type === 'meeting_dept') {
      actorId = d.supervisorId;
    } else if (type === 'inspect_style') {
      actorId = pick(inspectors).id;
    } else if (type.startsWith('report_')) {
      actorId = rand() < 0.8 ? d.headId : pick(leaders).id;
    }
    activities.push({
      id: `x${i}`,
      type,
      date,
      reporter: `ou_${actorId}`,
      actorId,
      counterpartIds,
      departmentId: d.id,
      late: rand() < 0.05,
      createdAt: `${date}T12:00:00+08:00`,
      ...(rand() < 0.02 ? { deletedAt: `${date}T13:00:00+08:00`, deletedBy: actorId } : {}),
    });
  }
  return { directory, activities, from, to };
}
