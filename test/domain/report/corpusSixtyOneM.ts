// Round 61, the merge (issue 10): days joined by a space alone, as voice input writes them (t64a F1, stored wrong at
// once: 王磊「12月2号 3号分别和杨帆 王芳谈心谈话 这个王芳是办公室的」 stored both talks on 12-02). parseDayList now reads
// 「24号 25号」 as two days, so 分别 pairs each day with its person; a number that names a room, a building or a document
// (5号会议室 · 3号楼) joins nothing.
// Left as today: 李明「11月20号 21号先后和王芳 胡军进行了谈心谈话」 (先后 is not 分别: each person on both days, as with 、).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_ONE_M_ROWS: CorpusRow[] = [
  ["王磊", "11月24号 25号分别和杨帆 王芳谈心谈话 这个王芳是办公室的", "谈心 11-24 >杨帆 | 谈心 11-25 >王芳"],
  ["王建国", "11月24日 25日 分别和李明 孙丽进行了廉政谈话", "廉政谈话 11-24 >李明 | 廉政谈话 11-25 >孙丽"],
  ["冯雪", "25号 27号分别和赵磊谈了心", "谈心 11-25 >赵磊 | 谈心 11-27 >赵磊"],
  ["周涛", "24号 26号 分别和张颖 谈了心", "谈心 11-24 >张颖 | 谈心 11-26 >张颖"],
  // Near-misses: a number naming a room or a building is no second day.
  ["王磊", "11月24日 5号会议室和杨帆谈心谈话", "谈心 11-24 >杨帆"],
  ["王磊", "11月24号 3号楼会议室和杨帆 王芳分别谈了心", "谈心 11-24 >杨帆 | 谈心 11-24 >王芳"],
];
