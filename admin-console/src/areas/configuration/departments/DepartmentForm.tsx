import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, DatePicker, Divider, Form, Input, InputNumber, Radio, Select, Space, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../i18n';
import { departmentMessages, enumMessages } from '../messages-a';
import { WEEKDAYS, type Department } from './rota';
import type { CatalogDepartment } from './useCatalogDepartments';

const MODES: Department['mode'][] = ['RESIDENT', 'ROTATING', 'ON_CALL'];

/** A date field holding `YYYY-MM-DD`, as the API has it. */
const dateField = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};

interface Props {
  form: FormInstance;
  /** The department's index in the section: its fields are named as the API's paths name them. */
  index: number;
  catalog: CatalogDepartment[];
  residents: { value: string; label: string }[];
}

/**
 * One stationed department, its fields named `departments[i].…` so the API's problems land on
 * them; what a mode does not use (a rota, a host, a whistle) shows only for that mode.
 */
export function DepartmentForm({ form, index, catalog, residents }: Props) {
  const t = useT(departmentMessages);
  const e = useT(enumMessages);
  const at = (...path: (string | number)[]) => ['departments', index, ...path];
  const mode = Form.useWatch(at('mode'), form) as Department['mode'] | undefined;
  const code = Form.useWatch(at('code'), form) as string | undefined;
  return (
    <>
      <Form.Item name={at('code')} label={t('code')} extra={t('codeHelp')} rules={[{ required: true }]}>
        <AutoComplete
          options={catalog.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
          filterOption={(input, option) => String(option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
        />
      </Form.Item>
      <Form.Item name={at('name')} label={t('name')} extra={t('nameHelp')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name={at('mode')} label={t('mode')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={MODES.map((m) => ({ value: m, label: e(`mode.${m}`) }))} />
      </Form.Item>

      {mode === 'ROTATING' && (
        <Form.List name={at('rota')}>
          {(entries, { add, remove }) => (
            <Form.Item label={t('rota')} required>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {entries.map((entry) => (
                  <Card
                    key={entry.key}
                    size="small"
                    title={t('rotaEntry', { n: entry.name + 1 })}
                    extra={
                      <Button size="small" icon={<DeleteOutlined />} onClick={() => remove(entry.name)}>
                        {t('removeRota')}
                      </Button>
                    }
                  >
                    <Form.Item name={[entry.name, 'days']} label={t('days')} rules={[{ required: true }]}>
                      <Select mode="multiple" options={WEEKDAYS.map((d) => ({ value: d, label: e(`weekday.${d}`) }))} />
                    </Form.Item>
                    <Form.Item name={[entry.name, 'weeks']} label={t('weeks')} rules={[{ required: true }]}>
                      <Radio.Group options={(['EVERY', 'ODD', 'EVEN'] as const).map((w) => ({ value: w, label: e(`weeks.${w}`) }))} />
                    </Form.Item>
                    <Space wrap>
                      <Form.Item name={[entry.name, 'from']} label={t('from')} {...dateField}>
                        <DatePicker />
                      </Form.Item>
                      <Form.Item name={[entry.name, 'until']} label={t('until')} {...dateField}>
                        <DatePicker />
                      </Form.Item>
                    </Space>
                  </Card>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ days: [], weeks: 'EVERY' })}>
                  {t('addRota')}
                </Button>
              </Space>
            </Form.Item>
          )}
        </Form.List>
      )}

      {mode === 'ON_CALL' && (
        <>
          <Form.Item name={at('host')} label={t('host')} extra={t('hostHelp')}>
            <Select allowClear options={residents.filter((r) => r.value !== code)} optionFilterProp="label" showSearch />
          </Form.Item>
          <Divider titlePlacement="start" plain>
            {t('whistle')}
          </Divider>
          <Space wrap>
            <Form.Item name={at('whistle', 'contact')} label={t('contact')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name={at('whistle', 'phone')} label={t('phone')}>
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item name={at('whistle', 'arrivalMinutes')} label={t('arrivalMinutes')}>
              <InputNumber min={1} max={1440} precision={0} placeholder="30" />
            </Form.Item>
          </Space>
        </>
      )}

      <Divider titlePlacement="start" plain>
        {t('duties')}
      </Divider>
      {(['accepts', 'joint', 'supervisionTriggers'] as const).map((list) => (
        <Form.Item key={list} name={at('duties', list)} label={t(list)} extra={t('tagsHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',']} />
        </Form.Item>
      ))}
    </>
  );
}
