package io.statedesk.component.aws;

import io.statedesk.component.settings.ClientLimits;
import io.statedesk.rules.AllowedToStartThreads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sends the requests a connection starts with (DescribeTable, Scan, GetItem) through a client built like every other
 * one, to a stand-in server of this process on the loopback interface, on a thread of its own at start-up. The first
 * real connection then finds the AWS SDK's 2,000 classes loaded, linked and warm instead of spending a second on them
 * (issue 19: the window's first keys, the command line's first line), while the other core starts the window or reads
 * the component. Nothing leaves the process: no table, no endpoint and no credential of the user's is touched.
 */
@AllowedToStartThreads("it runs at start-up, before the window's or the command's executor exists, and its stand-in "
        + "server answers on a thread of its own")
public final class ClientWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ClientWarmUp.class);
    private static final ClientLimits QUICK = new ClientLimits(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), 1);
    private static final String TABLE = "statedesk-warm-up";
    /** CR LF CR LF as the last four bytes read. */
    private static final int END_OF_HEAD = 0x0d0a0d0a;

    private ClientWarmUp() {
    }

    /** Starts the warm-up on a daemon thread; the caller goes on at once. */
    public static Thread startInBackground() {
        Thread thread = new Thread(ClientWarmUp::run, "statedesk-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Runs the warm-up on the calling thread; true when every request got its answer. */
    public static boolean run() {
        try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> answer(server), "statedesk-warm-up-server");
            answering.setDaemon(true);
            answering.start();
            URI endpoint = URI.create("http://127.0.0.1:" + server.getLocalPort());
            try (DynamoDbClient client = DynamoDbClientFactory.builder(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalChain.LOCAL_KEY,
                                    LocalChain.LOCAL_KEY)), QUICK)
                    .region(Region.US_EAST_1).endpointOverride(endpoint).build()) {
                client.describeTable(b -> b.tableName(TABLE));
                client.scan(b -> b.tableName(TABLE).limit(1).consistentRead(false));
                client.getItem(b -> b.tableName(TABLE).key(Map.of("key", AttributeValue.fromS("app||k"))));
            }
            return true;
        } catch (IOException | RuntimeException e) {
            // Only time is lost: the first real connection loads what is missing.
            LOG.debug("The start-up warm-up of the AWS SDK did not finish: {}", e.toString());
            return false;
        }
    }

    /** Answers each request with a fixed reply for its operation, one connection a request. */
    private static void answer(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(5_000);
                String operation = readRequest(socket.getInputStream());
                byte[] body = reply(operation).getBytes(StandardCharsets.UTF_8);
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: "
                        + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                return; // closed by run(), or a client that gave up
            }
        }
    }

    /** Reads one request; returns the operation named by its X-Amz-Target header. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != END_OF_HEAD) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String operation = "";
        long length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-amz-target:")) {
                operation = line.substring(line.indexOf('.') + 1).strip();
            } else if (lower.startsWith("content-length:")) {
                length = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        in.skipNBytes(length);
        return operation;
    }

    private static String reply(String operation) {
        return switch (operation) {
            case "DescribeTable" -> "{\"Table\":{\"TableName\":\"" + TABLE + "\",\"TableStatus\":\"ACTIVE\","
                    + "\"KeySchema\":[{\"AttributeName\":\"key\",\"KeyType\":\"HASH\"}],"
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"key\",\"AttributeType\":\"S\"}],"
                    + "\"ItemCount\":1}}";
            case "Scan" -> "{\"Items\":[{\"key\":{\"S\":\"app||k\"},\"value\":{\"S\":\"{}\"},"
                    + "\"etag\":{\"S\":\"1\"},\"ttl\":{\"N\":\"1\"},\"b\":{\"B\":\"AA==\"}}],\"Count\":1,"
                    + "\"ScannedCount\":1}";
            case "GetItem" -> "{\"Item\":{\"key\":{\"S\":\"app||k\"},\"value\":{\"S\":\"{}\"}}}";
            default -> "{}";
        };
    }
}
