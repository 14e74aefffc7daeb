import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Popconfirm, Select, Space } from 'antd';
import type { FieldError } from '../../../api/problem';
import { useT } from '../../../i18n';
import { WEEKDAYS } from '../departments/rota';
import { enumMessages, hallMessages } from '../messages-a';
import type { Area, Position, Room, Window } from './floorPlan';

const AREA_KINDS: Area['kind'][] = [
  'INTAKE_HALL',
  'MULTI_RESOLUTION',
  'LEGAL_SERVICE',
  'PSYCHOLOGICAL_COUNSELING',
  'COMMAND_DISPATCH',
  'MEDIATION',
  'LITIGATION_SERVICE',
  'OTHER',
];
const FUNCTIONS: Window['function'][] = [
  'INTAKE',
  'MEDIATION',
  'LEGAL_CONSULTATION',
  'LEGAL_AID',
  'LITIGATION',
  'PETITION',
  'FINANCIAL',
  'LABOR',
  'PSYCHOLOGICAL',
  'GENERAL',
];
const ROOM_KINDS: Room['kind'][] = [
  'ECONOMIC_DISPUTES',
  'DAMAGE_COMPENSATION',
  'FAMILY_AND_NEIGHBORS',
  'INDUSTRY',
  'EXPERT',
  'LAWYER',
  'REMOTE',
  'PSYCHOLOGICAL',
  'GENERAL',
];

/** The API's field errors at a path and below it (`areas[0].windows[2].departments` takes `...departments[6]`). */
export function errorsAt(errors: FieldError[], path: string): string[] {
  return errors
    .filter((e) => e.field === path || e.field.startsWith(`${path}.`) || e.field.startsWith(`${path}[`))
    .map((e) => (e.allowedValues ? `${e.message} (${e.allowedValues.join(', ')})` : e.message));
}

/** Form.Item props showing the errors at a path, as Ant Design shows a field's own. */
function status(errors: FieldError[], path: string) {
  const found = errorsAt(errors, path);
  return found.length > 0 ? { validateStatus: 'error' as const, help: found.join('; ') } : {};
}

interface Common {
  /** The API path of the item edited (`areas[0]`, `areas[0].windows[2]`). */
  path: string;
  errors: FieldError[];
  onRemove: () => void;
}

export function AreaForm({ area, path, errors, onChange, onRemove, onAddWindow, onAddRoom }: Common & {
  area: Area;
  onChange: (changes: Partial<Area>) => void;
  onAddWindow: () => void;
  onAddRoom: () => void;
}) {
  const t = useT(hallMessages);
  const e = useT(enumMessages);
  const id = (field: string) => `${path}.${field}`;
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('code')} htmlFor={id('code')} required {...status(errors, `${path}.code`)}>
        <Input id={id('code')} value={area.code} maxLength={60} onChange={(ev) => onChange({ code: ev.target.value })} />
      </Form.Item>
      <Form.Item label={t('name')} htmlFor={id('name')} required {...status(errors, `${path}.name`)}>
        <Input id={id('name')} value={area.name} maxLength={200} onChange={(ev) => onChange({ name: ev.target.value })} />
      </Form.Item>
      <Form.Item label={t('kind')} htmlFor={id('kind')} required {...status(errors, `${path}.kind`)}>
        <Select
          id={id('kind')}
          value={area.kind}
          options={AREA_KINDS.map((kind) => ({ value: kind, label: e(`area.${kind}`) }))}
          onChange={(kind) => onChange({ kind })}
        />
      </Form.Item>
      <Form.Item label={t('floorField')} htmlFor={id('floor')} {...status(errors, `${path}.floor`)}>
        <InputNumber
          id={id('floor')}
          value={area.floor ?? null}
          min={-5}
          max={100}
          precision={0}
          onChange={(floor) => onChange({ floor: floor ?? undefined })}
        />
      </Form.Item>
      <Space wrap>
        <Button icon={<PlusOutlined />} onClick={onAddWindow}>
          {t('addWindow')}
        </Button>
        <Button icon={<PlusOutlined />} onClick={onAddRoom}>
          {t('addRoom')}
        </Button>
        <Popconfirm title={t('removeConfirm', { name: area.name || area.code })} onConfirm={onRemove}>
          <Button icon={<DeleteOutlined />}>
            {t('removeArea')}
          </Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}

function PositionField({ path, position, errors, onChange }: {
  path: string;
  position: Position | undefined;
  errors: FieldError[];
  onChange: (position: Position) => void;
}) {
  const t = useT(hallMessages);
  const current = position ?? { row: 0, column: 0 };
  return (
    <Form.Item label={`${t('row')} / ${t('column')}`} {...status(errors, `${path}.position`)}>
      <Space>
        <InputNumber
          aria-label={t('row')}
          prefix={t('row')}
          min={1}
          max={201}
          precision={0}
          value={current.row + 1}
          onChange={(row) => row != null && onChange({ ...current, row: row - 1 })}
        />
        <InputNumber
          aria-label={t('column')}
          prefix={t('column')}
          min={1}
          max={201}
          precision={0}
          value={current.column + 1}
          onChange={(column) => column != null && onChange({ ...current, column: column - 1 })}
        />
      </Space>
    </Form.Item>
  );
}

