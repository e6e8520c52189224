import { api, Schemas } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';

export type ImportReport = Schemas['ImportReportView'];
export type ImportProgress = Schemas['ImportProgressView'];
export type ColumnMapping = Record<string, string>;

/** The file (and mapping, when one is set) as the multipart body both import endpoints take. */
const multipart = (file: File, mapping: ColumnMapping) => ({
  body: { file: file as unknown as string, ...(Object.keys(mapping).length ? { mapping: JSON.stringify(mapping) } : {}) },
  bodySerializer: (body: { file: string; mapping?: string }) => {
    const form = new FormData();
    form.append('file', body.file as unknown as Blob);
    if (body.mapping) form.append('mapping', body.mapping);
    return form;
  },
});

export const dryRunImport = (file: File, mapping: ColumnMapping) =>
  unwrap(api.POST('/api/asset-imports/dry-run', multipart(file, mapping)));
export const startImport = (file: File, mapping: ColumnMapping) => unwrap(api.POST('/api/asset-imports', multipart(file, mapping)));
export const importProgress = (jobId: string) => unwrap(api.GET('/api/asset-imports/{jobId}', { params: { path: { jobId } } }));

/** The report a refused import carries (422 IMPORT_FILE_HAS_ERRORS), or null for any other error. */
export function refusedReport(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_FILE_HAS_ERRORS') return null;
  return (error.body.details?.report as ImportReport | undefined) ?? null;
}

/** The server's own sentence about a file it could not read (the catalogue's words stay in the title). */
export const errorDetail = (error: unknown): string | undefined =>
  error instanceof ApiError ? ((error.body as { detail?: string }).detail ?? undefined) : undefined;
