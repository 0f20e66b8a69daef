package dev.portico.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Adobe's S3Mock, a real S3-compatible server, in a JVM of its own on 127.0.0.1 (its Spring Boot libraries never
 * meet the app's). Its classpath comes from {@code src/test/s3mock/pom.xml}, resolved by Maven on first use into
 * {@code target/s3mock.classpath}. One server per test run; it stops with the tests' JVM.
 */
public final class S3MockServer {

    private static Process process;

    private S3MockServer() {
    }

    /** Starts the server on the port (once) with the bucket, and waits until it answers. */
    public static synchronized void start(int port, String bucket) throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        Path root = Files.createTempDirectory("s3mock-");
        Path log = Path.of("target", "s3mock.log");
        process = new ProcessBuilder(javaBin(), "-Xmx192m", "-XX:+UseSerialGC", "-cp", classpath(),
                "com.adobe.testing.s3mock.S3MockApplication",
                "--server.address=127.0.0.1",
                "--server.port=0", // its HTTPS port: not used
                "--com.adobe.testing.s3mock.httpPort=" + port,
                "--com.adobe.testing.s3mock.store.initialBuckets=" + bucket,
                "--com.adobe.testing.s3mock.store.root=" + root,
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!answers(port, bucket)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited (exit " + process.exitValue() + "); see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("S3Mock did not answer on port " + port + " within 90 s; see " + log);
            }
            Thread.sleep(100);
        }
    }

    private static boolean answers(int port, String bucket) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/" + bucket).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String classpath() throws IOException, InterruptedException {
        Path file = Path.of("target", "s3mock.classpath");
        if (!Files.isRegularFile(file)) {
            Path log = Path.of("target", "s3mock-resolve.log");
            Process mvn = new ProcessBuilder(List.of(Path.of("mvnw").toAbsolutePath().toString(), "-B", "-q",
                    "-f", "src/test/s3mock/pom.xml", "dependency:build-classpath",
                    "-Dmdep.outputFile=" + file.toAbsolutePath()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (mvn.waitFor() != 0 || !Files.isRegularFile(file)) {
                throw new IllegalStateException("S3Mock's classpath could not be resolved; see " + log);
            }
        }
        return Files.readString(file).strip();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
