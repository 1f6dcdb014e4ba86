package io.gongkai.commons.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links to this service's resources as the public reaches them (the gateway), built from the configured
 * public base URL only: a link built from the caller's Host (or X-Forwarded-Host) would let {@code Host: evil.example}
 * put evil.example into a publicly cached answer.
 */
@ApplicationScoped
public class PublicLinks {

    private final String root;

    public PublicLinks(@ConfigProperty(name = "gongkai.public-url") URI publicUrl) {
        String base = publicUrl.toString();
        this.root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The public base URL without a trailing slash, e.g. {@code https://xxgk.example.edu.cn}. */
    public String root() {
        return root;
    }

    /** The absolute address of {@code path} (which starts with /). */
    public URI to(String path) {
        return URI.create(root + path);
    }
}
