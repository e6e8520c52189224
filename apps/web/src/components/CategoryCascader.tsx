import { useMemo } from 'react';
import { Cascader } from 'antd';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { useApi } from '../api/useApi';
import { categoryOptions, categoryPath } from '../lib/category-tree';

interface Props {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/**
 * Picks a category from the table in force, level by level (门类 → 大类 → 二级 → 品目), any level
 * selectable, searchable by code or name. Works as a form control: value and onChange carry the code.
 */
export function CategoryCascader({ id, value, onChange, placeholder, style, ...rest }: Props) {
  const loaded = useApi(() => unwrap(api.GET('/api/categories')), []);
  const rows = useMemo(() => loaded.data ?? [], [loaded.data]);
  const options = useMemo(() => categoryOptions(rows), [rows]);
  return (
    <Cascader
      id={id}
      aria-label={rest['aria-label']}
      style={style}
      loading={loaded.loading}
      options={options}
      changeOnSelect
      showSearch={{ filter: (input, path) => path.some((o) => String(o.label).toLowerCase().includes(input.toLowerCase())) }}
      placeholder={placeholder}
      value={categoryPath(rows, value)}
      onChange={(path) => onChange?.(path?.length ? String(path[path.length - 1]) : undefined)}
    />
  );
}
