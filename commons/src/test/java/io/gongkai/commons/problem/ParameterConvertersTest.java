package io.gongkai.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParameterConvertersTest {

    @SuppressWarnings("unused")
    static void endpoint(@QueryParam("limit") int limit, @QueryParam("facets") Boolean facets, @QueryParam("to") LocalDate to,
                         @QueryParam("day") DayOfWeek day, @PathParam("id") UUID id, @QueryParam("q") String q) {
    }

    private static <T> ParamConverter<T> converter(int index, Class<T> type) throws Exception {
        Method m = ParameterConvertersTest.class.getDeclaredMethod("endpoint", int.class, Boolean.class, LocalDate.class,
                DayOfWeek.class, UUID.class, String.class);
        return new ParameterConverters().getConverter(type, type, m.getParameterAnnotations()[index]);
    }

    private static ProblemException refused(ParamConverter<?> converter, String value) {
        return assertThrows(ProblemException.class, () -> converter.fromString(value));
    }

    @Test
    void aWholeNumberIsReadStrictly() throws Exception {
        ParamConverter<Integer> limit = converter(0, int.class);
        assertEquals(20, limit.fromString("20"));
        assertEquals(0, limit.fromString(null), "a missing primitive without a default");
        for (String bad : new String[] {" ", "many", "2.5", " 5"}) {
            ProblemException e = refused(limit, bad);
            assertEquals(400, e.status());
            assertEquals("limit", e.violations().get(0).field());
        }
    }

    @Test
    void trueOrFalseAndNothingElse() throws Exception {
        ParamConverter<Boolean> facets = converter(1, Boolean.class);
        assertEquals(Boolean.TRUE, facets.fromString("true"));
        assertEquals(Boolean.FALSE, facets.fromString("FALSE"));
        assertEquals("facets", refused(facets, "maybe").violations().get(0).field());
        refused(facets, "1");
        assertNull(facets.fromString(null), "a missing Boolean is null");
    }

    @Test
    void aBlankDateIsRefusedNotNull() throws Exception {
        ParamConverter<LocalDate> to = converter(2, LocalDate.class);
        assertEquals(LocalDate.of(2022, 8, 31), to.fromString("2022-08-31"));
        assertEquals("to", refused(to, " ").violations().get(0).field());
        refused(to, "2022-02-30");
        assertNull(to.fromString(null));
    }

    @Test
    void anEnumIsReadInAnyLetterCaseAndTheRefusalListsTheValues() throws Exception {
        ParamConverter<DayOfWeek> day = converter(3, DayOfWeek.class);
        assertEquals(DayOfWeek.MONDAY, day.fromString("monday"));
        assertEquals("must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY",
                refused(day, "someday").violations().get(0).message());
    }

    @Test
    void aMalformedIdInAPathNamesNothingThatExists() throws Exception {
        ParamConverter<UUID> id = converter(4, UUID.class);
        UUID known = UUID.randomUUID();
        assertEquals(known, id.fromString(known.toString()));
        assertEquals(404, refused(id, "not-a-uuid").status());
    }

    @SuppressWarnings("unused")
    static void flags(@QueryParam("strict") @DefaultValue("false") boolean strict, @QueryParam("lenient") boolean lenient) {
    }

    @Test
    void aPrimitiveBooleanIsStrictOnlyWithADefault() throws Exception {
        Method m = ParameterConvertersTest.class.getDeclaredMethod("flags", boolean.class, boolean.class);
        ParamConverter<Boolean> strict = new ParameterConverters().getConverter(boolean.class, boolean.class,
                m.getParameterAnnotations()[0]);
        assertEquals("strict", refused(strict, "maybe").violations().get(0).field());
        assertNull(new ParameterConverters().getConverter(boolean.class, boolean.class, m.getParameterAnnotations()[1]));
    }

    @Test
    void stringsAreLeftToTheServer() throws Exception {
        assertNull(converter(5, String.class));
    }
}
