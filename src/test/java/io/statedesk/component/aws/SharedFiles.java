package io.statedesk.component.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Temporary shared AWS config and credentials files, found through AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE. */
final class SharedFiles {

    static final String CONFIG = """
            [default]
            region = us-east-1

            [profile dev]
            region = eu-west-3

            [profile temp]
            region = eu-west-1

            [profile admin]
            role_arn = arn:aws:iam::123456789012:role/admin
            source_profile = dev

            [profile sso-new]
            sso_session = my-sso
            sso_account_id = 123456789012
            sso_role_name = ReadOnly
            region = eu-central-1

            [profile sso-legacy]
            sso_start_url = https://legacy.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 123456789012
            sso_role_name = Admin

            [profile signer]
            credential_process = aws_signing_helper credential-process --certificate c.pem

            [sso-session my-sso]
            sso_start_url = https://my-sso.awsapps.com/start
            sso_region = eu-west-1
            sso_registration_scopes = sso:account:access
            """;

    static final String CREDENTIALS = """
            [dev]
            aws_access_key_id = AKIADEVPROFILE
            aws_secret_access_key = dev-profile-secret

            [temp]
            aws_access_key_id = ASIATEMPPROFILE
            aws_secret_access_key = temp-profile-secret
            aws_session_token = temp-profile-token
            """;

    private SharedFiles() {
    }

    /** Writes both files outside the fake home's .aws folder, so only the environment variables find them. */
    static SharedAwsConfig write(Path home) throws IOException, AwsSetupException {
        Path dir = Files.createDirectories(home.resolve("elsewhere"));
        Path config = Files.writeString(dir.resolve("config"), CONFIG);
        Path credentials = Files.writeString(dir.resolve("credentials"), CREDENTIALS);
        return SharedAwsConfig.load(Map.of("AWS_CONFIG_FILE", config.toString(),
                "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(), "AWS_PROFILE", "dev"), home);
    }
}
