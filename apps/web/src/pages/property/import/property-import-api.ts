import { api } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';
import type { ImportReport } from '../../../components/import/ImportReportCard';

/** The file as the multipart body the property import endpoints take. */
const multipart = (file: File) => ({
  body: { file: file as unknown as string },
  bodySerializer: (body: { file: string }) => {
    const form = new FormData();
    form.append('file', body.file as unknown as Blob);
    return form;
  },
});

export const dryRunPropertyImport = (file: File) => unwrap(api.POST('/api/property-imports/dry-run', multipart(file)));
export const startPropertyImport = (file: File) => unwrap(api.POST('/api/property-imports', multipart(file)));
export const propertyImportProgress = (jobId: string) => unwrap(api.GET('/api/property-imports/{jobId}', { params: { path: { jobId } } }));
export const propertyImportTemplate = () => unwrap(api.GET('/api/property-imports/template', { parseAs: 'blob' })) as Promise<Blob>;

/** The report a refused import carries (422 PROPERTY_IMPORT_HAS_ERRORS), or null for any other error. */
export function refusedPropertyReport(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError) || error.code !== 'PROPERTY_IMPORT_HAS_ERRORS') return null;
  return (error.body.details?.report as ImportReport | undefined) ?? null;
}
