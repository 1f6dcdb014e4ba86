package io.gongkai.disclosure.push;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** The records of a batch push, read as they stream in (BatchBodyReader) so that an oversized batch is refused early. */
public record BatchBody(ArrayNode records) {
}
