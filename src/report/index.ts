// The report stage's public surface: one entry per output format, behind one signature.
// Pure: returns strings; writing files and computing exit codes belong to the CLI.
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import type { SarifOptions } from './sarif.js';
import { formatText } from './text.js';
import type { FormatOptions, Report } from './types.js';

export type { FormatOptions, Report, RuleInfo } from './types.js';
export { buildSarif, formatSarif, type SarifOptions } from './sarif.js';
export { buildJson, formatJson, JSON_OUTPUT_VERSION } from './json.js';
export { formatText } from './text.js';
export { formatMarkdown, formatSummaryTable } from './markdown.js';
export { formatHtml, HTML_CSP } from './html.js';

import { type ReportFormat } from './formats.js';
export { REPORT_FORMATS, formatReportLazy, type ReportFormat } from './formats.js';

export function formatReport(format: ReportFormat, report: Report, opts: FormatOptions & Partial<SarifOptions>): string {
  switch (format) {
    case 'text':
      return formatText(report, opts);
    case 'json':
      return formatJson(report, opts);
    case 'sarif':
      return formatSarif(report, opts);
    case 'markdown':
      return formatMarkdown(report, opts);
    case 'html':
      return formatHtml(report, opts);
  }
}
