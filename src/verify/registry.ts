// Every verifier keyshift has, one file each under verifiers/. A pattern id appears in at most one.
import type { Verifier } from './types.js';
import { aws } from './verifiers/aws.js';
import { github } from './verifiers/github.js';
import { gitlab } from './verifiers/gitlab.js';
import { slack } from './verifiers/slack.js';

export const VERIFIERS: readonly Verifier[] = [aws, github, gitlab, slack];
