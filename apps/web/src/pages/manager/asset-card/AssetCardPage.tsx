import { Empty } from 'antd';

export default function AssetCardPage() {
  return <Empty />;
}
