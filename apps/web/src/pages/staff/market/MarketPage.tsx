import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Col, Empty, Form, Input, InputNumber, Row, Select, Spin, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useCursorPages } from '../../../api/useCursorPages';
import { useSession } from '../../../auth/AuthProvider';
import { common } from '../../../i18n/common';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { ClaimDialog } from '../components/ClaimDialog';
import { ListingCard } from '../components/ListingCard';
import { useCategories } from '../components/useCategories';
import { messages } from './messages';

type Listing = Schemas['ListingView'];
interface Filters {
  q?: string;
  categoryClass?: string;
  condition?: 'new' | 'good' | 'fair' | 'poor' | 'unusable';
  /** 元, as people think of prices; sent as 分. */
  minValueYuan?: number | null;
  maxValueYuan?: number | null;
  location?: string;
  sort: 'newest' | 'value';
}

const toFen = (yuan?: number | null) => (yuan === undefined || yuan === null ? undefined : Math.round(yuan * 100));

/** The feed's query from the form: value in 分, empty place left out. */
function feedQuery({ minValueYuan, maxValueYuan, location, ...rest }: Filters) {
  return { ...rest, minValueFen: toFen(minValueYuan), maxValueFen: toFen(maxValueYuan), location: location?.trim() || undefined };
}

const CONDITIONS = ['new', 'good', 'fair', 'poor', 'unusable'] as const;
/** The page marks when the first cards are on screen; the browser tests read it as time to first render. */
export const FIRST_CARDS_MARK = 'market:first-cards';

/** 公物仓: the idle-item feed as a card grid, filtered and searched, loading page by page as the person scrolls. */
export default function MarketPage() {
  const t = useT(messages);
  const tc = useT(common);
  const navigate = useNavigate();
  const me = useSession()?.actor;
  const categories = useCategories();
  const [filters, setFilters] = useState<Filters>({ sort: 'newest' });
  const [claiming, setClaiming] = useState<Listing | null>(null);
  const [claimed, setClaimed] = useState<ReadonlySet<string>>(new Set());
  const feed = useCursorPages(
    (cursor) => unwrap(api.GET('/api/marketplace', { params: { query: { ...feedQuery(filters), cursor, limit: 24 } } })),
    [filters],
  );

  const marked = useRef(false);
  useEffect(() => {
    if (!marked.current && feed.items.length > 0) {
      marked.current = true;
      performance.mark(FIRST_CARDS_MARK);
    }
  }, [feed.items.length]);

  // Infinite scroll: the next page loads when the end of the grid comes into view.
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasMore, loading, more } = feed;
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasMore) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && !loading && more(), {
      rootMargin: '400px',
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, loading, more]);

  return (
    <>
      <PageHeader
        title={t('title')}
        sub={t('sub')}
        extra={
          <>
            <Button onClick={() => void navigate('/demands')}>{t('postDemand')}</Button>
            <Button type="primary" onClick={() => void navigate('/purchases')}>
              {t('purchase')}
            </Button>
          </>
        }
      />
      <Form<Filters>
        layout="vertical"
        initialValues={filters}
        onValuesChange={(_, all) => setFilters((f) => ({ ...f, ...all, q: f.q }))}
        style={{ marginBottom: 12 }}
      >
        <Row gutter={[12, 0]}>
          <Col xs={24} md={10}>
            <Form.Item label={t('search')} htmlFor="market-q" style={{ marginBottom: 8 }}>
              <Input.Search
                id="market-q"
                allowClear
                enterButton={tc('search')}
                placeholder={t('searchPlaceholder')}
                onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined }))}
              />
            </Form.Item>
          </Col>
          <Col xs={8} md={5}>
            <Form.Item name="categoryClass" label={t('category')} style={{ marginBottom: 8 }}>
              <Select
                allowClear
                placeholder={t('any')}
                loading={categories.loading}
                options={categories.classes.map((c) => ({ value: c.code, label: c.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item name="condition" label={t('condition')} style={{ marginBottom: 8 }}>
              <Select allowClear placeholder={t('any')} options={CONDITIONS.map((c) => ({ value: c, label: tc(`condition.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="minValueYuan" label={t('minValue')} style={{ marginBottom: 8 }}>
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="maxValueYuan" label={t('maxValue')} style={{ marginBottom: 8 }}>
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item name="location" label={t('place')} style={{ marginBottom: 8 }}>
              <Input allowClear maxLength={100} placeholder={t('placeHint')} />
            </Form.Item>
          </Col>
          <Col xs={8} md={5}>
            <Form.Item name="sort" label={t('sort')} style={{ marginBottom: 8 }}>
              <Select
                options={[
                  { value: 'newest', label: t('newest') },
                  { value: 'value', label: t('value') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ApiErrorAlert error={feed.error} />
      {feed.items.length === 0 && !feed.loading && !feed.error && <Empty description={t('empty')} />}
      <Row gutter={[12, 12]} role="list" aria-label={t('title')}>
        {feed.items.map((listing) => (
          <Col key={listing.listingId} xs={12} sm={8} lg={6} xxl={4} role="listitem">
            <ListingCard
              listing={listing}
              claim={listing.departmentId === me?.departmentId ? 'own' : claimed.has(listing.listingId) ? 'claimed' : 'open'}
              onClaim={setClaiming}
            />
          </Col>
        ))}
      </Row>
      <div ref={sentinel} style={{ textAlign: 'center', padding: 16 }}>
        {feed.loading && <Spin />}
        {!feed.loading && feed.hasMore && (
          <Button onClick={feed.more} style={{ minHeight: 44 }}>
            {tc('loadMore')}
          </Button>
        )}
        {!feed.loading && !feed.hasMore && feed.items.length > 0 && <Typography.Text type="secondary">{t('end')}</Typography.Text>}
      </div>
      <ClaimDialog
        listing={claiming}
        onClose={() => setClaiming(null)}
        onClaimed={() => {
          if (claiming) setClaimed((s) => new Set(s).add(claiming.listingId));
          setClaiming(null);
        }}
      />
    </>
  );
}
