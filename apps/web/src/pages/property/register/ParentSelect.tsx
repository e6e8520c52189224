import { useState } from 'react';
import { Select } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { PARENT_KINDS, PropertyKind, propertyWords } from '../messages';

/** Picks a registered property of a kind that may hold `kind`, searched by number or name as one types. */
export function ParentSelect({
  kind,
  value,
  onChange,
  id,
  placeholder,
}: {
  kind: PropertyKind;
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
  placeholder: string;
}) {
  const tw = useT(propertyWords);
  const [q, setQ] = useState('');
  const kinds = PARENT_KINDS[kind];
  const found = useApi(
    () =>
      Promise.all(
        kinds.map((k) => unwrap(api.GET('/api/properties', { params: { query: { kind: k, q: q || undefined, limit: 30 } } }))),
      ).then((pages) => pages.flatMap((p) => p.items)),
    [kind, q],
  );
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={placeholder}
      disabled={kinds.length === 0}
      loading={found.loading}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={(found.data ?? []).map((p) => ({
        value: p.propertyId,
        label: `${p.propertyNo} ${p.name}（${tw(`kind.${p.kind as 'room'}`)}）`,
      }))}
    />
  );
}
