import { Empty } from 'antd';

export default function ClaimsPage() {
  return <Empty />;
}
