import { useNavigate, useParams } from 'react-router';
import { App, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { useDepartmentName } from '../../../app/departments';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { NeedStatusKey, spaceNeedWords, sqm, UseKey } from '../messages';
import { MatchReasons } from './MatchReasons';

type Match = Schemas['SpaceMatchView'];

/** 匹配结果: vacant property ranked for one need, each with its reasons; the need's manager takes one (选用). */
export default function MatchesPage() {
  const t = useT(spaceNeedWords);
  const { needId = '' } = useParams();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const manager = useSession()?.actor.role === 'asset_manager';
  const unitName = useDepartmentName();
  const need = useApi(() => unwrap(api.GET('/api/space-needs/{needId}', { params: { path: { needId } } })), [needId]);
  const matches = useApi(() => unwrap(api.GET('/api/space-needs/{needId}/matches', { params: { path: { needId } } })), [needId]);
  const open = need.data?.status === 'open';

  const take = (m: Match): void => {
    modal.confirm({
      title: t('take'),
      content: t('takeConfirm', { name: `${m.propertyNo} ${m.name}` }),
      okText: t('take'),
      onOk: async () => {
        await unwrap(
          api.POST('/api/space-needs/{needId}/matches/{propertyId}/take', { params: { path: { needId, propertyId: m.propertyId } } }),
        ).catch((e: unknown) => {
          void message.error(e instanceof Error ? e.message : String(e));
          throw e;
        });
        void message.success(t('taken'));
        void navigate('/space-allocations');
      },
    });
  };

  return (
    <>
      <PageHeader
        title={need.data ? `${t('matchesTitle')}：${need.data.title}` : t('matchesTitle')}
        sub={t('matchesSub')}
        extra={<Button onClick={() => void navigate('/space-needs')}>{t('back')}</Button>}
      />
      <ApiErrorAlert error={need.error ?? matches.error} />
      {need.data && !open && (
        <Typography.Paragraph type="warning">
          {t('notOpen', { status: t(`status.${need.data.status as NeedStatusKey}`) })}
        </Typography.Paragraph>
      )}
      <List<Match>
        loading={matches.loading}
        dataSource={matches.data ?? []}
        locale={{ emptyText: <Empty description={t('matchesEmpty')} /> }}
        grid={{ gutter: 16, xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
        renderItem={(m, i) => (
          <List.Item>
            <Card
              data-testid="match-card"
              title={
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{`${i + 1}. ${m.name}`}</Typography.Text>
                  <Tag>{t('score', { score: m.score })}</Tag>
                </Flex>
              }
            >
              <Typography.Paragraph style={{ marginBottom: 8 }}>
                {m.propertyNo} · {t(`use.${m.use as UseKey}`)} · {sqm(m.grossAreaSqm)}
                <br />
                {t('owner')}：{unitName(m.ownerUnitId)}
                {m.address && (
                  <>
                    <br />
                    {m.address}
                  </>
                )}
              </Typography.Paragraph>
              <MatchReasons reasons={m.reasons} />
              {manager && open && (
                <Button
                  type="primary"
                  block
                  style={{ minHeight: 44, marginTop: 12 }}
                  onClick={() => take(m)}
                  aria-label={`${t('take')} ${m.propertyNo}`}
                >
                  {t('take')}
                </Button>
              )}
            </Card>
          </List.Item>
        )}
      />
    </>
  );
}
