package dev.portico.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The names uploads are kept under and the types they are served as, without Quarkus. */
class AttachmentRulesTest {

    @Test
    void anUploadKeepsOnlyTheLastSegmentOfItsNameWithoutControlCharacters() {
        assertEquals("router.log", AttachmentNames.displayName("router.log"));
        assertEquals("passwd", AttachmentNames.displayName("../../etc/passwd"));
        assertEquals("boot.ini", AttachmentNames.displayName("C:\\..\\boot.ini"));
        assertEquals("evilSet-Cookie: x=1.txt", AttachmentNames.displayName("evil\r\nSet-Cookie: x=1.txt"));
        assertEquals("a\"b.txt", AttachmentNames.displayName("a\"b.txt"));
        assertEquals("Zażółć.txt", AttachmentNames.displayName("Zażółć.txt"));
        assertEquals("attachment", AttachmentNames.displayName(".."));
        assertEquals("attachment", AttachmentNames.displayName("dir/"));
        assertEquals("attachment", AttachmentNames.displayName("\u0000\u2028"));
        assertEquals("attachment", AttachmentNames.displayName(null));
        String longName = "x".repeat(300) + ".log";
        assertEquals(255, AttachmentNames.displayName(longName).length());
        assertTrue(AttachmentNames.displayName(longName).endsWith(".log"));
    }

    @Test
    void webPagesAndSvgAreRefusedAndOnlyPassiveTypesAreServedAsThemselves() {
        AttachmentTypes types = new AttachmentTypes();
        for (String active : new String[] {"text/html", "application/xhtml+xml", "image/svg+xml"}) {
            assertFalse(types.allowed(active), active);
            assertEquals("application/octet-stream", AttachmentTypes.servedAs(active));
        }
        for (String other : new String[] {"application/xml", "text/xml", "text/javascript", "application/x-yaml", "text/x-log"}) {
            assertEquals("application/octet-stream", AttachmentTypes.servedAs(other), other);
        }
        for (String passive : new String[] {"text/plain", "application/pdf", "image/png", "application/zip"}) {
            assertTrue(types.allowed(passive), passive);
            assertEquals(passive, AttachmentTypes.servedAs(passive));
        }
    }
}
