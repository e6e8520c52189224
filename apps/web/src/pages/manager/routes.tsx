import {
  AppstoreAddOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  DeleteOutlined,
  ExportOutlined,
  ImportOutlined,
  ScanOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

const MANAGER = ['asset_manager'] as const;

/** 资产管理员 pages. */
export const managerPages = definePages([
  {
    path: '/manager/dashboard',
    title: { 'zh-CN': '工作台', 'en-US': 'Dashboard' },
    roles: MANAGER,
    menu: { icon: <DashboardOutlined />, tab: true },
    home: true,
    load: () => import('./dashboard/DashboardPage'),
  },
  {
    path: '/manager/assets',
    title: { 'zh-CN': '资产台账', 'en-US': 'Asset register' },
    roles: MANAGER,
    menu: { icon: <DatabaseOutlined />, tab: true },
    load: () => import('./register/RegisterPage'),
  },
  {
    path: '/manager/assets/new',
    title: { 'zh-CN': '资产登记', 'en-US': 'Register an asset' },
    roles: MANAGER,
    menu: { icon: <AppstoreAddOutlined /> },
    parent: '/manager/assets',
    load: () => import('./register-asset/RegisterAssetPage'),
  },
  {
    path: '/manager/assets/import',
    title: { 'zh-CN': '资产导入', 'en-US': 'Import assets' },
    roles: MANAGER,
    menu: { icon: <ImportOutlined /> },
    parent: '/manager/assets',
    load: () => import('./import/AssetImportPage'),
  },
  {
    path: '/manager/assets/:assetId',
    title: { 'zh-CN': '资产卡片', 'en-US': 'Asset card' },
    roles: MANAGER,
    parent: '/manager/assets',
    load: () => import('./asset-card/AssetCardPage'),
  },
  {
    path: '/manager/claims',
    title: { 'zh-CN': '申领处理', 'en-US': 'Claims on my listings' },
    roles: MANAGER,
    menu: { icon: <TeamOutlined />, tab: true },
    load: () => import('./claims/ClaimsPage'),
  },
  {
    path: '/manager/transfers',
    title: { 'zh-CN': '调剂与交接', 'en-US': 'Transfers and handover' },
    roles: MANAGER,
    menu: { icon: <SwapOutlined />, tab: true },
    load: () => import('./transfers/TransfersPage'),
  },
  {
    path: '/manager/disposals',
    title: { 'zh-CN': '资产处置', 'en-US': 'Disposals' },
    roles: MANAGER,
    menu: { icon: <DeleteOutlined /> },
    load: () => import('./disposals/DisposalsPage'),
  },
  {
    path: '/manager/loans',
    title: { 'zh-CN': '借用管理', 'en-US': 'Loans' },
    roles: MANAGER,
    menu: { icon: <ExportOutlined /> },
    load: () => import('./loans/LoansPage'),
  },
  {
    path: '/manager/stocktakes',
    title: { 'zh-CN': '清查盘点', 'en-US': 'Stocktakes' },
    roles: MANAGER,
    menu: { icon: <ScanOutlined /> },
    load: () => import('./stocktakes/StocktakesPage'),
  },
  {
    path: '/manager/stocktakes/:stocktakeId',
    title: { 'zh-CN': '盘点任务', 'en-US': 'Stocktake' },
    roles: MANAGER,
    parent: '/manager/stocktakes',
    load: () => import('./stocktake-task/StocktakeTaskPage'),
  },
]);
