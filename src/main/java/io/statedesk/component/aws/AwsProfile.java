package io.statedesk.component.aws;

import java.util.List;
import java.util.Optional;

/**
 * A profile from the shared AWS config and credentials files, summarised for a chooser.
 *
 * @param name          profile name ({@code default} for {@code [default]})
 * @param kind          how it gets credentials
 * @param region        its {@code region}, or null
 * @param ssoLogin      for SSO profiles, what a sign-in needs; null otherwise
 * @param ssoAccountId  for SSO profiles, the account, or null
 * @param ssoRoleName   for SSO profiles, the role, or null
 * @param loginSession  for profiles that sign in with {@code aws login}, their {@code login_session}; else null
 */
public record AwsProfile(String name, Kind kind, String region, SsoLogin ssoLogin, String ssoAccountId,
                         String ssoRoleName, String loginSession) {

    /** How a profile obtains credentials, in the order the SDK checks them. */
    public enum Kind { STATIC_KEYS, SSO, LOGIN, ASSUME_ROLE, WEB_IDENTITY, CREDENTIAL_PROCESS, OTHER }

    public AwsProfile(String name, Kind kind, String region, SsoLogin ssoLogin, String ssoAccountId,
                      String ssoRoleName) {
        this(name, kind, region, ssoLogin, ssoAccountId, ssoRoleName, null);
    }

    public Optional<String> login() {
        return Optional.ofNullable(loginSession);
    }

    public Optional<SsoLogin> sso() {
        return Optional.ofNullable(ssoLogin);
    }

    /**
     * What an SSO sign-in needs: the start URL and region, and for an {@code sso-session} its name and scopes. The
     * token cache file is named after the session name when there is one, else after the start URL.
     */
    public record SsoLogin(String startUrl, String region, String sessionName, List<String> registrationScopes) {

        public SsoLogin {
            registrationScopes = registrationScopes == null ? List.of() : List.copyOf(registrationScopes);
        }

        public String cacheKey() {
            return sessionName != null && !sessionName.isEmpty() ? sessionName : startUrl;
        }
    }
}
