package dev.portico.platform.blob;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Blobs as files under {@code portico.blobs.directory}, spread over 256 folders by the key's first two digits. */
@ApplicationScoped
@DefaultBean
public class FileSystemBlobStore implements BlobStore {

    private final Path root;

    public FileSystemBlobStore(BlobConfig config) {
        this.root = config.directory().toAbsolutePath();
    }

    @Override
    public String put(Path file) throws IOException {
        String key = UUID.randomUUID().toString();
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(key + ".part");
        Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        UUID.fromString(key); // keys are ours: never a path from outside
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
