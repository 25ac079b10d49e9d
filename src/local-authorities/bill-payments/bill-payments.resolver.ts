import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { codecOf } from '../../eventstore/event-codec.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { requirePostgresLog } from '../../eventstore/log-features.js';
import { type Connection, emptyConnection, pageArgs } from '../../graphql/connection.types.js';
import { authorityOf, coversProvince, isCentralAdministrator, overseesAll } from '../../identity/scope/area-scope.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import { actorOf, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { formatUnits } from '../../shared/decimal.js';
import { mapPage } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { LocalAuthoritiesStore } from '../local-authorities.store.js';
import { parseAuthorityCode } from '../local-authority.decider.js';
import { authorityNotFound } from '../local-authority-errors.js';
import { OUTCOME_TEXT, reconcileErrors } from './bill-payment-errors.js';
import { findRun, type LineRow, listRunLines, listRuns, type RunRow } from './bill-payment-runs.query.js';
import {
  BillPaymentRunConnection, BillPaymentRunLineConnection, BillPaymentRunLineObject, BillPaymentRunObject, BillPaymentRunResultObject,
  ReconcileBillPaymentsInput,
} from './bill-payments.types.js';
import { reconcileBillPaymentFile, type ReconcileRun, type RunLine } from './reconcile-file.js';

const PAGE = pageArgs(50, 500);
/** What fits a GraphQL request under the body parser's 100 kB: some 290 payments; a larger file goes through the CLI. */
const MAX_BASE64 = 96_000;
const baht = (satang: bigint | string) => formatUnits(BigInt(satang), 2);

/**
 * A whole file spans the authority's payments, whatever district a business lies in: it is reconciled and read by
 * the authority's own revenue staff (LOCAL), its province's staff and the centre (central administrators reconcile;
 * auditors read). Any other account meets PAYMENT_RUN_OUTSIDE_AREA when it reconciles, PAYMENT_RUN_NOT_FOUND for a
 * run, and empty lists.
 */
interface RunAuthority { authorityCode: string; provinceCode: string }
const ownOrProvince = (staff: SignedInStaff, { authorityCode, provinceCode }: RunAuthority) =>
  (staff.level === 'LOCAL' && authorityOf(staff) === authorityCode) || (staff.level === 'PROVINCE' && coversProvince(staff, provinceCode));
const mayRead = (staff: SignedInStaff, authority: RunAuthority) => overseesAll(staff) || ownOrProvince(staff, authority);
const mayReconcile = (staff: SignedInStaff, authority: RunAuthority) => isCentralAdministrator(staff) || ownOrProvince(staff, authority);

