// BotDeps whose directory and duties always read the config in force, so a reload reaches every intent without touching them.
import type { ConfigHolder } from '../config/configHolder.js';
import type { BotDeps } from './botDeps.js';
import { shanghaiDate } from '../domain/shanghai.js';

/**
 * `directory` (as of today in Asia/Shanghai) and `duties` become getters over `holder.current()`. Pass the result on
 * as it is: spreading it (`{ ...deps }`) would copy today's values and freeze them.
 */
export function withLiveConfig<D extends Omit<BotDeps, 'directory' | 'duties' | 'config'>>(deps: D, holder: ConfigHolder): D & BotDeps {
  const live = { ...deps, config: holder } as D & BotDeps;
  return Object.defineProperties(live, {
    directory: { get: () => holder.current().directory.asOf(shanghaiDate(deps.now())), enumerable: true },
    duties: { get: () => holder.current().duties, enumerable: true },
  });
}
