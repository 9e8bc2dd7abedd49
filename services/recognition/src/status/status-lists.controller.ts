import { Controller, Get, Header, Param, ParseEnumPipe } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@tandem/platform';
import { STATUS_PURPOSES, type StatusPurpose } from '../credentials/open-badge';
import { StatusLists } from './status-lists';

const purposes = Object.fromEntries(STATUS_PURPOSES.map((purpose) => [purpose, purpose]));

/** Public, as verifiers anywhere must read them; a list says nothing about whom an entry belongs to. */
@ApiTags('status lists')
@Public()
@Controller('status-lists')
export class StatusListsController {
  constructor(private readonly statusLists: StatusLists) {}

  @Get(':purpose')
  @Header('Content-Type', 'application/vc+jwt')
  @Header('Cache-Control', 'max-age=60')
  @ApiProduces('application/vc+jwt')
  @ApiOkResponse({ description: 'A BitstringStatusListCredential as a compact JWS (VC-JOSE), signed by the node.', type: String })
  list(@Param('purpose', new ParseEnumPipe(purposes)) purpose: StatusPurpose): Promise<string> {
    return this.statusLists.signedList(purpose);
  }
}
