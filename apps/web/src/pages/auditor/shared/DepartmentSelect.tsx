import { Select } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { auditWords } from './messages';

/** 单位 by name (code beside it), from the department directory. */
export function DepartmentSelect({
  id,
  value,
  onChange,
  allowClear = true,
}: {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  allowClear?: boolean;
}) {
  const t = useT(auditWords);
  const { data, loading } = useApi(() => unwrap(api.GET('/api/departments')), []);
  return (
    <Select
      id={id}
      aria-label={t('department')}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      loading={loading}
      placeholder={t('departmentPlaceholder')}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={(data ?? []).map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }))}
      style={{ minWidth: 220 }}
    />
  );
}
