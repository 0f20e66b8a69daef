package dev.portico.platform.blob;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Makes the blob store that {@code portico.blobs.store} names, and any other one for {@link BlobMigration}. */
@ApplicationScoped
public class BlobStores {

    @Inject
    BlobConfig config;

    @Inject
    AgroalDataSource dataSource;

    private final Map<BlobConfig.Kind, BlobStore> made = new EnumMap<>(BlobConfig.Kind.class);
    private S3Client s3;

    @Produces
    @ApplicationScoped
    BlobStore configured() {
        return of(config.store());
    }

    /** The store of that kind, as configured. */
    public synchronized BlobStore of(BlobConfig.Kind kind) {
        return made.computeIfAbsent(kind, k -> switch (k) {
            case POSTGRES -> new PostgresBlobStore(dataSource);
            case FILESYSTEM -> new FileSystemBlobStore(config.directory());
            case S3 -> new S3BlobStore(s3Client(), config.s3().bucket().orElseThrow(() -> new IllegalStateException(
                    "portico.blobs.store=s3 needs portico.blobs.s3.bucket")), config.s3().prefix());
        });
    }

    private S3Client s3Client() {
        if (s3 == null) {
            BlobConfig.S3 c = config.s3();
            AwsCredentialsProvider credentials = c.accessKeyId().isPresent()
                    ? StaticCredentialsProvider.create(AwsBasicCredentials.create(c.accessKeyId().get(),
                            c.secretAccessKey().orElseThrow(() -> new IllegalStateException(
                                    "portico.blobs.s3.access-key-id needs portico.blobs.s3.secret-access-key"))))
                    : DefaultCredentialsProvider.builder().build();
            S3ClientBuilder builder = S3Client.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .region(Region.of(c.region()))
                    .credentialsProvider(credentials)
                    .forcePathStyle(c.pathStyle())
                    // S3-compatible servers do not all know the newer default checksums; S3 needs them only where required.
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            c.endpoint().ifPresent(builder::endpointOverride);
            s3 = builder.build();
        }
        return s3;
    }

    @PreDestroy
    synchronized void close() {
        if (s3 != null) {
            s3.close();
        }
    }
}
