import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { casesApi } from '../../api/client';
import type { components } from '../../api/generated/cases';
import type { Problem } from '../../api/problem';
import { applyProblem, ProblemAlert } from '../../components/Problems';
import { useT } from '../../i18n';
import { instantField, optional } from '../matters/steps/fields';
import type { Matter } from '../matters/steps/offered';
import { departmentOptions, type CenterReferences } from '../matters/steps/references';
import { supervisionMessages } from './messages';
import type { Supervision } from './words';

type Opening = components['schemas']['SupervisionOpening'];

interface Props {
  readonly tenant: string;
  readonly matter: Matter;
  readonly references: CenterReferences;
  readonly onDone: (item: Supervision) => void;
  readonly onCancel: () => void;
}

/**
 * 发起督办: a supervisor puts a matter (or one department's assignment of it) under supervision by
 * hand, naming the responsible unit and, if they like, the person and the deadline (else the
 * center's configured working days). The API's field errors go next to the fields.
 */
export function OpenSupervisionDialog({ tenant, matter, references, onDone, onCancel }: Props) {
  const t = useT(supervisionMessages);
  const [form] = Form.useForm<Opening>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  // Submitting the same dialog twice (a double click) opens one item: the second waits for the first.
  const sending = useRef(false);
  const live = matter.assignments.filter((a) => a.status === 'PENDING' || a.status === 'SIGNED');

  async function onOk() {
    if (sending.current) return;
    let values: Opening;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    sending.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await casesApi.POST('/api/v1/tenants/{tenant}/supervisions', {
        params: { path: { tenant } },
        body: {
          matterId: matter.id,
          assignmentId: values.assignmentId || undefined,
          responsibleUnit: values.responsibleUnit || undefined,
          responsiblePerson: optional(values.responsiblePerson),
          dueAt: values.dueAt || undefined,
          reason: values.reason.trim(),
        },
      });
      if (data) onDone(data);
    } catch (error) {
      setProblem(applyProblem(form, error));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('openTitle', { code: matter.code })}
      okText={t('open')}
      onOk={() => void onOk()}
      onCancel={onCancel}
      okButtonProps={{ loading: busy }}
      width={640}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Form form={form} layout="vertical" onFinish={() => void onOk()}>
        <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2, max: 1000 }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        {live.length > 0 && (
          <Form.Item name="assignmentId" label={t('assignment')}>
            <Select
              allowClear
              options={live.map((a) => ({ value: a.id, label: references.departmentName(a.department) }))}
              onChange={(id?: string) => {
                const department = live.find((a) => a.id === id)?.department;
                if (department && !form.getFieldValue('responsibleUnit')) form.setFieldValue('responsibleUnit', department);
              }}
            />
          </Form.Item>
        )}
        <Form.Item
          name="responsibleUnit"
          label={t('responsibleUnit')}
          extra={t('responsibleUnitHint')}
          dependencies={['assignmentId']}
          rules={[
            ({ getFieldValue }) => ({
              required: !getFieldValue('assignmentId'),
              message: t('responsibleUnitRequired'),
            }),
          ]}
        >
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={departmentOptions(references)} />
        </Form.Item>
        <Form.Item name="responsiblePerson" label={t('responsiblePersonOptional')} rules={[{ max: 200 }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="dueAt" label={t('dueOptional')} {...instantField}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
