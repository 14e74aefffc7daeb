import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Divider, Form, Input, InputNumber, Modal, Row, Select, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Problem } from '../../../api/problem';
import { useMayCall } from '../../../auth/useSession';
import { applyProblem, ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { useDepartmentNames } from '../departmentNames';
import { b } from '../messages-b';
import { itemProblem } from '../problemPaths';
import { useConfiguration } from '../useConfiguration';
import { categoryTree, CLASSES, effectiveDeadlines, effectivePath, type Category, type CategoryNode, type ClassKey, type Deadlines } from './categories';

interface CategoryForm {
  code: string;
  name: string;
  retired: boolean;
  ownPath: boolean;
  path?: { lead?: string; coHandlers?: string[] };
  ownDeadlines: boolean;
  deadlines?: Deadlines;
  complexity?: Category['complexity'];
}

type Editing = { mode: 'add'; parent?: Category } | { mode: 'edit'; category: Category };

const FALLBACK: Deadlines = {
  simple: { responseMinutes: 30, closureWorkingDays: 3 },
  normal: { responseMinutes: 30, closureWorkingDays: 5 },
  difficult: { responseMinutes: 60, closureWorkingDays: 15 },
};

/** 事项类别与时限: categories with their standard paths (类案标准化) and deadlines (限时办结) per complexity class. */
export default function CategoriesPage() {
  const t = useT(b);
  const { message } = App.useApp();
  const { document, problem, loading, saveSection } = useConfiguration();
  const mayEdit = useMayCall('replaceConfigurationSection');
  const { nameOf, options } = useDepartmentNames(document?.departments);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<CategoryForm>();
  const ownPath = Form.useWatch('ownPath', form);
  const ownDeadlines = Form.useWatch('ownDeadlines', form);

  const categories = useMemo(() => document?.categories ?? [], [document]);
  const tree = useMemo(() => categoryTree(categories), [categories]);
  // Every category with subcategories shows them until the admin folds it.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const expanded = useMemo(
    () => [...new Set(categories.map((category) => category.parent).filter((code): code is string => !!code && !folded.has(code)))],
    [categories, folded],
  );
  const parentOf = (editing: Editing | null) =>
    editing?.mode === 'add' ? editing.parent?.code : editing?.category.parent;
  const inheritedDeadlines = (code: string | undefined) => (code ? effectiveDeadlines(categories, code).value : undefined);
  const inheritedPath = (code: string | undefined) => (code ? effectivePath(categories, code).value : undefined);

  function open(next: Editing) {
    setFormProblem(null);
    setConflict(false);
    form.resetFields();
    if (next.mode === 'add') {
      form.setFieldsValue({
        code: next.parent ? `${next.parent.code}.` : '',
        name: '',
        retired: false,
        ownPath: false,
        path: inheritedPath(next.parent?.code),
        ownDeadlines: false,
        deadlines: inheritedDeadlines(next.parent?.code) ?? FALLBACK,
        complexity: [],
      });
    } else {
      const { code, name, retired, path, deadlines, complexity } = next.category;
      form.setFieldsValue({
        code,
        name,
        retired: retired ?? false,
        ownPath: path != null,
        path: path ?? inheritedPath(next.category.parent),
        ownDeadlines: deadlines != null,
        deadlines: deadlines ?? inheritedDeadlines(next.category.parent) ?? FALLBACK,
        complexity: complexity ?? [],
      });
    }
    setEditing(next);
  }

  async function submit(values: CategoryForm) {
    if (!editing) return;
    const code = editing.mode === 'add' ? values.code.trim() : editing.category.code;
    const existing = editing.mode === 'edit' ? (categories.find((item) => item.code === code) ?? editing.category) : undefined;
    const category: Category = {
      ...existing,
      code,
      name: values.name.trim(),
      parent: parentOf(editing),
      retired: values.retired,
      path: values.ownPath ? { lead: values.path?.lead ?? '', coHandlers: values.path?.coHandlers ?? [] } : undefined,
      deadlines: values.ownDeadlines ? values.deadlines : undefined,
      complexity: (values.complexity ?? []).map((rule) => ({
        class: rule.class,
        minAmountYuan: rule.minAmountYuan ?? undefined,
        minParties: rule.minParties ?? undefined,
      })),
    };
    const next = existing ? categories.map((item) => (item.code === code ? category : item)) : [...categories, category];
    const index = next.findIndex((item) => item.code === code);
    setSaving(true);
    setConflict(false);
    try {
      await saveSection('categories', { categories: next });
      message.success(t('saved'));
      setEditing(null);
    } catch (error) {
      if (problemOf(error).status === 412) setConflict(true);
      else setFormProblem(applyProblem(form, itemProblem(error, `categories[${index}]`)));
    } finally {
      setSaving(false);
    }
  }

  const deadlineText = (deadlines: Deadlines | undefined, key: ClassKey) => {
    const deadline = deadlines?.[key];
    return deadline ? t('cat.deadline', { minutes: deadline.responseMinutes, days: deadline.closureWorkingDays }) : t('cat.notSet');
  };
  const inheritedTag = (from: Category | undefined) =>
    from && <Tag color="blue">{t('cat.inheritedFrom', { name: from.name })}</Tag>;

  if (loading && !document) return <Spin />;
  const editingParent = parentOf(editing);
  const parentDeadlines = inheritedDeadlines(editingParent);
  const parentPath = inheritedPath(editingParent);

  return (
    <>
      <Typography.Title level={2}>{t('cat.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cat.intro')}</Typography.Paragraph>
      <ProblemAlert problem={problem} />
      {conflict && !editing && <Alert type="warning" showIcon role="alert" title={t('conflict')} style={{ marginBottom: 16 }} />}
      {mayEdit && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => open({ mode: 'add' })}>
          {t('cat.addTop')}
        </Button>
      )}
      <Table<CategoryNode>
        rowKey="key"
        size="middle"
        dataSource={tree}
        pagination={false}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (open, { key }) =>
            setFolded((current) => {
              const next = new Set(current);
              if (open) next.delete(key);
              else next.add(key);
              return next;
            }),
        }}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('cat.category'),
            key: 'name',
            width: 220,
            render: (_, { category }) => (
              <Space orientation="vertical" size={0}>
                <span>
                  {category.name} {category.retired && <Tag>{t('cat.retired')}</Tag>}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{category.code}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('cat.path'),
            key: 'path',
            width: 260,
            render: (_, { category }) => {
              const { value, from } = effectivePath(categories, category.code);
              if (!value) return <Typography.Text type="secondary">{t('cat.notSet')}</Typography.Text>;
              return (
                <Space orientation="vertical" size={2}>
                  <span>
                    <Tag color="red">{t('cat.lead')}</Tag>
                    {nameOf(value.lead)}
                  </span>
                  {(value.coHandlers ?? []).length > 0 && (
                    <span>
                      <Tag>{t('cat.coHandlers')}</Tag>
                      {(value.coHandlers ?? []).map(nameOf).join('、')}
                    </span>
                  )}
                  {inheritedTag(from)}
                </Space>
              );
            },
          },
          ...CLASSES.map((key) => ({
            title: t(`class.${key}`),
            key,
            render: (_: unknown, { category }: CategoryNode) => {
              const { value, from } = effectiveDeadlines(categories, category.code);
              return (
                <Space orientation="vertical" size={2}>
                  <span>{deadlineText(value, key)}</span>
                  {inheritedTag(from)}
                </Space>
              );
            },
          })),
          ...(mayEdit
            ? [
                {
                  title: t('actions'),
                  key: 'actions',
                  width: 170,
                  fixed: 'right' as const,
                  render: (_: unknown, { category }: CategoryNode) => (
                    <Space size={0} wrap>
                      <Button type="link" aria-label={t('cat.editNamed', { name: category.name })} onClick={() => open({ mode: 'edit', category })}>
                        {t('edit')}
                      </Button>
                      <Button type="link" aria-label={t('cat.addChildNamed', { name: category.name })} onClick={() => open({ mode: 'add', parent: category })}>
                        {t('cat.addChild')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing != null}
        width={760}
        title={
          editing?.mode === 'edit'
            ? t('cat.editTitle', { name: editing.category.name })
            : editing?.parent
              ? t('cat.addUnder', { name: editing.parent.name })
              : t('cat.addTop')
        }
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        {conflict && <Alert type="warning" showIcon role="alert" title={t('conflict')} description={t('conflictKept')} style={{ marginBottom: 16 }} />}
        <ProblemAlert problem={formProblem} />
        <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => setFormProblem(null)}>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="code" label={t('cat.code')} rules={[{ required: true, message: t('required') }]}>
                <Input disabled={editing?.mode === 'edit'} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="name" label={t('cat.name')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="retired" label={t('cat.retiredLabel')} valuePropName="checked" extra={t('cat.retiredHint')}>
            <Switch />
          </Form.Item>

          <Divider titlePlacement="start">{t('cat.path')}</Divider>
          <Form.Item name="ownPath" label={t('cat.ownPath')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {ownPath ? (
            <Row gutter={16}>
              <Col span={10}>
                <Form.Item name={['path', 'lead']} label={t('cat.lead')} rules={[{ required: true, message: t('required') }]}>
                  <Select options={options} showSearch optionFilterProp="label" />
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item name={['path', 'coHandlers']} label={t('cat.coHandlers')} extra={t('cat.coHandlersHint')}>
                  <Select mode="multiple" options={options} optionFilterProp="label" />
                </Form.Item>
              </Col>
            </Row>
          ) : (
            <Typography.Paragraph type="secondary">
              {parentPath
                ? t('cat.followsParentPath', { lead: nameOf(parentPath.lead), co: (parentPath.coHandlers ?? []).map(nameOf).join('、') || '—' })
                : t('cat.noPath')}
            </Typography.Paragraph>
          )}

          <Divider titlePlacement="start">{t('cat.deadlines')}</Divider>
          <Form.Item name="ownDeadlines" label={t('cat.ownDeadlines')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {ownDeadlines ? (
            CLASSES.map((key) => (
              <Row gutter={16} key={key}>
                <Col span={12}>
                  <Form.Item
                    name={['deadlines', key, 'responseMinutes']}
                    label={t('cat.responseOf', { cls: t(`class.${key}`) })}
                    rules={[{ required: true, message: t('required') }]}
                  >
                    <InputNumber precision={0} suffix={t('cat.minutes')} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name={['deadlines', key, 'closureWorkingDays']}
                    label={t('cat.closureOf', { cls: t(`class.${key}`) })}
                    rules={[{ required: true, message: t('required') }]}
                  >
                    <InputNumber precision={0} suffix={t('cat.workingDays')} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            ))
          ) : (
            <Typography.Paragraph type="secondary">
              {parentDeadlines
                ? t('cat.followsParentDeadlines', {
                    text: CLASSES.map((key) => `${t(`class.${key}`)} ${deadlineText(parentDeadlines, key)}`).join('；'),
                  })
                : t('cat.noDeadlines')}
            </Typography.Paragraph>
          )}

          <Divider titlePlacement="start">{t('cat.complexity')}</Divider>
          <Typography.Paragraph type="secondary">{t('cat.complexityHint')}</Typography.Paragraph>
          <Form.List name="complexity">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Row gutter={8} key={field.key} align="bottom">
                    <Col span={7}>
                      <Form.Item name={[field.name, 'class']} label={t('cat.ruleClass', { n: field.name + 1 })} rules={[{ required: true, message: t('required') }]}>
                        <Select options={(['SIMPLE', 'NORMAL', 'DIFFICULT'] as const).map((cls) => ({ value: cls, label: t(`class.${cls.toLowerCase() as ClassKey}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name={[field.name, 'minAmountYuan']} label={t('cat.minAmount')}>
                        <InputNumber min={0} style={{ width: '100%' }} suffix={t('cat.yuan')} />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item name={[field.name, 'minParties']} label={t('cat.minParties')}>
                        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={2}>
                      <Form.Item>
                        <Button type="text" aria-label={t('cat.removeRule', { n: field.name + 1 })} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ class: 'DIFFICULT' })}>
                  {t('cat.addRule')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}
