import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { auditWords } from './messages';

interface Option {
  value: string;
  label: string;
}

/** Finds an asset by number or name (register search) and gives its id; shows the chosen one by number and name. */
export function AssetPicker({ id, value, onChange }: { id?: string; value?: string; onChange?: (assetId: string | undefined) => void }) {
  const t = useT(auditWords);
  const [options, setOptions] = useState<Option[]>([]);
  const [query, setQuery] = useState('');
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      unwrap(api.GET('/api/assets', { params: { query: { q: query || undefined, limit: 20 } } })).then(
        (page) =>
          live &&
          setOptions((prev) => {
            const found = page.items.map((a) => ({ value: a.assetId, label: `${a.assetNo} ${a.name}` }));
            const kept = prev.filter((o) => o.value === value && !found.some((f) => f.value === o.value));
            return [...kept, ...found];
          }),
        () => undefined,
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, value]);
  const shown = value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options;
  return (
    <Select
      id={id}
      aria-label={t('asset')}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear
      placeholder={t('assetPlaceholder')}
      value={value}
      options={shown}
      onChange={(v: string | undefined) => onChange?.(v)}
      style={{ minWidth: 260 }}
    />
  );
}
