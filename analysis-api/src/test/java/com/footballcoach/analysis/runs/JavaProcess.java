package com.footballcoach.analysis.runs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started as a separate OS process on this test JVM's class path, for fault drills that
 * kill a real process: {@link #kill()} sends SIGKILL ({@link Process#destroyForcibly()}), so the
 * process gets no shutdown hook, no graceful close, nothing. Its output goes to a log file under
 * {@code target/}.
 */
final class JavaProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private JavaProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code mainClass} with the given program arguments; returns at once (the caller awaits readiness). */
    static JavaProcess start(String name, String mainClass, List<String> args) {
        return start(name, mainClass, args, java.util.Map.of());
    }

    /** The same, with these variables added to the environment the process inherits. */
    static JavaProcess start(String name, String mainClass, List<String> args, java.util.Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(), mainClass));
        command.addAll(args);
        try {
            Path log = Files.createDirectories(Path.of("target", "drill-processes")).resolve(name + "-"
                    + System.nanoTime() + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            return new JavaProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + mainClass, e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Process " + process.pid() + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The process's output so far, for failure messages. */
    String output() {
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? "…" + text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /**
     * The class path of this JVM. Surefire and failsafe start tests from a manifest-only jar and
     * set {@code java.class.path} to the real test class path.
     */
    private static String classPath() {
        String path = System.getProperty("java.class.path");
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.contains("surefirebooter")) {
                throw new IllegalStateException("Only the booter jar on the class path: " + path);
            }
        }
        return path;
    }

    /** A TCP port nobody listens on right now. */
    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether something accepts connections on 127.0.0.1:port. */
    static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
