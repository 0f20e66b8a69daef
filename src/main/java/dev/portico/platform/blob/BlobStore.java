package dev.portico.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploaded files live: the filesystem by default ({@link FileSystemBlobStore}); an object store (S3, Azure)
 * replaces it as a CDI bean. Keys are opaque to callers.
 */
public interface BlobStore {

    /** Stores the file's bytes and returns the key to read them again. */
    String put(Path file) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
