package io.gongkai.disclosure.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which links the public pages may render (see {@link SafeUrl}). */
public final class LinkRule {

    private LinkRule() {
    }

    /** True for {@code https?://host...} and {@code /path} (never {@code //...}); the pure rule, tested on its own. */
    public static boolean safe(String value) {
        if (value.isEmpty() || value.indexOf('\\') >= 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c)) {
                return false;
            }
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return false;
        }
        if (value.startsWith("/")) {
            return !value.startsWith("//") && uri.getScheme() == null && uri.getRawAuthority() == null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && value.regionMatches(true, scheme.length(), "://", 0, 3)
                && uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty();
    }
}
