import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, List, Row, Select, Space, Typography } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useApi } from '../../api/useApi';
import { useDepartmentName } from '../../app/departments';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../layout/ApiErrorAlert';
import { PageHeader } from '../../layout/PageHeader';
import { useDepartmentCodes } from '../reports/shared/useDepartments';
import { MapCanvas, MapFocus, MapPoint } from './MapCanvas';
import { NearbyList, PropertySummary } from './PropertySummary';
import { StatusMark } from './StatusMark';
import { messages, PropertyStatus, PropertyUse, STATUS_LABELS, STATUSES, USE_LABELS, USES } from './messages';
import './property-map.css';

interface Filters {
  use?: PropertyUse[];
  status?: PropertyStatus[];
  unit?: string;
  minArea?: number | null;
  maxArea?: number | null;
}

type Place = { kind: 'property' | 'unit'; name: string; detail: string; lng: number; lat: number; propertyId: string | null };

const PLACE_RADIUS_M = 1000;
const joined = (list?: string[]) => (list?.length ? list.join(',') : undefined);
const area = (n?: number | null) => (n === null || n === undefined ? undefined : n);

/** 物业一张图: every located property the person covers, on a map with filters, search and what lies nearby. */
export default function PropertyMapPage() {
  const t = useT(messages);
  const { language } = useLanguage();
  const unitName = useDepartmentName();
  const units = useDepartmentCodes();
  const [view, setView] = useState<{ bbox: string; zoom: number } | null>(null);
  const [filters, setFilters] = useState<Filters>({});
  const [selected, setSelected] = useState<MapPoint | null>(null);
  const [nearbyOpen, setNearbyOpen] = useState(false);
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const [search, setSearch] = useState('');
  const [place, setPlace] = useState<Place | null>(null);
  const [form] = Form.useForm<Filters>();

  const settings = useApi(() => unwrap(api.GET('/api/property-map/settings')), []);
  const districts = useApi(() => unwrap(api.GET('/api/property-map/districts')), []);
  const query = {
    use: joined(filters.use),
    status: joined(filters.status),
    unit: filters.unit,
    minArea: area(filters.minArea),
    maxArea: area(filters.maxArea),
  };
  const answer = useApi(
    () =>
      view
        ? unwrap(api.GET('/api/property-map/points', { params: { query: { ...query, bbox: view.bbox, zoom: view.zoom } } }))
        : Promise.resolve(undefined),
    [view?.bbox, view?.zoom, query.use, query.status, query.unit, query.minArea, query.maxArea],
  );
  const places = useApi(
    () => (search ? unwrap(api.GET('/api/property-map/places', { params: { query: { q: search } } })) : Promise.resolve(undefined)),
    [search],
  );

  const onView = useCallback((bbox: string, zoom: number) => setView({ bbox, zoom }), []);
  const onSelect = useCallback((p: MapPoint) => {
    setSelected(p);
    setNearbyOpen(false);
  }, []);
  const clusterLabel = useCallback((n: number, mix: string) => t('clusterLabel', { n: n.toLocaleString('zh-CN'), mix }), [t]);
  const outlines = useMemo(() => districts.data?.outlines as never, [districts.data]);
  const data = answer.data;
  const total = data?.total ?? 0;

  const pick = (p: MapPoint) => {
    setFocus({ lng: p.lng, lat: p.lat, zoom: 17 });
    setSelected(p);
    setNearbyOpen(false);
  };
  const goTo = (p: Place) => {
    setPlace(p);
    setFocus({ lng: p.lng, lat: p.lat, zoom: p.kind === 'unit' ? 15 : 17 });
  };

  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form<Filters>
          form={form}
          layout="vertical"
          onValuesChange={(_, all) => setFilters(all)}
          initialValues={{}}
          aria-label={t('title')}
        >
          <Row gutter={[12, 0]}>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item name="use" label={t('use')}>
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t('allUses')}
                  options={USES.map((u) => ({ value: u, label: USE_LABELS[language][u] }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item name="status" label={t('status')}>
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t('allStatuses')}
                  options={STATUSES.map((s) => ({ value: s, label: <StatusMark status={s} />, title: STATUS_LABELS[language][s] }))}
                  optionFilterProp="value"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={4}>
              <Form.Item name="unit" label={t('unit')}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder={t('allUnits')}
                  options={units.map((u) => ({ value: u, label: unitName(u) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <Form.Item name="minArea" label={t('minArea')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <Form.Item name="maxArea" label={t('maxArea')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={2}>
              <Form.Item label=" " colon={false}>
                <Button
                  onClick={() => {
                    form.resetFields();
                    setFilters({});
                  }}
                >
                  {t('reset')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <Input.Search
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          allowClear
          enterButton={t('search')}
          maxLength={50}
          onSearch={(q) => {
            setSearch(q.trim());
            setPlace(null);
          }}
        />
        {search && places.data && (
          <List
            size="small"
            header={<Typography.Text strong>{t('places')}</Typography.Text>}
            locale={{ emptyText: t('searchNone', { q: search }) }}
            dataSource={places.data.items}
            renderItem={(p) => (
              <List.Item>
                <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => goTo(p)}>
                  {p.name}
                </Button>
                <Typography.Text type="secondary">{p.detail}</Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Card>
      <ApiErrorAlert error={answer.error ?? settings.error ?? districts.error} />
      {settings.data && settings.data.layers.length === 0 && (
        <Alert type="info" showIcon message={t('noTiles')} style={{ marginBottom: 8 }} />
      )}
      <Typography.Paragraph role="status" aria-live="polite" style={{ marginBottom: 8 }}>
        {data?.mode === 'clusters'
          ? t('clustered', { n: total.toLocaleString('zh-CN') })
          : t('total', { n: total.toLocaleString('zh-CN') })}
      </Typography.Paragraph>
      <MapCanvas
        settings={settings.data}
        outlines={outlines}
        answer={data}
        focus={focus}
        language={language}
        label={t('mapLabel', { n: total.toLocaleString('zh-CN') })}
        clusterLabel={clusterLabel}
        onView={onView}
        onSelect={onSelect}
      />
      <Flex wrap gap={16} align="center" style={{ marginTop: 8 }} role="list" aria-label={t('legend')}>
        <Typography.Text strong>{t('legend')}</Typography.Text>
        {STATUSES.map((s) => (
          <span role="listitem" key={s}>
            <StatusMark status={s} />
          </span>
        ))}
        <span role="listitem">
          <span className="property-map-legend-mark" style={{ background: 'rgba(9, 88, 217, 0.88)' }} aria-hidden>
            n
          </span>
          {t('cluster')}
        </span>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        {t('outlinesNote')}
      </Typography.Paragraph>
      {place && (
        <Card size="small" title={place.name}>
          <NearbyList
            centre={{ lng: place.lng, lat: place.lat, propertyId: place.propertyId ?? undefined }}
            radiusM={PLACE_RADIUS_M}
            onPick={pick}
          />
        </Card>
      )}
      <Space />
      <PropertySummary
        point={selected}
        showNearby={nearbyOpen}
        onNearby={() => setNearbyOpen(true)}
        onClose={() => setSelected(null)}
        onPick={pick}
      />
    </>
  );
}