export function WindowForm({ window, path, errors, departments, onChange, onMove, onRemove }: Common & {
  window: Window;
  departments: { value: string; label: string }[];
  onChange: (changes: Partial<Window>) => void;
  onMove: (position: Position) => void;
}) {
  const t = useT(hallMessages);
  const e = useT(enumMessages);
  const id = (field: string) => `${path}.${field}`;
  const hours = window.openingHours;
  const setHours = (index: number, changes: Partial<Window['openingHours'][number]>) =>
    onChange({ openingHours: hours.map((h, i) => (i === index ? { ...h, ...changes } : h)) });
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('number')} htmlFor={id('number')} required {...status(errors, `${path}.number`)}>
        <Input id={id('number')} value={window.number} maxLength={10} onChange={(ev) => onChange({ number: ev.target.value })} />
      </Form.Item>
      <Form.Item label={t('name')} htmlFor={id('name')} required {...status(errors, `${path}.name`)}>
        <Input id={id('name')} value={window.name} maxLength={200} onChange={(ev) => onChange({ name: ev.target.value })} />
      </Form.Item>
      <Form.Item label={t('function')} htmlFor={id('function')} required {...status(errors, `${path}.function`)}>
        <Select
          id={id('function')}
          value={window.function}
          options={FUNCTIONS.map((f) => ({ value: f, label: e(`function.${f}`) }))}
          onChange={(f) => onChange({ function: f })}
        />
      </Form.Item>
      <Form.Item label={t('departments')} htmlFor={id('departments')} {...status(errors, `${path}.departments`)}>
        <Select
          id={id('departments')}
          mode="multiple"
          value={window.departments}
          options={departments}
          optionFilterProp="label"
          onChange={(list) => onChange({ departments: list })}
        />
      </Form.Item>
      <Form.Item label={t('openingHours')} {...status(errors, `${path}.openingHours`)}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {hours.map((h, i) => (
            <Space key={i} wrap align="start">
              <Select
                aria-label={`${t('openingHours')} ${i + 1} ${t('days')}`}
                mode="multiple"
                style={{ minWidth: 180 }}
                value={h.days}
                options={WEEKDAYS.map((d) => ({ value: d, label: e(`weekday.${d}`) }))}
                onChange={(days) => setHours(i, { days })}
              />
              <Input
                aria-label={`${t('openingHours')} ${i + 1} ${t('opens')}`}
                style={{ width: 72 }}
                placeholder="08:30"
                value={h.opens}
                onChange={(ev) => setHours(i, { opens: ev.target.value })}
              />
              <Input
                aria-label={`${t('openingHours')} ${i + 1} ${t('closes')}`}
                style={{ width: 72 }}
                placeholder="17:30"
                value={h.closes}
                onChange={(ev) => setHours(i, { closes: ev.target.value })}
              />
              <Button
                aria-label={`${t('removeHours')} ${i + 1}`}
                icon={<DeleteOutlined />}
                onClick={() => onChange({ openingHours: hours.filter((_, j) => j !== i) })}
              />
            </Space>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              onChange({
                openingHours: [...hours, { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], opens: '09:00', closes: '17:30' }],
              })
            }
          >
            {t('addHours')}
          </Button>
        </Space>
      </Form.Item>
      <PositionField path={path} position={window.position} errors={errors} onChange={onMove} />
      <Popconfirm title={t('removeConfirm', { name: window.name || window.number })} onConfirm={onRemove}>
        <Button icon={<DeleteOutlined />}>
          {t('removeWindow')}
        </Button>
      </Popconfirm>
    </Form>
  );
}

export function RoomForm({ room, path, errors, onChange, onMove, onRemove }: Common & {
  room: Room;
  onChange: (changes: Partial<Room>) => void;
  onMove: (position: Position) => void;
}) {
  const t = useT(hallMessages);
  const e = useT(enumMessages);
  const id = (field: string) => `${path}.${field}`;
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('code')} htmlFor={id('code')} required {...status(errors, `${path}.code`)}>
        <Input id={id('code')} value={room.code} maxLength={60} onChange={(ev) => onChange({ code: ev.target.value })} />
      </Form.Item>
      <Form.Item label={t('name')} htmlFor={id('name')} required {...status(errors, `${path}.name`)}>
        <Input id={id('name')} value={room.name} maxLength={200} onChange={(ev) => onChange({ name: ev.target.value })} />
      </Form.Item>
      <Form.Item label={t('kind')} htmlFor={id('kind')} required {...status(errors, `${path}.kind`)}>
        <Select
          id={id('kind')}
          value={room.kind}
          options={ROOM_KINDS.map((kind) => ({ value: kind, label: e(`room.${kind}`) }))}
          onChange={(kind) => onChange({ kind })}
        />
      </Form.Item>
      <PositionField path={path} position={room.position} errors={errors} onChange={onMove} />
      <Popconfirm title={t('removeConfirm', { name: room.name || room.code })} onConfirm={onRemove}>
        <Button icon={<DeleteOutlined />}>
          {t('removeRoom')}
        </Button>
      </Popconfirm>
    </Form>
  );
}
