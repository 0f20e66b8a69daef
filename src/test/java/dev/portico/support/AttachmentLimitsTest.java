package dev.portico.support;

import static dev.portico.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.platform.blob.BlobDeletions;
import dev.portico.platform.blob.BlobStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What keeps uploads from filling the disk or attacking whoever downloads them: the rate limit and the quota per
 * person, the purge of unattached uploads, blobs going with their rows, and safe download headers and types.
 */
@QuarkusTest
class AttachmentLimitsTest {

    static final Pattern SAFE_DISPOSITION = Pattern.compile(
            "attachment; filename=\"([A-Za-z0-9 .\\-_()+,]+)\"; filename\\*=UTF-8''([A-Za-z0-9!#$&+\\-.^_`|~%]+)");

    @Inject
    Fixtures fixtures;

    @Inject
    SupportFixtures support;

    @Inject
    AttachmentPurgeJob purge;

    @Inject
    BlobDeletions blobDeletions;

    @Inject
    BlobStore blobs;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void uploadsBeyondTheHourlyLimitAnswer429WithRetryAfter() {
        Fixtures.Person person = fixtures.person("uploader");
        for (int i = 0; i < 30; i++) {
            upload(person, "line-" + i + ".log", ("line " + i + "\n").getBytes()).then().statusCode(201);
        }
        upload(person, "one-too-many.log", "x\n".getBytes()).then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/rate-limited"))
                .body("detail", containsString("30 uploads per hour"));
        upload(fixtures.person("other"), "mine.log", "x\n".getBytes()).then().statusCode(201);

        clock.advance(Duration.ofMinutes(3)); // the bucket refills gradually: one upload every two minutes
        upload(person, "later.log", "x\n".getBytes()).then().statusCode(201);
    }

    @Test
    void uploadsBeyondTheUnattachedQuotaAnswer422SayingWhatToDoAndAttachedFilesDoNotCount() {
        Fixtures.Tenant tenant = fixtures.tenant("Quota GmbH");
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String big = upload(tenant.member(), "big.log", "big\n".getBytes()).then().statusCode(201).extract().path("id");
        // as if it were 100 MB less a few bytes: the quota counts the sizes kept with the rows
        fixtures.update("update ticket_attachment set size_bytes = ?1 where id = ?2", 100L * 1024 * 1024 - 10, UUID.fromString(big));

        upload(tenant.member(), "more.log", "more than ten bytes\n".getBytes()).then().statusCode(422)
                .body("type", equalTo("/problems/upload-quota-exceeded"))
                .body("detail", containsString("Send the ticket or reply they are for first"))
                .body("detail", containsString("deleted 24 hours after"));
        upload(tenant.admin(), "colleague.log", "someone else's quota\n".getBytes()).then().statusCode(201);

        as(tenant.member()).body("""
                {"contractLineId":"%s","title":"Logs","description":"Attached.","attachmentIds":["%s"]}
                """.formatted(contract.deviceLine(), big)).post("/api/v1/tickets").then().statusCode(201);
        upload(tenant.member(), "more.log", "more than ten bytes\n".getBytes()).then().statusCode(201);
    }

    @Test
    void unattachedUploadsAreDeletedAfter24HoursFileAndRowAndAttachedOnesStay() throws IOException {
        Fixtures.Tenant tenant = fixtures.tenant("Purge GmbH");
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String forgotten = upload(tenant.member(), "forgotten.log", "never attached\n".getBytes()).then().statusCode(201).extract().path("id");
        String attached = upload(tenant.member(), "attached.log", "attached\n".getBytes()).then().statusCode(201).extract().path("id");
        as(tenant.member()).body("""
                {"contractLineId":"%s","title":"Logs","description":"Attached.","attachmentIds":["%s"]}
                """.formatted(contract.deviceLine(), attached)).post("/api/v1/tickets").then().statusCode(201);
        String forgottenBlob = blobKey(forgotten);
        String attachedBlob = blobKey(attached);
        assertTrue(blobs.exists(forgottenBlob));

        clock.advance(Duration.ofHours(23));
        purge.purgeUnattached();
        assertEquals(1L, rows(forgotten), "kept for 24 hours");
        assertTrue(blobs.exists(forgottenBlob));

        clock.advance(Duration.ofHours(2));
        purge.purgeUnattached();
        assertEquals(0L, rows(forgotten), "the row is gone");
        assertFalse(blobs.exists(forgottenBlob), "and its file");
        assertEquals(1L, rows(attached));
        assertTrue(blobs.exists(attachedBlob));
        as(tenant.member()).accept("*/*").get("/api/v1/ticket-attachments/" + forgotten).then().statusCode(404);
        as(tenant.member()).accept("*/*").get("/api/v1/ticket-attachments/" + attached).then().statusCode(200);
    }

    @Test
    void aBlobIsDeletedWhenItsRowGoesHoweverTheRowWent() throws IOException {
        Fixtures.Person person = fixtures.person("deleted");
        String id = upload(person, "gone.log", "gone\n".getBytes()).then().statusCode(201).extract().path("id");
        String key = blobKey(id);
        assertTrue(blobs.exists(key));

        fixtures.update("delete from ticket_attachment where id = ?1", UUID.fromString(id)); // e.g. by hand in psql
        assertEquals(1L, fixtures.count("select count(*) from blob_deletion where blob_key = ?1", key));
        blobDeletions.deleteQueued();

        assertFalse(blobs.exists(key));
        assertEquals(0L, fixtures.count("select count(*) from blob_deletion where blob_key = ?1", key));
    }

