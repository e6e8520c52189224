import { Empty } from 'antd';

export default function RegisterPage() {
  return <Empty />;
}
