// The yaml package, loaded on first use. A scan evaluates detectors, config and fix modules that use yaml,
// but parses YAML only when it meets a YAML file or a .keyshift.yaml: a pre-commit scan of source files
// need not evaluate yaml's ~100 modules (docs/performance.md, issue 19 item 9). The predicates and helpers
// here stand for yaml's own and call them on first use; types still come from 'yaml' (type-only imports).
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

type YamlLib = typeof Yaml;
let yamlModule: YamlLib | undefined;

/**
 * The yaml package. A bundle defines `require` and esbuild inlines the call; plain Node ESM has no
 * `require`, so one is made for this module.
 */
export function yamlLib(): YamlLib {
  return (yamlModule ??= typeof require === 'function' ? (require('yaml') as YamlLib) : (createRequire(import.meta.url)('yaml') as YamlLib));
}

export const isMap = <K = unknown, V = unknown>(node: unknown): node is Yaml.YAMLMap<K, V> => yamlLib().isMap(node);
export const isSeq = <T = unknown>(node: unknown): node is Yaml.YAMLSeq<T> => yamlLib().isSeq(node);
export const isScalar = <T = unknown>(node: unknown): node is Yaml.Scalar<T> => yamlLib().isScalar(node);
export const isAlias = (node: unknown): node is Yaml.Alias => yamlLib().isAlias(node);
/** `err instanceof yaml's YAMLError`, without loading yaml for an error that cannot be one. */
export const isYamlError = (err: unknown): boolean => yamlModule !== undefined && err instanceof yamlModule.YAMLError;
export const visit: YamlLib['visit'] = ((node: Parameters<YamlLib['visit']>[0], visitor: Parameters<YamlLib['visit']>[1]) => yamlLib().visit(node, visitor)) as YamlLib['visit'];
export const parseDocument: YamlLib['parseDocument'] = ((...args: Parameters<YamlLib['parseDocument']>) => yamlLib().parseDocument(...args)) as YamlLib['parseDocument'];
export const parse: YamlLib['parse'] = ((...args: Parameters<YamlLib['parse']>) => yamlLib().parse(...args)) as YamlLib['parse'];
export const stringify: YamlLib['stringify'] = ((...args: Parameters<YamlLib['stringify']>) => yamlLib().stringify(...args)) as YamlLib['stringify'];
