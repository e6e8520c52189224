import { Link, useNavigate } from 'react-router';
import { Button, Card, Empty, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { defineMessages } from '../../../i18n/messages';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { sharingWords } from '../sharing-words';
import { formatWindow } from '../windows';
import { AffectedBookingsCard } from './AffectedBookingsCard';

const messages = defineMessages({
  'zh-CN': {
    title: '共享场地',
    publish: '发布共享空间',
    name: '名称',
    kind: '类型',
    location: '地点',
    windows: '开放时段',
    capacity: '每时段名额',
    audiences: '开放对象',
    blackouts: '暂停',
    empty: '本单位还没有发布共享空间',
  },
  'en-US': {
    title: 'Shared spaces',
    publish: 'Publish a shared space',
    name: 'Name',
    kind: 'Kind',
    location: 'Location',
    windows: 'Windows',
    capacity: 'Places per slot',
    audiences: 'Open to',
    blackouts: 'Blackouts',
    empty: 'Your unit has not published a shared space yet',
  },
});

type Space = Schemas['SpaceView'];

/** 共享场地: my unit's published spaces, each leading to its occupancy and blackouts. */
export default function SpacesPage() {
  const t = useT(messages);
  const w = useT(sharingWords);
  const navigate = useNavigate();
  const departmentId = useSession()?.actor.departmentId;
  const spaces = useApi(() => unwrap(api.GET('/api/spaces')), []);
  const mine = (spaces.data ?? []).filter((s) => s.departmentId === departmentId);
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/spaces/new')}>
            {t('publish')}
          </Button>
        }
      />
      <ApiErrorAlert error={spaces.error} />
      <Card>
        <Table<Space>
          rowKey="spaceId"
          loading={spaces.loading}
          dataSource={mine}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('empty')} /> }}
          columns={[
            { title: t('name'), dataIndex: 'name', render: (name: string, s) => <Link to={`/spaces/${s.spaceId}`}>{name}</Link> },
            { title: t('kind'), dataIndex: 'kind', render: (k: Space['kind']) => w(`kind.${k}`) },
            { title: t('location'), dataIndex: 'location' },
            {
              title: t('windows'),
              key: 'windows',
              render: (_, s) =>
                s.schedule.windows.map((win, i) => (
                  <div key={i}>
                    {w(`days.${win.days}`)} {formatWindow(win.start, win.end, w('nextDay'))}
                  </div>
                )),
            },
            { title: t('capacity'), key: 'capacity', align: 'right', render: (_, s) => s.schedule.capacity.toLocaleString('zh-CN') },
            { title: t('audiences'), key: 'audiences', render: (_, s) => s.audiences.map((a) => w(`audience.${a}`)).join('、') },
            { title: t('blackouts'), key: 'blackouts', align: 'right', render: (_, s) => s.blackouts.length },
          ]}
        />
      </Card>
      <AffectedBookingsCard />
    </>
  );
}
