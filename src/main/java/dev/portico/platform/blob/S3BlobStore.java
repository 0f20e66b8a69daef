package dev.portico.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, …) through the AWS SDK, under a key prefix. For
 * many replicas with many or large files: the bytes leave the database.
 */
public class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3BlobStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    @Override
    public void store(String key, Path file) throws IOException {
        String name = objectName(key);
        call(() -> s3.putObject(b -> b.bucket(bucket).key(name), RequestBody.fromFile(file)), key);
    }

    @Override
    public InputStream open(String key) throws IOException {
        String name = objectName(key);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(name));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw new IOException("Blob " + key + " could not be read from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        String name = objectName(key);
        try {
            s3.headObject(b -> b.bucket(bucket).key(name));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("Blob " + key + " could not be looked up in bucket " + bucket + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("Blob " + key + " could not be looked up in bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        String name = objectName(key);
        call(() -> s3.deleteObject(b -> b.bucket(bucket).key(name)), key);
    }

    @Override
    public void forEachKey(Consumer<String> consumer) throws IOException {
        try {
            ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build();
            for (S3Object object : s3.listObjectsV2Paginator(request).contents()) {
                consumer.accept(object.key().substring(prefix.length()));
            }
        } catch (SdkException e) {
            throw new IOException("The blobs in bucket " + bucket + " could not be listed: " + e.getMessage(), e);
        }
    }

    private String objectName(String key) {
        return prefix + BlobStore.checked(key);
    }

    private void call(Runnable request, String key) throws IOException {
        try {
            request.run();
        } catch (SdkException e) {
            throw new IOException("Blob " + key + " could not be written to bucket " + bucket + ": " + e.getMessage(), e);
        }
    }
}
