import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';

/** Every 单位 code in the directory, so a report lists units with nothing to report as zero. */
export function useDepartmentCodes(): string[] {
  const { data } = useApi(() => unwrap(api.GET('/api/departments')), []);
  return (data ?? []).map((d) => d.code).sort();
}
