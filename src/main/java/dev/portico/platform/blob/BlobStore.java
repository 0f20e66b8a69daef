package dev.portico.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Where uploaded files live, chosen by {@code portico.blobs.store}: PostgreSQL by default ({@link PostgresBlobStore},
 * every replica reads what any wrote, nothing else to run), S3-compatible object storage ({@link S3BlobStore}) for
 * many or large files, or a folder ({@link FileSystemBlobStore}) for a single instance. Keys are opaque to callers
 * and the same in every store, so {@link BlobMigration} can move blobs between them.
 */
public interface BlobStore {

    /** Stores the file's bytes under a new key and returns the key to read them again. */
    default String put(Path file) throws IOException {
        String key = UUID.randomUUID().toString();
        store(key, file);
        return key;
    }

    /** Stores the file's bytes under the given key (replacing what was there). */
    void store(String key, Path file) throws IOException;

    /** The bytes stored under the key; {@link java.nio.file.NoSuchFileException} when there are none. */
    InputStream open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** Deletes the key's bytes; a missing key is not an error. */
    void delete(String key) throws IOException;

    /** Hands every stored key to the consumer (in no particular order). */
    void forEachKey(Consumer<String> consumer) throws IOException;

    /** Keys are ours (UUIDs): never a path or an object name from outside. */
    static String checked(String key) {
        return UUID.fromString(key).toString();
    }
}
