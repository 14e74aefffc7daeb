import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, Input, Modal, Popconfirm, Row, Select, Space, Spin, Tag, Tree, TreeSelect, Typography, type TreeDataNode } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import type { Problem } from '../../../api/problem';
import { applyProblem, ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { useMayCall } from '../../../auth/useSession';
import { b } from '../messages-b';
import { itemProblem } from '../problemPaths';
import { useConfiguration } from '../useConfiguration';
import { childKinds, descendantsOf, toTree, withChild, withUnit, type OrgKind, type OrgNode, type OrgUnit } from './orgTree';

const KINDS: OrgKind[] = ['CENTER', 'TOWNSHIP', 'VILLAGE', 'COMMUNITY', 'GRID'];

interface UnitForm {
  code: string;
  name: string;
  kind: OrgKind;
  divisionCode?: string;
  parent?: string;
}

type Editing = { mode: 'add'; parent: OrgUnit } | { mode: 'edit'; unit: OrgUnit };

/** 组织架构: the center's units as a tree (county → towns/streets → villages/communities → grids). */
export default function OrgTreePage() {
  const t = useT(b);
  const { message } = App.useApp();
  const { document, problem, loading, saveSection } = useConfiguration();
  const mayEdit = useMayCall('replaceConfigurationSection');
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const [pageProblem, setPageProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<UnitForm>();

  const units = useMemo(() => document?.orgUnits ?? [], [document]);
  const byCode = useMemo(() => new Map(units.map((unit) => [unit.code, unit])), [units]);
  const current = selected ? byCode.get(selected) : undefined;

  const kindLabel = (kind: OrgKind) => t(`kind.${kind}`);
  const title = (unit: OrgUnit) => (
    <span>
      <span>{unit.name}</span> <Tag>{kindLabel(unit.kind)}</Tag>
      {unit.status === 'RETIRED' && <Tag color="default">{t('org.retired')}</Tag>}
    </span>
  );
  const treeData = useMemo(() => {
    const map = (node: OrgNode): TreeDataNode => ({
      key: node.unit.code,
      title: title(node.unit),
      children: node.children.map(map),
    });
    return toTree(units).map(map);
  }, [units, t]);
  const parentChoices = useMemo(() => {
    if (editing?.mode !== 'edit') return [];
    const excluded = descendantsOf(units, editing.unit.code).add(editing.unit.code);
    interface Choice { value: string; title: string; disabled: boolean; children: Choice[] }
    const map = (node: OrgNode): Choice => ({
      value: node.unit.code,
      title: `${node.unit.name} (${node.unit.code})`,
      disabled: excluded.has(node.unit.code) || node.unit.kind === 'GRID',
      children: node.children.map(map),
    });
    return toTree(units).map(map);
  }, [editing, units]);

  /** Saves the section; answers whether it was saved. Field errors of unit `index` go to the form. */
  async function save(next: OrgUnit[], index: number, withForm: boolean): Promise<boolean> {
    setSaving(true);
    setConflict(false);
    setPageProblem(null);
    try {
      await saveSection('org-units', { orgUnits: next });
      message.success(t('saved'));
      return true;
    } catch (error) {
      if (problemOf(error).status === 412) setConflict(true);
      else if (withForm) setFormProblem(applyProblem(form, itemProblem(error, `orgUnits[${index}]`)));
      else setPageProblem(problemOf(error));
      return false;
    } finally {
      setSaving(false);
    }
  }

  function open(next: Editing) {
    setFormProblem(null);
    setConflict(false);
    form.resetFields();
    if (next.mode === 'add') {
      form.setFieldsValue({ kind: childKinds(next.parent.kind)[0], code: '', name: '' });
    } else {
      const { code, name, kind, divisionCode, parent } = next.unit;
      form.setFieldsValue({ code, name, kind, divisionCode, parent });
    }
    setEditing(next);
  }

  async function submit(values: UnitForm) {
    if (!editing) return;
    const divisionCode = values.divisionCode?.trim() || undefined;
    let next: OrgUnit[];
    let code: string;
    if (editing.mode === 'add') {
      code = values.code.trim();
      next = withChild(units, {
        code,
        name: values.name.trim(),
        kind: values.kind,
        divisionCode,
        parent: editing.parent.code,
        status: 'ACTIVE',
      });
    } else {
      // The latest version of the unit (the configuration may have been read again since).
      code = editing.unit.code;
      const unit = byCode.get(code) ?? editing.unit;
      next = withUnit(units, code, { ...unit, name: values.name.trim(), kind: values.kind, divisionCode, parent: values.parent ?? unit.parent });
    }
    if (await save(next, next.findIndex((unit) => unit.code === code), true)) {
      setEditing(null);
      setSelected(code);
    }
  }

  async function setStatus(unit: OrgUnit, status: OrgUnit['status']) {
    const changed: OrgUnit = status === 'RETIRED'
      ? { ...unit, status, retiredOn: dayjs().format('YYYY-MM-DD') }
      : { ...unit, status, retiredOn: undefined };
    const next = withUnit(units, unit.code, changed);
    await save(next, next.findIndex((item) => item.code === unit.code), false);
  }

  if (loading && !document) return <Spin />;
  const kindChoices = editing?.mode === 'add' ? childKinds(editing.parent.kind) : KINDS.filter((kind) => kind !== 'CENTER' || editing?.unit.kind === 'CENTER');

  return (
    <>
      <Typography.Title level={2}>{t('org.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('org.intro')}</Typography.Paragraph>
      <ProblemAlert problem={problem} />
      <ProblemAlert problem={pageProblem} onClose={() => setPageProblem(null)} />
      {conflict && !editing && <Alert type="warning" showIcon role="alert" title={t('conflict')} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title={t('org.tree')}>
            {units.length === 0 ? (
              <Empty />
            ) : (
              <Tree
                aria-label={t('org.tree')}
                showLine
                defaultExpandAll
                blockNode
                treeData={treeData}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => setSelected(keys[0] != null ? String(keys[0]) : null)}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={current ? current.name : t('org.unit')}>
            {!current ? (
              <Typography.Text type="secondary">{t('org.pick')}</Typography.Text>
            ) : (
              <>
                <Descriptions column={1} size="small" bordered>
                  <Descriptions.Item label={t('org.code')}>{current.code}</Descriptions.Item>
                  <Descriptions.Item label={t('org.kind')}>{kindLabel(current.kind)}</Descriptions.Item>
                  <Descriptions.Item label={t('org.divisionCode')}>{current.divisionCode ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('org.parent')}>
                    {current.parent ? (byCode.get(current.parent)?.name ?? current.parent) : '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('status')}>
                    {current.status === 'RETIRED' ? t('org.retiredOn', { date: current.retiredOn ?? '' }) : t('org.active')}
                  </Descriptions.Item>
                </Descriptions>
                {mayEdit && (
                  <Space wrap style={{ marginTop: 16 }}>
                    {current.status === 'ACTIVE' && current.kind !== 'GRID' && (
                      <Button type="primary" onClick={() => open({ mode: 'add', parent: current })}>
                        {t('org.addChild')}
                      </Button>
                    )}
                    <Button onClick={() => open({ mode: 'edit', unit: current })}>{t('org.edit')}</Button>
                    {current.kind !== 'CENTER' &&
                      (current.status === 'ACTIVE' ? (
                        <Popconfirm title={t('org.retireConfirm', { name: current.name })} okText={t('org.retire')} cancelText={t('cancel')} onConfirm={() => setStatus(current, 'RETIRED')}>
                          <Button danger loading={saving}>{t('org.retire')}</Button>
                        </Popconfirm>
                      ) : (
                        <Button loading={saving} onClick={() => setStatus(current, 'ACTIVE')}>{t('org.reactivate')}</Button>
                      ))}
                  </Space>
                )}
                <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('org.neverDeleted')}</Typography.Paragraph>
              </>
            )}
          </Card>
        </Col>
      </Row>
      <Modal
        open={editing != null}
        title={editing?.mode === 'add' ? t('org.addUnder', { name: editing.parent.name }) : t('org.editUnit')}
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
          <Form.Item name="code" label={t('org.code')} extra={t('org.codeHint')} rules={[{ required: true, message: t('required') }]}>
            <Input disabled={editing?.mode === 'edit'} autoComplete="off" />
          </Form.Item>
          <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="kind" label={t('org.kind')} rules={[{ required: true, message: t('required') }]}>
            <Select options={kindChoices.map((kind) => ({ value: kind, label: kindLabel(kind) }))} />
          </Form.Item>
          <Form.Item name="divisionCode" label={t('org.divisionCode')} extra={t('org.divisionHint')}>
            <Input autoComplete="off" inputMode="numeric" />
          </Form.Item>
          {editing?.mode === 'edit' && editing.unit.kind !== 'CENTER' && (
            <Form.Item name="parent" label={t('org.moveTo')}>
              <TreeSelect treeData={parentChoices} treeDefaultExpandAll showSearch treeNodeFilterProp="title" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
