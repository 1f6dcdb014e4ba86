package io.gongkai.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the merged document at build time, from the documents the builds stored (the gateway's own and each
 * service's {@code target/openapi/openapi.json}), with the same {@link OpenApiMerger} that serves /q/openapi:
 * the linter and the client generator read this file and need no running stack. Run by the gateway's build
 * (exec-maven-plugin, package phase).
 * <p>
 * usage: {@code MergedDocumentFile <output-dir> <server-url> gateway=<file> <service>=<file>...}; writes
 * {@code gongkai-api.json} and {@code gongkai-api.yaml}. A service whose document is not there (not built) is
 * named in {@code info.x-missing-services}, as at run time, and said on standard error.
 */
public final class MergedDocumentFile {

    public static final String NAME = "gongkai-api";

    private MergedDocumentFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: MergedDocumentFile <output-dir> <server-url> gateway=<file> <service>=<file>...");
        }
        ObjectMapper json = new ObjectMapper();
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not <name>=<file>: " + args[i]);
            }
            String name = args[i].substring(0, eq);
            Path file = Path.of(args[i].substring(eq + 1));
            if (!Files.isRegularFile(file)) {
                if (OpenApiMerger.GATEWAY.equals(name)) {
                    throw new IllegalStateException("the gateway's own document is not at " + file + " (its Quarkus build writes it)");
                }
                System.err.println("MergedDocumentFile: no OpenAPI document of the " + name + " service at " + file
                        + " (build it first); the merged document names it under info.x-missing-services");
                missing.add(name);
                continue;
            }
            sources.add(new OpenApiMerger.Source(name, json.readTree(file.toFile())));
        }
        if (sources.stream().map(s -> s.document().path("openapi").asText()).distinct().count() > 1) {
            System.err.println("MergedDocumentFile: the documents are of different OpenAPI versions ("
                    + sources.stream().map(s -> s.service() + " " + s.document().path("openapi").asText())
                    .collect(java.util.stream.Collectors.joining(", ")) + "); the merged one says the highest");
        }
        JsonNode merged = OpenApiMerger.merge(sources, args[1], missing);
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        json.writerWithDefaultPrettyPrinter().writeValue(out.resolve(NAME + ".json").toFile(), merged);
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build()).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        yaml.writeValue(out.resolve(NAME + ".yaml").toFile(), merged);
        System.out.println("MergedDocumentFile: wrote " + out.resolve(NAME + ".json") + " and .yaml (" + merged.path("paths").size()
                + " paths" + (missing.isEmpty() ? "" : ", missing: " + String.join(", ", missing)) + ")");
    }
}
