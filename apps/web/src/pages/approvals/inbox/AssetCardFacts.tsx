import { Descriptions, Spin } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { Money } from '../../../components/Money';
import { StatusTag } from '../../../components/StatusTag';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { formatDate } from '../../../lib/dates';
import { messages } from './messages';

/** The asset card (资产卡片) as the register has it now, loaded when the approver opens it. */
export function AssetCardFacts({ assetId }: { assetId: string }) {
  const t = useT(messages);
  const department = useDepartmentName();
  const card = useApi(() => unwrap(api.GET('/api/assets/{assetId}', { params: { path: { assetId } } })), [assetId]);
  if (card.loading) return <Spin />;
  if (!card.data) return <ApiErrorAlert error={card.error} />;
  const a = card.data;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label={t('assetNo')}>{a.assetNo}</Descriptions.Item>
      <Descriptions.Item label={t('category')}>
        {a.category.code} {a.category.className}
      </Descriptions.Item>
      <Descriptions.Item label={t('from')}>{department(a.departmentId)}</Descriptions.Item>
      <Descriptions.Item label={t('custodian')}>{a.custodian}</Descriptions.Item>
      <Descriptions.Item label={t('location')}>{a.location}</Descriptions.Item>
      <Descriptions.Item label={t('acquiredOn')}>{formatDate(a.acquiredOn)}</Descriptions.Item>
      <Descriptions.Item label={t('originalValue')}>
        <Money fen={a.originalValueFen} />
      </Descriptions.Item>
      <Descriptions.Item label={t('depreciation')}>
        <Money fen={a.accumulatedDepreciationFen} />
      </Descriptions.Item>
      <Descriptions.Item label={t('netBookValue')}>
        <Money fen={a.netBookValueFen} />
      </Descriptions.Item>
      <Descriptions.Item label={t('brand')}>{a.brand ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('specification')}>{a.specification ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('status')}>
        <StatusTag status={a.status} />
      </Descriptions.Item>
    </Descriptions>
  );
}
