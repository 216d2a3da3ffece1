// `npm start` runs bundled JavaScript (dist/); this builds it first when it is missing or older than the sources.
// `--force` always builds (npm run build); `--out DIR` builds into DIR instead of dist/ (the build test).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { SDK_BUNDLE_OPTIONS, axiosLazyFetchPlugin } from './axiosLazyFetch.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1]) : join(root, 'dist');
const stamp = join(out, '.build-stamp');

/** Every file under dir, recursively. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Newest modification time (ms) of what goes into the build, this script included. */
function newestSource() {
  const inputs = [...files(src), ...['tsconfig.json', 'package-lock.json', 'scripts/buildIfStale.mjs', 'scripts/axiosLazyFetch.mjs'].map((f) => join(root, f))];
  return Math.max(...inputs.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
}

const built = existsSync(stamp) && existsSync(join(out, 'main.js')) ? statSync(stamp).mtimeMs : 0;
if (!process.argv.includes('--force') && built >= newestSource()) process.exit(0);

const require = createRequire(import.meta.url);
let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  if (built > 0) {
    console.error('清风: dist/ 比源代码旧，但未安装 esbuild，仍运行现有的 dist/ / dist/ is older than src/ but esbuild is not installed; running the existing dist/');
    process.exit(0);
  }
  console.error('清风 cannot start: 没有 dist/，也没有 esbuild 来构建它：请运行 npm ci && npm run build / no dist/ and no esbuild to build it: run npm ci && npm run build');
  process.exit(1);
}
console.log(`清风: 正在构建 ${out} / building ${out}…`);
// A clean build: a source file deleted since the last one must not linger as JavaScript.
rmSync(out, { recursive: true, force: true });

/**
 * Each source module's own `import.meta.url`, as if it had been compiled file by file to out/<its path>.js: the code
 * that reads files next to itself (the 体验台's pages in emulator/web, vendor/larkSdk.cjs, the bot thread's entry) and
 * resolves packages with createRequire finds them where it did before the bundle, wherever esbuild put the code.
 * Every output file defines `__qfDistRoot` (the banner), the URL of out/ as seen from that file.
 */
const ROOT_MARK = '__QF_DIST_ROOT__';

/** Writes text to file, creating its folder. */
/**
 * esbuild escapes non-ASCII characters in strings, templates and regular expressions but keeps the comments it keeps
 * as written, and one Chinese character in a comment makes V8 hold the whole file's source as a two-byte string for
 * the life of every thread that loads it (the bot thread's two largest chunks, 0.7 MB each: 1.45 and 1.31 MiB instead
 * of ~0.7). What is left is escaped the same way, which changes nothing but the comments' spelling.
 */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

function writeOut(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
const moduleUrls = {
  name: 'qingfeng-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const own = relative(src, args.path).replace(/\.ts$/, '.js').split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, __qfDistRoot).href`), loader: 'ts' };
    });
  },
};

