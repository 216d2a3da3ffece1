// The SDK bundle's change to axios (scripts/buildIfStale.mjs bundles the Lark SDK with it), in its own module so that
// test/build/axiosLazyFetch.test.ts checks the installed axios against the same texts the build replaces.
//
// Two lines of axios (the SDK's HTTP client) are changed so that loading it does not load Node's fetch (undici, its
// Request / Response / FormData classes and web streams: ~2 MiB of the bot thread's heap and ~0.25 s of its start),
// which the SDK never uses (axios's `http` adapter comes before `fetch` in its default list; nothing asks for fetch):
// axios read `globalThis.FormData` (a lazy getter that loads undici) once at load for its isFormData test, and built its
// fetch adapter at load (`getFetch();`, whose result it drops: the adapter is built again on demand from the same cache).
// isFormData now reads the global on the first call that could need it, and answers a primitive or a plain or
// null-prototype object (which cannot be a FormData: FormData has no Symbol.hasInstance) without it, as before.
// When axios's text is not as expected (another version), it is bundled as published, the build says so on stderr and
// the test fails: the bot would work, but load undici again.

/** [text in axios's dist/node/axios.cjs, its replacement]: each text must occur exactly once. */
export const AXIOS_LAZY_FETCH = [
  ['\ngetFetch();\n', '\n'],
  [
    "const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;\nconst isFormData = thing => {\n  if (!thing) return false;\n  if (FormDataCtor && thing instanceof FormDataCtor) return true;\n",
    "let FormDataCtor = null;\nconst isFormData = thing => {\n  if (!thing) return false;\n  if (typeof thing !== 'object' && typeof thing !== 'function') return false;\n  const plain = getPrototypeOf(thing);\n  if (!plain || plain === Object.prototype) return false;\n  if (FormDataCtor === null) FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;\n  if (FormDataCtor && thing instanceof FormDataCtor) return true;\n",
  ],
];

/** The texts of AXIOS_LAZY_FETCH that `text` (axios's dist/node/axios.cjs) does not hold exactly once: none when it applies. */
export function axiosLazyFetchMisses(text) {
  return AXIOS_LAZY_FETCH.filter(([from]) => text.split(from).length !== 2).map(([from]) => from);
}

/** `text` with AXIOS_LAZY_FETCH applied, or undefined when it does not apply (axiosLazyFetchMisses is not empty). */
export function axiosLazyFetched(text) {
  if (axiosLazyFetchMisses(text).length > 0) return undefined;
  return AXIOS_LAZY_FETCH.reduce((t, [from, to]) => t.replace(from, () => to), text);
}

/** Which file esbuild's onLoad gives the plugin: axios's CommonJS build for Node. */
/**
 * esbuild's options for vendor/larkSdk.cjs beside its entry, outfile and plugins: used by scripts/buildIfStale.mjs and
 * by test/build/axiosLazyFetch.test.ts, so the test bundles exactly what the build does.
 */
export const SDK_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'ascii',
};

export const AXIOS_NODE_BUILD = /[\\/]axios[\\/]dist[\\/]node[\\/]axios\.cjs$/;

/**
 * The esbuild plugin: axios's Node build patched; as published when the texts are not there, with a warning on stderr
 * (and `onMiss(path)` called, e.g. to record it); likewise when the bundle never loads that file (`onMiss(undefined)`).
 */
export function axiosLazyFetchPlugin(readFile, onMiss = () => {}) {
  return {
    name: 'qingfeng-axios-lazy-fetch',
    setup(build) {
      let seen = false;
      build.onEnd(() => {
        if (seen) return;
        onMiss(undefined);
        console.error(
          "清风: 打包飞书 SDK 时没有遇到 axios 的 dist/node/axios.cjs，未打补丁 / the SDK's bundle did not load axios's dist/node/axios.cjs: not patched, the bot thread may load undici again (test/build/axiosLazyFetch.test.ts fails)",
        );
      });
      build.onLoad({ filter: AXIOS_NODE_BUILD }, async (args) => {
        seen = true;
        const text = await readFile(args.path, 'utf8');
        const patched = axiosLazyFetched(text);
        if (patched === undefined) {
          onMiss(args.path);
          console.error(
            `清风: ${args.path} 与预期不同（axios 或飞书 SDK 已升级），按原样打包：机器人线程会重新加载 undici（约 2 MiB 内存）/ ` +
              `axios is not as scripts/axiosLazyFetch.mjs expects (an axios or SDK upgrade): bundled as published, so the bot thread loads undici again (test/build/axiosLazyFetch.test.ts fails)`,
          );
          return { contents: text, loader: 'js' };
        }
        return { contents: patched, loader: 'js' };
      });
    },
  };
}
