package io.statedesk.component.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statedesk.component.model.DynamoDbComponentConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/** The order daprd uses: Roles Anywhere, then static keys when both are set, then the default chain. */
class CredentialPlannerTest {

    @Test
    void bothStaticKeys_areUsed() throws AwsSetupException {
        CredentialPlan plan = CredentialPlanner.daprd(Components.dynamo("accessKey", "AKIASTATIC",
                "secretKey", "static-secret"));

        assertThat(plan.source()).isInstanceOf(CredentialSource.StaticKeys.class);
        AwsCredentials credentials = plan.provider().resolveCredentials();
        assertThat(credentials).isNotInstanceOf(AwsSessionCredentials.class);
        assertThat(credentials.accessKeyId()).isEqualTo("AKIASTATIC");
        assertThat(credentials.secretAccessKey()).isEqualTo("static-secret");
        assertThat(plan.explanation()).startsWith("Static keys from the component");
    }

    @Test
    void sessionToken_makesSessionCredentials() throws AwsSetupException {
        CredentialPlan plan = CredentialPlanner.daprd(Components.dynamo("accessKey", "ASIATEMP",
                "secretKey", "temp-secret", "sessionToken", "temp-token"));

        AwsCredentials credentials = plan.provider().resolveCredentials();
        assertThat(credentials).isInstanceOfSatisfying(AwsSessionCredentials.class,
                s -> assertThat(s.sessionToken()).isEqualTo("temp-token"));
        assertThat(plan.explanation()).contains("with sessionToken");
    }

    @Test
    void accessKeyWithoutSecretKey_fallsBackToTheDefaultChain_andSaysSo() throws AwsSetupException {
        CredentialPlan plan = CredentialPlanner.daprd(Components.dynamo("accessKey", "AKIALONE"));

        assertThat(plan.source()).isInstanceOf(CredentialSource.DefaultChain.class);
        assertThat(plan.provider()).isInstanceOf(DefaultCredentialsProvider.class);
        assertThat(plan.explanation()).startsWith("accessKey is set without secretKey, so the AWS SDK default chain");
    }

    @Test
    void noKeys_useTheDefaultChain() throws AwsSetupException {
        CredentialPlan plan = CredentialPlanner.daprd(Components.dynamo("region", "eu-west-1"));

        assertThat(plan.source()).isInstanceOf(CredentialSource.DefaultChain.class);
        assertThat(plan.provider()).isInstanceOf(DefaultCredentialsProvider.class);
    }

    @Test
    void rolesAnywhere_comesFirst_andExplainsTheWorkloadCertificate() {
        DynamoDbComponentConfig config = Components.dynamo("accessKey", "AK", "secretKey", "SK",
                "trustAnchorArn", "arn:aws:rolesanywhere:eu-west-1:1:trust-anchor/ta",
                "trustProfileArn", "arn:aws:rolesanywhere:eu-west-1:1:profile/p",
                "assumeRoleArn", "arn:aws:iam::1:role/r");

        CredentialPlan plan = CredentialPlanner.daprd(config);

        assertThat(plan.source()).isInstanceOf(CredentialSource.RolesAnywhere.class);
        assertThat(plan.isUsable()).isFalse();
        assertThatThrownBy(plan::provider).isInstanceOfSatisfying(AwsSetupException.class, e -> {
            assertThat(e.getMessage()).contains("IAM Roles Anywhere").contains("Dapr workload identity")
                    .contains("Sentry");
            assertThat(e.fix()).contains("credential_process = aws_signing_helper credential-process")
                    .contains("--trust-anchor-arn arn:aws:rolesanywhere:eu-west-1:1:trust-anchor/ta")
                    .contains("--role-arn arn:aws:iam::1:role/r");
        });
    }

    @Test
    void rolesAnywhere_needsTheExactNames() {
        DynamoDbComponentConfig config = Components.dynamo("TrustAnchorArn", "a", "trustProfileArn", "p",
                "assumeRoleArn", "r");

        assertThat(config.rolesAnywhere()).isNull();
        assertThat(CredentialPlanner.daprd(config).source()).isInstanceOf(CredentialSource.DefaultChain.class);
    }

    @Test
    void staticKeys_neverShowInToString() {
        CredentialPlan plan = CredentialPlanner.daprd(Components.dynamo("accessKey", "AKIAHIDDEN",
                "secretKey", "hidden-secret"));

        assertThat(plan.toString()).doesNotContain("AKIAHIDDEN", "hidden-secret");
    }

