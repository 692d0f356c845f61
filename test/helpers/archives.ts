// Archives built by the tests themselves, in memory: tarballs (node-tar's Header for the 512-byte headers),
// zips (fflate), a `docker save` image tarball and an OCI layout. Fake content only.
import { Header } from 'tar';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';

/** A ustar tarball of these files, in this order. */
export function tarOf(files: [string, Uint8Array | string][]): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of files) {
    const data = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    const h = new Header({ path: name, size: data.length, type: 'File', mode: 0o644, mtime: new Date(0) });
    const block = Buffer.alloc(512);
    h.encode(block, 0);
    parts.push(block, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export function zipOf(files: Record<string, Uint8Array | string>, level: 0 | 6 | 9 = 6): Buffer {
  const z: Zippable = {};
  for (const [name, content] of Object.entries(files)) z[name] = [typeof content === 'string' ? strToU8(content) : content, { level }];
  return Buffer.from(zipSync(z));
}

/** A `docker save` tarball: legacy layout (`<id>/layer.tar`, `<id>.json` config, manifest.json last). */
export function dockerSave(layers: Buffer[], config: object): Buffer {
  const configJson = Buffer.from(JSON.stringify(config));
  const configName = `${sha(configJson)}.json`;
  const layerNames = layers.map((l) => `${sha(l)}/layer.tar`);
  const manifest = [{ Config: configName, RepoTags: ['example/app:1'], Layers: layerNames }];
  return tarOf([...layers.map((l, i): [string, Buffer] => [layerNames[i]!, l]), [configName, configJson], ['manifest.json', JSON.stringify(manifest)]]);
}

/** An OCI image layout tarball: oci-layout, index.json -> manifest blob -> config and layer blobs. */
export function ociLayout(layers: Buffer[], config: object): Buffer {
  const configJson = Buffer.from(JSON.stringify(config));
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, config: { digest: `sha256:${sha(configJson)}` }, layers: layers.map((l) => ({ digest: `sha256:${sha(l)}` })) }));
  const index = { schemaVersion: 2, manifests: [{ digest: `sha256:${sha(manifest)}` }] };
  return tarOf([
    ['oci-layout', '{"imageLayoutVersion":"1.0.0"}'],
    ...layers.map((l): [string, Buffer] => [`blobs/sha256/${sha(l)}`, l]),
    [`blobs/sha256/${sha(configJson)}`, configJson],
    [`blobs/sha256/${sha(manifest)}`, manifest],
    ['index.json', JSON.stringify(index)],
  ]);
}

function sha(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}
