import { FileSearchOutlined, ScanOutlined, ShopOutlined, ShoppingCartOutlined } from '@ant-design/icons';
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
  {
    path: '/stocktakes',
    title: { 'zh-CN': '清查盘点', 'en-US': 'Stocktakes' },
    roles: STAFF,
    menu: { icon: <ScanOutlined /> },
    // The manager's pages: staff see their unit's tasks and count; the manager's actions are not shown to them.
    load: () => import('../manager/stocktakes/StocktakesPage'),
  },
  {
    path: '/stocktakes/:stocktakeId',
    title: { 'zh-CN': '盘点任务', 'en-US': 'Stocktake' },
    roles: STAFF,
    parent: '/stocktakes',
    load: () => import('../manager/stocktake-task/StocktakeTaskPage'),
  },
]);
