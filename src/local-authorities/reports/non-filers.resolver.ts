import type { Type } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, pageArgs } from '../../graphql/connection.types.js';
import { pageSize } from '../../shared/page-size.js';
import type { NonFiler } from './authority-report.assemble.js';
import { LocalAuthorityReportObject, LocalProvinceReportObject, NonFilerConnection, type NonFilerObject } from './authority-report.types.js';
import { nonFilerPage } from './non-filer-page.js';

const MAX_PAGE = 200;
const PAGE = pageArgs(50, MAX_PAGE);

/** A report's `nonFilers`, a page at a time (the downloads hold them all). */
function nonFilersField<T extends { nonFilers: NonFiler[] }>(report: Type<T>) {
  @Resolver(() => report)
  class NonFilersField {
    @ResolveField(() => NonFilerConnection, {
      description: "A PAO's businesses that did not file a levy, each month of the period ended so far: by month, business and levy",
    })
    nonFilers(
      @Parent() parent: T, @Args('first', PAGE.first) first: number = 50, @Args('after', PAGE.after) after?: string | null,
    ): Connection<NonFilerObject> {
      const page = nonFilerPage(parent.nonFilers, pageSize(first, MAX_PAGE), after);
      return { ...page, totalCount: async () => parent.nonFilers.length };
    }
  }
  return NonFilersField;
}

export const AuthorityReportNonFilers = nonFilersField(LocalAuthorityReportObject);
export const ProvinceReportNonFilers = nonFilersField(LocalProvinceReportObject);
