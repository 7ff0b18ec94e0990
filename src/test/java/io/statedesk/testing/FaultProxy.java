package io.statedesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP proxy in front of a DynamoDB-compatible server that breaks requests on purpose: it can forward a
 * request and then lose the answer (the server applied it, the client never hears), reset the connection before
 * forwarding, answer 500 or throttling errors with or without forwarding, hang, or run an action (such as killing the
 * server) after forwarding. Faults are rules matched by operation name ({@code PutItem}, {@code Scan}...) and used up
 * a given number of times; everything else is passed through unchanged.
 *
 * <p>Each request is forwarded on a fresh connection with {@code Connection: close}, and the answer is read to the end
 * before it is relayed: simple, and exactly what is needed to know that the server has finished applying it.
 */
public final class FaultProxy implements AutoCloseable {

    /** What the proxy does with a matched request. */
    public enum Fault {
        /** Forwards the request, waits for the server's answer, then closes the client's connection without it. */
        DROP_RESPONSE_AFTER_APPLY,
        /** Resets the client's connection before anything is forwarded: the server never sees the request. */
        RESET_BEFORE_FORWARD,
        /** Answers HTTP 500 InternalServerError without forwarding. */
        ANSWER_500,
        /** Forwards the request (the server applies it), then answers HTTP 500 instead of the server's answer. */
        APPLY_THEN_500,
        /** Answers a DynamoDB throttling error (HTTP 400 ThrottlingException) without forwarding. */
        THROTTLE,
        /** Reads the request and never answers, until the client gives up or the proxy closes. */
        HANG,
        /** Forwards the request, then runs the rule's action (for example: kill the server), then closes. */
        APPLY_THEN_ACTION
    }

    private record Rule(String operation, Fault fault, AtomicInteger skip, AtomicInteger remaining, Runnable action) {
    }

    private final ServerSocket listener;
    private volatile URI upstream;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = Executors.defaultThreadFactory().newThread(runnable);
        thread.setDaemon(true);
        thread.setName("fault-proxy");
        return thread;
    });
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> faulted = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private FaultProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    /** A proxy on a free loopback port in front of {@code upstream} (an http URI). */
    public static FaultProxy inFrontOf(URI upstream) {
        try {
            return new FaultProxy(upstream);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the fault proxy: " + e.getMessage(), e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Points the proxy at another server (a restarted one on another port, say). */
    public void upstream(URI server) {
        this.upstream = server;
    }

    /** The next {@code times} requests of {@code operation} (or of every operation for "*") get {@code fault}. */
    public FaultProxy on(String operation, Fault fault, int times) {
        rules.add(new Rule(operation, fault, new AtomicInteger(), new AtomicInteger(times), null));
        return this;
    }

    /** Like {@link #on}, after letting the next {@code skip} requests of {@code operation} pass. */
    public FaultProxy onAfter(String operation, int skip, Fault fault, int times) {
        rules.add(new Rule(operation, fault, new AtomicInteger(skip), new AtomicInteger(times), null));
        return this;
    }

    /**
     * Passes {@code skip} requests of {@code operation}; the next one is forwarded, then {@code action} runs (kill the
     * server, or add rules such as "hang from now on") and the client's connection is reset without an answer.
     */
    public FaultProxy afterApplying(String operation, int skip, Runnable action) {
        rules.add(new Rule(operation, Fault.APPLY_THEN_ACTION, new AtomicInteger(skip), new AtomicInteger(1),
                action));
        return this;
    }

    /** Removes every rule that is left: from now on everything passes. */
    public void heal() {
        rules.clear();
    }

    /** The operations the proxy received, in order (as {@code X-Amz-Target} names them, without the prefix). */
    public List<String> seen() {
        return List.copyOf(seen);
    }

    /** "Operation:FAULT" for every request that a rule matched. */
    public List<String> faulted() {
        return List.copyOf(faulted);
    }

    public long count(String operation) {
        return seen.stream().filter(operation::equals).count();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                open.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new java.io.BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (true) {
                Request request = Request.read(in);
                if (request == null) {
                    return;
                }
                seen.add(request.operation());
                Rule rule = take(request.operation());
                if (rule == null) {
                    out.write(forward(request));
                    out.flush();
                    continue;
                }
                faulted.add(request.operation() + ":" + rule.fault());
                switch (rule.fault()) {
                    case DROP_RESPONSE_AFTER_APPLY -> {
                        forward(request);
                        reset(client);
                        return;
                    }
                    case RESET_BEFORE_FORWARD -> {
                        reset(client);
                        return;
                    }
                    case ANSWER_500 -> out.write(error(500, "InternalServerError", "injected server error"));
                    case APPLY_THEN_500 -> {
                        forward(request);
                        out.write(error(500, "InternalServerError", "injected server error after applying"));
                    }
                    case THROTTLE -> out.write(error(400, "com.amazonaws.dynamodb.v20120810#ThrottlingException",
                            "injected throttling: rate of requests exceeds the allowed throughput"));
                    case HANG -> {
                        closed.await();
                        return;
                    }
                    case APPLY_THEN_ACTION -> {
                        forward(request);
                        rule.action().run();
                        reset(client);
                        return;
                    }
                }
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // The client went away, or the proxy is closing: nothing to tell.
        } finally {
            open.remove(client);
        }
    }

    private Rule take(String operation) {
        for (Rule rule : rules) {
            if (!rule.operation().equals("*") && !rule.operation().equals(operation)) {
                continue;
            }
            if (rule.skip().getAndDecrement() > 0) {
                return null;
            }
            if (rule.remaining().getAndDecrement() > 0) {
                return rule;
            }
        }
        return null;
    }

    /** The server's whole answer; when the server cannot be reached the client's connection is reset instead. */
    private byte[] forward(Request request) throws IOException {
        URI server = upstream;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 2000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.withConnectionClose());
            out.flush();
            return socket.getInputStream().readAllBytes();
        }
    }

    private static void reset(Socket client) {
        try {
            client.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private static byte[] error(int status, String type, String message) {
        String body = "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + (status == 500 ? " Internal Server Error" : " Bad Request") + "\r\n"
                + "Content-Type: application/x-amz-json-1.0\r\n"
                + "x-amzn-RequestId: fault-proxy\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One HTTP/1.1 request with a Content-Length body, as the AWS SDK sends DynamoDB calls. */
    private record Request(List<String> headerLines, byte[] body) {

        static Request read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int last4 = 0;
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                last4 = (last4 << 8) | b;
                if (last4 == 0x0d0a0d0a) {
                    break;
                }
            }
            if (head.size() == 0) {
                return null;
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            List<String> headers = new ArrayList<>();
            int length = 0;
            for (String line : lines) {
                if (line.isEmpty()) {
                    continue;
                }
                headers.add(line);
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
                }
            }
            byte[] body = in.readNBytes(length);
            return new Request(headers, body);
        }

        String operation() {
            for (String line : headerLines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("x-amz-target:")) {
                    String target = line.substring(line.indexOf(':') + 1).strip();
                    return target.substring(target.indexOf('.') + 1);
                }
            }
            return "?";
        }

        byte[] withConnectionClose() {
            StringBuilder head = new StringBuilder();
            for (String line : headerLines) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (!lower.startsWith("connection:") && !lower.startsWith("keep-alive:")) {
                    head.append(line).append("\r\n");
                }
            }
            head.append("Connection: close\r\n\r\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(body);
            return out.toByteArray();
        }
    }
}
