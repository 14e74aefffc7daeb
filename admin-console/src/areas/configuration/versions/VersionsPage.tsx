import { DiffOutlined, HistoryOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { configurationApi } from '../../../api/client';
import type { components } from '../../../api/generated/configuration';
import type { Problem } from '../../../api/problem';
import { ProblemAlert, problemOf } from '../../../components/Problems';
import { useMayCall } from '../../../auth/useSession';
import { useT } from '../../../i18n';
import { useCatalogDepartments } from '../departments/useCatalogDepartments';
import { enumMessages, versionMessages } from '../messages-a';
import { useConfiguration, type ConfigurationDocument } from '../useConfiguration';
import { diffConfigurations, type DiffSection, type FieldChange, type SectionDiff, type Value } from './diff';
import { tone } from '../departments/tone';

type Version = components['schemas']['ConfigurationVersion'];

const PAGE = 20;
const CODE_FIELDS = new Set(['departments', 'host', 'lead', 'coHandlers']);
const CHANGE_COLOURS = { added: 'green', removed: 'red', changed: 'blue' } as const;

interface Comparison {
  from: number;
  to: number;
  sections: SectionDiff[];
}

/** 版本历史: every saved version; two (or one and the current) compared field by field; restore one. */
export default function VersionsPage() {
  const t = useT(versionMessages);
  const e = useT(enumMessages);
  const { message, modal } = App.useApp();
  const { tenant, document, etag, reload, setDocument, setEtag } = useConfiguration();
  const { nameOf } = useCatalogDepartments();
  const mayRestore = useMayCall('restoreConfigurationVersion');
  const [versions, setVersions] = useState<Version[]>([]);
  const [nextBefore, setNextBefore] = useState<number | undefined>();
  const [selected, setSelected] = useState<number[]>([]);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(false);
  const [comparing, setComparing] = useState(false);

  const load = useCallback(
    async (before?: number) => {
      if (!tenant) return;
      setLoading(true);
      try {
        const { data } = await configurationApi.GET('/api/v1/tenants/{tenant}/configuration-versions', {
          params: { path: { tenant }, query: { limit: PAGE, ...(before ? { before } : {}) } },
        });
        setVersions((current) => (before ? [...current, ...(data?.items ?? [])] : (data?.items ?? [])));
        setNextBefore(data?.nextBefore);
      } catch (error) {
        setProblem(problemOf(error));
      } finally {
        setLoading(false);
      }
    },
    [tenant],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const read = async (version: number): Promise<ConfigurationDocument> => {
    if (document?.version === version) return document;
    const { data } = await configurationApi.GET('/api/v1/tenants/{tenant}/configuration-versions/{version}', {
      params: { path: { tenant, version } },
    });
    return data!;
  };

  const compare = async () => {
    const current = document?.version;
    const [from, to] =
      selected.length === 2 ? [Math.min(...selected), Math.max(...selected)] : [selected[0]!, current ?? selected[0]!];
    setComparing(true);
    setProblem(null);
    try {
      const [older, newer] = await Promise.all([read(from), read(to)]);
      setComparison({ from, to, sections: diffConfigurations(older, newer) });
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setComparing(false);
    }
  };

  const restore = (version: number) =>
    modal.confirm({
      title: t('restoreTitle', { version }),
      content: t('restoreBody', { version }),
      okText: t('restore'),
      onOk: async () => {
        setProblem(null);
        try {
          const { data, response } = await configurationApi.POST(
            '/api/v1/tenants/{tenant}/configuration-versions/{version}/restoration',
            { params: { path: { tenant, version }, header: { 'If-Match': etag ?? '' } } },
          );
          setDocument(data ?? null);
          setEtag(response.headers.get('ETag'));
          void message.success(t('restored', { version: data?.version ?? '' }));
          setSelected([]);
          setComparison(null);
          await load();
        } catch (error) {
          const found = problemOf(error);
          setProblem(found);
          if (found.status === 412) void reload();
        }
      },
    });

  const format = (path: string, value: Value | undefined, section: DiffSection): string => {
    if (value === undefined) return t('empty');
    const leaf = path.replace(/\[\d+\]/g, '').split('.').at(-1) ?? path;
    const one = (v: string | number | boolean): string => {
      if (typeof v === 'boolean') return v ? t('yes') : t('no');
      if (typeof v === 'number') return (leaf === 'row' || leaf === 'column') && path.includes('position') ? String(v + 1) : String(v);
      if (CODE_FIELDS.has(leaf)) return nameOf(v, document?.departments);
      const key =
        leaf === 'days'
          ? `weekday.${v}`
          : leaf === 'function'
            ? `function.${v}`
            : leaf === 'mode'
              ? `mode.${v}`
              : leaf === 'weeks'
                ? `weeks.${v}`
                : leaf === 'kind'
                  ? `${section === 'rooms' ? 'room' : 'area'}.${v}`
                  : null;
      return key && key in enumMessages['zh-CN'] ? e(key as keyof (typeof enumMessages)['zh-CN']) : v;
    };
    return Array.isArray(value) ? value.map(one).join('、') : one(value);
  };

  const label = (path: string): string =>
    path
      .split('.')
      .map((part) => {
        const match = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
        const name = match?.[1] ?? part;
        const key = `field.${name}`;
        const text = key in versionMessages['zh-CN'] ? t(key as keyof (typeof versionMessages)['zh-CN']) : name;
        const indexes = [...(match?.[2] ?? '').matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1);
        return indexes.length > 0 ? `${text} ${indexes.join('.')}` : text;
      })
      .join(' · ');

  const itemTitle = (section: DiffSection, key: string, name?: string) => {
    if (section === 'departments') return `${nameOf(key, document?.departments)} (${key})`;
    if (section === 'windows') return `${t('section.windows')} ${key}${name ? ` ${name}` : ''}`;
    if (section === 'workingHours') return t('section.workingHours');
    return name ? `${name} (${key})` : key;
  };

  const current = document?.version;

  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          type="primary"
          icon={<DiffOutlined />}
          disabled={selected.length === 0 || (selected.length === 1 && selected[0] === current)}
          loading={comparing}
          onClick={() => void compare()}
        >
          {selected.length === 1 ? t('compareWithCurrent') : t('compare')}
        </Button>
        <Typography.Text type="secondary">{t('selectHint')}</Typography.Text>
      </Space>
      <Table<Version>
        rowKey="version"
        size="middle"
        loading={loading}
        pagination={false}
        dataSource={versions}
        rowSelection={{
          selectedRowKeys: selected,
          hideSelectAll: true,
          onChange: (keys) => setSelected((keys as number[]).slice(-2)),
          getCheckboxProps: (v) => ({
            disabled: selected.length >= 2 && !selected.includes(v.version),
            'aria-label': `${t('version')} ${v.version}`,
          }),
        }}
        columns={[
          {
            title: t('version'),
            key: 'version',
            render: (_, v) => (
              <Space>
                <span>{v.version}</span>
                {v.version === current && <Tag style={tone('green')}>{t('current')}</Tag>}
              </Space>
            ),
          },
          { title: t('savedAt'), key: 'savedAt', render: (_, v) => dayjs(v.savedAt).format('YYYY-MM-DD HH:mm:ss') },
          { title: t('savedBy'), dataIndex: 'savedBy' },
          { title: t('summary'), dataIndex: 'summary' },
          {
            title: '',
            key: 'actions',
            render: (_, v) =>
              mayRestore && v.version !== current ? (
                <Button size="small" icon={<RollbackOutlined />} onClick={() => restore(v.version)} aria-label={`${t('restore')} ${v.version}`}>
                  {t('restore')}
                </Button>
              ) : null,
          },
        ]}
      />
      {nextBefore && (
        <Button style={{ marginTop: 12 }} icon={<HistoryOutlined />} loading={loading} onClick={() => void load(nextBefore)}>
          {t('more')}
        </Button>
      )}

      {comparing && <Spin style={{ display: 'block', marginTop: 24 }} />}
      {comparison && !comparing && (
        <section aria-labelledby="version-diff" style={{ marginTop: 24 }}>
          <Typography.Title level={3} id="version-diff">
            {t('diffTitle', { from: comparison.from, to: comparison.to })}
          </Typography.Title>
          {comparison.sections.length === 0 && <Empty description={t('noDiff')} />}
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {comparison.sections.map((section) => (
              <Card
                key={section.section}
                size="small"
                title={
                  <Space>
                    <span>{t(`section.${section.section}`)}</span>
                    <Typography.Text type="secondary">{t('itemCount', { n: section.items.length })}</Typography.Text>
                  </Space>
                }
                data-testid={`diff-${section.section}`}
              >
                {section.items.map((item) => (
                  <div key={`${item.change}-${item.key}`} style={{ marginBottom: 12 }}>
                    <Space style={{ marginBottom: 4 }}>
                      <Tag style={tone(CHANGE_COLOURS[item.change])}>{t(item.change)}</Tag>
                      <strong>{itemTitle(section.section, item.key, item.name)}</strong>
                    </Space>
                    <Table<FieldChange>
                      size="small"
                      rowKey="path"
                      pagination={false}
                      dataSource={item.fields}
                      columns={[
                        { title: t('field'), key: 'field', width: '30%', render: (_, f) => label(f.path) },
                        ...(item.change !== 'added'
                          ? [{ title: t('before'), key: 'before', render: (_: unknown, f: FieldChange) => <del>{format(f.path, f.before, section.section)}</del> }]
                          : []),
                        ...(item.change !== 'removed'
                          ? [{ title: t('after'), key: 'after', render: (_: unknown, f: FieldChange) => <ins style={{ textDecoration: 'none', fontWeight: 500 }}>{format(f.path, f.after, section.section)}</ins> }]
                          : []),
                      ]}
                    />
                  </div>
                ))}
              </Card>
            ))}
          </Space>
        </section>
      )}
    </>
  );
}
