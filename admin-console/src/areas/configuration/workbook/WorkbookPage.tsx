import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Result, Row, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { download, upload } from '../../../api/client';
import type { FieldError, Problem } from '../../../api/problem';
import { ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { workbookMessages } from '../messages-a';
import { useConfiguration, type ConfigurationDocument } from '../useConfiguration';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel 导入导出: the configuration as a workbook to download, fill in and upload back. */
export default function WorkbookPage() {
  const t = useT(workbookMessages);
  const { message } = App.useApp();
  const { tenant, document, etag, problem: loadProblem, reload } = useConfiguration();
  const [downloading, setDownloading] = useState(false);
  const [importing, setImporting] = useState<string | null>(null);
  const [imported, setImported] = useState<ConfigurationDocument | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const path = `/api/v1/tenants/${tenant}/configuration-workbook`;

  const save = async () => {
    setDownloading(true);
    setProblem(null);
    try {
      const blob = await download(path);
      const file = `${tenant}-configuration-v${document?.version ?? ''}.xlsx`;
      const url = URL.createObjectURL(blob);
      const link = window.document.createElement('a');
      link.href = url;
      link.download = file;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      void message.success(t('downloaded', { file }));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setDownloading(false);
    }
  };

  const importFile = async (file: File) => {
    setProblem(null);
    setImported(null);
    if (!/\.xlsx$/i.test(file.name)) {
      setProblem({ title: t('notXlsx'), status: 0 });
      return;
    }
    setImporting(file.name);
    try {
      const saved = await upload<ConfigurationDocument>(path, 'PUT', file, XLSX, { 'If-Match': etag ?? '' });
      setImported(saved);
      await reload();
    } catch (error) {
      const found = problemOf(error);
      setProblem(found);
      if (found.status === 412) void reload();
    } finally {
      setImporting(null);
    }
  };

  const fieldErrors: FieldError[] = problem?.errors ?? [];

  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ProblemAlert problem={loadProblem} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('download')}>
            <Space orientation="vertical">
              {document?.version != null && (
                <Typography.Text type="secondary">{t('currentVersion', { version: document.version })}</Typography.Text>
              )}
              <Button type="primary" icon={<DownloadOutlined />} loading={downloading} onClick={() => void save()}>
                {downloading ? t('downloading') : t('download')}
              </Button>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('uploadTitle')}>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={!!importing || !etag}
              beforeUpload={(file) => {
                void importFile(file);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{importing ? t('uploading', { file: importing }) : t('uploadHint')}</p>
            </Upload.Dragger>
          </Card>
        </Col>
      </Row>

      {imported && (
        <Result
          status="success"
          title={t('imported', { version: imported.version ?? '' })}
          subTitle={imported.summary ? t('importedSummary', { summary: imported.summary }) : undefined}
          extra={<Link to="../versions">{t('viewHistory')}</Link>}
        />
      )}

      {problem && fieldErrors.length === 0 && (
        <div style={{ marginTop: 16 }}>
          <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        </div>
      )}
      {problem && fieldErrors.length > 0 && (
        <section style={{ marginTop: 16 }} aria-labelledby="workbook-problems">
          <Alert
            type="error"
            showIcon
            role="alert"
            title={<span id="workbook-problems">{t('problemsTitle', { count: fieldErrors.length })}</span>}
            description={problem.detail && problem.detail !== fieldErrors[0]?.message ? problem.detail : problem.title}
            style={{ marginBottom: 12 }}
          />
          <Table<FieldError>
            size="small"
            rowKey={(f) => `${f.field}|${f.message}`}
            pagination={fieldErrors.length > 50 ? { pageSize: 50 } : false}
            dataSource={fieldErrors}
            columns={[
              { title: t('where'), key: 'where', width: '35%', render: (_, f) => <code>{f.field}</code> },
              { title: t('problem'), dataIndex: 'message' },
              { title: t('allowed'), key: 'allowed', render: (_, f) => f.allowedValues?.join('、') ?? '' },
            ]}
          />
        </section>
      )}
    </>
  );
}
