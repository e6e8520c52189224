import { useState } from 'react';
import { Select } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { messages } from './messages';

/**
 * The property room or parcel a space is part of, searched in the unit's register (物业台账) by name,
 * number or address. Office rooms are listed but cannot be picked: 《机关事务管理条例》第二十三条.
 */
export function PropertyPicker({ id, value, onChange }: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const t = useT(messages);
  const [q, setQ] = useState('');
  const found = useApi(async () => {
    const query = { q: q.trim() || undefined, limit: 50 };
    const [rooms, parcels] = await Promise.all(
      (['room', 'parcel'] as const).map((kind) => unwrap(api.GET('/api/properties', { params: { query: { ...query, kind } } }))),
    );
    return [...rooms.items, ...parcels.items];
  }, [q]);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      loading={found.loading}
      placeholder={t('propertyPlaceholder')}
      notFoundContent={t('noProperty')}
      options={(found.data ?? []).map((p) => ({
        value: p.propertyId,
        disabled: p.use === 'office',
        label: `${p.name}（${p.propertyNo}）${p.use === 'office' ? ` · ${t('officeNotShareable')}` : ` · ${p.address}`}`,
      }))}
    />
  );
}
