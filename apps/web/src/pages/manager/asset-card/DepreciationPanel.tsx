import { Alert, Descriptions, Table } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { messages } from './depreciation-messages';

type Line = Schemas['ChargeScheduleLine'];

/** The card's depreciation from the ledger: 原值, 累计折旧 (opening + monthly charges), 账面净值, and the charge of each closed month. */
export function DepreciationPanel({ assetId }: { assetId: string }) {
  const t = useT(messages);
  const book = useApi(() => unwrap(api.GET('/api/depreciation/assets/{assetId}', { params: { path: { assetId } } })), [assetId]);
  const d = book.data;
  const life =
    d?.lifeKind === 'life' && d.lifeMonths !== null
      ? t('lifeYears', { years: String(d.lifeMonths / 12) })
      : d?.lifeKind === 'not_depreciated'
        ? t('notDepreciated')
        : t('unknownLife');
  return (
    <>
      <ApiErrorAlert error={book.error} />
      {d && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered data-testid="depreciation-totals">
            <Descriptions.Item label={t('original')}>
              <Money fen={d.originalValueFen} />
            </Descriptions.Item>
            <Descriptions.Item label={t('life')}>{life}</Descriptions.Item>
            <Descriptions.Item label={t('opening')}>
              <Money fen={d.openingFen} />
            </Descriptions.Item>
            <Descriptions.Item label={t('accumulated')}>
              <Money fen={d.accumulatedFen} />
            </Descriptions.Item>
            <Descriptions.Item label={t('nbv')}>
              <Money fen={d.netBookValueFen} strong />
            </Descriptions.Item>
          </Descriptions>
          {d.lifeKind === 'unknown' && <Alert type="warning" showIcon title={t('unknownHint')} style={{ marginTop: 12 }} />}
          <Table<Line>
            style={{ marginTop: 12 }}
            rowKey="month"
            size="small"
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            dataSource={[...d.schedule].reverse()}
            data-testid="depreciation-schedule"
            locale={{ emptyText: t('noCharges') }}
            scroll={{ x: true }}
            columns={[
              { title: t('month'), dataIndex: 'month' },
              { title: t('charge'), align: 'right', render: (_, l) => <Money fen={l.chargeFen} /> },
              { title: t('accumulated'), align: 'right', render: (_, l) => <Money fen={l.accumulatedFen} /> },
              { title: t('nbv'), align: 'right', render: (_, l) => <Money fen={l.netBookValueFen} /> },
            ]}
          />
        </>
      )}
    </>
  );
}
