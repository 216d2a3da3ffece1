import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParseContext } from '../../../src/domain/report/draft.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const ctx = (sender: string): ParseContext => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === sender)!.id, mentions: [] });
const read = (sender: string, text: string) => parseReport(text, ctx(sender)) ?? [];

import { withDepartmentPairsJoined } from '../../../src/domain/report/departmentPairsComma.js';

describe('withDepartmentPairsJoined', () => {
  it('writes the commas between department–name pairs after 与/和 as 、', () => {
    expect(withDepartmentPairsJoined('与办公室里明，财务科孙丽分别进行了廉政谈话', directory)).toBe('与办公室里明、财务科孙丽分别进行了廉政谈话');
    expect(withDepartmentPairsJoined('11月24日与办公室李明主任，财务科孙丽科长，组联部周涛部长分别进行了廉政谈话', directory)).toBe('11月24日与办公室李明主任、财务科孙丽科长、组联部周涛部长分别进行了廉政谈话');
  });
  it('leaves a comma ending a clause', () => {
    for (const text of ['11月24日与办公室李明进行了廉政谈话，财务科孙丽也参加了', '与李明，孙丽分别谈话', '11月24日与办公室李明谈话，财务科孙丽主持'])
      expect(withDepartmentPairsJoined(text, directory)).toBe(text);
  });
  it('parseReport: two talks, the misheard name offered, no one made the doer (gac\'s left-alone)', () => {
    const got = read('黄志刚', '11月24日与办公室里明，财务科孙丽分别进行了廉政谈话');
    expect(got.every((r) => r.draft.actorId === undefined)).toBe(true);
    expect(got.flatMap((r) => r.draft.counterpartIds)).toEqual(['sunli']);
    expect(got.flatMap((r) => r.problems).find((p) => p.code === 'unknown_counterpart')).toMatchObject({ text: '里明', nearIds: ['liming'] });
  });
  it('parseReport: 徐慧副主任 offers 徐辉, a real outsider nobody', () => {
    expect(read('何平', '11月24日和徐慧副主任进行了廉政谈话')[0]!.problems).toEqual([{ code: 'unknown_counterpart', text: '徐慧', nearIds: ['xuhui'] }]);
    expect(read('林晓', '11月24日和区纪委王科长进行了廉政谈话')[0]!.problems.some((p) => 'nearIds' in p)).toBe(false);
  });
});
