package io.statedesk.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Opening a component as a store, the one use case the window and the command line share: find components, prepare
 * one (once), check its sign-in, open it, create its table. {@link DefaultSessions} implements it over the component
 * layer and the engine; view models depend on this interface only, and their tests answer it with fakes. Every call
 * does I/O: run it off the UI thread.
 */
public interface Sessions {

    /** Every component in the file or folder, with its validation findings. */
    List<ComponentChoice> list(Path fileOrFolder);

    /**
     * Makes a listed component ready to open, once: the file as listed (read again only when the choice was not
     * listed here), validation, secrets, credentials and the effective endpoint. Every later step reuses it.
     *
     * @param profile a shared-config profile chosen for this session instead of daprd's credential order, or null
     * @throws IllegalStateException with one sentence when it cannot be prepared at all (an unknown profile)
     */
    PreparedComponent prepare(ComponentChoice choice, String profile);

    /**
     * Whether opening would read credentials from an SSO or {@code aws login} profile whose sign-in is missing or
     * expired (and cannot be refreshed): the window then offers to sign in first instead of failing on the SDK's error.
     */
    Optional<SignInNeed> signInNeeded(PreparedComponent component);

    /**
     * Connects the way daprd would (the start-up probe, then the table check) and returns the open session; fails
     * with one clear message saying what is wrong and what to do, as an {@link OpenFailedException} with the remedies
     * the window can offer when there are any.
     */
    StoreSession open(PreparedComponent component);

    /**
     * Creates the component's table as Dapr needs it (hash key, TTL when set), on a local endpoint only.
     *
     * @return what was created, as a sentence
     */
    String createTable(PreparedComponent component);

    /** The profiles of the shared AWS config files, for choosing one; empty when there are none. */
    List<AwsProfileChoice> profiles();

    /**
     * Signs in to the profile's AWS IAM Identity Center, as {@code aws sso login} does, and caches the token where
     * the AWS CLI and SDKs find it. Blocks until approved, refused, expired or cancelled.
     */
    void signIn(String profile, SignInPrompt prompt, BooleanSupplier cancelled) throws Exception;

    /**
     * The user's Kubernetes clusters, whose components {@link #prepare} prepares like files' (a choice with a
     * {@link ComponentChoice#cluster()}); empty where the app offers none.
     */
    default Optional<ClusterSource> clusters() {
        return Optional.empty();
    }
}
