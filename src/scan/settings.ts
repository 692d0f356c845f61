// Resolves what a scan runs with: the config file (found upward from the scan root, or --config), CLI
// overrides on top, and the pieces each stage needs (walk options, catalog selection, suppression context).
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Severity } from '../model/types.js';
import type { ContainerLimits } from '../model/archive-limits.js';
import { ConfigError } from '../model/errors.js';
import { quoteUserText } from '../model/secret.js';
import { findConfigFile, loadConfig, mergeConfig, resolveConfigPath, defaultConfig, type KeyshiftConfig } from '../config/config.js';
import { parseBaseline, indexBaseline } from '../suppress/baseline.js';
import type { CatalogSelection } from './catalog-setup.js';
import { reportBase } from '../sources/walk.js';
import type { SuppressContext } from './scan.js';

export interface SettingsRequest {
  cwd: string;
  /** Absolute scan targets; a single one outside cwd becomes the report root. */
  targets?: string[];
  configFile?: string;
  /** Where `configFile` lives in the repository when it was read from elsewhere (its folder anchors paths). */
  configAs?: string;
  failOn?: Severity | 'none';
  include: string[];
  exclude: string[];
  maxFileSize?: number;
  baseline?: string;
  /** --archive-depth, --archive-max-bytes, --archive-max-entries. */
  archives?: Partial<ContainerLimits>;
  /** --decode-depth. */
  decodeDepth?: number;
  /** --verify. */
  verify?: boolean;
}

export interface Settings {
  config: KeyshiftConfig;
  root: string;
  failOn: Severity | 'none';
  maxFileSize: number;
  /** Caps on opening archives, image tarballs and notebooks. */
  archives: ContainerLimits;
  /** How many encodings deep values are decoded and rescanned (`decode_depth`, --decode-depth); 0 = off. */
  decodeDepth: number;
  /** `verify` / --verify: check findings against their providers, and where (README, Verification). */
  verify: { enabled: boolean; endpoints: Record<string, string>; timeoutMs?: number };
  include: string[];
  exclude: string[];
  ignoreFileNames: string[];
  catalog: CatalogSelection;
  suppress: SuppressContext;
}

export function resolveSettings(req: SettingsRequest, scanDir: string): Settings {
  const file = req.configFile ? resolve(req.cwd, req.configFile) : findConfigFile(scanDir);
  if (req.configFile && !existsSync(file!)) throw new ConfigError(`--config: ${req.configFile} does not exist`);
  const fromFile = file ? loadConfig(file) : defaultConfig();
  // A config read from elsewhere (the base commit's, in a temporary folder) anchors its relative paths where it
  // lives in the repository.
  if (file && req.configAs !== undefined) fromFile.file = resolve(req.cwd, req.configAs);
  const config = mergeConfig(fromFile, {
    failOn: req.failOn,
    maxFileSize: req.maxFileSize,
    include: req.include,
    exclude: req.exclude,
    baseline: req.baseline,
    archives: req.archives,
    decodeDepth: req.decodeDepth,
    verify: req.verify,
  });
  // A baseline named on the command line is relative to the working directory; one in the config file,
  // to the config file's folder.
  const baselinePath = req.baseline ? resolve(req.cwd, req.baseline) : config.baseline ? resolveConfigPath(config, config.baseline, req.cwd) : undefined;
  let baseline: SuppressContext['baseline'];
  if (baselinePath) {
    if (!existsSync(baselinePath)) {
      // A path from the config file is shown by the userText rule (it could be a value pasted into the wrong key).
      if (!req.baseline && config.baseline) {
        throw new ConfigError(`baseline: ${quoteUserText(config.baseline)} does not exist; create it with \`keyshift baseline create\``, config.file, config.lines.baseline);
      }
      throw new ConfigError(`baseline ${baselinePath} does not exist; create it with \`keyshift baseline create\``);
    }
    baseline = indexBaseline(parseBaseline(readFileSync(baselinePath, 'utf8'), baselinePath));
  }
  return {
    config,
    root: reportBase(req.targets ?? [], req.cwd),
    failOn: config.failOn,
    maxFileSize: config.maxFileSize,
    archives: config.archives,
    decodeDepth: config.decodeDepth,
    verify: config.verify,
    include: config.include,
    exclude: [...config.exclude, ...ownConfigExclude(config.file, req.cwd)],
    ignoreFileNames: ['.keyshiftignore', ...config.ignoreFiles.map((p) => resolveConfigPath(config, p, req.cwd))],
    catalog: catalogSelection(config),
    suppress: { allowlist: config.allowlist, baseline },
  };
}

/** What the catalog needs from a config: user patterns and the selection, with lines for messages. */
export function catalogSelection(config: KeyshiftConfig): CatalogSelection {
  return {
    custom: config.patterns.custom,
    customFile: config.file,
    ...(config.patterns.only !== undefined && { only: config.patterns.only }),
    enable: config.patterns.enable,
    disable: config.patterns.disable,
    severity: config.patterns.severity,
    allowlistIds: Object.keys(config.allowlist.patterns),
    lines: config.lines,
    genericEntropy: config.entropy.generic,
  };
}

/**
 * The config of a command that does not scan (`patterns list|check`, `explain`): --config, else the
 * nearest .keyshift.yaml upward from `cwd`, else the defaults.
 */
export function loadCommandConfig(cwd: string, configFile?: string): KeyshiftConfig {
  const file = configFile ? resolve(cwd, configFile) : findConfigFile(cwd);
  if (configFile && !existsSync(file!)) throw new ConfigError(`--config: ${configFile} does not exist`);
  return file ? loadConfig(file) : defaultConfig();
}

/**
 * The config file in use is not scanned: its custom patterns' examples are fake secrets by design.
 * Returned as an exclude glob for the walker (paths are relative to the working directory).
 */
function ownConfigExclude(file: string | undefined, cwd: string): string[] {
  if (!file) return [];
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return [];
  return [rel.split(sep).join('/')];
}
