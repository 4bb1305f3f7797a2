import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { districtsOf, REGIONS } from '../../../../shared/domain/regions';
import { useLanguage } from '../../lib/languageContext';

export interface Place {
  regionCode: string;
  districtCode: string;
}

interface Props extends Place {
  onChange: (place: Place) => void;
  /** The first option's text when nothing is chosen. */
  noRegion: string;
  noDistrict: string;
  regionError?: string | undefined;
  districtError?: string | undefined;
  /** Form field names, where the selects belong to a form that focuses its first invalid field. */
  names?: { region: string; district: string };
}

/** A region and one of its districts, in the current language; a new region drops a district not in it. */
export function RegionDistrictSelects(props: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { regionCode, districtCode, onChange } = props;
  const districts = regionCode ? districtsOf(regionCode) : [];
  return (
    <>
      <NativeSelect
        label={t('people.fields.region')}
        name={props.names?.region}
        value={regionCode}
        onChange={(event) => {
          const region = event.currentTarget.value;
          const keep = districtsOf(region).some((d) => d.code === districtCode);
          onChange({ regionCode: region, districtCode: keep ? districtCode : '' });
        }}
        error={props.regionError}
      >
        <option value="">{props.noRegion}</option>
        {REGIONS.map((region) => (
          <option key={region.code} value={region.code}>
            {region.names[language]}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t('people.fields.district')}
        name={props.names?.district}
        value={districtCode}
        onChange={(event) => onChange({ regionCode, districtCode: event.currentTarget.value })}
        error={props.districtError}
        disabled={districts.length === 0}
      >
        <option value="">{props.noDistrict}</option>
        {districts.map((district) => (
          <option key={district.code} value={district.code}>
            {district.names[language]}
          </option>
        ))}
      </NativeSelect>
    </>
  );
}