    @Test
    void namedProfile_fromTemporarySharedFiles_resolvesItsKeys(@TempDir Path home) throws Exception {
        SharedAwsConfig shared = SharedFiles.write(home);

        CredentialPlan plan = CredentialPlanner.withProfile(Components.dynamo("accessKey", "AK", "secretKey", "SK"),
                shared, "dev");

        assertThat(plan.source()).isInstanceOf(CredentialSource.NamedProfile.class);
        AwsCredentials credentials = plan.provider().resolveCredentials();
        assertThat(credentials.accessKeyId()).isEqualTo("AKIADEVPROFILE");
        assertThat(credentials.secretAccessKey()).isEqualTo("dev-profile-secret");
        assertThat(plan.explanation()).isEqualTo("Profile dev chosen for this session (instead of the component's"
                + " static keys, which daprd would use).");
    }

    @Test
    void namedProfile_withASessionToken(@TempDir Path home) throws Exception {
        SharedAwsConfig shared = SharedFiles.write(home);

        AwsCredentials credentials = CredentialPlanner.withProfile(Components.dynamo(), shared, "temp")
                .provider().resolveCredentials();

        assertThat(credentials).isInstanceOfSatisfying(AwsSessionCredentials.class,
                s -> assertThat(s.sessionToken()).isEqualTo("temp-profile-token"));
    }

    @Test
    void unknownProfile_isAClearError(@TempDir Path home) throws Exception {
        SharedAwsConfig shared = SharedFiles.write(home);

        assertThatThrownBy(() -> CredentialPlanner.withProfile(Components.dynamo(), shared, "nope"))
                .isInstanceOf(AwsSetupException.class).hasMessageContaining("no AWS profile named nope");
    }

    @Test
    void sharedFiles_missingEntirely_giveNoProfiles(@TempDir Path home) throws AwsSetupException {
        SharedAwsConfig shared = SharedAwsConfig.load(Map.of(), home);

        assertThat(shared.profiles()).isEmpty();
        assertThat(shared.configFile()).isEqualTo(home.resolve(".aws/config"));
        assertThat(shared.credentialsFile()).isEqualTo(home.resolve(".aws/credentials"));
    }

    @Test
    void sharedFiles_defaultLocationUnderHome_isRead(@TempDir Path home) throws IOException, AwsSetupException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/credentials"), "[default]\naws_access_key_id = A\n"
                + "aws_secret_access_key = S\n");

        SharedAwsConfig shared = SharedAwsConfig.load(Map.of("AWS_PROFILE", "default"), home);

        assertThat(shared.profiles()).extracting(AwsProfile::name).containsExactly("default");
        assertThat(shared.ssoCacheDirectory()).isEqualTo(home.resolve(".aws/sso/cache"));
    }

    @Test
    void profileUsed_isTheChosenProfile(@TempDir Path home) throws Exception {
        SharedAwsConfig shared = SharedFiles.write(home);
        CredentialPlan plan = CredentialPlanner.withProfile(Components.dynamo(), shared, "sso-new");

        assertThat(CredentialPlanner.profileUsed(plan, shared, Map.of())).map(AwsProfile::name).contains("sso-new");
    }

    @Test
    void profileUsed_byTheDefaultChain_isAwsProfile_unlessKeysInTheEnvironmentComeFirst(@TempDir Path home)
            throws Exception {
        SharedAwsConfig shared = SharedFiles.write(home);
        CredentialPlan chain = CredentialPlanner.daprd(Components.dynamo());

        assertThat(CredentialPlanner.profileUsed(chain, shared, Map.of("AWS_PROFILE", "dev")))
                .map(AwsProfile::name).contains("dev");
        assertThat(CredentialPlanner.profileUsed(chain, shared, Map.of("AWS_ACCESS_KEY_ID", "AKIAENV"))).isEmpty();
        assertThat(CredentialPlanner.profileUsed(chain, shared, Map.of("AWS_WEB_IDENTITY_TOKEN_FILE", "/t")))
                .isEmpty();
    }

    @Test
    void profileUsed_withTheComponentsStaticKeys_isNone(@TempDir Path home) throws Exception {
        SharedAwsConfig shared = SharedFiles.write(home);
        CredentialPlan keys = CredentialPlanner.daprd(Components.dynamo("accessKey", "AK", "secretKey", "SK"));

        assertThat(CredentialPlanner.profileUsed(keys, shared, Map.of())).isEmpty();
    }
}
