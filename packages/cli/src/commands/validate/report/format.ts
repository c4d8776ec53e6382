import { VERSION } from '../../../shared/version.js';
import type { Report } from '../runner/report.js';

import type { ReportFormat } from '../../../shared/options.js';

/** A report in one of the formats of `gpos validate` (every command that reports problems uses them); each formatter loads only when asked for. */
export async function formatReport(report: Report, format: ReportFormat, options: { color: boolean }): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).formatJson(report);
    case 'junit':
      return (await import('./junit.js')).formatJunit(report);
    case 'sarif': {
      const { loadCatalog } = await import('../../../shared/catalog/catalog.js');
      return (await import('./sarif.js')).formatSarif(report, await loadCatalog(), VERSION);
    }
    case 'github':
      return (await import('./github.js')).formatGithub(report);
    default:
      return (await import('./pretty.js')).formatPretty(report, options);
  }
}
