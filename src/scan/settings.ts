// Resolves what a scan runs with: the config file (found upward from the scan root, or --config), CLI
// overrides on top, and the pieces each stage needs (walk options, catalog selection, suppression context).
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Severity } from '../model/types.js';
import type { ContainerLimits } from '../model/archive-limits.js';
import { ConfigError } from '../model/errors.js';
import { quoteUserText } from '../model/secret.js';
import { findConfigFile, loadConfig, mergeConfig, resolveConfigPath, defaultConfig, type KeyshiftConfig } from '../config/config.js';
import { readBaseline, indexBaseline, type BaselineScheme } from '../suppress/baseline.js';
import { checkSalt, DEFAULT_FINGERPRINT_SALT, makeSalt, type FingerprintSalt } from '../model/fingerprint.js';
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
  /** ScanRequest.fingerprintSalt: the caller's salt (one for a whole organisation); wins over every other. */
  fingerprintSalt?: string;
  /** KEYSHIFT_FINGERPRINT_SALT as the entry point read it. */
  envFingerprintSalt?: string;
  /** Used in place of the default salt when nothing else names one (a new baseline's random salt). */
  fallbackFingerprintSalt?: string;
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
  /** The salt of every fingerprint this scan reports (resolveFingerprintSalt). */
  fingerprintSalt: FingerprintSalt;
  /** The baseline file in use, absolute, when there is one. */
  baselineFile?: string;
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
    baseline = indexBaseline(readBaseline(readFileSync(baselinePath, 'utf8'), baselinePath));
  }
  const fingerprintSalt = resolveFingerprintSalt(req, config, baseline?.scheme, baselinePath);
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
    fingerprintSalt,
    ...(baselinePath && { baselineFile: baselinePath }),
  };
}

export const FINGERPRINT_SALT_ENV = 'KEYSHIFT_FINGERPRINT_SALT';

/**
 * The salt of the fingerprints a scan reports, first that is set: (1) the request's (an organisation-wide salt),
 * (2) KEYSHIFT_FINGERPRINT_SALT, (3) the config's `fingerprint.salt`, (4) the salt a v2 baseline holds, (5) the
 * caller's fallback (a new baseline's random salt), (6) DEFAULT_FINGERPRINT_SALT. docs/fingerprints.md.
 * A baseline is matched under its own salt whatever wins here, which needs that salt: a baseline that names an
 * external salt only by its id can be read only with that salt in (1) to (3).
 */
export function resolveFingerprintSalt(req: SettingsRequest, config: KeyshiftConfig, scheme: BaselineScheme | undefined, baselineFile?: string): FingerprintSalt {
  const explicit =
    req.fingerprintSalt !== undefined
      ? makeSalt(checkSalt(req.fingerprintSalt, 'ScanRequest.fingerprintSalt'), 'request')
      : req.envFingerprintSalt !== undefined && req.envFingerprintSalt !== ''
        ? makeSalt(checkSalt(req.envFingerprintSalt, FINGERPRINT_SALT_ENV), 'env')
        : config.fingerprint.salt !== undefined
          ? makeSalt(config.fingerprint.salt, 'config')
          : undefined;
  if (scheme?.version === 2 && scheme.salt === undefined && explicit?.id !== scheme.saltId) {
    const have = explicit ? `the salt from ${saltOrigin(explicit)} is another one (id ${explicit.id})` : `set ${FINGERPRINT_SALT_ENV} or fingerprint.salt to it`;
    throw new ConfigError(`baseline${baselineFile ? ` ${baselineFile}` : ''}: its fingerprints use a salt kept outside the file (salt id ${scheme.saltId}); ${have}`);
  }
  if (explicit) return explicit;
  if (scheme?.version === 2 && scheme.salt !== undefined) return makeSalt(scheme.salt, 'baseline');
  if (req.fallbackFingerprintSalt !== undefined) return makeSalt(req.fallbackFingerprintSalt, 'generated');
  return makeSalt(DEFAULT_FINGERPRINT_SALT, 'default');
}

/** Where a salt was set, in words for a message. */
export function saltOrigin(salt: FingerprintSalt): string {
  switch (salt.source) {
    case 'request':
      return 'the scan request';
    case 'env':
      return FINGERPRINT_SALT_ENV;
    case 'config':
      return 'fingerprint.salt in the config';
    case 'baseline':
      return 'the baseline';
    case 'generated':
      return 'a new random salt';
    default:
      return 'the built-in default';
  }
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