    @Test
    void hostileFileNamesGiveASafeContentDispositionThatKeepsTheName() {
        Fixtures.Person person = fixtures.person("names");
        // as a client sends them: only the last segment of a path is kept
        assertEquals("passwd", downloadedName(person, uploaded(person, "../../etc/passwd", "passwd")));
        assertEquals("boot.ini", downloadedName(person, uploaded(person, "..\\..\\boot.ini", "boot.ini")));
        String quoted = upload(person, "a\"b.txt", "hello\n".getBytes()).then().statusCode(201).extract().path("id");
        downloadedName(person, quoted); // whatever the client's multipart made of the quote: a well-formed header

        // names that got in some other way (before names were cleaned, an import): kept, and still safe
        for (String name : List.of("a\"b.txt", "x.txt\"; filename=\"evil.html", "Zażółć gęślą jaźń.txt", "日本語 ファイル.log",
                "100% * 'quoted' (1).txt", "emoji 🎉.png")) {
            String id = uploaded(person, "plain.txt", "plain.txt");
            fixtures.update("update ticket_attachment set file_name = ?1 where id = ?2", name, UUID.fromString(id));
            assertEquals(name, downloadedName(person, id));
        }
        String id = uploaded(person, "plain.txt", "plain.txt");
        fixtures.update("update ticket_attachment set file_name = ?1 where id = ?2",
                "evil\r\nSet-Cookie: session=stolen\r\n\r\n<script>.txt", UUID.fromString(id));
        Response response = download(person, id);
        response.then().statusCode(200);
        assertEquals(null, response.getHeader("Set-Cookie"), "CR/LF never split the header");
        assertEquals("evil__Set-Cookie: session=stolen____<script>.txt", downloadedName(person, id));
    }

    /** Uploads a small text file; checks the name it is kept under; returns its id. */
    static String uploaded(Fixtures.Person person, String sentName, String keptName) {
        return upload(person, sentName, "hello\n".getBytes()).then().statusCode(201).body("fileName", equalTo(keptName))
                .extract().path("id");
    }

    @Test
    void htmlXhtmlAndSvgUploadsAreRefusedWhateverTheirName() {
        Fixtures.Person person = fixtures.person("active");
        upload(person, "report.txt", "<!DOCTYPE html><html><body><script>alert(document.domain)</script></body></html>\n".getBytes())
                .then().statusCode(415).body("type", equalTo("/problems/unsupported-media-type"))
                .body("detail", containsString("text/html"));
        upload(person, "page.log", """
                <?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><script>alert(1)</script></body></html>
                """.getBytes()).then().statusCode(415);
        upload(person, "diagram.png", """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>
                """.getBytes()).then().statusCode(415).body("detail", containsString("image/svg+xml"));
        assertEquals(0L, fixtures.count("select count(*) from ticket_attachment where uploaded_by = ?1", person.id()));
    }

    @Test
    void downloadsOfTypesABrowserCouldRunAreServedAsOctetStreamAndNeverSniffed() {
        Fixtures.Person person = fixtures.person("served");
        String xml = upload(person, "config.xml", "<?xml version=\"1.0\"?><config><a>1</a></config>\n".getBytes())
                .then().statusCode(201).body("mediaType", equalTo("application/xml")).extract().path("id");
        download(person, xml).then().statusCode(200).contentType(equalTo("application/octet-stream"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("attachment;"));

        // stored before the rule (or a detector that changed its mind): never served as a page
        String html = upload(person, "page.txt", "hello\n".getBytes()).then().statusCode(201).extract().path("id");
        fixtures.update("update ticket_attachment set media_type = 'text/html' where id = ?1", UUID.fromString(html));
        download(person, html).then().statusCode(200).contentType(equalTo("application/octet-stream"))
                .header("X-Content-Type-Options", "nosniff");

        String text = upload(person, "notes.txt", "plain\n".getBytes()).then().statusCode(201).extract().path("id");
        download(person, text).then().statusCode(200).contentType(startsWith("text/plain"))
                .header("X-Content-Type-Options", "nosniff");
    }

    static Response upload(Fixtures.Person person, String name, byte[] content) {
        return given().auth().oauth2(person.token()).accept(ContentType.JSON)
                .multiPart("file", name, content, "application/octet-stream")
                .post("/api/v1/ticket-attachments");
    }

    static Response download(Fixtures.Person person, String id) {
        return as(person).accept("*/*").get("/api/v1/ticket-attachments/" + id);
    }

    /** The name in the download's Content-Disposition, after checking the header's shape. */
    static String downloadedName(Fixtures.Person person, String id) {
        String header = download(person, id).then().statusCode(200).extract().header("Content-Disposition");
        Matcher m = SAFE_DISPOSITION.matcher(header);
        assertTrue(m.matches(), header);
        return URLDecoder.decode(m.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    long rows(String id) {
        return fixtures.count("select count(*) from ticket_attachment where id = ?1", UUID.fromString(id));
    }

    String blobKey(String attachmentId) {
        return fixtures.single("select blob_key from ticket_attachment where id = ?1", UUID.fromString(attachmentId)).toString();
    }
}
