// Container image tarballs (`docker save`, and OCI image layouts): finds the layers and the image config
// from manifest.json (docker) or index.json + blobs (OCI), names each layer `layer N` (1-based, in manifest
// order) and turns the config's Env and history[].created_by into texts (`config/Env`, `config/history`),
// one entry per line. Layers are passed on as entries, so the caller opens them as any nested tarball.
import type { Header } from 'tar';
import { tarLib } from './libs.js';
import { newBudget, type Budget, type EntryOrSkip, isEntrySkip, takeEntry } from './limits.js';
import { tarEntries } from './tar.js';

/** Image metadata (manifests, configs, indexes) is small JSON; the first pass keeps files up to this size. */
const META_MAX = 1024 * 1024;

interface ImagePlan {
  layers: Map<string, string>;
  config?: unknown;
}

/** Whether the tar's first entry looks like an image tarball's, from its header alone. */
function looksLikeImage(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  let h: Header;
  try {
    h = new (tarLib().Header)(Buffer.from(bytes.buffer, bytes.byteOffset, 512));
  } catch {
    // node-tar throws on a numeric field out of range (base-256 sizes); tarEntries reports such a tarball.
    return false;
  }
  if (h.type === 'ExtendedHeader' || h.type === 'GlobalExtendedHeader' || h.type === 'NextFileHasLongPath') return true;
  return /^(\.\/)?(blobs\/|oci-layout|index\.json|manifest\.json|repositories|[0-9a-f]{64}(\/|\.json))/.test(h.path ?? '');
}

/** The image plan, from one pass over the tar that keeps only small files; undefined for any other tarball. */
function imagePlan(bytes: Uint8Array, limits: Budget['limits']): ImagePlan | undefined {
  if (!looksLikeImage(bytes)) return undefined;
  const small = new Map<string, Uint8Array>();
  const meta = newBudget({ ...limits, maxBytes: 64 * 1024 * 1024, maxEntries: 100_000 });
  for (const e of tarEntries(bytes, meta, '', { keep: (_name, size) => size <= META_MAX })) {
    if (!isEntrySkip(e)) small.set(e.name, e.data);
  }
  const json = (name: string | undefined): unknown => {
    const data = name === undefined ? undefined : small.get(name);
    if (!data) return undefined;
    try {
      return JSON.parse(Buffer.from(data).toString('utf8'));
    } catch {
      return undefined;
    }
  };
  const blob = (digest: unknown): string | undefined => (typeof digest === 'string' && /^[a-z0-9]+:[0-9a-f]+$/.test(digest) ? `blobs/${digest.replace(':', '/')}` : undefined);
  const layers = new Map<string, string>();
  const docker = json('manifest.json');
  if (Array.isArray(docker) && docker.length > 0) {
    const first = docker[0] as { Config?: unknown; Layers?: unknown };
    if (Array.isArray(first.Layers)) first.Layers.forEach((l: unknown, i: number) => typeof l === 'string' && !layers.has(l) && layers.set(l, `layer ${i + 1}`));
    return { layers, config: typeof first.Config === 'string' ? json(first.Config) : undefined };
  }
  let manifest = json('index.json') as { manifests?: { digest?: unknown }[]; layers?: { digest?: unknown }[]; config?: { digest?: unknown } } | undefined;
  // An index may point at another index (multi-platform images): follow the first entry, twice at most.
  for (let hop = 0; hop < 3 && manifest && Array.isArray(manifest.manifests); hop++) manifest = json(blob(manifest.manifests[0]?.digest)) as typeof manifest;
  if (!manifest || !Array.isArray(manifest.layers)) return undefined;
  manifest.layers.forEach((l, i) => {
    const name = blob(l?.digest);
    if (name && !layers.has(name)) layers.set(name, `layer ${i + 1}`);
  });
  return { layers, config: json(blob(manifest.config?.digest)) };
}

/**
 * The entries of an image tarball (layers as `layer N`, config texts), or undefined when the tar is not
 * an image (then it is read as a plain tarball).
 */
export function imageEntries(bytes: Uint8Array, budget: Budget): Generator<EntryOrSkip> | undefined {
  const plan = imagePlan(bytes, budget.limits);
  return plan ? entries(bytes, budget, plan) : undefined;
}

function* entries(bytes: Uint8Array, budget: Budget, plan: ImagePlan): Generator<EntryOrSkip> {
  const config = plan.config as { config?: { Env?: unknown }; history?: { created_by?: unknown }[] } | undefined;
  const texts: [string, string[]][] = [
    ['config/Env', Array.isArray(config?.config?.Env) ? config.config.Env.filter((x): x is string => typeof x === 'string') : []],
    ['config/history', Array.isArray(config?.history) ? config.history.map((h) => (typeof h?.created_by === 'string' ? h.created_by : '')) : []],
  ];
  for (const [name, lines] of texts) {
    if (lines.every((l) => l === '')) continue;
    const data = Buffer.from(lines.join('\n'), 'utf8');
    const over = takeEntry(budget, data.length);
    if (over) {
      yield over;
      return;
    }
    yield { name, data };
  }
  for (const e of tarEntries(bytes, budget, '', { keep: (name) => plan.layers.has(name) })) {
    if (isEntrySkip(e)) yield e;
    else yield { name: plan.layers.get(e.name) ?? e.name, data: e.data, layer: true };
  }
}
