import { DeleteOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Space, TreeSelect, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import type { Problem } from '../../../api/problem';
import { useClaims } from '../../../auth/useSession';
import { applyProblem, ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { treeOf, useCenter } from '../center';
import { CHANNELS, PARTY_KINDS, PARTY_ROLES } from '../enums';
import { intake, words } from '../messages-intake';
import { checkCreditCode, checkIdNumber, checkPhone, yuanToFen } from './checks';

type Channel = components['schemas']['Channel'];
type PartyKind = components['schemas']['PartyKind'];
type PartyRole = components['schemas']['PartyRole'];
type MatterRegistration = components['schemas']['MatterRegistration'];

interface PartyValues {
  kind: PartyKind;
  role: PartyRole;
  name?: string;
  idNumber?: string;
  phone?: string;
}

/** The form's values: named as the API's fields, so its problems land on them; the amount is in yuan. */
interface IntakeValues {
  channel: Channel;
  categoryCode?: string;
  description?: string;
  amountFen?: string;
  place?: string;
  occurredOn?: Dayjs;
  orgUnitCode?: string;
  parties: PartyValues[];
}

/** A fresh Idempotency-Key: one per form session, so a double submit or a retry registers once. */
function newIdempotencyKey(): string {
  return `intake-${crypto.randomUUID()}`;
}

const blank = (text?: string) => !text || text.trim() === '';

/** The registration the API takes, from the form's values (already validated). */
export function registrationOf(values: IntakeValues): MatterRegistration {
  const amountFen = blank(values.amountFen) ? null : yuanToFen(values.amountFen!);
  return {
    channel: values.channel,
    categoryCode: values.categoryCode!,
    description: values.description!.trim(),
    orgUnitCode: values.orgUnitCode!,
    ...(amountFen !== null ? { amountFen } : {}),
    ...(blank(values.place) ? {} : { place: values.place!.trim() }),
    ...(values.occurredOn ? { occurredOn: values.occurredOn.format('YYYY-MM-DD') } : {}),
    parties: values.parties.map((party) => ({
      kind: party.kind,
      role: party.role,
      name: party.name!.trim(),
      ...(blank(party.idNumber) ? {} : { idNumber: party.idNumber!.trim().toUpperCase() }),
      ...(blank(party.phone) ? {} : { phone: party.phone!.trim() }),
    })),
  };
}

/**
 * 登记受理: the window registers what a citizen brings. ID and phone numbers are checked as they
 * are typed; the API's own refusals land next to the field at fault.
 */
export default function IntakePage() {
  const t = useT(intake);
  const w = useT(words);
  const center = useCenter();
  const claims = useClaims();
  const navigate = useNavigate();
  const { notification } = App.useApp();
  const [form] = Form.useForm<IntakeValues>();
  const parties = Form.useWatch('parties', form);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const categoryTree = useMemo(
    () => treeOf(center.categories, (c) => ({ value: c.code, title: c.name, disabled: c.retired === true })),
    [center.categories],
  );
  const orgUnitTree = useMemo(
    () => treeOf(center.orgUnits, (u) => ({ value: u.code, title: u.name, disabled: u.status === 'RETIRED' })),
    [center.orgUnits],
  );
  // The clerk registers at their own unit unless they choose another.
  const ownOrgUnit = center.orgUnits.find((u) => u.code === claims?.org_unit) ?? center.center;
  useEffect(() => {
    if (ownOrgUnit && !form.getFieldValue('orgUnitCode')) form.setFieldValue('orgUnitCode', ownOrgUnit.code);
  }, [ownOrgUnit, form]);

  const required = (field: string): Rule => ({ required: true, whitespace: true, message: t('required', { field }) });
  const requiredSelect = (field: string): Rule => ({ required: true, message: t('requiredSelect', { field }) });

  const idNumberRule =
    (index: number): Rule =>
    () => ({
      validator(_, value?: string) {
        if (blank(value)) return Promise.resolve();
        const organization = form.getFieldValue(['parties', index, 'kind']) === 'ORGANIZATION';
        const fault = organization ? checkCreditCode(value!.trim()) : checkIdNumber(value!.trim());
        if (!fault) return Promise.resolve();
        const key = `${organization ? 'credit' : 'id'}.${fault.kind}` as Parameters<typeof t>[0];
        return Promise.reject(new Error(t(key, 'missing' in fault ? { missing: fault.missing } : undefined)));
      },
    });
  const phoneRule: Rule = {
    validator(_, value?: string) {
      if (blank(value)) return Promise.resolve();
      const fault = checkPhone(value!.trim());
      if (!fault) return Promise.resolve();
      const key = `phone.${fault.kind}` as Parameters<typeof t>[0];
      return Promise.reject(new Error(t(key, 'missing' in fault ? { missing: fault.missing } : undefined)));
    },
  };
  const amountRule: Rule = {
    validator: (_, value?: string) =>
      blank(value) || yuanToFen(value!) !== null ? Promise.resolve() : Promise.reject(new Error(t('amountInvalid'))),
  };

  async function register(values: IntakeValues) {
    // A second click before the first answer sends nothing (and the key would make it harmless).
    if (inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    setProblem(null);
    try {
      const { data, response } = await casesApi.POST('/api/v1/tenants/{tenant}/matters', {
        params: { path: { tenant: center.tenant }, header: { 'Idempotency-Key': idempotencyKey } },
        body: registrationOf(values),
      });
      const matter = data!;
      const receipt = `/console/matters/${matter.id}/receipt`;
      notification.success({
        key: `registered-${matter.id}`,
        title: t(response.status === 200 ? 'registeredAgain' : 'registered', { code: matter.code }),
        actions: (
          <Button
            icon={<PrinterOutlined />}
            onClick={() => {
              notification.destroy(`registered-${matter.id}`);
              void navigate(receipt);
            }}
          >
            {t('printReceipt')}
          </Button>
        ),
        duration: 15,
      });
      setIdempotencyKey(newIdempotencyKey());
      void navigate(`/console/matters/${matter.id}`);
    } catch (error) {
      // A refusal registered nothing: the corrected form is a new request. After a lost answer
      // or a server error it may have been registered, so a retry keeps the key.
      const status = problemOf(error).status;
      if (status >= 400 && status < 500) setIdempotencyKey(newIdempotencyKey());
      setProblem(applyProblem(form, error));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  const initialValues: Partial<IntakeValues> = {
    channel: 'WALK_IN',
    parties: [{ kind: 'PERSON', role: 'APPLICANT' }],
  };

  return (
    <div style={{ maxWidth: 1040 }}>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ProblemAlert problem={center.problem} />
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={register}
        scrollToFirstError
      >
        <Card title={t('matter')} style={{ marginBottom: 16 }}>
          <Form.Item name="channel" label={t('channel')} rules={[requiredSelect(t('channel'))]}>
            <Radio.Group
              aria-label={t('channel')}
              options={CHANNELS.map((channel) => ({ value: channel, label: w(`channel.${channel}`) }))}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="categoryCode" label={t('category')} rules={[requiredSelect(t('category'))]}>
                <TreeSelect
                  treeData={categoryTree}
                  placeholder={t('categoryPlaceholder')}
                  showSearch={{ treeNodeFilterProp: 'title' }}
                  treeDefaultExpandAll
                  loading={!center.configuration && !center.problem}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="orgUnitCode" label={t('orgUnit')} rules={[requiredSelect(t('orgUnit'))]}>
                <TreeSelect treeData={orgUnitTree} showSearch={{ treeNodeFilterProp: 'title' }} treeDefaultExpandAll />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="description"
            label={t('description')}
            rules={[required(t('description')), { min: 5, message: t('descriptionTooShort') }, { max: 5000 }]}
          >
            <Input.TextArea rows={4} maxLength={5000} showCount placeholder={t('descriptionPlaceholder')} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="amountFen" label={t('amount')} rules={[amountRule]}>
                <Input inputMode="decimal" suffix="元" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="occurredOn" label={t('occurredOn')}>
                <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="place" label={t('place')} rules={[{ max: 300 }]}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('parties')} style={{ marginBottom: 16 }}>
          <Form.List
            name="parties"
            rules={[
              {
                validator: (_, value?: PartyValues[]) =>
                  value?.some((party) => party.role === 'APPLICANT')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('needApplicant'))),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, index) => {
                  const organization = parties?.[field.name]?.kind === 'ORGANIZATION';
                  return (
                    <fieldset
                      key={field.key}
                      style={{ border: '1px solid #f0f0f0', borderRadius: 4, padding: '8px 16px 0', marginBottom: 16 }}
                    >
                      <legend style={{ width: 'auto', border: 0, fontSize: 14, padding: '0 8px', margin: 0 }}>
                        {t('party', { n: index + 1 })}
                        {fields.length > 1 && (
                          <Button
                            type="text"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('removeParty', { n: index + 1 })}
                            onClick={() => remove(field.name)}
                          />
                        )}
                      </legend>
                      <Row gutter={16}>
                        <Col xs={24} md={6}>
                          <Form.Item name={[field.name, 'kind']} label={t('partyKind')}>
                            <Radio.Group
                              aria-label={`${t('party', { n: index + 1 })} ${t('partyKind')}`}
                              optionType="button"
                              options={PARTY_KINDS.map((kind) => ({ value: kind, label: w(`kind.${kind}`) }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={6}>
                          <Form.Item name={[field.name, 'role']} label={t('partyRole')} rules={[requiredSelect(t('partyRole'))]}>
                            <Select options={PARTY_ROLES.map((role) => ({ value: role, label: w(`role.${role}`) }))} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={12}>
                          <Form.Item
                            name={[field.name, 'name']}
                            label={organization ? t('orgName') : t('name')}
                            rules={[required(organization ? t('orgName') : t('name')), { max: 100 }]}
                          >
                            <Input maxLength={100} autoComplete="off" />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={12}>
                          <Form.Item
                            name={[field.name, 'idNumber']}
                            label={organization ? t('creditCode') : t('idNumber')}
                            rules={[idNumberRule(field.name)]}
                            dependencies={[['parties', field.name, 'kind']]}
                            normalize={(value?: string) => value?.toUpperCase()}
                          >
                            <Input maxLength={19} autoComplete="off" style={{ fontFamily: 'monospace' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={12}>
                          <Form.Item name={[field.name, 'phone']} label={t('phone')} rules={[phoneRule]}>
                            <Input maxLength={14} inputMode="tel" autoComplete="off" style={{ fontFamily: 'monospace' }} />
                          </Form.Item>
                        </Col>
                      </Row>
                    </fieldset>
                  );
                })}
                <Form.ErrorList errors={errors} />
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ kind: 'PERSON', role: fields.length === 0 ? 'APPLICANT' : 'RESPONDENT' })}
                  disabled={fields.length >= 200}
                >
                  {t('addParty')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Space>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('submit')}
          </Button>
          <Button
            htmlType="button"
            onClick={() => {
              form.resetFields();
              if (ownOrgUnit) form.setFieldValue('orgUnitCode', ownOrgUnit.code);
              setProblem(null);
              setIdempotencyKey(newIdempotencyKey());
            }}
          >
            {t('clear')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
