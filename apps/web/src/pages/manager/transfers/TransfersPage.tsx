import { Empty } from 'antd';

export default function TransfersPage() {
  return <Empty />;
}
