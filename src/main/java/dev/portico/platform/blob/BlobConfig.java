package dev.portico.platform.blob;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the filesystem blob store keeps files, and how often deleted ones are removed ({@code portico.blobs.*}). */
@ConfigMapping(prefix = "portico.blobs")
public interface BlobConfig {

    /** The folder of uploaded files (default {@code data/blobs}, relative to the working directory). */
    @WithDefault("data/blobs")
    Path directory();

    /** How often the blobs whose rows were deleted are removed from the store ("off" disables it; default 10m). */
    @WithDefault("10m")
    String deletionInterval();
}
