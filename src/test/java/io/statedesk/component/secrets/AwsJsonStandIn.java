package io.statedesk.component.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the two AWS APIs the AWS secret stores call, speaking their JSON 1.1 protocol on 127.0.0.1 (the
 * test DynamoDB serves DynamoDB only): Secrets Manager's GetSecretValue and SSM's GetParameter, from maps the test
 * fills. A name in {@link #denied} answers 400 AccessDeniedException, as AWS does for a missing permission.
 */
final class AwsJsonStandIn implements AutoCloseable {

    final Map<String, String> secretStrings = new ConcurrentHashMap<>();
    final Map<String, String> parameters = new ConcurrentHashMap<>();
    final List<String> denied = new CopyOnWriteArrayList<>();
    /** Every target called with the name asked for, e.g. "secretsmanager.GetSecretValue prod/db". */
    final List<String> calls = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;

    AwsJsonStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            if ("secretsmanager.GetSecretValue".equals(target)) {
                String id = body.path("SecretId").asText();
                calls.add(target + " " + id);
                if (denied.contains(id)) {
                    error(exchange, "AccessDeniedException", "User is not authorized to perform"
                            + " secretsmanager:GetSecretValue on " + id);
                } else if (!secretStrings.containsKey(id)) {
                    error(exchange, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
                } else {
                    ObjectNode out = json.createObjectNode().put("Name", id).put("SecretString", secretStrings.get(id))
                            .put("ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:" + id + "-AbCdEf");
                    send(exchange, 200, out);
                }
            } else if ("AmazonSSM.GetParameter".equals(target)) {
                String name = body.path("Name").asText();
                calls.add(target + " " + name + (body.path("WithDecryption").asBoolean() ? " decrypted" : ""));
                if (denied.contains(name)) {
                    error(exchange, "AccessDeniedException", "User is not authorized to perform ssm:GetParameter");
                } else if (!parameters.containsKey(name)) {
                    error(exchange, "ParameterNotFound", "");
                } else {
                    ObjectNode out = json.createObjectNode();
                    out.putObject("Parameter").put("Name", name).put("Value", parameters.get(name))
                            .put("Type", "SecureString").put("Version", 1);
                    send(exchange, 200, out);
                }
            } else {
                error(exchange, "UnknownOperationException", "not served by the stand-in: " + target);
            }
        }
    }

    private void error(HttpExchange exchange, String type, String message) throws IOException {
        exchange.getResponseHeaders().add("x-amzn-ErrorType", type);
        send(exchange, 400, json.createObjectNode().put("__type", type).put("message", message));
    }

    private void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
