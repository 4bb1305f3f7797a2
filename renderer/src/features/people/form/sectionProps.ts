import type { BeneficiaryForm } from '../useBeneficiaryForm';

export interface SectionProps {
  form: BeneficiaryForm;
  /** The message for a field path in the person's language, or undefined when the field is fine. */
  issue: (path: string) => string | undefined;
}
