import { FileSearchOutlined, ShopOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

const STAFF = ['department_staff'] as const;

/** 单位工作人员 pages (phone too). */
export const staffPages = definePages([
  {
    path: '/market',
    title: { 'zh-CN': '公物仓', 'en-US': 'Warehouse' },
    roles: STAFF,
    menu: { icon: <ShopOutlined />, tab: true },
    home: true,
    load: () => import('./market/MarketPage'),
  },
  {
    path: '/market/:listingId',
    title: { 'zh-CN': '闲置资产', 'en-US': 'Listed item' },
    roles: STAFF,
    parent: '/market',
    load: () => import('./item/ItemPage'),
  },
  {
    path: '/demands',
    title: { 'zh-CN': '需求广场', 'en-US': 'Demand square' },
    roles: STAFF,
    menu: { icon: <FileSearchOutlined />, tab: true },
    load: () => import('./demands/DemandsPage'),
  },
  {
    path: '/purchases',
    title: { 'zh-CN': '采购申请', 'en-US': 'Purchase request' },
    roles: STAFF,
    menu: { icon: <ShoppingCartOutlined />, tab: true },
    load: () => import('./purchase/PurchasePage'),
  },
]);
