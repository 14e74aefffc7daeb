import { EditOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldError, Problem } from '../../../api/problem';
import { ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { useCatalogDepartments } from '../departments/useCatalogDepartments';
import { enumMessages, hallMessages } from '../messages-a';
import { useConfiguration } from '../useConfiguration';
import { FloorGrid } from './FloorGrid';
import {
  addArea,
  addRoom,
  addWindow,
  fromDocument,
  itemOf,
  moveItem,
  nudge,
  occupant,
  pathOf,
  refOfField,
  removeArea,
  removeItem,
  sameRef,
  toDocument,
  updateArea,
  updateItem,
  type Area,
  type ItemRef,
  type MoveResult,
  type Position,
  type Room,
  type Window,
} from './floorPlan';
import { AreaForm, RoomForm, WindowForm } from './ItemEditor';
import { tone } from '../departments/tone';

type Selection = { area: number; item: ItemRef | null } | null;

/** 大厅布局: the hall's areas with their windows and rooms on a grid, edited by drag, keys or form. */
export default function HallPage() {
  const t = useT(hallMessages);
  const e = useT(enumMessages);
  const { message } = App.useApp();
  const { document, loading, problem: loadProblem, saveSection } = useConfiguration();
  const { nameOf } = useCatalogDepartments();
  const [areas, setAreas] = useState<Area[]>([]);
  const [dirty, setDirty] = useState(false);
  const [selection, setSelection] = useState<Selection>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const editor = useRef<HTMLDivElement>(null);

  // The plan follows the document read (and the one a save answers) unless there are edits to keep.
  useEffect(() => {
    if (!dirty) setAreas(fromDocument(document));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document]);

  const departmentOptions = useMemo(
    () => (document?.departments ?? []).map((d) => ({ value: d.code, label: nameOf(d.code, document?.departments) })),
    [document, nameOf],
  );

  const edit = (next: Area[], structural = false) => {
    setAreas(next);
    setDirty(true);
    if (structural) setErrors([]);
  };

  const nameOfItem = (ref: ItemRef, list = areas) => {
    const item = itemOf(list, ref);
    if (!item) return '';
    return ref.kind === 'windows' ? `${t('window', { number: (item as Window).number })} ${item.name}` : item.name || (item as Room).code;
  };

  const applyMove = (ref: ItemRef, result: MoveResult) => {
    if (!result.ok) {
      const to = itemOf(areas, result.blockedBy)?.position;
      const text = t('occupied', { row: (to?.row ?? 0) + 1, column: (to?.column ?? 0) + 1, name: nameOfItem(result.blockedBy) });
      void message.error(text);
      setAnnouncement(text);
      return;
    }
    if (result.areas === areas) return;
    edit(result.areas);
    const position = itemOf(result.areas, ref)?.position;
    setAnnouncement(t('moved', { name: nameOfItem(ref, result.areas), row: (position?.row ?? 0) + 1, column: (position?.column ?? 0) + 1 }));
  };

  const move = (ref: ItemRef, to: Position) => applyMove(ref, moveItem(areas, ref, to));

  const select = (ref: ItemRef) => setSelection({ area: ref.area, item: ref });

  const faultyItems = useMemo(() => {
    const refs = errors.map((error) => refOfField(error.field)?.item).filter((ref): ref is ItemRef => !!ref);
    return (ref: ItemRef) => refs.some((r) => sameRef(r, ref));
  }, [errors]);

  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const saved = await saveSection('areas', toDocument(areas));
      setDirty(false);
      setErrors([]);
      setAreas(fromDocument(saved));
      void message.success(t('saved', { version: saved.version ?? '' }));
    } catch (error) {
      const found = problemOf(error);
      const mine = (found.errors ?? []).filter((f) => refOfField(f.field));
      setErrors(mine);
      setProblem({ ...found, errors: (found.errors ?? []).filter((f) => !mine.includes(f)) });
      // A 412 reads the configuration again: the plan shows it, the edits are to be redone.
      if (found.status === 412) setDirty(false);
      const first = mine.map((f) => refOfField(f.field)).find(Boolean);
      if (first) setSelection({ area: first.area, item: first.item });
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    setAreas(fromDocument(document));
    setDirty(false);
    setErrors([]);
    setProblem(null);
    setSelection(null);
  };

  if (loading && !document) return <Spin />;

  const selectedArea = selection ? areas[selection.area] : undefined;
  const selectedItem = selection?.item ? itemOf(areas, selection.item) : undefined;
  const areaErrors = (index: number) => errors.filter((f) => refOfField(f.field)?.area === index);

  const describe = (field: string) => {
    const found = refOfField(field);
    if (!found) return field;
    const area = areas[found.area];
    const where = area ? area.name || area.code : field;
    return found.item ? `${where} · ${nameOfItem(found.item)}` : where;
  };

  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ProblemAlert problem={loadProblem} />
      <ProblemAlert problem={problem && (problem.errors?.length || errors.length === 0) ? problem : null} onClose={() => setProblem(null)} />
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('problems', { count: errors.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {errors.map((error) => {
                const found = refOfField(error.field)!;
                return (
                  <li key={error.field}>
                    <strong>{describe(error.field)}</strong>：{error.message}{' '}
                    <Button
                      type="link"
                      size="small"
                      onClick={() => {
                        setSelection({ area: found.area, item: found.item });
                        editor.current?.focus();
                      }}
                    >
                      {t('locate')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          }
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={!dirty} onClick={() => void save()}>
          {t('save')}
        </Button>
        <Button icon={<UndoOutlined />} disabled={!dirty} onClick={discard}>
          {t('discard')}
        </Button>
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            const next = addArea(areas);
            edit(next, true);
            setSelection({ area: next.length - 1, item: null });
          }}
        >
          {t('addArea')}
        </Button>
        {dirty && <Tag style={tone('orange')}>{t('unsaved')}</Tag>}
      </Space>
      <div aria-live="polite" className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {announcement}
      </div>
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={15}>
          {areas.length === 0 && <Empty description={t('noAreas')} />}
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {areas.map((area, index) => (
              <Card
                key={index}
                size="small"
                title={
                  <Space wrap>
                    <span>{area.name || area.code}</span>
                    <Tag>{e(`area.${area.kind}`)}</Tag>
                    {area.floor != null && <Tag style={tone('blue')}>{t('floor', { floor: area.floor })}</Tag>}
                    {areaErrors(index).length > 0 && <Tag style={tone('red')}>{t('legendProblem')}</Tag>}
                  </Space>
                }
                extra={
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={`${t('editAreaButton')} ${area.name || area.code}`}
                    onClick={() => setSelection({ area: index, item: null })}
                  >
                    {t('editAreaButton')}
                  </Button>
                }
                style={selection?.area === index && !selection.item ? { borderColor: '#a8071a' } : undefined}
              >
                <FloorGrid
                  area={area}
                  index={index}
                  selected={selection?.item ?? null}
                  faulty={faultyItems}
                  isFree={(ref, to) => !occupant(areas, ref.area, to, ref)}
                  onSelect={select}
                  onMove={move}
                  onNudge={(ref, rows, columns) => applyMove(ref, nudge(areas, ref, rows, columns))}
                />
              </Card>
            ))}
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Card
            ref={editor}
            tabIndex={-1}
            title={
              selection?.item ? (selection.item.kind === 'windows' ? t('editWindow') : t('editRoom')) : selectedArea ? t('editArea') : t('editArea')
            }
            style={{ position: 'sticky', top: 16 }}
          >
            {!selectedArea && <Typography.Text type="secondary">{t('selectHint')}</Typography.Text>}
            {selectedArea && !selection?.item && (
              <AreaForm
                area={selectedArea}
                path={`areas[${selection!.area}]`}
                errors={errors.filter((f) => !refOfField(f.field)?.item)}
                onChange={(changes) => edit(updateArea(areas, selection!.area, changes))}
                onRemove={() => {
                  edit(removeArea(areas, selection!.area), true);
                  setSelection(null);
                }}
                onAddWindow={() => {
                  const added = addWindow(areas, selection!.area);
                  edit(added.areas, true);
                  setSelection({ area: selection!.area, item: added.ref });
                }}
                onAddRoom={() => {
                  const added = addRoom(areas, selection!.area);
                  edit(added.areas, true);
                  setSelection({ area: selection!.area, item: added.ref });
                }}
              />
            )}
            {selection?.item && selectedItem && selection.item.kind === 'windows' && (
              <WindowForm
                key={pathOf(selection.item)}
                window={selectedItem as Window}
                path={pathOf(selection.item)}
                errors={errors}
                departments={departmentOptions}
                onChange={(changes) => edit(updateItem(areas, selection.item!, changes))}
                onMove={(to) => move(selection.item!, to)}
                onRemove={() => {
                  edit(removeItem(areas, selection.item!), true);
                  setSelection({ area: selection.area, item: null });
                }}
              />
            )}
            {selection?.item && selectedItem && selection.item.kind === 'rooms' && (
              <RoomForm
                key={pathOf(selection.item)}
                room={selectedItem as Room}
                path={pathOf(selection.item)}
                errors={errors}
                onChange={(changes) => edit(updateItem(areas, selection.item!, changes))}
                onMove={(to) => move(selection.item!, to)}
                onRemove={() => {
                  edit(removeItem(areas, selection.item!), true);
                  setSelection({ area: selection.area, item: null });
                }}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
