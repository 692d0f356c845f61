// Every verifier keyshift has, one file each under verifiers/. A pattern id appears in at most one.
import type { Verifier } from './types.js';
import { anthropic } from './verifiers/anthropic.js';
import { aws } from './verifiers/aws.js';
import { datadog } from './verifiers/datadog.js';
import { github } from './verifiers/github.js';
import { gitlab } from './verifiers/gitlab.js';
import { huggingface } from './verifiers/huggingface.js';
import { mailgun } from './verifiers/mailgun.js';
import { npm } from './verifiers/npm.js';
import { openai } from './verifiers/openai.js';
import { sendgrid } from './verifiers/sendgrid.js';
import { slack } from './verifiers/slack.js';
import { pypi } from './verifiers/pypi.js';
import { privateKeys } from './verifiers/ssh.js';
import { stripe } from './verifiers/stripe.js';
import { twilio } from './verifiers/twilio.js';

export const VERIFIERS: readonly Verifier[] = [anthropic, aws, datadog, github, gitlab, huggingface, mailgun, npm, openai, privateKeys, pypi, sendgrid, slack, stripe, twilio];
