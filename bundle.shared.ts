/**
 * Shared by the bundle tests (the typed client's size, the MSW mock's) and the browser test of the
 * MSW mock: an app bundled as a browser app would be, minified ESM for the browser platform with
 * nothing external, so that a Node built-in anywhere in the graph fails the build. Workspace
 * packages resolve to their sources (the `source` condition), as in every test here; their built
 * `dist` bundles the same.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface Bundle {
  code: Uint8Array;
  minified: number;
  gzipped: number;
  /** The files that left code in the bundle (the metafile also lists those tree-shaken away). */
  inputs: string[];
  /** What the bundle still imports: nothing, for an app that runs anywhere. */
  imports: unknown[];
}

/** Bundles `app`, a module's text whose imports resolve from `resolveDir`. */
export const bundle = async (app: string, resolveDir: string): Promise<Bundle> => {
  const result = await build({
    stdin: { contents: app, loader: 'ts', resolveDir },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const [output] = Object.values(result.metafile.outputs);
  return {
    code,
    minified: code.byteLength,
    gzipped: gzipSync(code).byteLength,
    inputs: Object.entries(output!.inputs).flatMap(([file, { bytesInOutput }]) => (bytesInOutput > 0 ? [file] : [])),
    imports: output!.imports,
  };
};
