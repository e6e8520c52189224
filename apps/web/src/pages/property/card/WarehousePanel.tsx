import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Flex, Typography } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { StatusTag } from '../../../components/StatusTag';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { ListDialog } from '../../manager/asset-card/ListDialog';
import { messages } from './messages';

/**
 * An idle property's way into the warehouse: its linked 房屋和构筑物 card is listed with the asset card's own
 * 闲置入仓 dialog (same rules, same listing). A card kept as office space is refused there, so it is not offered.
 */
export function WarehousePanel({ assetId, manager, canList }: { assetId: string; manager: boolean; canList: boolean }) {
  const t = useT(messages);
  const [open, setOpen] = useState(false);
  const [tick, setTick] = useState(0);
  const asset = useApi(() => unwrap(api.GET('/api/assets/{assetId}', { params: { path: { assetId } } })), [assetId, tick]);
  if (asset.error) return <ApiErrorAlert error={asset.error} />;
  if (!asset.data) return null;
  const card = asset.data;
  const office = card.usage === 'office_space';
  return (
    <Flex vertical gap={8}>
      {office ? <Alert type="info" showIcon title={t('warehouseOffice')} /> : <Typography.Text>{t('warehouseIdle')}</Typography.Text>}
      <Flex gap={8} wrap align="center">
        <Typography.Text type="secondary">{t('warehouseListed')}</Typography.Text>
        <StatusTag status={card.status} />
        {manager && <Link to={`/manager/assets/${assetId}`}>{t('openAsset')}</Link>}
        {canList && !office && card.status === 'in_use' && (
          <Button type="primary" onClick={() => setOpen(true)} style={{ minHeight: 44 }}>
            {t('warehouseList')}
          </Button>
        )}
      </Flex>
      <ListDialog
        asset={card}
        open={open}
        onClose={() => setOpen(false)}
        onDone={() => {
          setOpen(false);
          setTick((n) => n + 1);
        }}
      />
    </Flex>
  );
}
