import { Alert, Button, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { people } from './messages';

/**
 * A secret (a client secret, a generated password) shown in this one dialog only: the platform
 * keeps it hashed, so once the dialog is closed nobody can read it again.
 */
export function SecretOnce({
  open,
  title,
  warning,
  label,
  secret,
  extra,
  onClose,
}: {
  open: boolean;
  title: string;
  warning: string;
  label: string;
  secret: string;
  extra?: ReactNode;
  onClose: () => void;
}) {
  const t = useT(people);
  return (
    <Modal
      open={open}
      title={title}
      closable={false}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('secret.stored')}
        </Button>
      }
    >
      <Alert type="warning" showIcon role="alert" title={warning} style={{ marginBottom: 16 }} />
      {extra}
      <Typography.Text strong>{label}</Typography.Text>
      <Typography.Paragraph
        code
        copyable={{ text: secret, tooltips: [t('secret.copy'), t('secret.copied')] }}
        data-testid="secret"
        style={{ fontSize: 16, marginTop: 4, wordBreak: 'break-all' }}
      >
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
