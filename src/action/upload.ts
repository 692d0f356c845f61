// SARIF upload to code scanning: gzip + base64, pinned to the commit and ref the results belong to.
// The SARIF itself (limits, truncation, fingerprints) is the report stage's; this only ships it.
import { gzipSync } from 'node:zlib';
import type { GitHubClient } from '../github/client.js';

export interface UploadTarget {
  owner: string;
  repo: string;
  commitSha: string;
  ref: string;
}

export async function uploadSarif(client: GitHubClient, t: UploadTarget, sarifText: string): Promise<{ id: string | undefined; gzipBytes: number }> {
  const gz = gzipSync(Buffer.from(sarifText, 'utf8'));
  const { data } = await client.rest.codeScanning.uploadSarif({
    owner: t.owner,
    repo: t.repo,
    commit_sha: t.commitSha,
    ref: t.ref,
    sarif: gz.toString('base64'),
    tool_name: 'keyshift',
  });
  return { id: data.id, gzipBytes: gz.length };
}
