import { Card, Col, Descriptions, Empty, Row, Skeleton, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { mayCall } from '../../../api/access';
import { useClaims } from '../../../auth/useSession';
import { ProblemAlert } from '../../../components/Problems';
import { useT } from '../../../i18n';
import { listTemplates, useLoad, type TemplateSummary } from '../api';
import { formatTime, ToneTag } from '../labels';
import { provinces } from '../messages';

/**
 * A template's description as a lead sentence and a list of what it sets up: descriptions name
 * their parts after a colon and separate them with semicolons.
 */
export function describe(description: string): { lead: string; parts: string[] } {
  const [head, ...rest] = description.split(/[;；]\s*/).map((part) => part.trim().replace(/[.。]$/, ''));
  const colon = (head ?? '').search(/[:：]/);
  const lead = colon >= 0 ? head!.slice(0, colon) : (head ?? '');
  const first = colon >= 0 ? head!.slice(colon + 1).trim() : '';
  return { lead, parts: [first, ...rest].filter(Boolean) };
}

/** 配置模板: the templates a center can be onboarded from, each summarised. */
export default function TemplatesPage() {
  const t = useT(provinces);
  const claims = useClaims();
  const templates = useLoad(listTemplates, [] as TemplateSummary[]);
  const mayOnboard = mayCall(claims, 'onboardTenant');
  const sorted = [...templates.value].sort((a, b) => a.level.localeCompare(b.level) || a.name.localeCompare(b.name));

  return (
    <>
      <Typography.Title level={2}>{t('templatesTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('templatesIntro')}</Typography.Paragraph>
      <ProblemAlert problem={templates.problem} />
      {templates.loading && <Skeleton active />}
      {!templates.loading && sorted.length === 0 && <Empty description={t('noTemplates')} />}
      <Row gutter={[16, 16]}>
        {sorted.map((template) => {
          const { lead, parts } = describe(template.description);
          return (
            <Col key={template.name} xs={24} xl={12}>
              <Card
                data-testid={`template-${template.name}`}
                title={
                  <span>
                    <Typography.Text code>{template.name}</Typography.Text> <ToneTag tone="grey">{t(`level.${template.level}`)}</ToneTag>
                    <ToneTag tone={template.province ? 'purple' : 'blue'}>
                      {template.province ? t('provinceTemplate', { province: template.province }) : t('platformTemplate')}
                    </ToneTag>
                  </span>
                }
                extra={
                  mayOnboard && (
                    <Link to={`/console/provinces/onboarding?level=${template.level}&template=${encodeURIComponent(template.name)}`}>
                      {t('useTemplate')}
                    </Link>
                  )
                }
              >
                <Typography.Paragraph strong>{lead}</Typography.Paragraph>
                {parts.length > 0 && (
                  <ul style={{ paddingInlineStart: 20, marginBottom: 12 }}>
                    {parts.map((part) => (
                      <li key={part}>{part}</li>
                    ))}
                  </ul>
                )}
                {(template.sourceTenant || template.savedAt) && (
                  <Descriptions
                    size="small"
                    column={2}
                    items={[
                      { key: 'source', label: t('sourceTenant'), children: template.sourceTenant ?? '—' },
                      { key: 'saved', label: t('savedAt'), children: formatTime(template.savedAt) },
                    ]}
                  />
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
