package io.statedesk.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one external command to its end with a hard deadline: stdin is written and closed, stdout and stderr are read
 * on their own threads (so a chatty child never blocks), and on timeout the child and its descendants are killed.
 */
final class Subprocess {

    /** What a finished command left behind. */
    record Outcome(List<String> command, int exitCode, String stdout, String stderr, Duration elapsed) {
        String describe() {
            return String.join(" ", command) + " exited with " + exitCode + " after " + elapsed.toMillis()
                    + " ms; stderr:\n" + tail(stderr, 4000);
        }
    }

    /** The command did not finish within its deadline and was killed. */
    static final class TimedOutException extends RuntimeException {
        TimedOutException(String message) {
            super(message);
        }
    }

    /** Own daemon threads: the common pool has a single thread on a 2-core machine, and these calls block. */
    private static final ExecutorService STREAMS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "subprocess-stream");
        thread.setDaemon(true);
        return thread;
    });

    private Subprocess() {
    }

    static Outcome run(List<String> command, Path workingDirectory, Map<String, String> extraEnvironment,
            byte[] stdin, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        builder.environment().putAll(extraEnvironment);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", command), e);
        }
        CompletableFuture<byte[]> out = drain(process.getInputStream());
        CompletableFuture<byte[]> err = drain(process.getErrorStream());
        CompletableFuture<Void> in = CompletableFuture.runAsync(() -> {
            try (OutputStream stream = process.getOutputStream()) {
                if (stdin != null) {
                    stream.write(stdin);
                }
            } catch (IOException e) {
                // The child exited early or closed stdin; its exit code and stderr tell why.
            }
        }, STREAMS);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                String stderr = text(err, Duration.ofSeconds(5));
                throw new TimedOutException(String.join(" ", command) + " did not finish within " + timeout
                        + " and was killed; stderr so far:\n" + tail(stderr, 4000));
            }
            in.get(5, TimeUnit.SECONDS);
            String stdout = text(out, Duration.ofSeconds(30));
            String stderr = text(err, Duration.ofSeconds(30));
            return new Outcome(command, process.exitValue(), stdout, stderr,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + String.join(" ", command), e);
        } catch (ExecutionException | TimeoutException e) {
            kill(process);
            throw new IllegalStateException("Lost the streams of " + String.join(" ", command), e);
        }
    }

    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
                in.transferTo(buffer);
                return buffer.toByteArray();
            } catch (IOException e) {
                return new byte[0];
            }
        }, STREAMS);
    }

    private static String text(CompletableFuture<byte[]> stream, Duration wait) {
        try {
            return new String(stream.get(wait.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException | TimeoutException e) {
            return "";
        }
    }

    static String tail(String text, int max) {
        return text.length() <= max ? text : "…" + text.substring(text.length() - max);
    }
}
