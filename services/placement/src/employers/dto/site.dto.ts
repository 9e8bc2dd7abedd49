import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches, ValidateBy } from 'class-validator';
import type { EmployerSiteEntity } from '../employer-site.entity';

/** A municipality id starts with its country's code (`de-goerlitz` is in DE), so a site cannot claim the other side of the border by mistake. */
function IsMunicipalityOfCountry(): PropertyDecorator {
  return ValidateBy({
    name: 'isMunicipalityOfCountry',
    validator: {
      validate: (municipality: unknown, args) => {
        const { country } = args?.object as AddSiteDto;
        return typeof country !== 'string' || String(municipality).startsWith(`${country.toLowerCase()}-`);
      },
      defaultMessage: () => 'municipality must be in the site\'s country, e.g. de-goerlitz for DE',
    },
  });
}

export class AddSiteDto {
  @ApiProperty({ description: 'Municipality id: country code, a dash, a name', example: 'de-goerlitz' })
  @Length(4, 64)
  @Matches(/^[a-z]{2}-[a-z0-9-]+$/, { message: 'municipality must be a municipality id such as de-goerlitz' })
  @IsMunicipalityOfCountry()
  municipality!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'DE' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as DE or PL' })
  country!: string;

  @ApiProperty({ maxLength: 300, example: 'Brückenstraße 12, 02826 Görlitz' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'address must contain text' })
  address!: string;
}

export class SiteView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) employerId!: string;
  @ApiProperty({ example: 'de-goerlitz' }) municipality!: string;
  @ApiProperty({ example: 'DE' }) country!: string;
  @ApiProperty() address!: string;

  static of({ id, employerId, municipality, country, address }: EmployerSiteEntity): SiteView {
    return { id, employerId, municipality, country, address };
  }
}
