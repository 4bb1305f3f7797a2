import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = Pick<ModalProps, 'opened' | 'onClose' | 'title' | 'size' | 'children'>;

/** The dialog every places editor opens in: labelled by its title, focus kept inside, Escape closes it. */
export function EditorModal({ size = 'lg', ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      {...props}
      size={size}
      centered
      closeButtonProps={{ 'aria-label': t('places.actions.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
    />
  );
}
