package io.gongkai.disclosure.push;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gongkai.commons.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a batch push record by record: {@code {"records": [...]}} (or a bare array). The count is kept
 * while the body streams in, so a batch over the limit is refused at its first extra record instead of
 * after the whole body has been parsed into memory.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class BatchBodyReader implements MessageBodyReader<BatchBody> {

    private final ObjectMapper json;

    public BatchBodyReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == BatchBody.class;
    }

    @Override
    public BatchBody readFrom(Class<BatchBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                              MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try (JsonParser parser = json.getFactory().createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return new BatchBody(records(parser));
            }
            if (first != JsonToken.START_OBJECT) {
                throw notABatch();
            }
            ArrayNode records = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("records".equals(field) && value == JsonToken.START_ARRAY) {
                    records = records(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (records == null) {
                throw notABatch();
            }
            return new BatchBody(records);
        }
    }

    private ArrayNode records(JsonParser parser) throws IOException {
        ArrayNode records = json.createArrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (records.size() == PushService.MAX_BATCH) {
                throw ProblemException.invalid("records", "must hold at most " + PushService.MAX_BATCH + " records");
            }
            JsonNode record = parser.readValueAsTree();
            records.add(record);
        }
        return records;
    }

    private static ProblemException notABatch() {
        return ProblemException.invalid("records", "must be an array of items");
    }
}
