package io.statedesk.component.aws;

import io.statedesk.component.aws.AwsProfile.SsoLogin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The shared AWS config ({@code ~/.aws/config} or {@code AWS_CONFIG_FILE}) and credentials
 * ({@code ~/.aws/credentials} or {@code AWS_SHARED_CREDENTIALS_FILE}) files, read through the SDK's own parser so
 * that StateDesk sees the profiles the SDK (and the AWS CLI) see. Environment and home come in as parameters.
 */
public final class SharedAwsConfig {

    private final Path configFile;
    private final Path credentialsFile;
    private final Path home;
    private final String environmentProfile;
    private final ProfileFile profileFile;
    private String loginCache;

    private SharedAwsConfig(Path configFile, Path credentialsFile, Path home, String environmentProfile,
                            ProfileFile profileFile) {
        this.configFile = configFile;
        this.credentialsFile = credentialsFile;
        this.home = home;
        this.environmentProfile = environmentProfile;
        this.profileFile = profileFile;
    }

    public static SharedAwsConfig load(Map<String, String> environment, Path home) throws AwsSetupException {
        Path config = path(environment.get("AWS_CONFIG_FILE"), home, home.resolve(".aws").resolve("config"));
        Path credentials = path(environment.get("AWS_SHARED_CREDENTIALS_FILE"), home,
                home.resolve(".aws").resolve("credentials"));
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        try {
            if (Files.isRegularFile(credentials)) {
                aggregator.addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS)
                        .build());
            }
            if (Files.isRegularFile(config)) {
                aggregator.addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION)
                        .build());
            }
            SharedAwsConfig shared = new SharedAwsConfig(config, credentials, home, environment.get("AWS_PROFILE"),
                    aggregator.build());
            shared.loginCache = environment.get("AWS_LOGIN_CACHE_DIRECTORY");
            return shared;
        } catch (RuntimeException e) {
            // The SDK's parse errors name the line but never quote secret values.
            throw new AwsSetupException("The AWS config files could not be read: " + e.getMessage(),
                    "Fix " + config + " or " + credentials + ".", e);
        }
    }

    public static SharedAwsConfig loadDefault() throws AwsSetupException {
        return load(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    private static Path path(String fromEnvironment, Path home, Path fallback) {
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            return fallback;
        }
        String p = fromEnvironment.startsWith("~/") ? home + fromEnvironment.substring(1) : fromEnvironment;
        return Path.of(p);
    }

    public Path configFile() {
        return configFile;
    }

    public Path credentialsFile() {
        return credentialsFile;
    }

    /**
     * Where {@code aws login} keeps its sign-ins and the SDK's signin module reads them:
     * {@code AWS_LOGIN_CACHE_DIRECTORY}, else {@code ~/.aws/login/cache}.
     */
    public Path loginCacheDirectory() {
        return loginCache != null && !loginCache.isBlank() ? Path.of(loginCache)
                : home.resolve(".aws").resolve("login").resolve("cache");
    }

    /** Where the AWS CLI and SDKs keep SSO tokens: {@code ~/.aws/sso/cache}. */
    public Path ssoCacheDirectory() {
        return home.resolve(".aws").resolve("sso").resolve("cache");
    }

    public ProfileFile profileFile() {
        return profileFile;
    }

    /** The profile the SDK's default chain would use: {@code AWS_PROFILE}, else {@code default}. */
    public String defaultChainProfileName() {
        return environmentProfile == null || environmentProfile.isBlank() ? "default" : environmentProfile;
    }

    public List<AwsProfile> profiles() {
        List<AwsProfile> out = new ArrayList<>();
        profileFile.profiles().values().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(p -> out.add(summarise(p)));
        return out;
    }

    public Optional<AwsProfile> profile(String name) {
        return profileFile.profile(name).map(this::summarise);
    }

    private AwsProfile summarise(Profile p) {
        String region = p.property(ProfileProperty.REGION).orElse(null);
        SsoLogin login = ssoLogin(p);
        AwsProfile.Kind kind;
        if (p.property(ProfileProperty.AWS_ACCESS_KEY_ID).isPresent()) {
            kind = AwsProfile.Kind.STATIC_KEYS;
        } else if (p.property(ProfileProperty.ROLE_ARN).isPresent()
                && p.property(ProfileProperty.WEB_IDENTITY_TOKEN_FILE).isPresent()) {
            kind = AwsProfile.Kind.WEB_IDENTITY;
        } else if (p.property(ProfileProperty.ROLE_ARN).isPresent()) {
            kind = AwsProfile.Kind.ASSUME_ROLE;
        } else if (login != null) {
            kind = AwsProfile.Kind.SSO;
        } else if (p.property(ProfileProperty.LOGIN_SESSION).isPresent()) {
            // `aws login`: the SDK's signin module (on the class path) reads and refreshes its cached sign-in
            kind = AwsProfile.Kind.LOGIN;
        } else if (p.property(ProfileProperty.CREDENTIAL_PROCESS).isPresent()) {
            kind = AwsProfile.Kind.CREDENTIAL_PROCESS;
        } else {
            kind = AwsProfile.Kind.OTHER;
        }
        return new AwsProfile(p.name(), kind, region, login, p.property(ProfileProperty.SSO_ACCOUNT_ID).orElse(null),
                p.property(ProfileProperty.SSO_ROLE_NAME).orElse(null),
                p.property(ProfileProperty.LOGIN_SESSION).orElse(null));
    }

    private SsoLogin ssoLogin(Profile p) {
        Optional<String> session = p.property("sso_session");
        if (session.isPresent()) {
            Optional<Profile> section = profileFile.getSection("sso-session", session.get());
            String url = section.flatMap(s -> s.property(ProfileProperty.SSO_START_URL)).orElse(null);
            String region = section.flatMap(s -> s.property(ProfileProperty.SSO_REGION)).orElse(null);
            if (url == null || region == null) {
                return null;
            }
            List<String> scopes = section.flatMap(s -> s.property("sso_registration_scopes"))
                    .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList())
                    .orElse(List.of());
            return new SsoLogin(url, region, session.get(), scopes);
        }
        Optional<String> url = p.property(ProfileProperty.SSO_START_URL);
        Optional<String> region = p.property(ProfileProperty.SSO_REGION);
        if (url.isPresent() && region.isPresent()) {
            return new SsoLogin(url.get(), region.get(), null, List.of());
        }
        return null;
    }
}
