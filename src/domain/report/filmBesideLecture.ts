// 周涛讲授廉政党课，观看了廉政微电影《一念之间》 (round 29a, X1: one 廉政党课 stored at once with the film's title, the viewing
// lost): a 微电影 is read as 廉政教育, the general form of a 党课, so the two clauses were one deed. A film shown is an
// activity of its own beside a lecture, as a 警示教育片 already was.
import type { NamedKind } from './checksApart.js';

/** The words that name a film or a short video shown as teaching (微电影, 廉政短片, 廉洁教育片…), never a lecture. */
export const FILM_WORDS = /微电影|短片|短视频|教育片|专题片|警示片|宣传片|纪录片|影片/;

/** 廉政教育基地 · 纪法教育基地 · 廉洁基地: a base visited, a teaching of its own. */
const BASE_WORDS = /基地/;

/**
 * Whether one of `a` and `b` is a lecture (廉政党课) and the other a teaching (廉政教育) named by a film word (see
 * FILM_WORDS) or a 基地 visited: two activities, each with its own clause and title. False when either has no words known, or for a
 * 廉政教育 beside a film (开展廉政教育，观看了廉政微电影 is one education, given by the film).
 */
export function filmBesideLecture(a: NamedKind, b: NamedKind): boolean {
  // 带领…赴市廉政教育基地开展主题党日活动…。随后，…讲授了廉政党课 (t40b F1: only the 党课 kept): a visit to a 廉政教育基地 is a
  // teaching of its own beside a lecture, as a film shown is.
  const film = (x: NamedKind) => x.code === 'edu_integrity' && x.text !== undefined && (FILM_WORDS.test(x.text) || BASE_WORDS.test(x.text));
  return (film(a) && b.code === 'edu_lecture') || (film(b) && a.code === 'edu_lecture');
}
