import { Module } from '@nestjs/common';
import { GeographyResolver } from './geography.resolver.js';

/** Thailand's provinces, districts and subdistricts as GraphQL queries; the data is built at load. */
@Module({ providers: [GeographyResolver] })
export class GeographyModule {}
