package dev.portico.platform.blob;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Where blobs live and how often deleted ones are removed ({@code portico.blobs.*}). */
@ConfigMapping(prefix = "portico.blobs")
public interface BlobConfig {

    /** The store: {@code postgres} (default), {@code s3} or {@code filesystem}. */
    @WithDefault("postgres")
    Kind store();

    /** The filesystem store's folder (default {@code data/blobs}, relative to the working directory). */
    @WithDefault("data/blobs")
    Path directory();

    /** How often the blobs whose rows were deleted are removed from the store ("off" disables it; default 10m). */
    @WithDefault("10m")
    String deletionInterval();

    S3 s3();

    enum Kind {
        POSTGRES,
        S3,
        FILESYSTEM
    }

    /** The S3 store ({@code portico.blobs.s3.*}); credentials default to the AWS SDK's chain (environment, profile, role). */
    interface S3 {

        /** The bucket (required for the S3 store). */
        Optional<String> bucket();

        /** An S3-compatible server's URL (MinIO, Ceph, …); empty for AWS itself. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        /** Path-style addressing ({@code endpoint/bucket/key}), which most S3-compatible servers need. */
        @WithDefault("false")
        boolean pathStyle();

        /** The object names' prefix inside the bucket. */
        @WithDefault("attachments/")
        String prefix();

        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();
    }
}
