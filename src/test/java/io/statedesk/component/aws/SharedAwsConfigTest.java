package io.statedesk.component.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.aws.AwsProfile.Kind;
import io.statedesk.component.aws.AwsProfile.SsoLogin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedAwsConfigTest {

    @Test
    void profiles_fromConfigAndCredentials_areListedByNameWithTheirKind(@TempDir Path home) throws Exception {
        SharedAwsConfig shared = SharedFiles.write(home);

        assertThat(shared.profiles()).extracting(p -> p.name() + ":" + p.kind()).containsExactly(
                "admin:ASSUME_ROLE", "default:OTHER", "dev:STATIC_KEYS", "signer:CREDENTIAL_PROCESS",
                "sso-legacy:SSO", "sso-new:SSO", "temp:STATIC_KEYS");
        assertThat(shared.defaultChainProfileName()).isEqualTo("dev");
        assertThat(shared.profile("dev").orElseThrow().region()).isEqualTo("eu-west-3");
    }

    @Test
    void ssoSessionProfile_takesStartUrlRegionAndScopesFromItsSession(@TempDir Path home) throws Exception {
        AwsProfile p = SharedFiles.write(home).profile("sso-new").orElseThrow();

        assertThat(p.kind()).isEqualTo(Kind.SSO);
        assertThat(p.ssoLogin()).isEqualTo(new SsoLogin("https://my-sso.awsapps.com/start", "eu-west-1", "my-sso",
                List.of("sso:account:access")));
        assertThat(p.ssoLogin().cacheKey()).isEqualTo("my-sso");
        assertThat(p.ssoAccountId()).isEqualTo("123456789012");
        assertThat(p.ssoRoleName()).isEqualTo("ReadOnly");
    }

    @Test
    void legacySsoProfile_isKeyedByItsStartUrl(@TempDir Path home) throws Exception {
        AwsProfile p = SharedFiles.write(home).profile("sso-legacy").orElseThrow();

        assertThat(p.ssoLogin().sessionName()).isNull();
        assertThat(p.ssoLogin().cacheKey()).isEqualTo("https://legacy.awsapps.com/start");
    }
}
