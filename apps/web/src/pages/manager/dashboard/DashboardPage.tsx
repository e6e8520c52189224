import { Link, useNavigate } from 'react-router';
import { Button, Card, Col, List, Row, Space, Spin, Statistic } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { DownloadButtons } from '../../../components/DownloadButtons';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { formatCount, formatFen, sumFen } from '../../../lib/money';
import { ClassChart } from './ClassChart';
import { loadDashboard } from './dashboard-data';
import { messages } from './messages';

/** 工作台: the unit's register at a glance, what waits in the warehouse, and my to-dos. */
export default function DashboardPage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const departmentId = useSession()?.actor.departmentId ?? '';
  const dept = useDepartmentName();
  const data = useApi(() => loadDashboard(departmentId), [departmentId]);
  const d = data.data;
  const todos = d
    ? [
        ...d.claimsWaiting.map((l) => ({
          key: `c${l.listingId}`,
          to: '/manager/claims',
          text: t('todoPick', { name: l.name, n: l.claimsCount }),
        })),
        ...d.handovers.map((tr) => ({
          key: `h${tr.transferId}`,
          to: '/manager/transfers',
          text: t('todoHandover', {
            name: tr.assetName,
            unit: dept(tr.toDepartmentId === departmentId ? tr.fromDepartmentId : tr.toDepartmentId),
          }),
        })),
        ...d.reviews.map((tr) => ({
          key: `r${tr.transferId}`,
          to: `/manager/assets/${tr.assetId}`,
          text: t('todoReview', { name: tr.assetName, from: dept(tr.fromDepartmentId), to: dept(tr.toDepartmentId) }),
        })),
      ]
    : [];
  return (
    <>
      <PageHeader
        title={t('title')}
        sub={d ? t('sub', { unit: dept(departmentId), date: formatDateTime(d.asOf) }) : undefined}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/manager/assets/new')}>
            {t('register')}
          </Button>
        }
      />
      <ApiErrorAlert error={data.error} />
      {!d ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {[
              { title: t('assets'), value: formatCount(d.lines.reduce((n, l) => n + l.count, 0)), to: '/manager/assets' },
              { title: t('value'), value: formatFen(sumFen(d.lines.map((l) => l.originalValueFen))), to: '/manager/assets' },
              { title: t('listed'), value: formatCount(d.status.listed ?? 0), to: '/manager/claims' },
              { title: t('claimsWaiting'), value: formatCount(d.claimsWaiting.length), to: '/manager/claims' },
              { title: t('inTransfer'), value: formatCount(d.inTransfer.length), to: '/manager/transfers' },
            ].map((s) => (
              <Col key={s.title} xs={12} md={8} xl={4}>
                <Link to={s.to} aria-label={`${s.title} ${s.value}`}>
                  <Card hoverable size="small">
                    <Statistic title={s.title} value={s.value} />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={9}>
              <Card title={t('todos')}>
                <List
                  dataSource={todos}
                  locale={{ emptyText: t('noTodos') }}
                  renderItem={(item) => (
                    <List.Item>
                      <Link to={item.to}>{item.text}</Link>
                    </List.Item>
                  )}
                />
              </Card>
            </Col>
            <Col xs={24} xl={15}>
              <Card
                title={t('byClass')}
                extra={
                  <DownloadButtons
                    name="register-summary"
                    download={(format) =>
                      unwrap(api.GET('/api/reports/register-summary', { params: { query: { format } }, parseAs: 'blob' })) as Promise<Blob>
                    }
                  />
                }
              >
                <ClassChart lines={d.lines} />
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </>
  );
}
