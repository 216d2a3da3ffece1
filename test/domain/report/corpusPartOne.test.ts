// The report corpus, part 1 of 2 (every other section of corpusSections.ts; the checks are describeCorpus.ts's).
import { describeCorpusPart } from './describeCorpus.js';

describeCorpusPart(0, 2);
