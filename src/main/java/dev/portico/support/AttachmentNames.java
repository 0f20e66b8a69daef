package dev.portico.support;

/**
 * The name an upload is kept under: the last segment of whatever path the client sent ({@code ../../x.log} →
 * {@code x.log}), without control characters or line separators, at most 255 characters (the end, which holds the
 * extension, is kept), {@code attachment} when nothing is left. Pure.
 */
final class AttachmentNames {

    static final int MAX_LENGTH = 255;

    private static final String DEFAULT_NAME = "attachment";

    private AttachmentNames() {
    }

    static String displayName(String uploaded) {
        if (uploaded == null) {
            return DEFAULT_NAME;
        }
        String last = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        StringBuilder name = new StringBuilder(last.length());
        last.codePoints().filter(c -> {
            int type = Character.getType(c);
            return type != Character.CONTROL && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
        }).forEach(name::appendCodePoint);
        String result = name.toString().strip();
        if (result.isEmpty() || result.equals(".") || result.equals("..")) {
            return DEFAULT_NAME;
        }
        if (result.length() > MAX_LENGTH) {
            int start = result.length() - MAX_LENGTH;
            if (Character.isLowSurrogate(result.charAt(start))) {
                start++;
            }
            result = result.substring(start);
        }
        return result;
    }
}
