import { CarOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

const MANAGER = ['asset_manager'] as const;

/** 资产管理员's side of 错峰共享: publish spaces, blackouts, occupancy. */
export const spacePages = definePages([
  {
    path: '/spaces',
    title: { 'zh-CN': '共享场地', 'en-US': 'Shared spaces' },
    roles: MANAGER,
    menu: { icon: <CarOutlined /> },
    load: () => import('./list/SpacesPage'),
  },
  {
    path: '/spaces/new',
    title: { 'zh-CN': '发布共享空间', 'en-US': 'Publish a shared space' },
    roles: MANAGER,
    parent: '/spaces',
    load: () => import('./publish/PublishSpacePage'),
  },
  {
    path: '/spaces/:spaceId',
    title: { 'zh-CN': '场地占用', 'en-US': 'Space occupancy' },
    roles: MANAGER,
    parent: '/spaces',
    load: () => import('./detail/SpaceDetailPage'),
  },
  {
    path: '/spaces/personal-data-erasure',
    title: { 'zh-CN': '个人信息删除申请', 'en-US': 'Erasure requests' },
    roles: MANAGER,
    menu: { icon: <UserDeleteOutlined /> },
    load: () => import('./erasure/ErasureRequestPage'),
  },
]);
