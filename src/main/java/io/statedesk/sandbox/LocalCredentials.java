package io.statedesk.sandbox;

/**
 * The fake credentials and region of local DynamoDB servers (the sandbox's dynoxide, the tests'): local emulators
 * accept any access key, and a component that names keys makes daprd and StateDesk skip the AWS credential chain.
 */
public final class LocalCredentials {

    public static final String ACCESS_KEY = "statedesklocal";
    public static final String SECRET_KEY = "statedesklocal";
    public static final String REGION = "us-east-1";

    private LocalCredentials() {
    }
}
