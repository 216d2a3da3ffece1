// A check clause naming a place of its own after a check of another place is a check of its own; one going on there
// with 还/并/又 is one more place of the same check (issue 10, u1). Read through parseReport to see the places.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { placeCheckedApart } from '../../../src/domain/report/placeCheckedApart.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const places = (from: string, text: string) => read(from, text).map((r) => r.draft.departmentIds ?? [r.draft.departmentId]);

describe('a place checked apart', () => {
  it.each([
    ['11月16日对组联部开展了作风检查。对财务科开展了作风检查。', [['liaison'], ['finance']]],
    ['11月16日对组联部开展了作风检查，另对财务科开展了作风检查', [['liaison'], ['finance']]],
    ['11月16日对组联部开展了作风检查，同日对财务科开展了作风检查', [['liaison'], ['finance']]],
    ['11月24日到康复部检查了工作纪律。到维权部检查了考勤。', [['rehab'], ['rights']]],
  ])('黄志刚「%s」 is a check per place', (text, want) => {
    expect(places('黄志刚', text)).toEqual(want);
  });

  it.each([
    ['11月16日对组联部、财务科开展了作风检查', [['liaison', 'finance']]],
    ['11月20日对宣文部开展了作风检查，还对维权部开展了作风检查', [['publicity', 'rights']]],
    ['11月16日对组联部开展了作风检查，并对财务科进行了检查', [['liaison', 'finance']]],
    ['11月16日对组联部开展了作风检查，对检查中发现的问题当场进行了反馈', [['liaison']]],
  ])('黄志刚「%s」 is one check at its places', (text, want) => {
    expect(places('黄志刚', text)).toEqual(want);
  });

  it('reads only a check after a check, a place of its own, not one of a thing checked', () => {
    expect(placeCheckedApart('对财务科开展了作风检查', 'inspect_style', 'inspect_style', ['11月16日对组联部开展了作风检查'])).toBe(true);
    expect(placeCheckedApart('对财务科进行了检查', undefined, 'inspect_style', ['11月16日对组联部开展了作风检查'])).toBe(true);
    expect(placeCheckedApart('并对财务科进行了检查', undefined, 'inspect_style', ['11月16日对组联部开展了作风检查'])).toBe(false);
    expect(placeCheckedApart('对组联部开展了作风检查', 'inspect_style', 'inspect_style', ['11月16日对组联部开展了作风检查'])).toBe(false);
    expect(placeCheckedApart('对整改落实情况进行了复查', 'inspect_style', 'inspect_style', ['11月16日对组联部开展了作风检查'])).toBe(false);
    expect(placeCheckedApart('对财务科开展了作风检查', 'inspect_style', 'talk_integrity', ['与王建国进行了廉政谈话'])).toBe(false);
    expect(placeCheckedApart('对财务科开展了作风检查', 'inspect_style', 'inspect_style', ['11月16日开展了作风检查'])).toBe(false);
  });
});
