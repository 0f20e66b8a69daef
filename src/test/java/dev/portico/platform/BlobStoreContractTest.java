package dev.portico.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.platform.blob.BlobConfig.Kind;
import dev.portico.platform.blob.BlobMigration;
import dev.portico.platform.blob.BlobStore;
import dev.portico.platform.blob.BlobStores;
import dev.portico.support.S3MockServer;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One contract for every blob store — PostgreSQL, S3 (against Adobe's S3Mock, a real S3-compatible server) and the
 * filesystem — and the migration between them.
 */
@QuarkusTest
class BlobStoreContractTest {

    @Inject
    BlobStores stores;

    @Inject
    BlobMigration migration;

    @Inject
    BlobStore configured;

    @ConfigProperty(name = "PORTICO_TEST_S3_PORT", defaultValue = "9390")
    int s3Port;

    @ConfigProperty(name = "portico.blobs.s3.bucket")
    String bucket;

    @BeforeEach
    void s3IsUp() throws Exception {
        S3MockServer.start(s3Port, bucket);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whatIsStoredReadsBackByteForByteAcrossChunksAndIsListed(Kind kind) throws IOException {
        BlobStore store = stores.of(kind);
        byte[] bytes = bytes(2 * 1024 * 1024 + 12_345); // more than two of the PostgreSQL store's chunks
        String key = store.put(file(bytes));

        assertTrue(store.exists(key));
        assertArrayEquals(bytes, read(store, key));
        assertTrue(keys(store).contains(key));

        String empty = store.put(file(new byte[0]));
        assertArrayEquals(new byte[0], read(store, empty), "an empty file is a blob too");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void storingUnderAKeyAgainReplacesItsBytes(Kind kind) throws IOException {
        BlobStore store = stores.of(kind);
        String key = store.put(file(bytes(3000)));
        byte[] other = bytes(10);
        store.store(key, file(other));
        assertArrayEquals(other, read(store, key));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDeletedBlobIsGoneAndDeletingItAgainIsNoError(Kind kind) throws IOException {
        BlobStore store = stores.of(kind);
        String key = store.put(file(bytes(100)));
        store.delete(key);

        assertFalse(store.exists(key));
        assertThrows(NoSuchFileException.class, () -> store.open(key).close());
        assertFalse(keys(store).contains(key));
        store.delete(key);
        store.delete(UUID.randomUUID().toString());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aKeyThatIsNotOneOfOursIsRefusedBeforeTheStoreIsTouched(Kind kind) {
        BlobStore store = stores.of(kind);
        for (String key : List.of("../../etc/passwd", "a/b", "", "00000000-0000-0000-0000-000000000000/../x")) {
            assertThrows(IllegalArgumentException.class, () -> store.open(key), key);
            assertThrows(IllegalArgumentException.class, () -> store.delete(key), key);
        }
    }

    @Test
    void postgresIsTheDefaultStoreAndABlobStoredInARolledBackTransactionLeavesNothing() throws IOException {
        assertEquals(stores.of(Kind.POSTGRES), ClientProxy.unwrap(configured));
        Path file = file(bytes(5000));
        String[] key = new String[1];
        QuarkusTransaction.begin();
        try {
            key[0] = configured.put(file);
            assertTrue(configured.exists(key[0]), "visible inside its transaction");
        } finally {
            QuarkusTransaction.rollback();
        }
        assertFalse(configured.exists(key[0]));
    }

    @Test
    void migrationCopiesEveryBlobOnceAndARerunCopiesNothing() throws IOException {
        BlobStore from = stores.of(Kind.FILESYSTEM);
        byte[] a = bytes(1500);
        byte[] b = bytes(1_100_000);
        String keyA = from.put(file(a));
        String keyB = from.put(file(b));

        BlobMigration.Result first = migration.migrate(Kind.FILESYSTEM, Kind.S3);
        assertTrue(first.failed().isEmpty(), first.toString());
        BlobStore s3 = stores.of(Kind.S3);
        assertArrayEquals(a, read(s3, keyA));
        assertArrayEquals(b, read(s3, keyB));

        BlobMigration.Result again = migration.migrate(Kind.FILESYSTEM, Kind.S3);
        assertEquals(0, again.copied(), again.toString());
        assertTrue(again.alreadyThere() >= 2, again.toString());

        BlobMigration.Result onward = migration.migrate(Kind.S3, Kind.POSTGRES);
        assertTrue(onward.failed().isEmpty(), onward.toString());
        assertArrayEquals(b, read(stores.of(Kind.POSTGRES), keyB));
        assertTrue(from.exists(keyA), "nothing is deleted from the source");
    }

    private static final Random RANDOM = new Random(42);

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static Path file(byte[] bytes) throws IOException {
        Path f = Files.createTempFile("blob-test-", ".bin");
        f.toFile().deleteOnExit();
        return Files.write(f, bytes);
    }

    private static byte[] read(BlobStore store, String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return in.readAllBytes();
        }
    }

    private static Set<String> keys(BlobStore store) throws IOException {
        Set<String> keys = new HashSet<>();
        store.forEachKey(keys::add);
        return keys;
    }
}
