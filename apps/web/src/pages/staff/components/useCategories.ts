import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';

/** GB/T 14885 categories: the 门类 list for filters, and a name for any code. */
export function useCategories() {
  const loaded = useApi(() => unwrap(api.GET('/api/categories')), []);
  const all = loaded.data ?? [];
  const byCode = new Map(all.map((c) => [c.code, c.name]));
  return {
    loading: loaded.loading,
    all,
    classes: all.filter((c) => c.level === 'class'),
    name: (code: string) => byCode.get(code) ?? code,
  };
}
