import type { components } from '../../../api/generated/configuration';

export type Category = components['schemas']['Category'];
export type Deadlines = components['schemas']['Deadlines'];
export type StandardPath = components['schemas']['StandardPath'];

/** A category's own value, or the nearest ancestor's, with the ancestor it came from. */
export interface Inherited<T> {
  value?: T;
  /** The ancestor that set it; absent when the category sets it itself (or nobody does). */
  from?: Category;
}

function nearest<T>(categories: readonly Category[], code: string, pick: (category: Category) => T | undefined): Inherited<T> {
  const byCode = new Map(categories.map((category) => [category.code, category]));
  const seen = new Set<string>();
  let category = byCode.get(code);
  let first = true;
  while (category && !seen.has(category.code)) {
    seen.add(category.code);
    const value = pick(category);
    if (value !== undefined) return first ? { value } : { value, from: category };
    first = false;
    category = category.parent ? byCode.get(category.parent) : undefined;
  }
  return {};
}

/** The deadlines a category's matters get: its own, else its parent's (and so on up). */
export function effectiveDeadlines(categories: readonly Category[], code: string): Inherited<Deadlines> {
  return nearest(categories, code, (category) => category.deadlines);
}

/** The standard path a category's matters follow: its own, else its parent's (and so on up). */
export function effectivePath(categories: readonly Category[], code: string): Inherited<StandardPath> {
  return nearest(categories, code, (category) => category.path);
}

export interface CategoryNode {
  key: string;
  category: Category;
  children?: CategoryNode[];
}

/** The flat list as a tree by parent links (leaves without a children list, as Ant Design's Table wants). */
export function categoryTree(categories: readonly Category[]): CategoryNode[] {
  const nodes = new Map(categories.map((category) => [category.code, { key: category.code, category } as CategoryNode]));
  const roots: CategoryNode[] = [];
  for (const category of categories) {
    const node = nodes.get(category.code)!;
    const parent = category.parent ? nodes.get(category.parent) : undefined;
    if (parent && parent !== node) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export const CLASSES = ['simple', 'normal', 'difficult'] as const;
export type ClassKey = (typeof CLASSES)[number];
