// The output formats, each loaded when it is asked for: a pre-commit scan writes text and need not
// evaluate the HTML, SARIF, Markdown and JSON writers (docs/performance.md, issue 19 item 9).
import type { SarifOptions } from './sarif.js';
import type { FormatOptions, Report } from './types.js';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export async function formatReportLazy(format: ReportFormat, report: Report, opts: FormatOptions & Partial<SarifOptions>): Promise<string> {
  switch (format) {
    case 'text':
      return (await import('./text.js')).formatText(report, opts);
    case 'json':
      return (await import('./json.js')).formatJson(report, opts);
    case 'sarif':
      return (await import('./sarif.js')).formatSarif(report, opts);
    case 'markdown':
      return (await import('./markdown.js')).formatMarkdown(report, opts);
    case 'html':
      return (await import('./html.js')).formatHtml(report, opts);
  }
}
