// withLectureOccasions: a lead counting lectures, then its occasions, written as one line per lecture (issue 10, cc4).
import { describe, expect, it } from 'vitest';
import { withLectureOccasions } from '../../../src/domain/report/lectureOccasions.js';

const NAMES = ['张伟', '王建国', '陈志强'];

describe('withLectureOccasions', () => {
  it('gives each occasion its lecturer and day, the chair in brackets', () => {
    expect(withLectureOccasions('11月分两次讲授廉政党课，第一次11月9日由王建国主持，张伟书记主讲；第二次11月23日由陈志强副理事长主讲。', NAMES)).toBe(
      '\n1.11月9日张伟书记讲授廉政党课（王建国主持）\n2.11月23日陈志强副理事长讲授廉政党课\n',
    );
  });

  it('asks the lecturer of an occasion named only by its chair, and of one never told', () => {
    expect(withLectureOccasions('11月份分两次讲授廉政党课，第一次由王建国主持。', NAMES)).toBe('\n1.11月份某领导讲授廉政党课（王建国主持）\n2.11月份讲授廉政党课\n');
  });

  it("pairs the lead's days with the occasions in order, a bare day in the lead's month", () => {
    expect(withLectureOccasions('11月9日、23日分两次讲授廉政党课，第一次由张伟主讲，第二次由陈志强主讲。', NAMES)).toBe(
      '\n1.11月9日张伟讲授廉政党课\n2.11月23日陈志强讲授廉政党课\n',
    );
  });

  it('leaves a sentence alone when its occasions do not follow the lead, or outnumber its count', () => {
    const apart = '11月份分两次讲授廉政党课，分别由张伟、陈志强主讲。';
    const more = '11月分两次讲授廉政党课，第一次张伟主讲，第二次王建国主讲，第三次陈志强主讲。';
    expect(withLectureOccasions(apart, NAMES)).toBe(apart);
    expect(withLectureOccasions(more, NAMES)).toBe(more);
  });
});
