import { useTranslation } from 'react-i18next';
import type { AreaLabel } from '../../app/navigation';
import { ComingSoonNotice } from '../../components/ComingSoonNotice';
import { PageHeader } from '../../components/PageHeader';

interface Props {
  title: AreaLabel;
}

/** An area that a later version builds: its name, and that it is not here yet. */
export function ComingSoonPage({ title }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(title)} />
      <ComingSoonNotice />
    </>
  );
}
