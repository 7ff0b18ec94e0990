package io.statedesk.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Finds and opens components; implemented by the app over the component layer. Every call does I/O. */
public interface ComponentOpener {

    /** Every component in the file or folder, with its validation findings. */
    List<ComponentChoice> list(Path fileOrFolder);

    /**
     * Connects the way daprd would (credentials, region, endpoint, the start-up probe and the table check) and
     * returns the open session; fails with one clear message saying what is wrong and what to do, as an
     * {@link OpenFailedException} with the remedies the window can offer when there are any.
     *
     * @param profile a shared-config profile chosen for this session instead of daprd's credential order, or null
     */
    StoreSession open(ComponentChoice choice, String profile);

    /**
     * Creates the component's table as Dapr needs it (hash key, TTL when set), on a local endpoint only.
     *
     * @return what was created, as a sentence
     */
    String createTable(ComponentChoice choice, String profile);

    /** The profiles of the shared AWS config files, for choosing one; empty when there are none. */
    List<AwsProfileChoice> profiles();

    /**
     * Whether opening would read credentials from an SSO profile whose sign-in is missing or expired (and cannot
     * be refreshed): the window then offers to sign in first instead of failing on the SDK's error.
     */
    Optional<SignInNeed> signInNeeded(ComponentChoice choice, String profile);

    /**
     * Signs in to the profile's AWS IAM Identity Center, as {@code aws sso login} does, and caches the token where
     * the AWS CLI and SDKs find it. Blocks until approved, refused, expired or cancelled.
     */
    void signIn(String profile, SignInPrompt prompt, BooleanSupplier cancelled) throws Exception;

    /**
     * The user's Kubernetes clusters, whose components {@link #open} opens like files' (a choice with a
     * {@link ComponentChoice#cluster()}); empty where the app offers none.
     */
    default Optional<ClusterSource> clusters() {
        return Optional.empty();
    }
}