@Resolver(() => BillPaymentRunObject)
export class BillPaymentsResolver {
  constructor(
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LocalAuthoritiesStore) private readonly authorities: LocalAuthoritiesStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Mutation(() => BillPaymentRunResultObject, {
    description: "Reconciles the bank's bill-payment file for an authority: pays and issues a receipt for each match; the same file twice is refused",
  })
  async reconcileBillPayments(@CurrentStaff() staff: SignedInStaff, @Args('input') input: ReconcileBillPaymentsInput): Promise<BillPaymentRunResultObject> {
    const code = parseAuthorityCode(input.authorityCode, 'authorityCode');
    const authority = await this.authorities.find(code);
    if (!authority) throw authorityNotFound(code, 'authorityCode');
    if (!mayReconcile(staff, { authorityCode: authority.code, provinceCode: authority.provinceCode })) throw reconcileErrors.outsideArea();
    requirePostgresLog(this.config, 'GAPLESS_NUMBERS');
    const content = String(input.contentBase64 ?? '').replace(/\s+/g, '');
    if (content.length > MAX_BASE64) throw reconcileErrors.fileTooLarge(Math.floor(MAX_BASE64 * 3 / 4));
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content) || content.length % 4 !== 0) throw reconcileErrors.fileNotBase64();
    const fileName = input.fileName?.trim() || null;
    const run = await reconcileBillPaymentFile(this.pool, {
      file: Buffer.from(content, 'base64'), fileName, authorityCode: code, actor: actorOf(staff), actorOffice: staff.officeKey,
      dryRun: input.dryRun ?? false, at: this.clock.now(),
    }, codecOf(this.store));
    return { run: runObject(run), lines: run.lines.map(lineObject) };
  }

  @Query(() => BillPaymentRunConnection, { nullable: true, description: "An authority's reconciliation runs, the latest first (empty outside your area)" })
  async billPaymentRuns(
    @CurrentStaff() staff: SignedInStaff,
    @Args('authorityCode') authorityCode: string,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<BillPaymentRunObject>> {
    const size = pageSize(first, 500);
    const code = parseAuthorityCode(authorityCode, 'authorityCode');
    const authority = await this.authorities.find(code);
    if (!authority || !mayRead(staff, { authorityCode: authority.code, provinceCode: authority.provinceCode })) return emptyConnection();
    const page = await listRuns(this.pool, code, size, after);
    return { ...mapPage(page, storedRunObject), totalCount: page.totalCount };
  }

  @Query(() => BillPaymentRunObject, { nullable: true, description: 'One reconciliation run; one you may not read is answered as not found' })
  async billPaymentRun(@CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID }) id: string): Promise<BillPaymentRunObject> {
    return storedRunObject(await this.readableRun(staff, String(id ?? '').trim()));
  }

  @Query(() => BillPaymentRunLineConnection, { nullable: true, description: "A run's lines to settle (unmatched and exceptions), or all of them (empty for a run you may not read)" })
  async billPaymentRunLines(
    @CurrentStaff() staff: SignedInStaff,
    @Args('runId', { type: () => ID }) runId: string,
    @Args('all', { type: () => Boolean, nullable: true, description: 'Every line, the matches too' }) all: boolean | null,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<BillPaymentRunLineObject>> {
    const size = pageSize(first, 500);
    const run = await findRun(this.pool, String(runId ?? '').trim());
    if (!run || !mayRead(staff, run)) return emptyConnection();
    const page = await listRunLines(this.pool, run.runId, all ?? false, size, after);
    return { ...mapPage(page, storedLineObject), totalCount: page.totalCount };
  }

  private async readableRun(staff: SignedInStaff, id: string): Promise<RunRow> {
    const run = await findRun(this.pool, id);
    if (!run || !mayRead(staff, run)) throw reconcileErrors.runNotFound();
    return run;
  }
}

function runObject(run: ReconcileRun): BillPaymentRunObject {
  return {
    id: run.dryRun ? null : run.runId, authorityCode: run.authorityCode, fileDigest: run.fileDigest, fileName: run.fileName,
    effectiveDate: run.effectiveDate, companyAccount: run.companyAccount, ranBy: run.ranBy, ranAt: new Date(run.ranAt), dryRun: run.dryRun,
    paymentCount: run.paymentCount, matchedCount: run.matchedCount, unmatchedCount: run.unmatchedCount, exceptionCount: run.exceptionCount,
    matchedAmount: baht(run.matchedSatang), unmatchedAmount: baht(run.unmatchedSatang), exceptionAmount: baht(run.exceptionSatang),
  };
}

function storedRunObject(row: RunRow): BillPaymentRunObject {
  return {
    id: row.runId, authorityCode: row.authorityCode, fileDigest: row.fileDigest, fileName: row.fileName, effectiveDate: row.effectiveDate,
    companyAccount: row.companyAccount, ranBy: row.ranBy, ranAt: new Date(row.ranAt), dryRun: false, paymentCount: row.paymentCount,
    matchedCount: row.matchedCount, unmatchedCount: row.unmatchedCount, exceptionCount: row.exceptionCount, matchedAmount: baht(row.matchedSatang),
    unmatchedAmount: baht(row.unmatchedSatang), exceptionAmount: baht(row.exceptionSatang),
  };
}

function lineObject(line: RunLine): BillPaymentRunLineObject {
  const [reasonTh, reasonEn] = OUTCOME_TEXT[line.outcome];
  return {
    line: line.line, outcome: line.outcome, reasonTh, reasonEn, ref1: line.ref1, ref2: line.ref2, amount: baht(line.amountSatang),
    billAmount: line.dueSatang === null ? null : baht(line.dueSatang), paidAt: new Date(line.paidAt), customerName: line.customerName,
    returnId: line.returnId, receiptNumber: line.receiptNumber,
  };
}

function storedLineObject(row: LineRow): BillPaymentRunLineObject {
  return lineObject({ ...row, amountSatang: BigInt(row.amountSatang), dueSatang: row.dueSatang === null ? null : BigInt(row.dueSatang) });
}
