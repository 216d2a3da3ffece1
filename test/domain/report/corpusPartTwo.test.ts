// The report corpus, part 2 of 2 (every other section of corpusSections.ts; the checks are describeCorpus.ts's).
import { describeCorpusPart } from './describeCorpus.js';

describeCorpusPart(1, 2);
