import { useState } from 'react';
import { Select } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';

/** 房屋和构筑物 (A01) cards of the caller's register, searched by number or name as one types. */
export function AssetCardSelect({
  value,
  onChange,
  id,
  placeholder,
}: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
  placeholder: string;
}) {
  const [q, setQ] = useState('');
  const found = useApi(
    () => unwrap(api.GET('/api/assets', { params: { query: { categoryClass: 'A01000000', q: q || undefined, limit: 30 } } })),
    [q],
  );
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={placeholder}
      loading={found.loading}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={(found.data?.items ?? []).map((a) => ({ value: a.assetId, label: `${a.assetNo} ${a.name}` }))}
    />
  );
}
