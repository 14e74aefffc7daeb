import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { download, upload } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import type { Problem } from '../../../api/problem';
import { ProblemAlert, problemOf } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { matterMessages } from '../messages-matter';
import type { Matter } from '../steps/offered';

type Attachment = components['schemas']['Attachment'];

const MAX_BYTES = 20 * 1024 * 1024;
const TYPES: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };

/** The file's declared type: the browser's, else by its extension; null when not one the API takes. */
export function contentTypeOf(file: { name: string; type: string }): string | null {
  if (Object.values(TYPES).includes(file.type)) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return TYPES[extension] ?? null;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * 附件: the matter's files, uploaded one by one (PDF, JPEG or PNG up to 20 MB, the body being the
 * file) and viewed with the reader's token: images inline, PDFs in a new tab.
 */
export function Attachments({
  tenant,
  matter,
  mayUpload,
  onUploaded,
}: {
  tenant: string;
  matter: Matter;
  mayUpload: boolean;
  onUploaded: () => void;
}) {
  const t = useT(matterMessages);
  const { message } = App.useApp();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ name: string; url: string } | null>(null);
  const base = `/api/v1/tenants/${encodeURIComponent(tenant)}/matters/${matter.id}/attachments`;

  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview.url);
    },
    [preview],
  );

  async function send(file: File) {
    setProblem(null);
    const type = contentTypeOf(file);
    if (!type) return setProblem({ title: t('wrongType', { name: file.name }), status: 415 });
    if (file.size > MAX_BYTES) return setProblem({ title: t('tooLarge', { name: file.name }), status: 413 });
    setBusy(true);
    try {
      await upload<Attachment>(`${base}?filename=${encodeURIComponent(file.name)}`, 'POST', file, type);
      void message.success(t('uploaded', { name: file.name }));
      onUploaded();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  async function view(attachment: Attachment) {
    setProblem(null);
    try {
      const blob = await download(`${base}/${attachment.id}`);
      const url = URL.createObjectURL(new Blob([blob], { type: attachment.contentType }));
      if (attachment.contentType === 'application/pdf') {
        window.open(url, '_blank', 'noopener');
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      } else {
        setPreview({ name: attachment.filename, url });
      }
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  return (
    <Card
      title={t('attachments')}
      extra={
        mayUpload && (
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            showUploadList={false}
            multiple
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              {t('upload')}
            </Button>
          </Upload>
        )
      }
    >
      {mayUpload && <Typography.Paragraph type="secondary">{t('uploadHint')}</Typography.Paragraph>}
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Table<Attachment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={matter.attachments}
        locale={{ emptyText: <Typography.Text type="secondary">{t('noAttachments')}</Typography.Text> }}
        columns={[
          { title: t('fileName'), dataIndex: 'filename' },
          { title: t('size'), dataIndex: 'sizeBytes', render: (bytes: number) => size(bytes) },
          { title: t('uploadedBy'), dataIndex: 'uploadedBy' },
          { title: t('uploadedAt'), dataIndex: 'uploadedAt', render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
          {
            title: t('view'),
            key: 'view',
            render: (_, attachment) => (
              <Button type="link" onClick={() => void view(attachment)} aria-label={`${t('view')} ${attachment.filename}`}>
                {t('view')}
              </Button>
            ),
          },
        ]}
      />
      {preview && (
        <figure style={{ marginTop: 16 }}>
          <img src={preview.url} alt={preview.name} style={{ maxWidth: '100%', maxHeight: 480, border: '1px solid #f0f0f0' }} />
          <figcaption>
            <Space>
              {preview.name}
              <Button size="small" onClick={() => setPreview(null)}>
                {t('closePreview')}
              </Button>
            </Space>
          </figcaption>
        </figure>
      )}
    </Card>
  );
}
