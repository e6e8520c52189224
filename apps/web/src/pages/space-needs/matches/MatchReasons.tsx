import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { Schemas } from '../../../api/client';
import { useT } from '../../../i18n/I18nProvider';
import { spaceNeedWords } from '../messages';

/** Each reason with an icon; one not met also says so in words (never colour alone). */
export function MatchReasons({ reasons }: { reasons: Schemas['MatchReasonView'][] }) {
  const t = useT(spaceNeedWords);
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="match-reasons">
      {reasons.map((r) => (
        <li key={r.criterion} style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
          {r.met ? (
            <CheckCircleOutlined aria-hidden style={{ color: '#237804' }} />
          ) : (
            <CloseCircleOutlined aria-hidden style={{ color: '#a8071a' }} />
          )}
          <Typography.Text type={r.met ? undefined : 'danger'}>
            {r.text}
            {!r.met && `（${t('unmet')}）`}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