// The two threads' entries, each bundled with what it imports (packages too) into a few files instead of ~330 modules
// and their package.json lookups: Node 20 has no compile cache, and resolving and compiling module by module was most
// of the start. esbuild (a kept bundler, already used for the SDK below and by tsx under the tests) only strips types:
// `npm test` type-checks. Dynamic imports stay dynamic, as chunks of their own (the emulator, the long connection,
// the 台账 and year-end builders), so what the tests of lazy loading check of the sources holds for the bundle.
// Left to Node: the SDK (bundled on its own below), the export libraries (loaded only for an export), the converters
// loaded with createRequire on first use, and the 体验台's browser files.
let result;
try {
  result = await esbuild.build({
    // The two threads' entries, and the short-lived one that parses the config while the bot thread loads.
    entryPoints: {
      main: join(src, 'main.ts'),
      'thread/botThread': join(src, 'thread', 'botThread.ts'),
      'config/parseYamlThread': join(src, 'config', 'parseYamlThread.ts'),
      'store/migrateThread': join(src, 'store', 'migrateThread.ts'),
    },
    absWorkingDir: root,
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['@larksuiteoapi/node-sdk', 'exceljs', 'docx', 'jszip', 'opencc-js', 'pinyin-pro', '@visactor/vchart'],
    // CommonJS packages inside an ES bundle call require(); the banner gives each output file one.
    banner: {
      js: `import { createRequire as __qfCreateRequire } from 'node:module'; const require = __qfCreateRequire(import.meta.url); const __qfDistRoot = new URL(${JSON.stringify(ROOT_MARK)}, import.meta.url);`,
    },
    // Not minified: function names and lines stay readable in an operator's stack trace. The maps (without the
    // sources) let `node --enable-source-maps` print src/ positions; off by default, as it costs each thread ~3 MiB and ~50 ms.
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [moduleUrls],
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
} catch (error) {
  console.error('清风 cannot start: 打包失败，见上面 esbuild 的输出 / the build failed, see the esbuild output above', error?.message ?? '');
  process.exit(1);
}
for (const file of result.outputFiles) {
  let text = file.text;
  if (file.path.endsWith('.js')) {
    const up = relative(dirname(file.path), out).split('\\').join('/');
    text = text.replace(ROOT_MARK, up ? `${up}/` : './');
    text = asciiOnly(text);
  }
  writeOut(file.path, text);
}
// Which source modules and packages each output file holds and imports: the build test checks the threads' start
// from it (the acknowledging thread loads no bot, store or SDK), and it says where a line of a stack trace came from.
writeOut(join(out, 'build-meta.json'), JSON.stringify(result.metafile));

// Files next to the code that are not TypeScript (the 体验台's page and style) are read relative to the module: copy them.
for (const file of files(src)) {
  if (/\.(ts|mts|cts)$/.test(file)) continue;
  cpSync(file, join(out, file.slice(src.length)));
}
// The Lark SDK as one CommonJS file with its dependencies, bundled by esbuild. The published lib/index.js is 6 MB whose
// Chinese comments make V8 hold it as a 12 MiB two-byte string, with its compiled code, in every thread that loads it;
// the bundle, whitespace and comments dropped and written in ASCII, is 2.4 MB: about 15 MiB less per thread (Node
// 20.20, measured with require() and a gc). Identifiers are kept as they are (no mangling), so the SDK and axios behave
// as published. src/feishu/larkSdk.ts loads this file when it is there and the package otherwise (under tsx).
//
// Its axios is patched so that loading it does not load Node's fetch (undici): scripts/axiosLazyFetch.mjs.
try {
  await esbuild.build({
    entryPoints: [require.resolve('@larksuiteoapi/node-sdk')],
    outfile: join(out, 'vendor', 'larkSdk.cjs'),
    ...SDK_BUNDLE_OPTIONS,
    plugins: [axiosLazyFetchPlugin(readFile)],
    logLevel: 'warning',
  });
  // The long connection's part of it, for the acknowledging thread (src/feishu/larkWs.ts): the SDK's ES build (the same
  // sources as lib/index.js, rolled up as a module) lets esbuild drop the Client's generated API methods, ~1.9 MB of the
  // 2.4. axios is not bundled: the SDK only makes its default instance with it at load (axios.create(), two interceptors)
  // and reads AxiosError in its error formatting, and WSClient uses the instance only when it is given no httpInstance
  // (createLongConnection always gives one). The stand-in below keeps those lines working and fails loudly if anything
  // sends through it; without axios go form-data, mime-db, follow-redirects and proxy-from-env (~0.35 MB).
  const sdkPackage = require.resolve('@larksuiteoapi/node-sdk/package.json');
  const sdkModule = join(dirname(sdkPackage), JSON.parse(await readFile(sdkPackage, 'utf8')).module);
  const noAxios = {
    name: 'qingfeng-no-axios',
    setup(build) {
      build.onResolve({ filter: /^axios$/ }, () => ({ path: 'axios', namespace: 'qingfeng-no-axios' }));
      build.onLoad({ filter: /.*/, namespace: 'qingfeng-no-axios' }, () => ({
        loader: 'js',
        contents: `const unsent = () => Promise.reject(new Error('vendor/larkWs.cjs has no axios: give WSClient an httpInstance'));
const instance = { interceptors: { request: { use() {} }, response: { use() {} } }, request: unsent, get: unsent, post: unsent };
export class AxiosError extends Error {}
export default { create: () => instance };`,
      }));
    },
  };
  await esbuild.build({
    stdin: { contents: `export { WSClient, EventDispatcher } from ${JSON.stringify(sdkModule)};`, resolveDir: root, loader: 'js' },
    outfile: join(out, 'vendor', 'larkWs.cjs'),
    ...SDK_BUNDLE_OPTIONS,
    plugins: [noAxios],
    logLevel: 'warning',
  });
} catch (error) {
  console.error('清风 cannot start: 打包飞书 SDK 失败 / bundling the Lark SDK failed (see above); run npm ci and npm run build again', error?.message ?? error);
  process.exit(1);
}
writeFileSync(stamp, `${new Date().toISOString()}\n`);
