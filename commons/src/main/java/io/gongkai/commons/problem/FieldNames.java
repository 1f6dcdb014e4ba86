package io.gongkai.commons.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Field names as a caller wrote them ("postings[1].url"), from a Bean Validation path or a Jackson
 * error: the caller knows fields, not Java method and parameter names.
 */
public final class FieldNames {

    private FieldNames() {
    }

    /** "create.body.postings[1].url" → "postings[1].url"; a bare parameter keeps its own name. */
    public static String of(Path path) {
        StringBuilder field = new StringBuilder();
        String lastParameter = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                lastParameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                continue; // a container element ("<list element>") has no name of its own
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? lastParameter : field.toString();
    }

    /** The JSON path of a Jackson mapping error, "" when it concerns the whole document. */
    public static String of(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
