import { ReactNode } from 'react';
import { Card, Col, Row } from 'antd';

/** A chart with its table beside it (below it on narrow screens), and the exports on the card. */
export function ReportSection({
  title,
  chart,
  table,
  exports,
}: {
  title: ReactNode;
  chart?: ReactNode;
  table: ReactNode;
  exports: ReactNode;
}) {
  return (
    <Card title={title} extra={exports} style={{ marginBottom: 16 }}>
      <Row gutter={[24, 16]}>
        {chart && (
          <Col xs={24} xl={10}>
            {chart}
          </Col>
        )}
        <Col xs={24} xl={chart ? 14 : 24}>
          {table}
        </Col>
      </Row>
    </Card>
  );
}
