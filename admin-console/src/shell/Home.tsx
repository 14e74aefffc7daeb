import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { visibleAreas, visiblePages } from '../areas/registry';
import { useClaims } from '../auth/useSession';
import { useLocale, useT } from '../i18n';
import { common } from '../i18n/common';

/** The start page: a card per area the caller may use, with its pages. */
export function Home() {
  const t = useT(common);
  const { locale } = useLocale();
  const claims = useClaims();
  return (
    <>
      <Typography.Title level={2}>{t('welcome', { name: claims?.name ?? claims?.preferred_username ?? '' })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('yourAreas')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {visibleAreas(claims).map((area) => (
          <Col key={area.key} xs={24} md={12} xl={8}>
            <Card title={<span>{area.icon} {area.title[locale]}</span>}>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {visiblePages(area, claims).map((page) => (
                  <li key={page.path}>
                    <Link to={`/console/${area.path}/${page.path}`}>{page.title[locale]}</Link>
                  </li>
                ))}
              </ul>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
