// The one ordered list of intents: guards first, the fallback last.
import type { Intent } from '../intent.js';
import { fallback } from './fallback.js';
import { help } from './help.js';
import { nonText } from './nonText.js';
import { query } from './query.js';
import { report } from './report.js';
import { tooLong } from './tooLong.js';
import { unregistered } from './unregistered.js';

export const INTENTS: readonly Intent[] = [unregistered, tooLong, nonText, help, query, report, fallback];
