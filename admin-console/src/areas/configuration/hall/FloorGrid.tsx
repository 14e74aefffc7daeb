import { theme } from 'antd';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../../i18n';
import { hallMessages } from '../messages-a';
import { gridSize, placedItems, sameRef, type Area, type ItemRef, type Position } from './floorPlan';

export const CELL_WIDTH = 112;
export const CELL_HEIGHT = 64;
export const GAP = 8;
const PADDING = 8;

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

interface Drag {
  ref: ItemRef;
  pointerId: number;
  x: number;
  y: number;
  moving: boolean;
  target: Position | null;
}

interface Props {
  area: Area;
  index: number;
  selected: ItemRef | null;
  faulty: (ref: ItemRef) => boolean;
  /** Answers whether the cell is free for the item (false when another item holds it). */
  isFree: (ref: ItemRef, to: Position) => boolean;
  onSelect: (ref: ItemRef) => void;
  onMove: (ref: ItemRef, to: Position) => void;
  onNudge: (ref: ItemRef, rows: number, columns: number) => void;
}

/**
 * An area's floor plan: its windows and rooms on their grid cells. An item is moved by dragging
 * it (pointer events, snapped to the cell under the pointer; a taken cell shows red and refuses
 * the drop), or, focused, one cell at a time with the arrow keys; a click or Enter selects it.
 */
export function FloorGrid({ area, index, selected, faulty, isFree, onSelect, onMove, onNudge }: Props) {
  const t = useT(hallMessages);
  const { token } = theme.useToken();
  const grid = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragged = useRef(false);
  const { rows, columns } = gridSize(area);
  const items = placedItems(area, index);

  const cellAt = (x: number, y: number): Position | null => {
    const rect = grid.current?.getBoundingClientRect();
    if (!rect) return null;
    const column = Math.floor((x - rect.left - PADDING + GAP / 2) / (CELL_WIDTH + GAP));
    const row = Math.floor((y - rect.top - PADDING + GAP / 2) / (CELL_HEIGHT + GAP));
    if (row < 0 || column < 0 || row >= rows || column >= columns) return null;
    return { row, column };
  };

  const pointerDown = (ref: ItemRef) => (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    dragged.current = false;
    setDrag({ ref, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moving: false, target: null });
  };

  const pointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag || drag.pointerId !== event.pointerId) return;
    const moving = drag.moving || Math.hypot(event.clientX - drag.x, event.clientY - drag.y) > 4;
    setDrag({ ...drag, moving, target: moving ? cellAt(event.clientX, event.clientY) : null });
  };

  const pointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag || drag.pointerId !== event.pointerId) return;
    event.currentTarget.releasePointerCapture?.(event.pointerId);
    if (drag.moving) {
      dragged.current = true;
      const target = cellAt(event.clientX, event.clientY);
      if (target) onMove(drag.ref, target);
    }
    setDrag(null);
  };

  const keyDown = (ref: ItemRef) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = ARROWS[event.key];
    if (!step) return;
    event.preventDefault();
    onNudge(ref, step[0], step[1]);
  };

  const target = drag?.moving ? drag.target : null;
  const targetFree = target && drag ? isFree(drag.ref, target) : true;

  return (
    <div
      ref={grid}
      role="group"
      aria-label={t('plan', { name: area.name || area.code })}
      data-testid={`plan-${area.code}`}
      style={{
        position: 'relative',
        display: 'grid',
        gridTemplateColumns: `repeat(${columns}, ${CELL_WIDTH}px)`,
        gridTemplateRows: `repeat(${rows}, ${CELL_HEIGHT}px)`,
        gap: GAP,
        padding: PADDING,
        background: token.colorFillQuaternary,
        backgroundImage: `linear-gradient(${token.colorBorderSecondary} 1px, transparent 1px), linear-gradient(90deg, ${token.colorBorderSecondary} 1px, transparent 1px)`,
        backgroundSize: `${CELL_WIDTH + GAP}px ${CELL_HEIGHT + GAP}px`,
        backgroundPosition: `${PADDING - GAP / 2}px ${PADDING - GAP / 2}px`,
        borderRadius: token.borderRadius,
        overflowX: 'auto',
        width: 'max-content',
        maxWidth: '100%',
        touchAction: 'none',
      }}
    >
      {target && (
        <div
          aria-hidden
          data-testid="drop-target"
          data-free={targetFree}
          style={{
            gridRow: target.row + 1,
            gridColumn: target.column + 1,
            border: `2px dashed ${targetFree ? token.colorSuccess : token.colorError}`,
            background: targetFree ? token.colorSuccessBg : token.colorErrorBg,
            borderRadius: token.borderRadius,
            zIndex: 2,
            pointerEvents: 'none',
          }}
        />
      )}
      {items.map((item) => {
        const isWindow = item.ref.kind === 'windows';
        const isSelected = sameRef(item.ref, selected);
        const isFaulty = faulty(item.ref);
        const isDragged = drag?.moving && sameRef(drag.ref, item.ref);
        const label = isWindow ? t('window', { number: item.label }) : t('room');
        return (
          <button
            key={`${item.ref.kind}-${item.ref.index}`}
            type="button"
            data-testid={isWindow ? `window-${item.label}` : `room-${item.label}`}
            data-row={item.position.row}
            data-column={item.position.column}
            aria-pressed={isSelected}
            aria-label={t('itemLabel', {
              label: `${label} ${item.name}`.trim(),
              row: item.position.row + 1,
              column: item.position.column + 1,
            })}
            onPointerDown={pointerDown(item.ref)}
            onPointerMove={pointerMove}
            onPointerUp={pointerUp}
            onPointerCancel={() => setDrag(null)}
            onClick={() => {
              if (dragged.current) {
                dragged.current = false;
                return;
              }
              onSelect(item.ref);
            }}
            onKeyDown={keyDown(item.ref)}
            style={{
              gridRow: item.position.row + 1,
              gridColumn: item.position.column + 1,
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'flex-start',
              justifyContent: 'center',
              gap: 2,
              padding: '4px 8px',
              overflow: 'hidden',
              textAlign: 'left',
              cursor: isDragged ? 'grabbing' : 'grab',
              userSelect: 'none',
              borderRadius: token.borderRadius,
              border: `2px solid ${isFaulty ? token.colorError : isSelected ? token.colorPrimary : isWindow ? '#0550ae' : '#531dab'}`,
              background: isFaulty ? token.colorErrorBg : isWindow ? '#e6f4ff' : '#f9f0ff',
              color: token.colorText,
              boxShadow: isSelected ? `0 0 0 3px ${token.colorPrimaryBg}` : undefined,
              opacity: isDragged ? 0.6 : 1,
              font: 'inherit',
              fontSize: 12,
              zIndex: isDragged ? 3 : 1,
            }}
          >
            <strong style={{ fontSize: 13 }}>{isWindow ? t('window', { number: item.label }) : t('room')}</strong>
            <span style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' }}>
              {item.name || '—'}
            </span>
          </button>
        );
      })}
    </div>
  );
}
