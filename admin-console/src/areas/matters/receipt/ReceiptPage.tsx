import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Result, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { casesApi } from '../../../api/client';
import type { components } from '../../../api/generated/cases';
import type { Problem } from '../../../api/problem';
import { problemOf, ProblemAlert } from '../../../components/Problems';
import { useLocale, useT } from '../../../i18n';
import { useCenter } from '../center';
import { dueInChina, inChina } from '../format';
import { fenToYuan } from '../intake/checks';
import { receipt, words } from '../messages-intake';
import { maskIdNumber, maskName, maskPhone } from './mask';

type Matter = components['schemas']['Matter'];

/**
 * On paper only the receipt shows: the console's menu and header, the buttons and any
 * notification are left out (elements marked data-print-hide are too).
 */
const PRINT_CSS = `
@media print {
  .ant-layout-sider, .ant-layout-header, .ant-notification, .ant-message, [data-print-hide] { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; margin: 0 !important; }
  .onedoor-receipt { border: 0 !important; box-shadow: none !important; max-width: none !important; margin: 0 !important; }
  @page { size: A4; margin: 18mm; }
}`;

/** 受理回执: what the citizen takes home from the window, printed. */
export default function ReceiptPage() {
  const t = useT(receipt);
  const w = useT(words);
  const { locale } = useLocale();
  const { matterId = '' } = useParams();
  const center = useCenter();
  const [matter, setMatter] = useState<Matter | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    if (!center.tenant) return;
    let live = true;
    casesApi
      .GET('/api/v1/tenants/{tenant}/matters/{matterId}', { params: { path: { tenant: center.tenant, matterId } } })
      .then(({ data }) => live && setMatter(data ?? null))
      .catch((error: unknown) => live && setProblem(problemOf(error)));
    return () => {
      live = false;
    };
  }, [center.tenant, matterId]);

  if (problem) {
    return problem.status === 404 ? <Result status="404" title={t('notFound')} /> : <ProblemAlert problem={problem} />;
  }
  if (!matter) return <Spin />;

  const applicants = matter.parties.filter((party) => party.role === 'APPLICANT');
  const centerName = center.center?.name ?? center.tenant;

  return (
    <>
      <style>{PRINT_CSS}</style>
      <Space data-print-hide style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('print')}
        </Button>
        <Link to={`/console/matters/${matter.id}`}>
          <ArrowLeftOutlined /> {t('back')}
        </Link>
      </Space>
      <article
        className="onedoor-receipt"
        aria-labelledby="receipt-title"
        style={{ maxWidth: 760, background: '#fff', border: '1px solid #f0f0f0', padding: '32px 40px' }}
      >
        <header style={{ textAlign: 'center', marginBottom: 24 }}>
          <Typography.Text strong style={{ fontSize: 20, display: 'block' }}>
            {centerName}
          </Typography.Text>
          <Typography.Title level={2} id="receipt-title" style={{ margin: '8px 0 0' }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </header>

        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <div>{t('code')}</div>
          <div
            data-testid="receipt-code"
            style={{ fontSize: 32, fontWeight: 700, fontFamily: 'monospace', letterSpacing: 2 }}
          >
            {matter.code}
          </div>
        </div>

        <Descriptions bordered column={1} size="small" styles={{ label: { width: 160 } }}>
          <Descriptions.Item label={t('registeredAt')}>{inChina(matter.registeredAt)}</Descriptions.Item>
          <Descriptions.Item label={t('channel')}>{w(`channel.${matter.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('category')}>{center.categoryName(matter.categoryCode)}</Descriptions.Item>
          <Descriptions.Item label={t('orgUnit')}>{center.orgUnitName(matter.orgUnitCode)}</Descriptions.Item>
          {matter.amountFen !== undefined && (
            <Descriptions.Item label={t('amount')}>{t('yuan', { yuan: fenToYuan(matter.amountFen) })}</Descriptions.Item>
          )}
          {applicants.map((applicant, index) => (
            <Descriptions.Item key={index} label={t('applicant')}>
              <div>{applicant.kind === 'PERSON' ? maskName(applicant.name) : applicant.name}</div>
              {applicant.idNumber && (
                <div style={{ fontFamily: 'monospace' }}>
                  {t('idNumber')}：{maskIdNumber(applicant.idNumber)}
                </div>
              )}
              {applicant.phone && (
                <div style={{ fontFamily: 'monospace' }}>
                  {t('phone')}：{maskPhone(applicant.phone)}
                </div>
              )}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('responseDue')}>
            {matter.responseDueAt ? t('responseBy', { time: dueInChina(matter.responseDueAt) }) : t('noDeadline')}
          </Descriptions.Item>
          <Descriptions.Item label={t('closureDue')}>
            {matter.closureDueOn ? t('closureBy', { date: matter.closureDueOn }) : t('noDeadline')}
          </Descriptions.Item>
          {matter.leadDepartment && (
            <Descriptions.Item label={t('leadDepartment')}>{center.departmentName(matter.leadDepartment, locale)}</Descriptions.Item>
          )}
        </Descriptions>

        <section aria-labelledby="receipt-next" style={{ marginTop: 24 }}>
          <Typography.Title level={3} id="receipt-next" style={{ fontSize: 16 }}>
            {t('next')}
          </Typography.Title>
          <ol style={{ paddingInlineStart: 20, margin: 0 }}>
            <li>{t('next1')}</li>
            <li>{t('next2')}</li>
            <li>{t('next3')}</li>
            <li>{t('next4')}</li>
          </ol>
          <Typography.Paragraph strong style={{ marginTop: 12 }}>
            {t('keep')}
          </Typography.Paragraph>
        </section>

        <footer style={{ display: 'flex', justifyContent: 'space-between', marginTop: 40, gap: 24 }}>
          <span>{t('clerk')}：________________</span>
          <span>
            {t('stamp')}：________________
            <br />
            {inChina(matter.registeredAt).slice(0, 10)}
          </span>
        </footer>
      </article>
    </>
  );
}
