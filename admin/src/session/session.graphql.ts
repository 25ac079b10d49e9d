import { graphql, type ResultOf } from '../graphql';

export const ME = graphql(`
  query Me {
    me {
      mustChangePassword
      sessionExpiresAt
      account {
        id citizenId title firstName lastName position positionTh level officeCode officeKey officeNameTh
        administrator mayWorkCases mayCertify
      }
    }
  }
`);

export const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { mustChangePassword expiresAt }
  }
`);

export const SIGN_OUT = graphql(`mutation SignOut { signOut }`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }
`);

export type Me = NonNullable<ResultOf<typeof ME>['me']>;
export type Account = Me['account'];
