import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { MatchList } from '../components/MatchList';
import { messages } from './messages';

/** The listings that could meet one demand. */
export function DemandMatches({ demandId }: { demandId: string }) {
  const t = useT(messages);
  const matches = useApi(() => unwrap(api.GET('/api/demands/{demandId}/matches', { params: { path: { demandId } } })), [demandId]);
  return <MatchList listings={matches.data ?? []} loading={matches.loading} error={matches.error} emptyText={t('noMatches')} />;
}
