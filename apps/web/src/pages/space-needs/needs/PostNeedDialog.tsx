import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { todayInChina } from '../../../lib/dates';
import { spaceNeedWords, USE_KEYS, UseKey } from '../messages';

interface Values {
  title: string;
  use: UseKey;
  minAreaSqm: number;
  maxAreaSqm: number;
  placeBy: 'point' | 'district';
  lng?: number;
  lat?: number;
  system?: 'WGS84' | 'GCJ02';
  radiusM?: number;
  districtId?: string;
  neededFrom: string;
  durationMonths: number;
  purpose: string;
}

/** 发布需求: use, area range, a point with a radius (WGS-84 or a 高德/腾讯 GCJ-02 pick) or a district, from when, how long. */
export function PostNeedDialog({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (r: Schemas['SpaceNeedCommandResult']) => void;
}) {
  const t = useT(spaceNeedWords);
  const units = useApi(() => unwrap(api.GET('/api/org/units', {})), []);
  const districts = ((units.data ?? []) as Schemas['OrgUnitView'][]).filter((u) => u.level === 'district');
  const required = [{ required: true, message: t('required') }];
  const submit = (v: Values) =>
    unwrap(
      api.POST('/api/space-needs', {
        body: {
          title: v.title,
          use: v.use,
          minAreaSqm: v.minAreaSqm,
          maxAreaSqm: v.maxAreaSqm,
          ...(v.placeBy === 'point'
            ? { location: { lng: v.lng ?? NaN, lat: v.lat ?? NaN, system: v.system ?? 'WGS84' }, radiusM: v.radiusM }
            : { districtId: v.districtId }),
          neededFrom: v.neededFrom,
          durationMonths: v.durationMonths,
          purpose: v.purpose,
        },
      }),
    );
  return (
    <FormDialog<Values, Schemas['SpaceNeedCommandResult']>
      open={open}
      title={t('post')}
      okText={t('post')}
      onClose={onClose}
      submit={submit}
      onDone={onDone}
    >
      <Form.Item name="title" label={t('needTitle')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="use" label={t('use')} rules={required} initialValue="office">
        <Select aria-label={t('use')} options={USE_KEYS.map((u) => ({ value: u, label: t(`use.${u}`) }))} />
      </Form.Item>
      <Form.Item name="minAreaSqm" label={t('minArea')} rules={required}>
        <InputNumber min={0.01} step={10} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="maxAreaSqm" label={t('maxArea')} rules={required}>
        <InputNumber min={0.01} step={10} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="placeBy" label={t('placeBy')} initialValue="point">
        <Radio.Group
          options={[
            { value: 'point', label: t('placeBy.point') },
            { value: 'district', label: t('placeBy.district') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.placeBy !== b.placeBy}>
        {({ getFieldValue }) =>
          getFieldValue('placeBy') === 'district' ? (
            <Form.Item name="districtId" label={t('district')} rules={required}>
              <Select aria-label={t('district')} options={districts.map((d) => ({ value: d.code, label: d.name }))} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="lng" label={t('lng')} rules={required}>
                <InputNumber min={-180} max={180} step={0.001} precision={6} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="lat" label={t('lat')} rules={required}>
                <InputNumber min={-90} max={90} step={0.001} precision={6} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="system" label={t('system')} initialValue="WGS84">
                <Radio.Group
                  options={[
                    { value: 'WGS84', label: t('system.WGS84') },
                    { value: 'GCJ02', label: t('system.GCJ02') },
                  ]}
                />
              </Form.Item>
              <Form.Item name="radiusM" label={t('radius')} rules={required} initialValue={2000}>
                <InputNumber min={100} max={50000} step={500} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )
        }
      </Form.Item>
      <Form.Item name="neededFrom" label={t('neededFrom')} rules={required} initialValue={todayInChina()}>
        <Input type="date" min={todayInChina()} />
      </Form.Item>
      <Form.Item name="durationMonths" label={t('duration')} rules={required} initialValue={12}>
        <InputNumber min={1} max={240} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="purpose" label={t('purpose')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}
